-- Services the youth received through probation (the case plan probation develops with the other
-- provider agencies): the kind of service and from when to when.
CREATE TABLE service (
  service_id text PRIMARY KEY,
  probation_number text NOT NULL REFERENCES juvenile (probation_number),
  service_type text NOT NULL,
  started_on date NOT NULL,
  ended_on date,
  CHECK (ended_on IS NULL OR ended_on >= started_on)
);
CREATE INDEX service_juvenile ON service (probation_number);
