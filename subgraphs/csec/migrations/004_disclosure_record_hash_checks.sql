-- The same rule for both hashes (64 lower-case hexadecimal digits), checked without a regular
-- expression: in the embedded store, matching two patterns cost more than the rest of appending a
-- record. Existing rows are only read, to check the new constraints.
ALTER TABLE disclosure_record
  DROP CONSTRAINT disclosure_record_previous_hash_check,
  ADD CONSTRAINT disclosure_record_previous_hash_check
    CHECK (length(previous_hash) = 64 AND ltrim(previous_hash, '0123456789abcdef') = ''),
  DROP CONSTRAINT disclosure_record_hash_check,
  ADD CONSTRAINT disclosure_record_hash_check
    CHECK (length(hash) = 64 AND ltrim(hash, '0123456789abcdef') = '');
