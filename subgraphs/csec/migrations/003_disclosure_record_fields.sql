-- One audit record per decision, not per field: a request's fields that got the same decision for a
-- youth (category, outcome, rule, legal basis, review) share one record, which lists them in
-- `fields`, a JSON array of `Type.field` coordinates, sorted, each once.
--
-- Records written before keep their single `field` and their hash (which covers `field`, not
-- `fields`); records written from now on have `fields` and no `field`. Nothing is rewritten: these
-- are ALTER TABLE statements, which the append-only trigger (statement-level, on UPDATE, DELETE and
-- TRUNCATE) does not see, and existing rows are only read to check the new constraints.
ALTER TABLE disclosure_record
  ADD COLUMN fields jsonb CHECK (jsonb_typeof(fields) = 'array' AND fields <> '[]'::jsonb);

ALTER TABLE disclosure_record ALTER COLUMN field DROP NOT NULL;

-- Exactly one of the two, so that a record's hashed form is never ambiguous.
ALTER TABLE disclosure_record
  ADD CONSTRAINT disclosure_record_field_or_fields CHECK ((field IS NULL) <> (fields IS NULL));
