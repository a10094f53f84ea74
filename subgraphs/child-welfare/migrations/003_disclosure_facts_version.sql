-- A version of child welfare's disclosure facts (docs/policies.md, "Facts"): the assigned social
-- worker of each client, which the disclosure policy decides on (ASSIGNED_WORKER). Every statement
-- that changes the table they are read from adds one to it, in the same transaction, and announces
-- the new version on the channel disclosure_facts_changed when it commits (pg_notify). The subgraph
-- passes it on to the gateway (/disclosure-facts-changes), which remembers child welfare's answers
-- only until it hears of a newer version: a worker reassigned counts from the next request on,
-- whoever wrote it.
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

-- The one table the facts are read from (subgraphs/child-welfare/src/source.ts, assignedSocialWorkers).
CREATE TRIGGER client_facts_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON client
  FOR EACH STATEMENT EXECUTE FUNCTION disclosure_facts_changed();
