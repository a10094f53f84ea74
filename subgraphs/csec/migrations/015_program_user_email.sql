-- Where the program reaches a member with notices of triggering events (docs/mdt-records.md). A
-- member with no address on file is not e-mailed.
ALTER TABLE program_user ADD COLUMN email text;
