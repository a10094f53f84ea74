-- Since migration 006 every record leaves `youth_id` null and lists its youth in `youth_ids`, yet
-- the index on `youth_id` still took an entry for each new record, at every append. It now covers
-- only the records written before 006, the ones the accounting of disclosures finds through it;
-- an equality on `youth_id` implies it is not null, so the same queries use it.
CREATE INDEX disclosure_record_youth_before_006 ON disclosure_record (youth_id, recorded_at DESC, sequence DESC)
  WHERE youth_id IS NOT NULL;
DROP INDEX disclosure_record_youth;
