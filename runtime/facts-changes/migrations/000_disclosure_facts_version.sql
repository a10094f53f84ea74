-- A version of the disclosure facts a subgraph's store holds (docs/policies.md, "Facts"), for every
-- subgraph whose registry entry says `factsChanges` (subgraphs/registry.ts). Each such subgraph's own
-- migrations put the trigger below on every table its facts are read from, so every statement that
-- changes one adds one to the version, in the same transaction, and announces the new version on the
-- channel disclosure_facts_changed when it commits (pg_notify). The subgraph passes it on to the
-- gateway (/disclosure-facts-changes, runtime/facts-changes/feed.ts), which remembers the
-- subgraph's answers only until it hears of a newer version: a change counts from the next request
-- on, whoever wrote it. Written to be applied over a store that already has them.
CREATE TABLE IF NOT EXISTS disclosure_facts_version (
  -- One row only.
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  version bigint NOT NULL
);
INSERT INTO disclosure_facts_version (version) VALUES (0) ON CONFLICT (singleton) DO NOTHING;

CREATE OR REPLACE FUNCTION disclosure_facts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed bigint;
BEGIN
  UPDATE disclosure_facts_version SET version = version + 1 RETURNING version INTO changed;
  PERFORM pg_notify('disclosure_facts_changed', changed::text);
  RETURN NULL;
END
$$;
