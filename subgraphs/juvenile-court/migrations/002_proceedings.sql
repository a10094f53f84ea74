-- Proceedings about a youth of the CSEC program, as the juvenile court records them (W&IC 16524.8: the
-- court is a participant of the county protocol): the dependency and delinquency matters before it, and
-- the criminal proceedings involving the youth it is told of, each with who is a party to, investigating,
-- counsel in or witness to it, from when to when. An officer is part of proceedings about the youth
-- (W&IC 827(a)(1)(E)) only by a participation in force; a seat on the MDT is not one.
CREATE TABLE proceeding (
  proceeding_id text PRIMARY KEY,
  youth_id text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('DEPENDENCY', 'DELINQUENCY', 'CRIMINAL'))
);
CREATE INDEX proceeding_youth ON proceeding (youth_id);

-- A person by the staff user id the gateway knows them by.
CREATE TABLE proceeding_participant (
  proceeding_id text NOT NULL REFERENCES proceeding (proceeding_id),
  user_id text NOT NULL,
  role text NOT NULL CHECK (role IN ('PARTY', 'INVESTIGATING', 'COUNSEL', 'WITNESS')),
  from_on date NOT NULL,
  until_on date,
  CHECK (until_on IS NULL OR until_on >= from_on)
);
CREATE INDEX proceeding_participant_person ON proceeding_participant (user_id, proceeding_id);
CREATE INDEX proceeding_participant_proceeding ON proceeding_participant (proceeding_id);
