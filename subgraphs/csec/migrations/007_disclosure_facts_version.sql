-- A version of the disclosure policy's facts (docs/policies.md, "Facts"): every statement that
-- changes a table the facts are read from adds one to it, in the same transaction. The facts route
-- reads the version before it answers and answers again from what it read before only while the
-- version is unchanged, so a consent revoked or a seat given up counts from the next request on,
-- whichever process or instance wrote it.
CREATE TABLE disclosure_facts_version (
  -- One row only.
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  version bigint NOT NULL
);
INSERT INTO disclosure_facts_version (version) VALUES (0);

CREATE FUNCTION disclosure_facts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE disclosure_facts_version SET version = version + 1;
  RETURN NULL;
END
$$;

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
