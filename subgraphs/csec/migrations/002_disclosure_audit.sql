-- The audit of disclosure decisions: one record for each append of the gateway's decisions (a
-- request's, or a part of them when they do not fit one request body), recording who asked, for
-- which purpose, about which youth, which fields, what was decided, under which rule, legal basis
-- and policy revision. Never the values themselves.
--
-- Append-only: the trigger below refuses UPDATE, DELETE and TRUNCATE. Tamper-evident: each record
-- carries the SHA-256 of the previous record's hash followed by the canonical JSON of its own
-- columns (subgraphs/csec/src/disclosure-audit.ts), so a record changed or removed behind the
-- trigger's back breaks the chain (`npm run audit:verify`).
CREATE TABLE disclosure_record (
  sequence bigserial PRIMARY KEY,
  -- The id of the record's first decision, so that an append sent twice is refused.
  decision_id uuid NOT NULL UNIQUE,
  recorded_at timestamptz NOT NULL,
  request_id text NOT NULL,
  requester_user_id text NOT NULL,
  requester_agency text NOT NULL,
  requester_roles jsonb NOT NULL CHECK (jsonb_typeof(requester_roles) = 'array'),
  purpose_of_use text NOT NULL,
  break_glass_reason text,
  policy_revision text NOT NULL,
  -- One successor per record: a fork of the chain is refused even if appends were not serialized.
  -- Both hashes are 64 lower-case hexadecimal digits, checked without a regular expression: in the
  -- embedded store, matching two patterns cost more than the rest of appending a record.
  previous_hash text NOT NULL UNIQUE
    CHECK (length(previous_hash) = 64 AND ltrim(previous_hash, '0123456789abcdef') = ''),
  hash text NOT NULL CHECK (length(hash) = 64 AND ltrim(hash, '0123456789abcdef') = ''),
  -- The decisions of the record, a JSON array of objects in the order the gateway made them, each
  -- with the fields it covered and the youth it was made about.
  decisions jsonb NOT NULL CHECK (jsonb_typeof(decisions) = 'array' AND decisions <> '[]'::jsonb),
  -- The youth of the record, each once, for the accounting of disclosures (empty when every
  -- decision was about de-identified values).
  youth_ids text[] NOT NULL,
  -- An audit of deliveries: the gateway sends a request's records with the plan's first csec fetch,
  -- before it knows what the answer will deliver. When the answer then delivers less than they say
  -- was disclosed (a subgraph did not answer, nothing was executed), the gateway appends the
  -- request's records again, as delivered, in one record naming the request here: the accounting
  -- of disclosures shows that record and no longer any earlier record of that request (an answer
  -- then not sent after all is amended once more). Nothing is rewritten: all stay in the chain.
  -- Left out of a record's hash while null.
  amends_request_id text
);

-- The accounting of disclosures for one youth: the records whose `youth_ids` name them.
CREATE INDEX disclosure_record_youth_ids ON disclosure_record USING gin (youth_ids);

-- Whether a record was amended: looked up for each record an accounting lists.
CREATE INDEX disclosure_record_amends ON disclosure_record (amends_request_id) WHERE amends_request_id IS NOT NULL;

CREATE FUNCTION disclosure_record_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'disclosure_record is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END
$$;

-- Statement-level, so that even an UPDATE or DELETE matching no row is refused.
CREATE TRIGGER disclosure_record_append_only
  BEFORE UPDATE OR DELETE OR TRUNCATE ON disclosure_record
  FOR EACH STATEMENT EXECUTE FUNCTION disclosure_record_refuse_change();

-- The audit's one statement per append (subgraphs/csec/src/disclosure-audit.ts), kept in a function
-- so that each connection plans it once: PL/pgSQL caches the plan of the statement it runs, while
-- the statement sent on its own was parsed and planned again at every append, which in the
-- embedded store cost about a fifth of the append. The records (every column of the table, as
-- JSON) are inserted only while the disclosure facts (`disclosure_facts_version`,
-- runtime/facts-changes/migrations) are still at `facts_version` (any version when it is null); the
-- sequence is moved to the last record inserted; `facts_unchanged` says whether they were. A unique
-- key broken by a competing append raises its error, naming its constraint.
--
-- Every column comes from the record, none from a default: the records carry every column the hash
-- covers and the two hashes, which are all the table's columns (the audit tests pin the list). A
-- column added later must be added to the hashed columns too, or it would be stored null.
CREATE FUNCTION disclosure_record_append(records json, facts_version bigint)
  RETURNS TABLE (last_sequence bigint, facts_unchanged boolean) LANGUAGE plpgsql AS $$
BEGIN
  RETURN QUERY
    WITH facts AS (
      SELECT facts_version IS NULL OR version = facts_version AS unchanged FROM disclosure_facts_version
    ),
    appended AS (
      INSERT INTO disclosure_record
      SELECT * FROM json_populate_recordset(NULL::disclosure_record, records)
       WHERE (SELECT unchanged FROM facts)
      RETURNING sequence
    )
    SELECT setval('disclosure_record_sequence_seq'::regclass, max(appended.sequence)), (SELECT unchanged FROM facts)
      FROM appended;
END
$$;
