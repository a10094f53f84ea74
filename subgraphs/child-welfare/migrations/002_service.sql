-- Services the youth received through child welfare (case plan services and referrals to
-- providers): the kind of service and from when to when. The provider and notes stay with the
-- case plan; the steering committee counts the kinds (Model Interagency Protocol Framework, IV.a.x).
CREATE TABLE service (
  service_id text PRIMARY KEY,
  client_id text NOT NULL REFERENCES client (client_id),
  service_type text NOT NULL,
  started_on date NOT NULL,
  ended_on date,
  CHECK (ended_on IS NULL OR ended_on >= started_on)
);
CREATE INDEX service_client ON service (client_id);
