-- Consents captured through the gateway carry every element their form requires (for 42 CFR 2.31:
-- from whom, what is disclosed in words, an expiry date or event, that the right to revoke was
-- explained), and who recorded them when. Seeded consents leave them empty.
ALTER TABLE consent
  ADD COLUMN disclosing_program text,
  ADD COLUMN description text,
  ADD COLUMN expiry_event text,
  ADD COLUMN revocation_right_explained boolean,
  ADD COLUMN recorded_by_user_id text REFERENCES program_user (user_id),
  ADD COLUMN recorded_at timestamptz;
