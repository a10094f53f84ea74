-- Juvenile probation system of record: juveniles, intake referrals, petitions and dispositions,
-- terms and conditions, and warrants, keyed by the probation number.
CREATE TABLE juvenile (
  probation_number text PRIMARY KEY,
  booked_name text NOT NULL,
  date_of_birth date NOT NULL,
  assigned_officer_id text,
  assigned_officer_name text
);

CREATE TABLE intake_referral (
  referral_number text PRIMARY KEY,
  probation_number text NOT NULL REFERENCES juvenile (probation_number),
  received_on date NOT NULL,
  source text NOT NULL,
  offense text NOT NULL,
  outcome text NOT NULL
);
CREATE INDEX intake_referral_juvenile ON intake_referral (probation_number);

-- Sealed (W&IC 781, 786, 786.5) and vacated (PC 236.14) petitions are kept, with when and under
-- which authority, because the law still allows a few narrow uses (W&IC 786(f)). Nothing reads
-- them: every query of the subgraph excludes them, so they leave no trace.
CREATE TABLE petition (
  petition_number text PRIMARY KEY,
  probation_number text NOT NULL REFERENCES juvenile (probation_number),
  filed_on date NOT NULL,
  section text NOT NULL,
  charges jsonb NOT NULL,
  disposition text,
  adjudicated_on date,
  sealed_on date,
  sealing_authority text CHECK (sealing_authority IN ('WIC_781', 'WIC_786', 'WIC_786_5')),
  vacated_on date,
  vacating_authority text CHECK (vacating_authority IN ('PC_236_14')),
  CHECK ((sealed_on IS NULL) = (sealing_authority IS NULL)),
  CHECK ((vacated_on IS NULL) = (vacating_authority IS NULL))
);
CREATE INDEX petition_open_record ON petition (probation_number)
  WHERE sealed_on IS NULL AND vacated_on IS NULL;

-- Terms and conditions of probation.
CREATE TABLE probation_condition (
  probation_number text NOT NULL REFERENCES juvenile (probation_number),
  ordinal integer NOT NULL,
  condition text NOT NULL,
  imposed_on date NOT NULL,
  PRIMARY KEY (probation_number, ordinal)
);

CREATE TABLE warrant (
  warrant_number text PRIMARY KEY,
  probation_number text NOT NULL REFERENCES juvenile (probation_number),
  issued_on date NOT NULL,
  status text NOT NULL
);
CREATE INDEX warrant_juvenile ON warrant (probation_number);
