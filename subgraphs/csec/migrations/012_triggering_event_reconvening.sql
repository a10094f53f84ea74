-- Triggering events the MDT records through the gateway (the seeded ones keep a date and a summary):
-- when it happened to the minute, who reported it, when it was recorded, and a short factual note
-- (MDT notes, W&IC 830). Each recorded event opens a reconvening of the youth's MDT, due by the time
-- the county protocol in force sets for the kind of event (policies/csec/protocol/data.yaml); holding
-- a meeting closes it.
ALTER TABLE triggering_event
  ADD COLUMN occurred_at timestamptz,
  ADD COLUMN reported_by_user_id text REFERENCES program_user (user_id),
  ADD COLUMN recorded_at timestamptz,
  ADD COLUMN note text;
ALTER TABLE triggering_event ALTER COLUMN summary DROP NOT NULL;

CREATE TABLE reconvening (
  reconvening_id text PRIMARY KEY,
  youth_id text NOT NULL REFERENCES youth (youth_id),
  event_id text NOT NULL UNIQUE REFERENCES triggering_event (event_id),
  due_at timestamptz NOT NULL,
  -- The protocol's words when the event was recorded: a later change of the protocol does not move a deadline.
  protocol_id text NOT NULL,
  within_hours integer NOT NULL CHECK (within_hours > 0),
  tell_roles jsonb NOT NULL,
  closed_at timestamptz,
  closed_by_meeting_id text
);
CREATE INDEX reconvening_youth ON reconvening (youth_id);
CREATE INDEX reconvening_open_due ON reconvening (due_at) WHERE closed_at IS NULL;

-- A client's idempotency key: a write repeated with the same key by the same person returns the record
-- the first one wrote and writes nothing more.
CREATE TABLE mdt_write_key (
  user_id text NOT NULL,
  idempotency_key text NOT NULL,
  mutation text NOT NULL,
  youth_id text NOT NULL,
  record_id text NOT NULL,
  written_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (user_id, idempotency_key)
);
