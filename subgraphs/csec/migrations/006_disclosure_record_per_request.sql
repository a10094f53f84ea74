-- One audit record per append (a request's decisions, or a part of them when they do not fit one
-- request body), not per youth: a caseload of 50 youth is one record, not 50. Its `decisions` lists
-- each decision once with `about`, the youth it was made about, each with the id of their own
-- decision; `youth_ids` lists the record's youth, each once, for the accounting of disclosures,
-- through the index below. `youth_id` stays null: a record is about all of them.
--
-- Records written before keep their columns and their hash; nothing is rewritten. Existing rows
-- are only read to check the new constraint.
ALTER TABLE disclosure_record ADD COLUMN youth_ids text[];

-- Exactly one form per record, so that its hashed form is never ambiguous: a single field or an
-- array of fields with the decision in its own columns (before migration 005), the decisions about
-- one youth (before this migration), or the decisions of an append with the youth they are about.
ALTER TABLE disclosure_record
  DROP CONSTRAINT disclosure_record_one_form,
  ADD CONSTRAINT disclosure_record_one_form CHECK (
    (decisions IS NULL AND youth_ids IS NULL AND (field IS NULL) <> (fields IS NULL) AND category IS NOT NULL
      AND outcome IS NOT NULL AND rule IS NOT NULL AND legal_basis IS NOT NULL AND review IS NOT NULL)
    OR (decisions IS NOT NULL AND field IS NULL AND fields IS NULL AND category IS NULL AND outcome IS NULL
      AND rule IS NULL AND legal_basis IS NULL AND review IS NULL AND (youth_ids IS NULL OR youth_id IS NULL))
  );

-- The accounting of disclosures for the youth of records written from now on.
CREATE INDEX disclosure_record_youth_ids ON disclosure_record USING gin (youth_ids);
