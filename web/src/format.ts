/** The county's time zone: every date and time is shown as the county reads it. */
export const COUNTY_TIME_ZONE = 'America/Los_Angeles';

/** A calendar date (YYYY-MM-DD) as written, without shifting it through a time zone. */
export function formatDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const date = new Date(`${value.slice(0, 10)}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return value;
  return date.toLocaleDateString('en-US', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
}

export function formatDateTime(value: string | null | undefined): string | null {
  if (!value) return null;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return date.toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short', timeZone: COUNTY_TIME_ZONE });
}

export function formatTime(value: string): string {
  return new Date(value).toLocaleTimeString('en-US', {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: COUNTY_TIME_ZONE,
    timeZoneName: 'short',
  });
}

/** SCREAMING_SNAKE_CASE code -> words a caseworker reads ("AT_RISK" -> "At risk"). */
/** Words of the schema's enum values that people write in capitals. */
const ACRONYMS = new Set(['AWOL', 'MDT', 'CSEC', 'CSE-IT', 'CASA', 'HIV', 'STI', 'IEP', 'SUD', 'WIC']);

export function plain(value: string | null | undefined): string | null {
  if (!value) return null;
  // The screening tool is named with a hyphen, which an enum value cannot hold.
  const words = value
    .replaceAll('CSE_IT', 'CSE-IT')
    .split('_')
    .map((word) => (ACRONYMS.has(word) ? word : word.toLowerCase()))
    .join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function fullName(
  name: { givenName?: string | null; familyName?: string | null; preferredName?: string | null } | null | undefined,
): string {
  if (!name) return 'Name withheld';
  const given = name.givenName ?? '';
  const family = name.familyName ?? '';
  const preferred = name.preferredName && name.preferredName !== given ? ` (goes by ${name.preferredName})` : '';
  return `${given} ${family}`.trim() + preferred || 'Name withheld';
}
