/**
 * Calendar dates (YYYY-MM-DD) as the county and the policy count them: a youth's age in whole
 * years, and the county's date of an instant (Pacific time).
 */

/** Made once: a formatter costs far more to make than to use. */
const COUNTY_DATE_FORMAT = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'America/Los_Angeles',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The county calendar date of an instant (Pacific time), as the policy's calendar rules use it. */
export function countyDate(now: string): string {
  return COUNTY_DATE_FORMAT.format(new Date(now));
}

/**
 * Today in the county (Pacific time). Between 16:00 and midnight Pacific the UTC date is already
 * tomorrow's, so dates the county and the policy compare against are never taken from UTC.
 */
export function countyToday(): string {
  return countyDate(new Date().toISOString());
}

/** Age in whole years on a date: a year is completed on the birthday. */
export function ageOn(birthDate: string, date: string): number {
  const [birthYear, birthMonth, birthDay] = birthDate.split('-').map(Number) as [number, number, number];
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const hadBirthday = month > birthMonth || (month === birthMonth && day >= birthDay);
  return year - birthYear - (hadBirthday ? 0 : 1);
}

export function addDays(date: string, days: number): string {
  const time = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(time).toISOString().slice(0, 10);
}
