-- Probation's disclosure facts (docs/policies.md, "Facts") are the assigned officer of each juvenile
-- (ASSIGNED_WORKER) and whether a petition of the open record has been adjudicated
-- (BEFORE_ADJUDICATION). A change to a table they are read from changes their version and is
-- announced (runtime/facts-changes/migrations/000_disclosure_facts_version.sql): an officer
-- reassigned, or a petition adjudicated, sealed or vacated, counts from the next request on, whoever
-- wrote it.

-- The tables the facts are read from (subgraphs/probation/src/source.ts, supervisionFacts): the
-- juvenile's assigned officer, and the petitions whose adjudication, sealing or vacating decides
-- whether the open record has been adjudicated.
CREATE TRIGGER juvenile_facts_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON juvenile
  FOR EACH STATEMENT EXECUTE FUNCTION disclosure_facts_changed();
CREATE TRIGGER petition_facts_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON petition
  FOR EACH STATEMENT EXECUTE FUNCTION disclosure_facts_changed();
