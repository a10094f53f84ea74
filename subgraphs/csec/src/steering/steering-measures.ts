/**
 * What the steering committee counts (W&IC 16501.45; the Model Interagency Protocol Framework,
 * IV.a): each measure is one SQL statement that returns only grouped counts, by category, age band
 * at the end of the window and the lead agency of the youth's MDT. No youth id, name, date of birth
 * or free text leaves the database, and no row describes one youth.
 */

export type SteeringMeasureId =
  | 'IDENTIFIED_BY_FIRST_LINKED_AGENCY'
  | 'IDENTIFIED_BY_CSE_IT_LEVEL'
  | 'SERVED_BY_AGENCY'
  | 'EXPLOITATION_STATUS'
  | 'AWOL_DURING_PERIOD'
  | 'STAGE_OF_CHANGE_AT_PERIOD_END'
  | 'MDT_MEETINGS_HELD'
  | 'TRIGGERING_EVENTS'
  | 'RECONVENINGS_DUE'
  | 'SERVICES_RECEIVED'
  | 'PLACEMENT_TYPE_AT_PERIOD_END'
  | 'EXPLOITED_BY_CARE_STATUS';

export interface SteeringMeasure {
  id: SteeringMeasureId;
  title: string;
  /** What one count is. Youth counts are distinct youth; meetings and events add up across periods. */
  unit: 'YOUTH' | 'MEETINGS' | 'EVENTS';
  /** A snapshot at the end of the window has no year to date of its own. */
  window: 'DURING' | 'AT_END';
  /**
   * Measures counting the same youth (or meetings, events) share their total row, which a reader
   * sees in each: `null` for a measure whose categories do not each count every member once.
   */
  cohort: 'IDENTIFIED' | 'SERVED' | 'OPEN_AT_END' | 'MEETINGS' | 'EVENTS' | 'RECONVENINGS' | null;
  /**
   * How a year to date relates to its parts: counts of disjoint windows add up; youth served in both
   * parts are counted once, so the whole is at most their sum and at least each. A youth counted for
   * something in the window while served in it (an AWOL, a service) may be counted in the whole and in
   * neither part (served only in the period, the AWOL before it): the whole is only at least each part.
   */
  acrossPeriods: 'ADD_UP' | 'DISTINCT_YOUTH' | 'AT_LEAST_EACH_PART';
  /** The schema enum whose values are the categories, and categories beyond it. */
  categoryEnum?: string;
  extraCategories: readonly string[];
  /**
   * Returns rows (category, age_band, lead_agency, n) for the window $1..$2; categories and age bands
   * are as of $3. Absent for a measure counted from child welfare's and probation's facts
   * (agency-measures.ts).
   */
  sql?: string;
}

/** Age bands, at the end of the window; the columns of the first table of each measure. */
export const AGE_BANDS = ['UNDER_12', 'AGE_12_TO_14', 'AGE_15_TO_17', 'AGE_18_AND_OVER'] as const;
/** The lead agency of a youth without an MDT. */
export const NO_MDT = 'NO_MDT';

// Each youth once, with the dimensions every measure is broken down by.
export const YOUTH = `
  youth_window AS (
    SELECT y.youth_id, y.identified_on, y.exploitation_status, m.opened_on, m.closed_on,
      COALESCE(m.lead_agency, '${NO_MDT}') AS lead_agency,
      CASE
        WHEN age < 12 THEN 'UNDER_12' WHEN age < 15 THEN 'AGE_12_TO_14'
        WHEN age < 18 THEN 'AGE_15_TO_17' ELSE 'AGE_18_AND_OVER'
      END AS age_band
    FROM youth y
    LEFT JOIN mdt m ON m.youth_id = y.youth_id
    CROSS JOIN LATERAL (SELECT date_part('year', age($3::date, y.birth_date))::int AS age) ages
  ),
  served AS (
    SELECT * FROM youth_window WHERE opened_on <= $2::date AND (closed_on IS NULL OR closed_on >= $1::date)
  ),
  identified AS (
    SELECT * FROM youth_window WHERE identified_on BETWEEN $1::date AND $2::date
  )`;

