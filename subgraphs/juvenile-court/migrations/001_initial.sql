-- The juvenile court's records about youth of the CSEC program, by the program's youth id: its cases
-- (W&IC 300 dependency, W&IC 602 delinquency), their next hearings and attorneys of record, and the
-- W&IC 827 orders that let a named person or agency inspect a youth's juvenile case file.
CREATE TABLE court_case (
  case_number text PRIMARY KEY,
  youth_id text NOT NULL,
  jurisdiction text NOT NULL CHECK (jurisdiction IN ('DEPENDENCY', 'DELINQUENCY')),
  filed_on date NOT NULL,
  next_hearing_on date,
  next_hearing_type text CHECK (next_hearing_type IN ('DETENTION', 'JURISDICTION', 'DISPOSITION', 'REVIEW', 'PERMANENCY', 'TERMINATION')),
  CHECK ((next_hearing_on IS NULL) = (next_hearing_type IS NULL))
);
CREATE INDEX court_case_youth ON court_case (youth_id, filed_on DESC);

CREATE TABLE attorney_of_record (
  case_number text NOT NULL REFERENCES court_case (case_number),
  ordinal integer NOT NULL,
  name text NOT NULL,
  represents text NOT NULL CHECK (represents IN ('YOUTH', 'PARENT', 'CHILD_WELFARE_AGENCY', 'PEOPLE')),
  PRIMARY KEY (case_number, ordinal)
);

-- A granted W&IC 827 petition names one person (by the staff user id the gateway knows them by) or one
-- agency, the categories of the case file it opens (policies/csec/categories/data.yaml), and its period.
CREATE TABLE inspection_order (
  order_number text PRIMARY KEY,
  youth_id text NOT NULL,
  granted_on date NOT NULL,
  expires_on date NOT NULL,
  authorized_user_id text,
  authorized_agency text,
  authorized_name text NOT NULL,
  categories text[] NOT NULL,
  scope text NOT NULL,
  CHECK (num_nonnulls(authorized_user_id, authorized_agency) = 1),
  CHECK (expires_on >= granted_on)
);
CREATE INDEX inspection_order_youth ON inspection_order (youth_id, granted_on DESC);
