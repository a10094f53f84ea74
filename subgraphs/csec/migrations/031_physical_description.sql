-- How to recognise the youth, for a missing-person report (42 U.S.C. 671(a)(35)(B); Penal Code
-- 14205-14211). Every version is kept: an update names the version it was made on and becomes the next
-- one, so a description is never overwritten and an older one can still be given when a youth's
-- appearance changed. The current description is the youth's highest version.
CREATE TABLE physical_description (
  description_id text PRIMARY KEY,
  youth_id text NOT NULL REFERENCES youth (youth_id),
  version integer NOT NULL CHECK (version >= 1),
  height_inches integer NOT NULL CHECK (height_inches BETWEEN 24 AND 96),
  weight_pounds integer NOT NULL CHECK (weight_pounds BETWEEN 20 AND 500),
  hair_color text NOT NULL,
  eye_color text NOT NULL,
  -- Scars, marks and tattoos, one each with where they are; empty when there are none.
  distinguishing_marks text[] NOT NULL DEFAULT '{}',
  recorded_on date NOT NULL,
  recorded_by_user_id text REFERENCES program_user (user_id),
  recorded_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (youth_id, version)
);
