-- The CSEC program's disclosure facts (docs/policies.md, "Facts"): the youth, their MDT and its
-- members, their consents, safety plans, investigations and agency links. A change to a table they
-- are read from changes their version and is announced
-- (runtime/facts-changes/migrations/000_disclosure_facts_version.sql): a consent revoked or a seat
-- given up counts from the next request on, whichever process or instance wrote it.

-- The tables the facts are read from (subgraphs/csec/src/source.ts, DISCLOSURE_FACTS).
CREATE TRIGGER youth_facts_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON youth
  FOR EACH STATEMENT EXECUTE FUNCTION disclosure_facts_changed();
CREATE TRIGGER agency_link_facts_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON agency_link
  FOR EACH STATEMENT EXECUTE FUNCTION disclosure_facts_changed();
CREATE TRIGGER mdt_facts_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON mdt
  FOR EACH STATEMENT EXECUTE FUNCTION disclosure_facts_changed();
CREATE TRIGGER mdt_member_facts_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON mdt_member
  FOR EACH STATEMENT EXECUTE FUNCTION disclosure_facts_changed();
CREATE TRIGGER program_user_facts_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON program_user
  FOR EACH STATEMENT EXECUTE FUNCTION disclosure_facts_changed();
CREATE TRIGGER safety_plan_facts_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON safety_plan
  FOR EACH STATEMENT EXECUTE FUNCTION disclosure_facts_changed();
CREATE TRIGGER consent_facts_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON consent
  FOR EACH STATEMENT EXECUTE FUNCTION disclosure_facts_changed();
CREATE TRIGGER investigation_facts_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON investigation
  FOR EACH STATEMENT EXECUTE FUNCTION disclosure_facts_changed();
