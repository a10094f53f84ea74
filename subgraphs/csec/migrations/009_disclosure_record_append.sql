-- The audit's one statement per append (subgraphs/csec/src/disclosure-audit.ts), kept in a function
-- so that each connection plans it once: PL/pgSQL caches the plan of the statement it runs, while
-- the statement sent on its own was parsed and planned again at every append, which in the
-- embedded store cost about a fifth of the append. It behaves as that statement did: the records
-- (every column of the table, as JSON) are inserted only while the disclosure facts are still at
-- `facts_version` (any version when it is null); the sequence is moved to the last record
-- inserted; `facts_unchanged` says whether they were. A unique key broken by a competing append
-- raises the same error as before, naming its constraint.
--
-- Every column comes from the record, none from a default: the records carry every column the hash
-- covers and the two hashes, which are all the table's columns (the audit tests pin the list). A
-- column added later must be added to the hashed columns too, or it would be stored null.
--
-- On one logical line per statement: the migration runner splits statements on a semicolon at the
-- end of a line.
CREATE FUNCTION disclosure_record_append(records json, facts_version bigint)
  RETURNS TABLE (last_sequence bigint, facts_unchanged boolean) LANGUAGE plpgsql
  AS $$ BEGIN RETURN QUERY
    WITH facts AS (SELECT facts_version IS NULL OR version = facts_version AS unchanged FROM disclosure_facts_version),
    appended AS (
      INSERT INTO disclosure_record SELECT * FROM json_populate_recordset(NULL::disclosure_record, records)
        WHERE (SELECT unchanged FROM facts)
        RETURNING sequence)
    SELECT setval('disclosure_record_sequence_seq'::regclass, max(appended.sequence)), (SELECT unchanged FROM facts)
      FROM appended; END $$;