const GROUPED = `SELECT category, age_band, lead_agency, count(*)::int AS n FROM counted GROUP BY category, age_band, lead_agency`;

export const STEERING_MEASURES: readonly SteeringMeasure[] = [
  {
    id: 'IDENTIFIED_BY_FIRST_LINKED_AGENCY',
    title: 'Youth identified, by the agency that first linked them to the program',
    unit: 'YOUTH',
    window: 'DURING',
    cohort: 'IDENTIFIED',
    acrossPeriods: 'ADD_UP',
    categoryEnum: 'SourceAgency',
    extraCategories: ['NOT_LINKED'],
    sql: `WITH ${YOUTH},
      counted AS (
        SELECT i.age_band, i.lead_agency, COALESCE((
          SELECT l.agency FROM agency_link l WHERE l.youth_id = i.youth_id AND l.linked_on <= $3::date
          ORDER BY l.linked_on, l.agency LIMIT 1), 'NOT_LINKED') AS category
        FROM identified i)
      ${GROUPED}`,
  },
  {
    id: 'IDENTIFIED_BY_CSE_IT_LEVEL',
    title: 'Youth identified, by CSE-IT level of concern (latest screening)',
    unit: 'YOUTH',
    window: 'DURING',
    cohort: 'IDENTIFIED',
    acrossPeriods: 'ADD_UP',
    categoryEnum: 'LevelOfConcern',
    extraCategories: ['NOT_SCREENED'],
    sql: `WITH ${YOUTH},
      counted AS (
        SELECT i.age_band, i.lead_agency, COALESCE((
          SELECT s.level_of_concern FROM screening s WHERE s.youth_id = i.youth_id AND s.tool = 'CSE_IT' AND s.screened_on <= $3::date
          ORDER BY s.screened_on DESC, s.screening_id DESC LIMIT 1), 'NOT_SCREENED') AS category
        FROM identified i)
      ${GROUPED}`,
  },
  {
    id: 'SERVED_BY_AGENCY',
    title: 'Youth served (MDT open during the period), by child welfare, probation or both',
    unit: 'YOUTH',
    window: 'DURING',
    cohort: 'SERVED',
    acrossPeriods: 'DISTINCT_YOUTH',
    extraCategories: ['CHILD_WELFARE_ONLY', 'PROBATION_ONLY', 'CHILD_WELFARE_AND_PROBATION', 'NEITHER'],
    sql: `WITH ${YOUTH},
      linked AS (
        SELECT s.age_band, s.lead_agency,
          EXISTS (SELECT 1 FROM agency_link l WHERE l.youth_id = s.youth_id AND l.agency = 'CHILD_WELFARE' AND l.linked_on <= $3::date) AS cw,
          EXISTS (SELECT 1 FROM agency_link l WHERE l.youth_id = s.youth_id AND l.agency = 'PROBATION' AND l.linked_on <= $3::date) AS po
        FROM served s),
      counted AS (
        SELECT age_band, lead_agency, CASE
          WHEN cw AND po THEN 'CHILD_WELFARE_AND_PROBATION' WHEN cw THEN 'CHILD_WELFARE_ONLY'
          WHEN po THEN 'PROBATION_ONLY' ELSE 'NEITHER' END AS category
        FROM linked)
      ${GROUPED}`,
  },
  {
    id: 'EXPLOITATION_STATUS',
    title: 'Youth served, by exploitation status: at risk, suspected or confirmed (W&IC 16501.45)',
    unit: 'YOUTH',
    window: 'DURING',
    cohort: 'SERVED',
    acrossPeriods: 'DISTINCT_YOUTH',
    categoryEnum: 'ExploitationStatus',
    extraCategories: [],
    sql: `WITH ${YOUTH},
      counted AS (SELECT age_band, lead_agency, exploitation_status AS category FROM served)
      ${GROUPED}`,
  },
  {
    id: 'AWOL_DURING_PERIOD',
    title: 'Youth served who were missing or absent from care (AWOL) during the period',
    unit: 'YOUTH',
    window: 'DURING',
    cohort: null,
    acrossPeriods: 'AT_LEAST_EACH_PART',
    extraCategories: ['AWOL'],
    sql: `WITH ${YOUTH},
      counted AS (
        SELECT s.age_band, s.lead_agency, 'AWOL' AS category FROM served s WHERE EXISTS (
          SELECT 1 FROM triggering_event e WHERE e.youth_id = s.youth_id AND e.kind = 'AWOL'
            AND e.occurred_on BETWEEN $1::date AND $2::date))
      ${GROUPED}`,
  },
  {
    id: 'STAGE_OF_CHANGE_AT_PERIOD_END',
    title: 'Youth with an open MDT at the end of the period, by Stage of Change',
    unit: 'YOUTH',
    window: 'AT_END',
    cohort: 'OPEN_AT_END',
    acrossPeriods: 'DISTINCT_YOUTH',
    categoryEnum: 'StageOfChange',
    extraCategories: ['NOT_ASSESSED'],
    sql: `WITH ${YOUTH},
      counted AS (
        SELECT w.age_band, w.lead_agency, COALESCE((
          SELECT c.stage FROM stage_of_change c WHERE c.youth_id = w.youth_id AND c.assessed_on <= $3::date
          ORDER BY c.assessed_on DESC, c.stage LIMIT 1), 'NOT_ASSESSED') AS category
        FROM youth_window w
        WHERE w.opened_on <= $3::date AND (w.closed_on IS NULL OR w.closed_on > $3::date))
      ${GROUPED}`,
  },
  {
    id: 'MDT_MEETINGS_HELD',
    title: 'MDT meetings held, by kind',
    unit: 'MEETINGS',
    window: 'DURING',
    cohort: 'MEETINGS',
    acrossPeriods: 'ADD_UP',
    categoryEnum: 'MdtMeetingKind',
    extraCategories: [],
    sql: `WITH ${YOUTH},
      counted AS (
        SELECT w.age_band, w.lead_agency, g.kind AS category
        FROM mdt_meeting g JOIN youth_window w ON w.youth_id = g.youth_id
        WHERE g.held_on BETWEEN $1::date AND $2::date)
      ${GROUPED}`,
  },
  {
    id: 'TRIGGERING_EVENTS',
    title: 'Triggering events that reconvene the MDT, by type',
    unit: 'EVENTS',
    window: 'DURING',
    cohort: 'EVENTS',
    acrossPeriods: 'ADD_UP',
    categoryEnum: 'TriggeringEventKind',
    extraCategories: [],
    sql: `WITH ${YOUTH},
      counted AS (
        SELECT w.age_band, w.lead_agency, e.kind AS category
        FROM triggering_event e JOIN youth_window w ON w.youth_id = e.youth_id
        WHERE e.occurred_on BETWEEN $1::date AND $2::date)
      ${GROUPED}`,
  },
  {
    id: 'RECONVENINGS_DUE',
    title: 'Reconvenings of the MDT due in the window, by whether they were held on time (as of the end of the period)',
    unit: 'EVENTS',
    window: 'DURING',
    cohort: 'RECONVENINGS',
    acrossPeriods: 'ADD_UP',
    extraCategories: ['HELD_ON_TIME', 'HELD_LATE', 'NOT_HELD_BY_PERIOD_END'],
    sql: `WITH ${YOUTH},
      counted AS (
        SELECT w.age_band, w.lead_agency, CASE
          WHEN r.closed_at < $3::date + 1 AND r.closed_at <= r.due_at THEN 'HELD_ON_TIME'
          WHEN r.closed_at < $3::date + 1 THEN 'HELD_LATE'
          ELSE 'NOT_HELD_BY_PERIOD_END' END AS category
        FROM reconvening r JOIN youth_window w ON w.youth_id = r.youth_id
        WHERE r.due_at >= $1::date AND r.due_at < $2::date + 1)
      ${GROUPED}`,
  },
];
