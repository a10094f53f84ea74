-- The audit of disclosure decisions: one row for every value the gateway disclosed or withheld,
-- recording who asked, about which youth, which field, for which purpose, what was decided, under
-- which rule, legal basis and policy revision. Never the value itself.
--
-- Append-only: the triggers below refuse UPDATE, DELETE and TRUNCATE. Tamper-evident: each row
-- carries the SHA-256 of the previous row's hash followed by the canonical JSON of its own
-- columns (subgraphs/csec/src/disclosure-audit.ts), so a row changed or removed behind the
-- triggers' back breaks the chain (`npm run audit:verify`).
CREATE TABLE disclosure_record (
  sequence bigserial PRIMARY KEY,
  decision_id uuid NOT NULL UNIQUE,
  recorded_at timestamptz NOT NULL,
  request_id text NOT NULL,
  requester_user_id text NOT NULL,
  requester_agency text NOT NULL,
  requester_roles jsonb NOT NULL CHECK (jsonb_typeof(requester_roles) = 'array'),
  purpose_of_use text NOT NULL,
  break_glass_reason text,
  youth_id text,
  field text NOT NULL,
  category text NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('DISCLOSED', 'WITHHELD')),
  rule text NOT NULL,
  legal_basis text NOT NULL,
  policy_revision text NOT NULL,
  review boolean NOT NULL,
  -- One successor per record: a fork of the chain is refused even if appends were not serialized.
  previous_hash text NOT NULL UNIQUE CHECK (previous_hash ~ '^[0-9a-f]{64}$'),
  hash text NOT NULL CHECK (hash ~ '^[0-9a-f]{64}$')
);

-- The accounting of disclosures for one youth, newest first.
CREATE INDEX disclosure_record_youth ON disclosure_record (youth_id, recorded_at DESC, sequence DESC);

-- The function body is kept on one line: the migration runner splits statements on a semicolon at
-- the end of a line.
CREATE FUNCTION disclosure_record_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disclosure_record is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege'; END $$;

-- Statement-level, so that even an UPDATE or DELETE matching no row is refused.
CREATE TRIGGER disclosure_record_append_only
  BEFORE UPDATE OR DELETE OR TRUNCATE ON disclosure_record
  FOR EACH STATEMENT EXECUTE FUNCTION disclosure_record_refuse_change();
