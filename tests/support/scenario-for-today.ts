import { addDays, countyToday } from '../../runtime/calendar.ts';
import { generateScenario, type GenerateScenarioOptions } from '../../scenario/generate-scenario.ts';
import type { Scenario } from '../../scenario/load-scenario.ts';

/**
 * The day test scenarios are drawn as of. Drawn as of the county's today, a youth id would hold
 * other records each day the suite runs (a consent drawn one day and not the next); drawn as of one
 * day and moved to today, every youth holds the same records every day, each date as far from
 * today as it was from this day.
 */
export const DRAWN_ON = '2026-12-07';

/** The scenario the system under test is seeded with (with the situations of test-situations.ts added). */
export const TEST_SCENARIO = { youthCount: 120, seed: 7 } as const;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A local time with its offset, as the court calendar writes hearings (`2026-04-29T08:30:00-07:00`). */
const LOCAL_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(?::\d{2})?)([+-]\d{2}:\d{2})$/;
const PACIFIC_CLOCK = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'America/Los_Angeles',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** A test scenario drawn as of `DRAWN_ON` with every date moved to `today`. */
export function scenarioForToday(options: Omit<GenerateScenarioOptions, 'today'>, today: string = countyToday()): Scenario {
  const days = Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${DRAWN_ON}T00:00:00Z`)) / 86_400_000);
  const drawn = generateScenario({ ...options, today: DRAWN_ON });
  const scenario = moved(drawn, days) as Scenario;
  return drawn.description === undefined ? scenario : { ...scenario, description: drawn.description.replace(DRAWN_ON, today) };
}

function moved(value: unknown, days: number): unknown {
  if (typeof value === 'string') return movedText(value, days);
  if (Array.isArray(value)) return value.map((item) => moved(item, days));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, moved(item, days)]));
  return value;
}

/** A date moved by `days`; a local time keeps its clock time, with the offset in force on its new day. */
function movedText(text: string, days: number): string {
  if (DATE.test(text)) return addDays(text, days);
  const local = LOCAL_TIME.exec(text);
  if (!local) return text;
  const [, date, clock, offset] = local as unknown as [string, string, string, string];
  const day = addDays(date, days);
  const inForce = ['-08:00', '-07:00', offset].find(
    (candidate) => PACIFIC_CLOCK.format(new Date(`${day}T${clock}${candidate}`)) === clock.slice(0, 5),
  );
  return `${day}T${clock}${inForce ?? offset}`;
}
