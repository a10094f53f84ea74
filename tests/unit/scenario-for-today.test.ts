import { describe, expect, it } from 'vitest';
import { addDays } from '../../runtime/calendar.ts';
import { generateScenario } from '../../scenario/generate-scenario.ts';
import { DRAWN_ON, scenarioForToday } from '../support/scenario-for-today.ts';

const OPTIONS = { youthCount: 40, seed: 7 };
const PACIFIC = new Intl.DateTimeFormat('en-GB', { timeZone: 'America/Los_Angeles', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** Every string of a scenario, by its path, in the same order for two scenarios of the same shape. */
function strings(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, `${path}[${index}]`));
  if (value !== null && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => strings(item, `${path}.${key}`));
  return [];
}

describe('the test scenario, drawn as of one day and moved to today', () => {
  const drawn = generateScenario({ ...OPTIONS, today: DRAWN_ON });

  it('is the scenario drawn as of that day when today is that day', () => {
    expect(scenarioForToday(OPTIONS, DRAWN_ON)).toEqual(drawn);
  });

  it('holds the same records on a later day, every date as far from today, every hearing at the same clock time', () => {
    const later = addDays(DRAWN_ON, 200);
    const moved = strings(scenarioForToday(OPTIONS, later));
    const before = strings(drawn);
    expect(moved.map(([path]) => path)).toEqual(before.map(([path]) => path));

    let dates = 0;
    let hearings = 0;
    moved.forEach(([path, text], index) => {
      const original = (before[index] as [string, string])[1];
      if (/^\d{4}-\d{2}-\d{2}$/.test(original)) {
        dates += 1;
        expect(text, path).toBe(addDays(original, 200));
      } else if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/.test(original)) {
        hearings += 1;
        expect(text.slice(0, 10), path).toBe(addDays(original.slice(0, 10), 200));
        expect(text.slice(11, 19), path).toBe(original.slice(11, 19));
        expect(PACIFIC.format(new Date(text)), path).toBe(original.slice(11, 16));
      } else if (path === '.description') {
        expect(text).toBe(original.replace(DRAWN_ON, later));
      } else {
        expect(text, path).toBe(original);
      }
    });
    expect(dates).toBeGreaterThan(100);
    expect(hearings).toBeGreaterThan(10);
  });
});
