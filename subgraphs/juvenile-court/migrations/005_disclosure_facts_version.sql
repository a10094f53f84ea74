-- The juvenile court's disclosure facts (docs/policies.md, "Facts") are the W&IC 827 orders and the
-- participations in proceedings (COURT_ORDER, LAW_ENFORCEMENT_ACTIVE_MATTER). A change to a table
-- they are read from changes their version and is announced
-- (runtime/facts-changes/migrations/000_disclosure_facts_version.sql): an order withdrawn counts from
-- the next request on, whoever wrote it.

-- The tables the facts are read from (subgraphs/juvenile-court/src/source.ts, disclosureFacts).
CREATE TRIGGER inspection_order_facts_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON inspection_order
  FOR EACH STATEMENT EXECUTE FUNCTION disclosure_facts_changed();
CREATE TRIGGER proceeding_facts_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON proceeding
  FOR EACH STATEMENT EXECUTE FUNCTION disclosure_facts_changed();
CREATE TRIGGER proceeding_participant_facts_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON proceeding_participant
  FOR EACH STATEMENT EXECUTE FUNCTION disclosure_facts_changed();
