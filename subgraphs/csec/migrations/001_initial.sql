-- CSEC program coordination records: the youth, the deliberate links to each agency's
-- identifiers, the youth's MDT, screenings, Stages of Change, triggering events, safety plan,
-- meetings, consents and W&IC 18961.7 investigations.
CREATE TABLE program_user (
  user_id text PRIMARY KEY,
  display_name text NOT NULL,
  agency text NOT NULL,
  roles jsonb NOT NULL
);

CREATE TABLE youth (
  youth_id text PRIMARY KEY,
  given_name text NOT NULL,
  family_name text NOT NULL,
  preferred_name text,
  birth_date date NOT NULL,
  identified_on date NOT NULL,
  exploitation_status text NOT NULL,
  missing_since date
);

CREATE TABLE agency_link (
  youth_id text NOT NULL REFERENCES youth (youth_id),
  agency text NOT NULL,
  identifier text NOT NULL,
  linked_on date NOT NULL,
  linked_by_user_id text NOT NULL REFERENCES program_user (user_id),
  PRIMARY KEY (youth_id, agency),
  UNIQUE (agency, identifier)
);

CREATE TABLE mdt (
  mdt_id text PRIMARY KEY,
  youth_id text NOT NULL UNIQUE REFERENCES youth (youth_id),
  status text NOT NULL,
  lead_agency text NOT NULL,
  opened_on date NOT NULL,
  closed_on date
);

CREATE TABLE mdt_member (
  mdt_id text NOT NULL REFERENCES mdt (mdt_id),
  user_id text NOT NULL REFERENCES program_user (user_id),
  joined_on date NOT NULL,
  left_on date,
  PRIMARY KEY (mdt_id, user_id, joined_on)
);
CREATE INDEX mdt_member_user ON mdt_member (user_id);

CREATE TABLE screening (
  screening_id text PRIMARY KEY,
  youth_id text NOT NULL REFERENCES youth (youth_id),
  tool text NOT NULL,
  screened_on date NOT NULL,
  screener_user_id text NOT NULL REFERENCES program_user (user_id),
  level_of_concern text NOT NULL
);
CREATE INDEX screening_youth ON screening (youth_id);

-- Two assessments may share a day and a stage; each row is one assessment.
CREATE TABLE stage_of_change (
  youth_id text NOT NULL REFERENCES youth (youth_id),
  stage text NOT NULL,
  assessed_on date NOT NULL
);
CREATE INDEX stage_of_change_youth ON stage_of_change (youth_id);

CREATE TABLE triggering_event (
  event_id text PRIMARY KEY,
  youth_id text NOT NULL REFERENCES youth (youth_id),
  kind text NOT NULL,
  occurred_on date NOT NULL,
  summary text NOT NULL
);
CREATE INDEX triggering_event_youth ON triggering_event (youth_id);

CREATE TABLE safety_plan (
  youth_id text PRIMARY KEY REFERENCES youth (youth_id),
  updated_on date NOT NULL,
  summary text NOT NULL,
  exploiter_is_threat boolean NOT NULL
);

CREATE TABLE mdt_meeting (
  meeting_id text PRIMARY KEY,
  youth_id text NOT NULL REFERENCES youth (youth_id),
  held_on date NOT NULL,
  kind text NOT NULL,
  notes text NOT NULL,
  attendee_user_ids jsonb NOT NULL
);
CREATE INDEX mdt_meeting_youth ON mdt_meeting (youth_id);

CREATE TABLE consent (
  consent_id text PRIMARY KEY,
  youth_id text NOT NULL REFERENCES youth (youth_id),
  form text NOT NULL,
  categories jsonb NOT NULL,
  recipients jsonb NOT NULL,
  purposes jsonb NOT NULL,
  signed_by text NOT NULL,
  signed_on date NOT NULL,
  youth_age_at_signing integer NOT NULL,
  expires_on date,
  revoked_on date
);
CREATE INDEX consent_youth ON consent (youth_id);

CREATE TABLE investigation (
  investigation_id text PRIMARY KEY,
  youth_id text NOT NULL REFERENCES youth (youth_id),
  reported_on date NOT NULL,
  good_cause_extended_until date
);
CREATE INDEX investigation_youth ON investigation (youth_id);
