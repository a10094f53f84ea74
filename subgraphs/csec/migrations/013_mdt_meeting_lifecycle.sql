-- MDT meetings the team schedules, holds and cancels through the gateway. The seeded meetings were
-- held. A meeting carries a version: an edit names the version it was made on and is refused when
-- someone changed the meeting first. Holding a meeting closes the youth's open reconvenings whose
-- events happened before it (migration 012).
ALTER TABLE mdt_meeting
  ADD COLUMN status text NOT NULL DEFAULT 'HELD' CHECK (status IN ('SCHEDULED', 'HELD', 'CANCELLED')),
  ADD COLUMN scheduled_for timestamptz,
  ADD COLUMN held_at timestamptz,
  ADD COLUMN youth_participation text CHECK (youth_participation IN ('ATTENDED', 'GAVE_VIEWS_BEFORE', 'DECLINED', 'NOT_ABLE')),
  ADD COLUMN decisions jsonb NOT NULL DEFAULT '[]'::jsonb,
  ADD COLUMN cancelled_reason text,
  ADD COLUMN version integer NOT NULL DEFAULT 1,
  ADD COLUMN updated_by_user_id text REFERENCES program_user (user_id),
  ADD COLUMN updated_at timestamptz;
ALTER TABLE mdt_meeting ALTER COLUMN held_on DROP NOT NULL;
ALTER TABLE mdt_meeting ALTER COLUMN notes DROP NOT NULL;
