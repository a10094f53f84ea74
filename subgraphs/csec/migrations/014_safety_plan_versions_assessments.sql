-- Safety plans are versioned: a revision names the version it was made on, becomes the next version,
-- and every version stays in safety_plan_version (a new version never erases an old one). The seeded
-- plan is version 1 and is kept there when it is first revised. safety_plan stays the current plan the
-- disclosure facts read (migration 007), so a revised exploiter threat counts from the next request.
ALTER TABLE safety_plan
  ADD COLUMN version integer NOT NULL DEFAULT 1,
  ADD COLUMN updated_by_user_id text REFERENCES program_user (user_id);

CREATE TABLE safety_plan_version (
  youth_id text NOT NULL REFERENCES youth (youth_id),
  version integer NOT NULL,
  updated_on date NOT NULL,
  summary text NOT NULL,
  exploiter_is_threat boolean NOT NULL,
  updated_by_user_id text REFERENCES program_user (user_id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (youth_id, version)
);

-- Stages of Change assessments recorded through the gateway carry an id, who assessed and when it was recorded.
ALTER TABLE stage_of_change
  ADD COLUMN assessment_id text UNIQUE,
  ADD COLUMN assessed_by_user_id text REFERENCES program_user (user_id),
  ADD COLUMN recorded_at timestamptz;
