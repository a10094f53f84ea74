-- Every link and unlink of a youth to an agency's identifier, with who, when and why. Linking is a
-- deliberate act of the MDT on an exact identifier, never a merge on a fuzzy match; agency_link keeps
-- the links in force (read by the disclosure facts, migration 007) and this table what happened.
CREATE TABLE agency_link_change (
  change_id text PRIMARY KEY,
  youth_id text NOT NULL REFERENCES youth (youth_id),
  agency text NOT NULL,
  identifier text NOT NULL,
  action text NOT NULL CHECK (action IN ('LINKED', 'UNLINKED')),
  changed_at timestamptz NOT NULL,
  changed_by_user_id text NOT NULL REFERENCES program_user (user_id),
  reason text NOT NULL
);
CREATE INDEX agency_link_change_youth ON agency_link_change (youth_id);
