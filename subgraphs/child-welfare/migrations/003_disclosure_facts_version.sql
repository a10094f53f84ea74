-- Child welfare's disclosure facts (docs/policies.md, "Facts") are the assigned social worker of each
-- client (ASSIGNED_WORKER). A change to the table they are read from changes their version and is
-- announced (runtime/facts-changes/migrations/000_disclosure_facts_version.sql): a worker reassigned
-- counts from the next request on, whoever wrote it.

-- The one table the facts are read from (subgraphs/child-welfare/src/source.ts, assignedSocialWorkers).
CREATE TRIGGER client_facts_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON client
  FOR EACH STATEMENT EXECUTE FUNCTION disclosure_facts_changed();
