-- Child welfare system of record: clients, referrals and allegations, cases, placements,
-- case plans and court hearings, keyed by the state case management client id.
CREATE TABLE client (
  client_id text PRIMARY KEY,
  first_name text NOT NULL,
  last_name text NOT NULL,
  birth_date date NOT NULL,
  assigned_social_worker_id text,
  assigned_social_worker_name text
);

CREATE TABLE case_record (
  case_number text PRIMARY KEY,
  client_id text NOT NULL REFERENCES client (client_id),
  status text NOT NULL,
  service_component text NOT NULL,
  opened_on date NOT NULL,
  closed_on date
);
CREATE INDEX case_record_client ON case_record (client_id);

-- Reporter identity is kept because the hotline needs it; it is never exposed (Penal Code 11167).
CREATE TABLE referral (
  referral_id text PRIMARY KEY,
  client_id text NOT NULL REFERENCES client (client_id),
  received_on date NOT NULL,
  reporter_name text NOT NULL,
  reporter_role text NOT NULL
);
CREATE INDEX referral_client ON referral (client_id);

CREATE TABLE allegation (
  referral_id text NOT NULL REFERENCES referral (referral_id),
  ordinal integer NOT NULL,
  allegation_type text NOT NULL,
  disposition text NOT NULL,
  PRIMARY KEY (referral_id, ordinal)
);

CREATE TABLE placement (
  placement_id text PRIMARY KEY,
  client_id text NOT NULL REFERENCES client (client_id),
  placement_type text NOT NULL,
  facility_name text NOT NULL,
  address_line1 text NOT NULL,
  address_line2 text,
  city text NOT NULL,
  state text NOT NULL,
  postal_code text NOT NULL,
  started_on date NOT NULL,
  ended_on date,
  end_reason text
);
CREATE INDEX placement_client ON placement (client_id);

CREATE TABLE case_plan (
  client_id text PRIMARY KEY REFERENCES client (client_id),
  updated_on date NOT NULL,
  goals jsonb NOT NULL
);

CREATE TABLE court_hearing (
  hearing_id text PRIMARY KEY,
  client_id text NOT NULL REFERENCES client (client_id),
  hearing_type text NOT NULL,
  scheduled_for timestamptz NOT NULL,
  department text NOT NULL,
  outcome text
);
CREATE INDEX court_hearing_client ON court_hearing (client_id);
