-- Every hearing of a case, set or held, each held one with its minute order (the clerk's record of what
-- the court found and ordered). The next hearing of a case is the earliest set for the county's date or
-- later, read from here, so the case no longer keeps its own copy.
CREATE TABLE court_hearing (
  case_number text NOT NULL REFERENCES court_case (case_number),
  hearing_on date NOT NULL,
  hearing_type text NOT NULL CHECK (hearing_type IN ('DETENTION', 'JURISDICTION', 'DISPOSITION', 'REVIEW', 'PERMANENCY', 'TERMINATION')),
  minute_order text,
  PRIMARY KEY (case_number, hearing_on, hearing_type)
);

INSERT INTO court_hearing (case_number, hearing_on, hearing_type)
  SELECT case_number, next_hearing_on, next_hearing_type FROM court_case WHERE next_hearing_on IS NOT NULL;

ALTER TABLE court_case DROP COLUMN next_hearing_on, DROP COLUMN next_hearing_type;
