-- Court proceedings about a youth, as the juvenile court records them (W&IC 16524.8: the court is a
-- participant of the county protocol): who is a party to or investigating each proceeding, from when
-- to when. An officer is part of proceedings about the youth (W&IC 827(a)(1)(E)) only by a
-- participation in force; a seat on the MDT is not one.
CREATE TABLE court_proceeding (
  proceeding_id text PRIMARY KEY,
  youth_id text NOT NULL REFERENCES youth (youth_id),
  kind text NOT NULL CHECK (kind IN ('DEPENDENCY', 'DELINQUENCY', 'CRIMINAL'))
);
CREATE INDEX court_proceeding_youth ON court_proceeding (youth_id);

CREATE TABLE proceeding_participant (
  proceeding_id text NOT NULL REFERENCES court_proceeding (proceeding_id),
  user_id text NOT NULL,
  role text NOT NULL CHECK (role IN ('PARTY', 'INVESTIGATING', 'COUNSEL', 'WITNESS')),
  from_on date NOT NULL,
  until_on date,
  CHECK (until_on IS NULL OR until_on >= from_on)
);
CREATE INDEX proceeding_participant_proceeding ON proceeding_participant (proceeding_id, user_id);

-- The disclosure facts are read from both tables (migration 007).
CREATE TRIGGER court_proceeding_facts_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON court_proceeding
  FOR EACH STATEMENT EXECUTE FUNCTION disclosure_facts_changed();
CREATE TRIGGER proceeding_participant_facts_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON proceeding_participant
  FOR EACH STATEMENT EXECUTE FUNCTION disclosure_facts_changed();
