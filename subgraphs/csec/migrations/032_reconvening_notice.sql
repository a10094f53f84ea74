-- The notices sent about each reconvening: that the event opening it was recorded, that its deadline
-- approaches, that it passed (docs/mdt-records.md). A notice is claimed here before it is sent, by the
-- first instance of the subgraph to insert its row; every other instance, and every later check or
-- retry, finds the row and sends nothing, so each notice goes out once. Who was told is kept when the
-- messages have gone; a claim without it was not (completely) sent and is never sent again.
CREATE TABLE reconvening_notice (
  reconvening_id text NOT NULL REFERENCES reconvening (reconvening_id),
  kind text NOT NULL CHECK (kind IN ('NEW_EVENT', 'DEADLINE_APPROACHING', 'DEADLINE_PASSED')),
  claimed_at timestamptz NOT NULL,
  told_user_ids jsonb,
  sent_at timestamptz,
  PRIMARY KEY (reconvening_id, kind)
);
