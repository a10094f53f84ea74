-- The notices sent about each reconvening: that the event opening it was recorded, that its deadline
-- approaches, that it passed (docs/mdt-records.md). A notice is claimed here before it is sent, by the
-- first instance of the subgraph to insert its row; every other instance, and every later check or
-- retry, finds the row and sends nothing, so each notice goes out once. Who is told (the members the
-- policy would show the event to) is kept before the messages go; a claim without it was not given,
-- and is never given again.
CREATE TABLE reconvening_notice (
  reconvening_id text NOT NULL REFERENCES reconvening (reconvening_id),
  kind text NOT NULL CHECK (kind IN ('NEW_EVENT', 'DEADLINE_APPROACHING', 'DEADLINE_PASSED')),
  claimed_at timestamptz NOT NULL,
  told_user_ids jsonb,
  sent_at timestamptz,
  PRIMARY KEY (reconvening_id, kind)
);
