-- A version of the juvenile court's disclosure facts (docs/policies.md, "Facts"): the W&IC 827
-- orders and the participations in proceedings the disclosure policy decides on (COURT_ORDER,
-- LAW_ENFORCEMENT_ACTIVE_MATTER). Every statement that changes a table they are read from adds one
-- to it, in the same transaction, and announces the new version on the channel
-- disclosure_facts_changed when it commits (pg_notify). The subgraph passes it on to the gateway
-- (/disclosure-facts-changes), which remembers the court's answers only until it hears of a newer
-- version: an order withdrawn counts from the next request on, whoever wrote it.
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

-- The tables the facts are read from (subgraphs/juvenile-court/src/source.ts, disclosureFacts).
CREATE TRIGGER inspection_order_facts_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON inspection_order
  FOR EACH STATEMENT EXECUTE FUNCTION disclosure_facts_changed();
CREATE TRIGGER proceeding_facts_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON proceeding
  FOR EACH STATEMENT EXECUTE FUNCTION disclosure_facts_changed();
CREATE TRIGGER proceeding_participant_facts_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON proceeding_participant
  FOR EACH STATEMENT EXECUTE FUNCTION disclosure_facts_changed();
