import { describe, expect, it } from 'vitest';
import { addDays, ageOn, countyDate } from '../../runtime/calendar.ts';

describe('the county calendar', () => {
  it('dates an instant in Pacific time, not UTC', () => {
    // 00:30 UTC on 23 November is 16:30 on 22 November in California (PST, UTC-8).
    expect(countyDate('2026-11-23T00:30:00Z')).toBe('2026-11-22');
    expect(countyDate('2026-11-23T08:00:00Z')).toBe('2026-11-23');
    // Daylight time (PDT, UTC-7).
    expect(countyDate('2026-07-01T06:59:59Z')).toBe('2026-06-30');
    expect(countyDate('2026-07-01T07:00:00Z')).toBe('2026-07-01');
  });

  it('completes a year of age on the birthday', () => {
    expect(ageOn('2010-11-23', '2026-11-22')).toBe(15);
    expect(ageOn('2010-11-23', '2026-11-23')).toBe(16);
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(17);
    expect(ageOn('2008-02-29', '2026-03-01')).toBe(18);
  });

  it('adds days across months and years', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
