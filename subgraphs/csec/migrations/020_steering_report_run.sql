-- Every steering committee report generated: who asked and why, the period, the tables released,
-- the policy rule and revision that allowed it, and the suppression applied (cells by measure,
-- window, breakdown, category and column; never a youth).
CREATE TABLE steering_report_run (
  run_id bigserial PRIMARY KEY,
  generated_at timestamptz NOT NULL DEFAULT now(),
  request_id text NOT NULL,
  requester_user_id text NOT NULL,
  requester_agency text NOT NULL,
  requester_roles jsonb NOT NULL,
  purpose_of_use text NOT NULL,
  period text NOT NULL,
  period_starts_on date NOT NULL,
  period_ends_on date NOT NULL,
  tables jsonb NOT NULL,
  rule text NOT NULL,
  legal_basis text NOT NULL,
  policy_revision text NOT NULL,
  primary_cells integer NOT NULL,
  complementary_cells integer NOT NULL,
  complementary_total integer NOT NULL,
  suppressed_cells jsonb NOT NULL
);
CREATE INDEX steering_report_run_period ON steering_report_run (period, generated_at);
