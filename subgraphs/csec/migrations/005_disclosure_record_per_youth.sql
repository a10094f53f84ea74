-- One audit record per youth per append, not per decision: a request's decisions about one youth
-- share one record, which lists them in `decisions`, a JSON array of objects (decisionId, fields,
-- category, outcome, rule, legalBasis, review) in the order the gateway made them. What the decisions
-- share (the request, the requester, the purpose, the time, the policy revision) is stored once.
-- `decision_id` holds the record's first decision's id, so an append sent twice is still refused.
--
-- Records written before keep their columns and their hash; records written from now on have
-- `decisions` and leave the per-decision columns null. Nothing is rewritten: existing rows are only
-- read to check the new constraint.
ALTER TABLE disclosure_record
  ADD COLUMN decisions jsonb CHECK (jsonb_typeof(decisions) = 'array' AND decisions <> '[]'::jsonb);

ALTER TABLE disclosure_record
  ALTER COLUMN category DROP NOT NULL,
  ALTER COLUMN outcome DROP NOT NULL,
  ALTER COLUMN rule DROP NOT NULL,
  ALTER COLUMN legal_basis DROP NOT NULL,
  ALTER COLUMN review DROP NOT NULL;

-- Exactly one form per record, so that its hashed form is never ambiguous: a single field or an
-- array of fields with the decision in its own columns (before this migration), or the decisions.
ALTER TABLE disclosure_record
  DROP CONSTRAINT disclosure_record_field_or_fields,
  ADD CONSTRAINT disclosure_record_one_form CHECK (
    (decisions IS NULL AND (field IS NULL) <> (fields IS NULL) AND category IS NOT NULL AND outcome IS NOT NULL
      AND rule IS NOT NULL AND legal_basis IS NOT NULL AND review IS NOT NULL)
    OR (decisions IS NOT NULL AND field IS NULL AND fields IS NULL AND category IS NULL AND outcome IS NULL
      AND rule IS NULL AND legal_basis IS NULL AND review IS NULL)
  );
