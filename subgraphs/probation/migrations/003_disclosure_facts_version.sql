-- A version of probation's disclosure facts (docs/policies.md, "Facts"): the assigned officer of
-- each juvenile (ASSIGNED_WORKER) and whether a petition of the open record has been adjudicated
-- (BEFORE_ADJUDICATION), which the disclosure policy decides on. Every statement that changes a
-- table they are read from adds one to it, in the same transaction, and announces the new version
-- on the channel disclosure_facts_changed when it commits (pg_notify). The subgraph passes it on to
-- the gateway (/disclosure-facts-changes), which remembers probation's answers only until it hears
-- of a newer version: an officer reassigned, or a petition adjudicated, sealed or vacated, counts
-- from the next request on, whoever wrote it.
CREATE TABLE disclosure_facts_version (
  -- One row only.
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  version bigint NOT NULL
);
INSERT INTO disclosure_facts_version (version) VALUES (0);

CREATE FUNCTION disclosure_facts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed bigint;
BEGIN
  UPDATE disclosure_facts_version SET version = version + 1 RETURNING version INTO changed;
  PERFORM pg_notify('disclosure_facts_changed', changed::text);
  RETURN NULL;
END
$$;

-- The tables the facts are read from (subgraphs/probation/src/source.ts, supervisionFacts): the
-- juvenile's assigned officer, and the petitions whose adjudication, sealing or vacating decides
-- whether the open record has been adjudicated.
CREATE TRIGGER juvenile_facts_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON juvenile
  FOR EACH STATEMENT EXECUTE FUNCTION disclosure_facts_changed();
CREATE TRIGGER petition_facts_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON petition
  FOR EACH STATEMENT EXECUTE FUNCTION disclosure_facts_changed();
