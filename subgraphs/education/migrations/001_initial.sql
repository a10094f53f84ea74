-- County office of education student records: students, school enrollments and attendance by
-- school year, keyed by the Statewide Student Identifier (SSID).
CREATE TABLE student (
  ssid text PRIMARY KEY,
  legal_first_name text NOT NULL,
  legal_last_name text NOT NULL,
  birth_date date NOT NULL,
  credits_earned numeric(6, 2),
  credits_required numeric(6, 2),
  has_iep boolean,
  has_504_plan boolean,
  foster_youth_liaison_name text,
  foster_youth_liaison_phone text,
  education_rights_holder_name text,
  education_rights_holder_relationship text
);

CREATE TABLE enrollment (
  ssid text NOT NULL REFERENCES student (ssid),
  ordinal integer NOT NULL,
  school_name text NOT NULL,
  district_name text NOT NULL,
  grade_level text NOT NULL,
  entered_on date NOT NULL,
  exited_on date,
  PRIMARY KEY (ssid, ordinal)
);

CREATE TABLE attendance (
  ssid text NOT NULL REFERENCES student (ssid),
  school_year text NOT NULL,
  days_enrolled integer NOT NULL CHECK (days_enrolled >= 0),
  days_absent integer NOT NULL CHECK (days_absent >= 0),
  PRIMARY KEY (ssid, school_year)
);
