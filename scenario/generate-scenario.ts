/**
 * Generates a synthetic scenario: a county's CSEC program with its users, the MDT's coordination
 * records for each identified youth, and each agency's own records of those youth, in that agency's
 * own identifiers, spelling and code sets. Nothing here describes a real person.
 *
 * The output depends only on the options. Each youth draws from its own seeded stream
 * (`createRandom(seed, 'youth', n)`) and identifiers come from seeded permutations of counters, so
 * the same options always give the same scenario, record for record.
 */
import type {
  Address,
  Agency,
  ChildWelfareClient,
  Consent,
  CsecYouth,
  EducationStudent,
  FhirResource,
  JuvenileCourtParty,
} from './__generated__/scenario-types.ts';
import type { ProbationJuvenile, Role, Scenario, SourceAgency, User } from './__generated__/scenario-types.ts';
import { healthResourcesFor, type HealthPatientSeed } from './generate-health-resources.ts';
import { servicesFor } from './generate-services.ts';
import { createRandom, type Random } from './random.ts';

/** `today` (YYYY-MM-DD, default 2026-11-22) is the day every date is placed relative to. */
export interface GenerateScenarioOptions {
  youthCount: number;
  seed: number;
  today?: string;
  county?: string;
}

export const DEFAULT_TODAY = '2026-11-22';
export const DEFAULT_COUNTY = 'Sacramento';
/** The first youth (Y-000001 on) whose MDTs the demo users sit on: the demo caseload. */
export const DEMO_CASELOAD = 50;
export const MAX_YOUTH = 1_000_000;

/** A bad option; `code` is stable and the message starts with the option's name. */
export class ScenarioOptionsError extends Error {
  readonly code = 'INVALID_SCENARIO_OPTIONS';
}

// --- Staff: who signs in, in pools sized by realistic caseloads.

type PoolName =
  'sw' | 'po' | 'mh' | 'phn' | 'sud' | 'edu' | 'attorney' | 'casa' | 'advocate' | 'caregiver' | 'le' | 'da' | 'privacy' | 'steering';

/** share: the fraction of youth who need someone in the role; youthPerPerson: the caseload. */
interface PoolSpec {
  role: Role;
  agency: Agency;
  emailDomain?: string;
  youthPerPerson: number;
  share: number;
  minimum: number;
}

const POOLS: Record<PoolName, PoolSpec> = {
  sw: { role: 'SOCIAL_WORKER', agency: 'CHILD_WELFARE', emailDomain: 'dcfas', youthPerPerson: 15, share: 0.9, minimum: 2 },
  po: { role: 'PROBATION_OFFICER', agency: 'PROBATION', emailDomain: 'probation', youthPerPerson: 18, share: 0.4, minimum: 2 },
  mh: { role: 'MENTAL_HEALTH_CLINICIAN', agency: 'BEHAVIORAL_HEALTH', emailDomain: 'dhs', youthPerPerson: 18, share: 0.56, minimum: 2 },
  phn: { role: 'PUBLIC_HEALTH_NURSE', agency: 'PUBLIC_HEALTH', emailDomain: 'dph', youthPerPerson: 25, share: 0.35, minimum: 1 },
  sud: { role: 'SUBSTANCE_USE_COUNSELOR', agency: 'BEHAVIORAL_HEALTH', emailDomain: 'dhs', youthPerPerson: 20, share: 0.15, minimum: 1 },
  edu: { role: 'EDUCATION_LIAISON', agency: 'EDUCATION', emailDomain: 'scoe', youthPerPerson: 40, share: 0.5, minimum: 1 },
  attorney: { role: 'YOUTH_ATTORNEY', agency: 'DEPENDENCY_COUNSEL', emailDomain: 'cdc', youthPerPerson: 40, share: 0.9, minimum: 1 },
  casa: { role: 'CASA', agency: 'CASA_PROGRAM', emailDomain: 'casa', youthPerPerson: 1.5, share: 0.27, minimum: 1 },
  advocate: {
    role: 'SURVIVOR_ADVOCATE',
    agency: 'ADVOCACY_ORGANIZATION',
    emailDomain: 'advocates',
    youthPerPerson: 15,
    share: 0.8,
    minimum: 1,
  },
  caregiver: { role: 'CAREGIVER', agency: 'CAREGIVER_HOUSEHOLD', youthPerPerson: 1.3, share: 0.23, minimum: 1 },
  le: { role: 'LAW_ENFORCEMENT_OFFICER', agency: 'LAW_ENFORCEMENT', emailDomain: 'sheriff', youthPerPerson: 20, share: 0.12, minimum: 1 },
  da: { role: 'PROSECUTOR', agency: 'DISTRICT_ATTORNEY', emailDomain: 'da', youthPerPerson: 60, share: 0.06, minimum: 1 },
  privacy: {
    role: 'PRIVACY_OFFICER',
    agency: 'COUNTY_ADMINISTRATION',
    emailDomain: 'county',
    youthPerPerson: 25_000,
    share: 1,
    minimum: 1,
  },
  steering: { role: 'STEERING_COMMITTEE_MEMBER', agency: 'CSEC_PROGRAM', emailDomain: 'csec', youthPerPerson: 5_000, share: 1, minimum: 6 },
};

/** The stable users every scenario has, for demonstrations and tests (named after their role). */
export const DEMO_USERS: ReadonlyArray<readonly [id: string, pool: PoolName]> = [
  ['sw.demo', 'sw'],
  ['po.demo', 'po'],
  ['mh.demo', 'mh'],
  ['phn.demo', 'phn'],
  ['attorney.demo', 'attorney'],
  ['le.demo', 'le'],
  ['privacy.demo', 'privacy'],
  ['steering.demo', 'steering'],
];
/** The seats the demo users take on the MDTs of the demo caseload, and on no other MDT. */
const DEMO_SEATS: ReadonlySet<PoolName> = new Set(['sw', 'po', 'mh', 'phn', 'attorney']);

interface Person {
  id: string;
  familyName: string;
  displayName: string;
}
type Staff = Record<PoolName, Person[]>;

function buildStaff(youthCount: number, seed: number, countySlug: string): { users: User[]; staff: Staff; demo: Map<string, Person> } {
  const r = createRandom(seed, 'staff');
  const users: User[] = [];
  const taken = new Set<string>();
  const demo = new Map<string, Person>();
  for (const [id, pool] of DEMO_USERS) {
    const { agency, role, emailDomain } = POOLS[pool];
    const displayName = `Demo ${role
      .toLowerCase()
      .split('_')
      .map((w) => w[0]!.toUpperCase() + w.slice(1))
      .join(' ')}`;
    users.push({ id, displayName, agency, roles: [role], email: `${id}@${emailDomain}.${countySlug}.example` });
    taken.add(id);
    demo.set(pool, { id, familyName: 'Demo', displayName });
  }
  const staff = {} as Staff;
  for (const [pool, spec] of Object.entries(POOLS) as Array<[PoolName, PoolSpec]>) {
    staff[pool] = [];
    const size = Math.max(spec.minimum, Math.ceil((youthCount * spec.share) / spec.youthPerPerson));
    for (let i = 0; i < size; i += 1) {
      const givenName = r.pick(r.chance(['caregiver', 'casa', 'phn'].includes(pool) ? 0.8 : 0.6) ? ADULT_FEMALE_NAMES : ADULT_MALE_NAMES);
      const familyName = r.pick(SURNAMES);
      const base = `${pool}.${slug(givenName)}.${slug(familyName)}`;
      let id = base;
      for (let n = 2; taken.has(id); n += 1) id = `${base}${n}`;
      taken.add(id);
      const displayName = `${givenName} ${familyName}`;
      staff[pool].push({ id, familyName, displayName });
      const user: User = { id, displayName, agency: spec.agency, roles: [spec.role] };
      if (spec.emailDomain) user.email = `${id.slice(pool.length + 1)}@${spec.emailDomain}.${countySlug}.example`;
      users.push(user);
    }
  }
  return { users, staff, demo };
}

// --- Dates: whole days since 1970-01-01 (UTC), written as YYYY-MM-DD.

const MS_PER_DAY = 86_400_000;
const isoCache = new Map<number, string>();

const dayOf = (date: string): number => Math.round(Date.parse(`${date}T00:00:00Z`) / MS_PER_DAY);

function iso(day: number): string {
  let text = isoCache.get(day);
  if (text === undefined) isoCache.set(day, (text = new Date(day * MS_PER_DAY).toISOString().slice(0, 10)));
  return text;
}

function addYears(day: number, years: number): number {
  const [y, m, d] = iso(day).split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y + years, m - 1, d) / MS_PER_DAY);
}

function ageOn(birth: number, at: number): number {
  const [b, a] = [iso(birth), iso(at)];
  return Number(a.slice(0, 4)) - Number(b.slice(0, 4)) - (a.slice(5) < b.slice(5) ? 1 : 0);
}

/** A court calendar time, local Pacific time with the offset in force that day. */
function courtTime(day: number, hhmm: string): string {
  const year = Number(iso(day).slice(0, 4));
  const summer = day >= nthSunday(year, 2, 2) && day < nthSunday(year, 10, 1);
  return `${iso(day)}T${hhmm}:00${summer ? '-07:00' : '-08:00'}`;
}

function nthSunday(year: number, monthIndex: number, n: number): number {
  const first = Math.round(Date.UTC(year, monthIndex, 1) / MS_PER_DAY);
  return first + ((7 - ((first + 4) % 7)) % 7) + (n - 1) * 7; // 1970-01-01 was a Thursday
}

/** The first calendar year of the school year (August to July) a day falls in. */
const schoolYearOf = (day: number): number => Number(iso(day).slice(0, 4)) - (iso(day).slice(5) < '08-01' ? 1 : 0);
const schoolYearLabel = (year: number): string => `${year}-${digits((year + 1) % 100, 2)}`;
const clamp = (value: number, low: number, high: number): number => Math.min(Math.max(value, low), high);
/** A day in [from, to], skewed toward `to` when `skew` > 1. */
const dayBetween = (r: Random, from: number, to: number, skew = 1): number =>
  to <= from ? from : to - Math.floor(r.next() ** skew * (to - from + 1));

// --- Identifiers: each agency's own scheme, unique by construction (an affine permutation of a counter).

type IdKind =
  | 'client'
  | 'caseNumber'
  | 'referral'
  | 'placement'
  | 'hearing'
  | 'probation'
  | 'intake'
  | 'petition'
  | 'warrant'
  | 'ssid'
  | 'mrn'
  | 'courtParty';
const ID_SPACES: Record<IdKind, number> = {
  client: 1e7,
  caseNumber: 1e7,
  referral: 1e7,
  placement: 1e7,
  hearing: 1e8,
  probation: 1e7,
  intake: 1e7,
  petition: 1e7,
  warrant: 1e7,
  ssid: 9e9,
  mrn: 1e8,
  courtParty: 1e7,
};
type Ids = Record<IdKind, () => number>;

function createIds(seed: number): Ids {
  const ids = {} as Ids;
  for (const [kind, modulus] of Object.entries(ID_SPACES) as Array<[IdKind, number]>) {
    const r = createRandom(seed, 'ids', kind);
    let multiplier = r.int(modulus / 10, modulus - 1);
    while (multiplier % 2 === 0 || multiplier % 5 === 0) multiplier += 1; // coprime to the modulus: no repeats
    const offset = r.int(0, modulus - 1);
    let counter = 0;
    ids[kind] = () => (counter++ * multiplier + offset) % modulus;
  }
  return ids;
}

const digits = (value: number, width: number): string => String(value).padStart(width, '0');
const cwsId = (r: Random, serial: number): string =>
  `${digits(r.int(0, 9999), 4)}-${digits(r.int(0, 9999), 4)}-${digits(r.int(0, 9999), 4)}-${digits(serial, 7)}`;

// --- A youth's plan: identity, timeline, which systems know the youth, and the team around them.

interface Stint {
  person: Person;
  joinedOn: number;
  leftOn?: number;
}
type Team = Partial<Record<PoolName, Stint[]>>;

interface YouthPlan {
  id: string;
  r: Random;
  demo: boolean;
  csec: boolean;
  gender: 'female' | 'male' | 'other';
  birth: number;
  age: number;
  /** The legal name; `surname` is the one the CSEC program records, `secondSurname` a second some agencies add. */
  givenName: string;
  middleName: string;
  surname: string;
  secondSurname?: string;
  nickname?: string;
  chosenName?: string;
  status: CsecYouth['exploitationStatus'];
  identifiedOn: number;
  openedOn?: number;
  closedOn?: number;
  missingSince?: number;
  systems: Record<AgencySystem, boolean>;
  services: HealthPatientSeed['services'];
  team: Team;
}

/** The agencies whose systems know a youth from the start; the juvenile court knows them through their cases. */
type AgencySystem = Exclude<SourceAgency, 'JUVENILE_COURT'>;

interface Context {
  seed: number;
  today: number;
  county: string;
  staff: Staff;
  demo: Map<string, Person>;
  ids: Ids;
  turns: Partial<Record<PoolName, number>>;
}

/** The next person of a pool in turn: volunteers and caregivers take one or two youth each. */
function inTurn(ctx: Context, pool: PoolName): Person {
  const turn = ctx.turns[pool] ?? 0;
  ctx.turns[pool] = turn + 1;
  return ctx.staff[pool][turn % ctx.staff[pool].length] as Person;
}

function planYouth(ctx: Context, id: string, r: Random, demo: boolean, csec = true): YouthPlan {
  const { today } = ctx;
  const gender = r.weighted<YouthPlan['gender']>([
    ['female', 82],
    ['male', 15],
    ['other', 3],
  ]);
  const age = r.weighted(demo ? AGES.filter(([a]) => a >= 12 && a <= 17) : AGES);
  const birth = today - age * 365 - r.int(0, 364) - Math.floor(age / 4);
  const givenName = r.pick(gender === 'male' ? MALE_NAMES : FEMALE_NAMES);
  const surname = r.pick(SURNAMES);
  const plan: YouthPlan = {
    id,
    r,
    demo,
    csec,
    gender,
    age,
    birth,
    givenName,
    surname,
    middleName: r.pick(gender === 'male' ? MALE_MIDDLE_NAMES : FEMALE_MIDDLE_NAMES),
    identifiedOn: dayBetween(r, Math.max(addYears(birth, 10), today - 5 * 365), today - 2, 1.3),
    status: r.weighted<YouthPlan['status']>([
      ['AT_RISK', 35],
      ['SUSPECTED', 25],
      ['CONFIRMED', 40],
    ]),
    systems: demo
      ? { CHILD_WELFARE: true, PROBATION: true, HEALTH: true, EDUCATION: true }
      : {
          CHILD_WELFARE: r.chance(0.9),
          PROBATION: age >= 12 && r.chance(0.42),
          HEALTH: r.chance(0.7),
          EDUCATION: r.chance(age <= 18 ? 0.88 : 0.5),
        },
    services: {
      mentalHealth: demo || r.chance(0.8),
      medicalEvaluation: r.chance(0.6),
      publicHealthNurse: demo || r.chance(0.5),
      substanceUse: r.chance(age >= 14 ? 0.35 : 0.15),
      sensitiveServices: age >= 12 && r.chance(0.45),
      hivTest: age >= 12 && r.chance(0.3),
    },
    team: {},
  };
  if (HISPANIC_SURNAMES.has(surname) && r.chance(0.3)) plan.secondSurname = r.pick(HISPANIC_SURNAME_LIST);
  if (NICKNAMES[givenName] && r.chance(0.5)) plan.nickname = NICKNAMES[givenName];
  if (gender === 'other') plan.chosenName = r.pick(CHOSEN_NAMES);
  if (!csec) return plan;
  if (demo || plan.identifiedOn < today - 5 || r.chance(0.5)) {
    const openedOn = (plan.openedOn = Math.min(today, plan.identifiedOn + r.int(1, 21)));
    const closeChance = Math.min(0.5, ((today - openedOn) / 365) * 0.09) + (age >= 18 ? 0.2 : 0);
    if (!demo && openedOn < today - 150 && r.chance(closeChance)) plan.closedOn = r.int(openedOn + 120, today - 1);
    else if (r.chance(0.07)) plan.missingSince = dayBetween(r, Math.max(openedOn, today - 90), today - 1, 1.5);
  }
  teamFor(ctx, plan);
  return plan;
}

/** The MDT seats this youth needs, each filled by a worker of the matching pool (or the demo user). */
function teamFor(ctx: Context, plan: YouthPlan): void {
  const { r, systems, services } = plan;
  const start = plan.openedOn ?? plan.identifiedOn;
  const end = plan.closedOn ?? ctx.today;
  const seat = (pool: PoolName, wanted: boolean, reassign: number): void => {
    if (!wanted) return;
    const demoPerson = plan.demo && DEMO_SEATS.has(pool) ? ctx.demo.get(pool) : undefined;
    const holder = demoPerson ?? (POOLS[pool].youthPerPerson < 5 ? inTurn(ctx, pool) : r.pick(ctx.staff[pool]));
    const joinedOn = Math.min(end, start + (r.chance(0.8) ? 0 : r.int(5, 90)));
    const former = end - joinedOn > 120 && r.chance(reassign) ? r.pick(ctx.staff[pool]) : holder;
    const stints: Stint[] = [{ person: holder, joinedOn }];
    if (former !== holder) {
      const changeOn = r.int(joinedOn + 45, end - 30); // reassigned: the former worker left that day
      stints.splice(0, 1, { person: former, joinedOn, leftOn: changeOn }, { person: holder, joinedOn: changeOn });
    }
    if (plan.closedOn !== undefined) for (const stint of stints) stint.leftOn ??= plan.closedOn;
    plan.team[pool] = stints;
  };
  seat('sw', systems.CHILD_WELFARE, 0.25);
  seat('po', systems.PROBATION, 0.2);
  seat('mh', systems.HEALTH && services.mentalHealth, 0.2);
  seat('phn', systems.HEALTH && services.publicHealthNurse, 0.1);
  seat('sud', systems.HEALTH && services.substanceUse && r.chance(0.7), 0.1);
  seat('edu', systems.EDUCATION && r.chance(0.55), 0.1);
  seat('attorney', plan.demo || (systems.CHILD_WELFARE ? r.chance(0.95) : systems.PROBATION && r.chance(0.6)), 0.1);
  seat('casa', systems.CHILD_WELFARE && r.chance(0.3), 0.05);
  seat('advocate', r.chance(0.8), 0.15);
  seat('le', r.chance(0.1), 0);
  seat('da', systems.PROBATION && r.chance(0.12), 0);
  if (Object.keys(plan.team).length < 3) {
    // every MDT has the youth's advocate and a service provider
    seat('advocate', !plan.team.advocate, 0.15);
    seat('mh', systems.HEALTH && !plan.team.mh, 0.2);
    seat('edu', systems.EDUCATION && !plan.team.edu, 0.1);
  }
}

const current = (team: Team, pool: PoolName): Person | undefined => team[pool]?.at(-1)?.person;
const holderOn = (stints: Stint[] | undefined, day: number): Person | undefined =>
  stints?.find((s) => s.joinedOn <= day && (s.leftOn === undefined || day < s.leftOn))?.person;

// --- Child welfare: referrals, case, placement history, case plan, court hearings.

type Referral = ChildWelfareClient['referrals'][number];
type Placement = ChildWelfareClient['placements'][number];
type Hearing = ChildWelfareClient['courtHearings'][number];
interface PlacementEvent {
  kind: 'AWOL' | 'PLACEMENT_CHANGE';
  on: number;
  from: string;
  to?: string;
}

function childWelfareClientFor(
  ctx: Context,
  plan: YouthPlan,
): { client: ChildWelfareClient; knownSince: number; events: PlacementEvent[] } {
  const { r } = plan;
  const { today } = ctx;
  const client: ChildWelfareClient = {
    clientId: cwsId(r, ctx.ids.client()),
    firstName: plan.nickname && r.chance(0.6) ? plan.nickname : plan.givenName,
    lastName: !plan.secondSurname ? plan.surname : r.chance(0.7) ? `${plan.surname}-${plan.secondSurname}` : plan.secondSurname,
    birthDate: iso(plan.birth),
    assignedSocialWorkerUserId: (current(plan.team, 'sw') ?? r.pick(ctx.staff.sw)).id,
    referrals: [],
    placements: [],
    courtHearings: [],
  };
  // Earlier referrals (neglect, abuse) often came years before the one about exploitation.
  const referredOn = plan.csec
    ? clamp(plan.identifiedOn - r.int(0, 20), plan.birth + 3650, today)
    : dayBetween(r, plan.birth + 365, today - 1);
  const earlier = Array.from(
    {
      length: r.weighted([
        [0, 30],
        [1, 35],
        [2, 20],
        [3, 15],
      ]),
    },
    () => dayBetween(r, plan.birth + 200, referredOn - 30),
  );
  for (const on of earlier.sort((a, b) => a - b)) client.referrals.push(referral(ctx, r, on, undefined));
  client.referrals.push(referral(ctx, r, referredOn, plan.csec && r.chance(0.85) ? plan.status : undefined));
  const knownSince = dayOf(client.referrals[0]?.receivedOn ?? iso(referredOn));
  const events: PlacementEvent[] = [];
  if (!plan.csec && r.chance(0.3)) return { client, knownSince, events }; // referral evaluated out, no case
  const openedOn = Math.min(today, referredOn + r.int(1, 30));
  const closedOn = plan.closedOn !== undefined && r.chance(0.6) ? plan.closedOn : undefined;
  const component =
    plan.age >= 18
      ? 'PERMANENT_PLACEMENT'
      : r.weighted([
          ['EMERGENCY_RESPONSE', 12],
          ['FAMILY_MAINTENANCE', 18],
          ['FAMILY_REUNIFICATION', 40],
          ['PERMANENT_PLACEMENT', 30],
        ] as const);
  client.case = {
    caseNumber: `${iso(openedOn).slice(2, 4)}-${digits(ctx.ids.caseNumber(), 7)}`,
    status: closedOn === undefined ? 'OPEN' : 'CLOSED',
    serviceComponent: component,
    openedOn: iso(openedOn),
  };
  if (closedOn !== undefined) client.case.closedOn = iso(closedOn);
  if (component !== 'FAMILY_MAINTENANCE') placementsFor(ctx, plan, client.placements, openedOn, closedOn, events);
  seatCaregiver(
    ctx,
    plan,
    client.placements.find((p) => p.endedOn === undefined),
  );
  client.casePlan = { updatedOn: iso(dayBetween(r, openedOn, closedOn ?? today, 2)), goals: r.sample(CASE_PLAN_GOALS, r.int(2, 4)) };
  client.courtHearings = hearingsFor(ctx, r, openedOn, closedOn);
  return { client, knownSince, events };
}

/** How the hotline's CSE allegation was disposed, by what the MDT now knows. */
const CSE_DISPOSITIONS = {
  CONFIRMED: [
    ['SUBSTANTIATED', 85],
    ['INCONCLUSIVE', 15],
  ],
  SUSPECTED: [
    ['SUBSTANTIATED', 30],
    ['INCONCLUSIVE', 60],
    ['UNFOUNDED', 10],
  ],
  AT_RISK: [
    ['INCONCLUSIVE', 60],
    ['UNFOUNDED', 40],
  ],
} as const;

function referral(ctx: Context, r: Random, on: number, status: CsecYouth['exploitationStatus'] | undefined): Referral {
  const reporterRole = r.weighted<Referral['reporterRole']>([
    ['MANDATED_REPORTER_EDUCATION', 25],
    ['MANDATED_REPORTER_HEALTH', 20],
    ['MANDATED_REPORTER_LAW_ENFORCEMENT', 25],
    ['FAMILY_MEMBER', 12],
    ['ANONYMOUS', 10],
    ['OTHER', 8],
  ]);
  const types: Array<Referral['allegations'][number]['allegationType']> = status
    ? ['COMMERCIAL_SEXUAL_EXPLOITATION', ...r.sample(['SEXUAL_ABUSE', 'GENERAL_NEGLECT', 'CARETAKER_ABSENCE'] as const, r.int(0, 1))]
    : r.sample(
        ['GENERAL_NEGLECT', 'PHYSICAL_ABUSE', 'EMOTIONAL_ABUSE', 'SEVERE_NEGLECT', 'SEXUAL_ABUSE', 'CARETAKER_ABSENCE'] as const,
        r.int(1, 2),
      );
  return {
    referralId: cwsId(r, ctx.ids.referral()),
    receivedOn: iso(on),
    reporterName: reporterRole === 'ANONYMOUS' ? 'Anonymous' : `${r.pick(ADULT_NAMES)} ${r.pick(SURNAMES)}`,
    reporterRole,
    allegations: types.map((allegationType) => ({
      allegationType,
      disposition:
        ctx.today - on < 30
          ? 'PENDING'
          : allegationType === 'COMMERCIAL_SEXUAL_EXPLOITATION'
            ? r.weighted(CSE_DISPOSITIONS[status ?? 'SUSPECTED'])
            : r.weighted([
                ['SUBSTANTIATED', 35],
                ['INCONCLUSIVE', 35],
                ['UNFOUNDED', 30],
              ] as const),
    })),
  };
}

/** Placements from the case opening on; at most the last is current, and one ends in AWOL if the youth is missing. */
function placementsFor(
  ctx: Context,
  plan: YouthPlan,
  placements: Placement[],
  from: number,
  caseClosedOn: number | undefined,
  events: PlacementEvent[],
): void {
  const { r } = plan;
  const stop = Math.min(plan.missingSince ?? ctx.today, caseClosedOn ?? ctx.today);
  const wanted = r.weighted([
    [1, 20],
    [2, 22],
    [3, 20],
    [4, 15],
    [5, 10],
    [6, 8],
    [8, 5],
  ]);
  let start = from;
  for (let n = 0; n < wanted && start < stop; n += 1) {
    const type = plan.age >= 18 && n === wanted - 1 ? 'TRANSITIONAL_HOUSING' : r.weighted(PLACEMENT_TYPES);
    const placement: Placement = {
      placementId: `PL-${digits(ctx.ids.placement(), 7)}`,
      placementType: type,
      facilityName: facilityName(r, type, plan.surname),
      address: address(r),
      startedOn: iso(start),
    };
    const previous = placements.at(-1)?.placementType;
    placements.push(placement);
    if (previous && start > (plan.openedOn ?? Infinity)) events.push({ kind: 'PLACEMENT_CHANGE', on: start, from: previous, to: type });
    const end = n === wanted - 1 ? stop : Math.min(stop, start + r.int(14, 420));
    if (end >= stop && plan.missingSince === undefined && caseClosedOn === undefined) break; // the current placement
    placement.endedOn = iso(end);
    placement.endReason =
      end === plan.missingSince
        ? 'AWOL'
        : end === caseClosedOn
          ? r.pick(['REUNIFIED', 'OTHER'] as const)
          : r.weighted([
              ['AWOL', 25],
              ['PLACEMENT_CHANGE', 45],
              ['STEP_DOWN', type === 'STRTP' ? 25 : 5],
              ['OTHER', 8],
            ] as const);
    if (placement.endReason === 'AWOL') events.push({ kind: 'AWOL', on: end, from: type });
    start = end + (placement.endReason === 'AWOL' ? Math.min(r.int(1, 21), Math.max(0, stop - end - 1)) : 0);
  }
}

/** A resource parent or relative caring for the youth sits on the MDT; the home carries their name. */
function seatCaregiver(ctx: Context, plan: YouthPlan, placement: Placement | undefined): void {
  if (!plan.csec || plan.openedOn === undefined || !placement || !FAMILY_PLACEMENTS.has(placement.placementType) || !plan.r.chance(0.6))
    return;
  const joinedOn = Math.max(plan.openedOn, dayOf(placement.startedOn));
  if (joinedOn > (plan.closedOn ?? ctx.today)) return;
  const caregiver = inTurn(ctx, 'caregiver');
  placement.facilityName = facilityName(plan.r, placement.placementType, caregiver.familyName, caregiver.familyName);
  plan.team.caregiver = [
    plan.closedOn === undefined ? { person: caregiver, joinedOn } : { person: caregiver, joinedOn, leftOn: plan.closedOn },
  ];
}

function hearingsFor(ctx: Context, r: Random, openedOn: number, closedOn: number | undefined): Hearing[] {
  const hearings: Hearing[] = [];
  const department = `Dept. ${r.pick(['93', '94', '95', '96', '97'])}`;
  const steps = HEARING_STEPS.slice();
  for (let on = openedOn + 548; on < ctx.today + 183; on += 183)
    steps.push(['PERMANENCY_PLANNING', on - openedOn, 'Permanent plan reviewed; placement continued']);
  for (const [hearingType, offset, outcome] of steps) {
    const on = openedOn + offset + r.int(0, 6);
    if (closedOn !== undefined && on > closedOn) break;
    const hearing: Hearing = {
      hearingId: `JD-${digits(ctx.ids.hearing(), 8)}`,
      hearingType,
      scheduledFor: courtTime(on, r.pick(['08:30', '09:00', '10:30', '13:30'])),
      department,
    };
    if (on < ctx.today) hearing.outcome = r.chance(0.1) ? 'Continued at request of counsel' : outcome;
    hearings.push(hearing);
    if (on >= ctx.today) break; // the next hearing on calendar
  }
  return hearings;
}

function facilityName(r: Random, type: string, youthSurname: string, caregiverSurname = r.pick(SURNAMES)): string {
  switch (type) {
    case 'STRTP':
      return `${r.pick(PLACE_WORDS)} ${r.pick(['Youth Center', "Children's Home", 'Youth Services', 'House'])} (STRTP)`;
    case 'FOSTER_FAMILY_AGENCY':
      return `${caregiverSurname} home, ${r.pick(PLACE_WORDS)} Foster Family Agency`;
    case 'RESOURCE_FAMILY':
      return `${caregiverSurname} resource family home`;
    case 'KIN':
      return `${r.chance(0.5) ? youthSurname : caregiverSurname} home (${r.pick(KIN_WORDS)})`;
    case 'TRANSITIONAL_HOUSING':
      return `${r.pick(PLACE_WORDS)} ${r.pick(['THP-NMD', 'THP-Plus'])} Apartments`;
    case 'GUARDIAN':
      return `${caregiverSurname} guardian home`;
    default:
      return 'Home of parent';
  }
}

function address(r: Random): Address {
  const [city, postalCode] = r.pick(CITIES);
  const result: Address = {
    line1: `${r.int(100, 9899)} ${r.pick(STREETS)} ${r.pick(['St', 'Ave', 'Way', 'Dr', 'Blvd', 'Ct'])}`,
    city,
    state: 'CA',
    postalCode,
  };
  if (r.chance(0.25)) result.line2 = `Apt ${r.int(1, 40)}${r.pick(['', 'A', 'B'])}`;
  return result;
}

// --- Probation: referrals, petitions (some sealed or vacated), conditions, warrants.

type Petition = ProbationJuvenile['petitions'][number];

function probationJuvenileFor(ctx: Context, plan: YouthPlan): { juvenile: ProbationJuvenile; knownSince: number } {
  const { r } = plan;
  const { today } = ctx;
  const surname = plan.secondSurname && r.chance(0.6) ? `${plan.surname} ${plan.secondSurname}` : plan.surname;
  const juvenile: ProbationJuvenile = {
    probationNumber: `JP${digits(ctx.ids.probation(), 7)}`,
    name: stripAccents(`${surname}, ${plan.givenName}${r.chance(0.75) ? ` ${plan.middleName}` : ''}`).toUpperCase(),
    dateOfBirth: iso(plan.birth + (r.chance(0.02) ? r.pick([-1, 1]) : 0)), // a booking typo now and then
    assignedOfficerUserId: (current(plan.team, 'po') ?? r.pick(ctx.staff.po)).id,
    referrals: [],
    petitions: [],
    conditions: [],
    warrants: [],
  };
  const knownSince = dayBetween(r, Math.max(addYears(plan.birth, 12), today - 6 * 365), today - 3, 1.6);
  const count = r.weighted([
    [1, 50],
    [2, 30],
    [3, 20],
  ]);
  for (let n = 0, on = knownSince; n < count && on < today; n += 1, on += r.int(60, 500)) {
    const offense = r.pick(OFFENSES);
    const outcome =
      today - on < 21
        ? 'PENDING'
        : r.weighted([
            ['CLOSED_AT_INTAKE', 20],
            ['INFORMAL_SUPERVISION', 20],
            ['PETITION_FILED', 40],
            ['DIVERTED', 20],
          ] as const);
    const source = r.weighted([
      ['LAW_ENFORCEMENT', 70],
      ['SCHOOL', 10],
      ['PARENT', 5],
      ['CHILD_WELFARE', 10],
      ['OTHER', 5],
    ] as const);
    juvenile.referrals.push({
      referralNumber: `JR${iso(on).slice(2, 4)}-${digits(ctx.ids.intake(), 7)}`,
      receivedOn: iso(on),
      source,
      offense,
      outcome,
    });
    if (outcome === 'PETITION_FILED') juvenile.petitions.push(petitionFor(ctx, plan, on, offense));
  }
  const supervised = juvenile.petitions.find((p) => !p.sealed && !p.vacated && p.disposition && p.disposition !== 'DISMISSED');
  if (supervised) {
    const imposedOn = supervised.adjudicatedOn ?? supervised.filedOn;
    juvenile.conditions = r.sample(PROBATION_CONDITIONS, r.int(3, 6)).map((condition) => ({ condition, imposedOn }));
  }
  if (knownSince < today - 90 && r.chance(0.15)) {
    juvenile.warrants.push({
      warrantNumber: `JW${digits(ctx.ids.warrant(), 7)}`,
      issuedOn: iso(dayBetween(r, knownSince, today - 30)),
      status: r.pick(['RECALLED', 'SERVED'] as const),
    });
  }
  if (plan.missingSince !== undefined && r.chance(0.6)) {
    // a warrant to bring the missing youth back
    juvenile.warrants.push({
      warrantNumber: `JW${digits(ctx.ids.warrant(), 7)}`,
      issuedOn: iso(Math.min(today, plan.missingSince + r.int(1, 7))),
      status: 'ACTIVE',
    });
  }
  return { juvenile, knownSince };
}

function petitionFor(ctx: Context, plan: YouthPlan, referredOn: number, offense: string): Petition {
  const { r } = plan;
  const { today } = ctx;
  const filedOn = Math.min(today, referredOn + r.int(2, 20));
  const charges = r.chance(0.3) ? [...new Set([offense, r.pick(OFFENSES)])] : [offense];
  const petition: Petition = {
    petitionNumber: `JV${iso(filedOn).slice(2, 4)}-${digits(ctx.ids.petition(), 7)}`,
    filedOn: iso(filedOn),
    section: offense.startsWith('WIC 601') ? 'WIC_601' : 'WIC_602',
    charges,
  };
  if (today - filedOn < 45) return petition;
  const disposition = (petition.disposition = r.weighted([
    ['DISMISSED', 15],
    ['INFORMAL_PROBATION_654_2', 15],
    ['WARDSHIP_PROBATION', 30],
    ['NON_WARD_PROBATION_725A', 15],
    ['DEFERRED_ENTRY_OF_JUDGMENT', 10],
    ['PLACEMENT', 15],
  ] as const));
  const decidedOn = filedOn + r.int(20, 45);
  if (disposition === 'WARDSHIP_PROBATION' || disposition === 'NON_WARD_PROBATION_725A' || disposition === 'PLACEMENT')
    petition.adjudicatedOn = iso(decidedOn);
  const since = today - decidedOn;
  if (since > 200 && plan.status === 'CONFIRMED' && r.chance(0.12)) {
    petition.vacated = { vacatedOn: iso(decidedOn + r.int(180, since)), authority: 'PC_236_14' }; // the youth was a trafficking victim
  } else if (since > 200 && disposition !== 'PLACEMENT' && r.chance(0.18)) {
    const authority =
      plan.age >= 18 && r.chance(0.3) ? 'WIC_781' : disposition === 'INFORMAL_PROBATION_654_2' && r.chance(0.3) ? 'WIC_786_5' : 'WIC_786';
    petition.sealed = { sealedOn: iso(decidedOn + r.int(180, since)), authority };
  }
  return petition;
}

// --- Education: legal name, enrollments, attendance, credits, IEP/504, AB 490 liaison, rights holder.

function educationStudentFor(ctx: Context, plan: YouthPlan): EducationStudent {
  const { r } = plan;
  const { today } = ctx;
  const student: EducationStudent = {
    ssid: String(1_000_000_000 + ctx.ids.ssid()),
    legalFirstName: plan.givenName,
    legalLastName: plan.secondSurname ? `${plan.surname} ${plan.secondSurname}` : plan.surname,
    birthDate: iso(plan.birth),
    enrollments: [],
    attendance: [],
  };
  const thisYear = schoolYearOf(today);
  const gradeNow = clamp(ageOn(plan.birth, dayOf(`${thisYear}-09-01`)) - 5, 3, 12);
  const enrolled = plan.age <= 18 && plan.missingSince === undefined ? r.chance(0.92) : plan.age <= 19 && r.chance(0.3);
  const lastDay = enrolled ? today : Math.min(today - 1, plan.missingSince ?? dayBetween(r, today - 300, today - 20));
  const moves = r.weighted([
    [1, 30],
    [2, 30],
    [3, 22],
    [4, 18],
  ]); // foster youth change schools often
  for (let n = 0, enteredOn = Math.max(plan.birth + 5 * 365, dayOf(`${thisYear - 2}-08-15`)); n < moves && enteredOn < lastDay; n += 1) {
    const isCurrent = n === moves - 1 && enrolled;
    const exitedOn = n === moves - 1 ? lastDay : Math.min(lastDay, enteredOn + r.int(40, 300));
    let grade = clamp(gradeNow - (thisYear - schoolYearOf(enteredOn)), 3, 12);
    // The current enrollment shows this year's grade; promotion to middle or high school starts a new one.
    if (isCurrent && schoolLevel(grade) !== schoolLevel(gradeNow)) enteredOn = Math.max(enteredOn, dayOf(`${thisYear}-08-15`));
    if (isCurrent) grade = gradeNow;
    const courtSchool = plan.systems.PROBATION && grade >= 7 && r.chance(0.15);
    const [districtName, schools] = courtSchool ? [`${ctx.county} County Office of Education`, COURT_SCHOOLS] : r.pick(DISTRICTS);
    const schoolName = courtSchool ? r.pick(schools) : `${r.pick(schools)} ${schoolLevel(grade)}`;
    student.enrollments.push({
      schoolName,
      districtName,
      gradeLevel: String(grade),
      enteredOn: iso(enteredOn),
      ...(isCurrent ? {} : { exitedOn: iso(exitedOn) }),
    });
    enteredOn = exitedOn + r.int(1, 20);
  }
  const absenceRate = r.weighted([
    [0.04, 30],
    [0.12, 30],
    [0.25, 25],
    [0.45, 15],
  ]);
  for (let year = thisYear - 2; year <= (enrolled ? thisYear : thisYear - 1); year += 1) {
    const daysEnrolled = year === thisYear ? Math.max(0, Math.round(((today - dayOf(`${year}-08-15`)) * 5) / 7) - 5) : r.int(120, 180);
    student.attendance.push({
      schoolYear: schoolYearLabel(year),
      daysEnrolled,
      daysAbsent: Math.round(daysEnrolled * absenceRate * (0.5 + r.next())),
    });
  }
  if (gradeNow >= 9) {
    student.creditsRequired = plan.systems.CHILD_WELFARE && r.chance(0.25) ? 130 : 220; // 130: the AB 167/216 exemption
    student.creditsEarned = Math.max(0, Math.round((gradeNow - 9) * 55 * (0.45 + r.next() * 0.55) + r.int(0, 25)));
  }
  student.hasIep = r.chance(0.22);
  student.has504Plan = !student.hasIep && r.chance(0.08);
  if (plan.systems.CHILD_WELFARE || plan.systems.PROBATION) {
    const liaison = current(plan.team, 'edu') ?? r.pick(ctx.staff.edu);
    student.fosterYouthLiaison = { name: liaison.displayName, phone: `916-555-01${digits(r.int(0, 99), 2)}` };
  }
  student.educationRightsHolder = educationRightsHolder(r, plan);
  return student;
}

const schoolLevel = (grade: number): string => (grade >= 9 ? 'High School' : grade >= 6 ? 'Middle School' : 'Elementary School');

function educationRightsHolder(r: Random, plan: YouthPlan): EducationStudent['educationRightsHolder'] {
  if (plan.age >= 18) return { name: `${plan.givenName} ${plan.surname}`, relationship: 'YOUTH_SELF' };
  const relationship = r.weighted(
    plan.systems.CHILD_WELFARE
      ? ([
          ['PARENT', 35],
          ['COURT_APPOINTED', 25],
          ['RELATIVE', 15],
          ['FOSTER_PARENT', 20],
          ['GUARDIAN', 5],
        ] as const)
      : ([
          ['PARENT', 85],
          ['GUARDIAN', 10],
          ['RELATIVE', 5],
        ] as const),
  );
  const family = relationship === 'PARENT' || relationship === 'RELATIVE' ? plan.surname : r.pick(SURNAMES);
  return { name: `${r.pick(ADULT_NAMES)} ${family}`, relationship };
}

// --- Health: the patient as the health system registered them; the FHIR resources come from their own module.

function healthPatientFor(ctx: Context, plan: YouthPlan): HealthPatientSeed {
  const { r } = plan;
  let birthDate = iso(plan.birth);
  const [y, m, d] = birthDate.split('-') as [string, string, string];
  if (Number(d) <= 12 && d !== m && r.chance(0.04)) birthDate = `${y}-${d}-${m}`; // day and month transposed at registration
  return {
    medicalRecordNumber: `H${digits(ctx.ids.mrn(), 8)}`,
    givenName: plan.chosenName && r.chance(0.4) ? plan.chosenName : plan.givenName,
    familyName: plan.secondSurname && r.chance(0.5) ? `${plan.surname}-${plan.secondSurname}` : plan.surname,
    birthDate,
    gender: plan.gender === 'other' ? r.pick(['other', 'unknown'] as const) : plan.gender,
    services: plan.services,
  };
}

// --- The MDT's own records.

interface AgencyRecords {
  links: Array<[SourceAgency, string, number]>;
  placementEvents: PlacementEvent[];
}
type EventKind = NonNullable<CsecYouth['triggeringEvents']>[number]['kind'];
type Event = [EventKind, number, string];

/** Who links an agency's record on a day: the youth's social worker or probation officer then, else now, else program staff. */
function linkerOn(ctx: Context, team: Team, on: number, r: Random): Person {
  return holderOn(team.sw, on) ?? holderOn(team.po, on) ?? current(team, 'sw') ?? current(team, 'po') ?? r.pick(ctx.staff.steering);
}

function csecYouthFor(ctx: Context, plan: YouthPlan, records: AgencyRecords): CsecYouth {
  const { r, team } = plan;
  const youth: CsecYouth = {
    id: plan.id,
    givenName: plan.givenName,
    familyName: plan.surname,
    birthDate: iso(plan.birth),
    identifiedOn: iso(plan.identifiedOn),
    exploitationStatus: plan.status,
    links: records.links.map(([agency, identifier, knownSince]) => {
      const on = Math.min(ctx.today, Math.max(plan.openedOn ?? plan.identifiedOn, knownSince) + r.int(0, 14));
      return { agency, identifier, linkedOn: iso(on), linkedByUserId: linkerOn(ctx, team, on, r).id };
    }),
  };
  const preferred = plan.chosenName ?? (plan.nickname && r.chance(0.7) ? plan.nickname : undefined);
  if (preferred) youth.preferredName = preferred;
  if (plan.missingSince !== undefined) youth.missingSince = iso(plan.missingSince);
  youth.screenings = screeningsFor(ctx, plan);
  if (plan.openedOn === undefined) return youth; // identified days ago: the MDT has not met yet
  const opened = plan.openedOn;
  const end = plan.closedOn ?? ctx.today;
  const members = Object.values(team)
    .flat()
    .map((s) => ({ userId: s.person.id, joinedOn: iso(s.joinedOn), ...(s.leftOn === undefined ? {} : { leftOn: iso(s.leftOn) }) }));
  const leadAgency = plan.systems.CHILD_WELFARE
    ? plan.systems.PROBATION && r.chance(0.2)
      ? 'PROBATION'
      : 'CHILD_WELFARE'
    : plan.systems.PROBATION
      ? 'PROBATION'
      : r.pick(['BEHAVIORAL_HEALTH', 'CSEC_PROGRAM'] as const);
  youth.mdt = {
    id: `MDT-${plan.id.slice(2)}`,
    status: plan.closedOn === undefined ? 'OPEN' : 'CLOSED',
    leadAgency,
    openedOn: iso(opened),
    members,
  };
  if (plan.closedOn !== undefined) youth.mdt.closedOn = iso(plan.closedOn);
  const events = triggeringEventsFor(plan, records.placementEvents, opened, end);
  youth.triggeringEvents = events.map(([kind, on, summary], n) => ({
    id: `TE-${plan.id.slice(2)}-${n + 1}`,
    kind,
    occurredOn: iso(on),
    summary,
  }));
  youth.meetings = meetingsFor(plan, events, opened, plan.closedOn === undefined ? end : end - 1); // members leave on the closing day
  youth.stagesOfChange = stagesFor(
    r,
    youth.meetings.map((m) => dayOf(m.heldOn)),
  );
  if (r.chance(0.85)) {
    const exploiterIsThreat = r.chance(events.some(([kind]) => kind === 'EXPLOITER_THREAT') ? 0.7 : 0.12);
    const summary = `${r.pick(SAFETY_PLAN_OPENINGS)} ${r.pick(SAFETY_PLAN_STEPS)}${exploiterIsThreat ? ' Placement address restricted: an exploiter has made contact.' : ''}`;
    youth.safetyPlan = { updatedOn: iso(Math.min(end, (events.at(-1)?.[1] ?? opened) + r.int(1, 10))), summary, exploiterIsThreat };
  }
  const description = physicalDescriptionFor(ctx, plan, opened, Math.min(end, plan.missingSince ?? end));
  if (description) youth.physicalDescription = description;
  youth.consents = consentsFor(ctx, plan, opened, end);
  const investigations = investigationsFor(ctx, plan, opened, end);
  if (investigations.length > 0) youth.investigations = investigations;
  return youth;
}

/** Median height in inches by age from 10 (CDC growth charts, rounded), for girls and for boys. */
const HEIGHT_BY_AGE = { female: [54, 57, 59, 62, 63, 64, 64, 64, 64], male: [54, 56, 58, 61, 64, 67, 68, 69, 69] } as const;

/**
 * How to recognise the youth, recorded by a member the write rules let record it (IAP-2025-10.7) some
 * time between the team's first meeting and `last` (the day the youth went missing, for a missing youth).
 * Drawn from its own stream, so adding it left every other record of the scenario as it was.
 */
type PhysicalDescription = NonNullable<CsecYouth['physicalDescription']>;

function physicalDescriptionFor(ctx: Context, plan: YouthPlan, opened: number, last: number): PhysicalDescription | undefined {
  const r = createRandom(ctx.seed, 'physical-description', plan.id);
  if (!r.chance(0.9)) return undefined;
  const on = r.int(opened, Math.max(opened, last));
  const recorder = holderOn(plan.team.sw, on) ?? holderOn(plan.team.po, on) ?? holderOn(plan.team.mh, on) ?? holderOn(plan.team.phn, on);
  if (!recorder) return undefined;
  const heights = plan.gender === 'male' ? HEIGHT_BY_AGE.male : HEIGHT_BY_AGE.female;
  const heightInches = (heights[clamp(ageOn(plan.birth, on) - 10, 0, heights.length - 1)] ?? 64) + r.int(-3, 3);
  const bodyMassIndex = 16 + r.next() * 12;
  const marks = r.sample(
    MARKS,
    r.weighted([
      [0, 40],
      [1, 40],
      [2, 20],
    ]),
  );
  if (plan.status === 'CONFIRMED' && r.chance(0.3)) marks.push(r.pick(BRANDING_TATTOOS));
  return {
    heightInches,
    weightPounds: Math.round((bodyMassIndex * heightInches * heightInches) / 703),
    hairColor: r.weighted<PhysicalDescription['hairColor']>([
      ['BLACK', 40],
      ['BROWN', 38],
      ['BLOND', 8],
      ['RED', 4],
      ['PINK', 3],
      ['PURPLE', 3],
      ['BLUE', 2],
      ['SANDY', 2],
    ]),
    eyeColor: r.weighted<PhysicalDescription['eyeColor']>([
      ['BROWN', 60],
      ['HAZEL', 12],
      ['BLUE', 10],
      ['GREEN', 8],
      ['BLACK', 7],
      ['GRAY', 3],
    ]),
    distinguishingMarks: marks,
    recordedOn: iso(on),
    recordedByUserId: recorder.id,
  };
}

function screeningsFor(ctx: Context, plan: YouthPlan): NonNullable<CsecYouth['screenings']> {
  const { r, team } = plan;
  const levels = {
    CONFIRMED: [
      ['CLEAR_CONCERN', 85],
      ['POSSIBLE_CONCERN', 15],
    ],
    SUSPECTED: [
      ['CLEAR_CONCERN', 35],
      ['POSSIBLE_CONCERN', 65],
    ],
    AT_RISK: [
      ['POSSIBLE_CONCERN', 70],
      ['NO_CONCERN', 30],
    ],
  } as const;
  const screener = (on: number): Person =>
    holderOn(team.sw, on) ??
    holderOn(team.po, on) ??
    holderOn(team.mh, on) ??
    holderOn(team.advocate, on) ??
    current(team, 'sw') ??
    current(team, 'advocate') ??
    r.pick(ctx.staff.sw);
  const first = Math.max(addYears(plan.birth, 10), plan.identifiedOn - r.int(0, 10)); // the screening that led to identification
  const days = r.chance(0.35) && ctx.today - first > 120 ? [first, r.int(first + 90, ctx.today - 1)] : [first];
  return days.map((on, n) => ({
    id: `CSEIT-${plan.id.slice(2)}-${n + 1}`,
    tool: 'CSE_IT',
    screenedOn: iso(on),
    screenerUserId: screener(on).id,
    levelOfConcern: r.weighted(levels[plan.status]),
  }));
}

function triggeringEventsFor(plan: YouthPlan, placementEvents: PlacementEvent[], opened: number, end: number): Event[] {
  const { r } = plan;
  const events: Event[] = placementEvents
    .filter((e) => e.on >= opened && e.on <= end)
    .map((e) =>
      e.kind === 'AWOL'
        ? ['AWOL', e.on, `Left ${PLACEMENT_WORDS[e.from] ?? 'placement'} without permission; missing person report filed.`]
        : [
            'PLACEMENT_CHANGE',
            e.on,
            `Moved from ${PLACEMENT_WORDS[e.from] ?? 'placement'} to ${PLACEMENT_WORDS[e.to ?? ''] ?? 'a new placement'}.`,
          ],
    );
  if (plan.missingSince !== undefined && !events.some(([kind, on]) => kind === 'AWOL' && on === plan.missingSince)) {
    events.push(['AWOL', plan.missingSince, 'Did not return to placement; missing person report filed and the team notified.']);
  }
  const last = Math.min(end, plan.missingSince ?? end);
  for (
    let n = r.weighted([
      [0, 35],
      [1, 35],
      [2, 20],
      [3, 10],
    ]);
    n > 0 && last > opened;
    n -= 1
  ) {
    const kind = r.weighted<EventKind>([
      ['LAW_ENFORCEMENT_CONTACT', 30],
      ['PSYCHIATRIC_CRISIS', 20],
      ['EXPLOITER_THREAT', 20],
      ['NEW_EXPLOITATION_DISCLOSURE', 20],
      ['AWOL', 10],
    ]);
    events.push([kind, r.int(opened, last), r.pick(EVENT_SUMMARIES[kind])]);
  }
  return events.sort((a, b) => a[1] - b[1]);
}

/** The initial meeting and the most recent ones are kept: a long-open MDT would otherwise carry dozens. */
const MAX_MEETINGS = 8;

function meetingsFor(plan: YouthPlan, events: Event[], opened: number, end: number): NonNullable<CsecYouth['meetings']> {
  const { r } = plan;
  const held: Array<[NonNullable<CsecYouth['meetings']>[number]['kind'], number, string]> = [];
  let on = opened + r.int(0, 10);
  if (on <= end) held.push(['INITIAL', on, `${r.pick(INITIAL_NOTES)} ${r.pick(FOLLOW_UPS)}`]);
  for (on += r.int(30, 60); on <= end; on += on - opened < 180 ? r.int(30, 60) : r.int(80, 120))
    held.push(['ONGOING', on, `${r.pick(ONGOING_NOTES)} ${r.pick(FOLLOW_UPS)}`]);
  for (const [, when, summary] of events) {
    const reconvened = when + r.int(1, 5);
    if (reconvened > opened && reconvened <= end) held.push(['RECONVENED', reconvened, `Reconvened: ${summary} ${r.pick(FOLLOW_UPS)}`]);
  }
  held.sort((a, b) => a[1] - b[1]);
  const kept = held.length > MAX_MEETINGS ? [...held.slice(0, 1), ...held.slice(1 - MAX_MEETINGS)] : held;
  const seats = Object.entries(plan.team);
  const meetings = kept.flatMap(([kind, day, notes]) => {
    const present = seats.flatMap(([pool, stints]) => (holderOn(stints, day) ? [[pool, holderOn(stints, day)!.id] as const] : []));
    if (present.length === 0) return []; // nobody had joined the team yet
    const attended = present.filter(([pool]) => r.chance(pool === 'sw' || pool === 'po' ? 0.95 : 0.75)).map(([, id]) => id);
    return [{ heldOn: iso(day), kind, notes, attendeeUserIds: attended.length > 0 ? attended : [present[0]![1]] }];
  });
  return meetings.map((meeting, n) => ({ id: `MTG-${plan.id.slice(2)}-${n + 1}`, ...meeting }));
}

const STAGES = ['PRECONTEMPLATION', 'CONTEMPLATION', 'PREPARATION', 'ACTION', 'MAINTENANCE'] as const;

/** Stages of Change assessed at some meetings: mostly forward, with setbacks. */
function stagesFor(r: Random, meetingDays: number[]): NonNullable<CsecYouth['stagesOfChange']> {
  let stage = r.weighted([
    [0, 55],
    [1, 30],
    [2, 15],
  ]);
  return meetingDays
    .filter((_, n) => n === 0 || r.chance(0.4))
    .slice(0, 5)
    .map((day, n) => {
      if (n > 0)
        stage = clamp(
          stage +
            r.weighted([
              [1, 45],
              [0, 35],
              [-1, 20],
            ]),
          0,
          4,
        );
      return { stage: STAGES[stage] ?? 'PRECONTEMPLATION', assessedOn: iso(day) };
    });
}

type Recipient = Consent['recipients'][number];

function consentsFor(ctx: Context, plan: YouthPlan, opened: number, end: number): Consent[] {
  const { r, team, services, systems } = plan;
  const consents: Consent[] = [];
  const person = (pool: PoolName): Recipient[] => (current(team, pool) ? [{ userId: current(team, pool)!.id }] : []);
  const add = (
    form: Consent['form'],
    categories: string[],
    recipients: Recipient[],
    purposes: string[],
    signer: (age: number) => Consent['signedBy'],
    minAge: number,
    months: number,
  ): void => {
    const earliest = Math.max(opened, addYears(plan.birth, minAge));
    if (earliest > end || recipients.length === 0) return;
    const signedOn = dayBetween(r, earliest, end, 2);
    const youthAgeAtSigning = ageOn(plan.birth, signedOn);
    const expiresOn = signedOn + Math.round(months * 30.4);
    const consent = {
      id: '',
      form,
      categories,
      recipients,
      purposes,
      signedBy: signer(youthAgeAtSigning),
      signedOn: iso(signedOn),
      youthAgeAtSigning,
      expiresOn: iso(expiresOn),
    } as Consent;
    if (r.chance(0.08) && Math.min(expiresOn, ctx.today) > signedOn + 1)
      consent.revokedOn = iso(r.int(signedOn + 1, Math.min(expiresOn, ctx.today)));
    consents.push(consent);
  };
  if (systems.HEALTH && services.substanceUse && r.chance(0.75)) {
    // 42 CFR 2.31: signed by the youth (Family Code 6929)
    const recipients = r.sample<Recipient>(
      [...person('sud'), ...person('sw'), { role: 'PROBATION_OFFICER' }, ...person('mh'), { agency: 'CSEC_PROGRAM' }],
      r.int(1, 3),
    );
    add(
      'CFR42_PART2_2_31',
      ['SUBSTANCE_USE'],
      recipients,
      r.pick([['TREAT', 'COC'], ['COC'], ['CSEC-MDT'], ['CAREMGT']]),
      () => 'YOUTH',
      12,
      12,
    );
  }
  if (systems.HEALTH && services.hivTest && r.chance(0.5)) {
    // H&S 120980: names the person who may receive the result
    add(
      'HIV_HSC_120980',
      ['HIV'],
      r.sample([...person('phn'), ...person('mh'), ...person('sw')], 1),
      r.pick([['TREAT'], ['COC']]),
      () => 'YOUTH',
      12,
      6,
    );
  }
  if (systems.EDUCATION && r.chance(0.6)) {
    const court = r.chance(0.08);
    const [recipients, purposes] = r.pick<[Recipient[], string[]]>([
      [[{ role: 'PROBATION_OFFICER' }], ['JUV-SUPERVISION']],
      [[{ agency: 'CSEC_PROGRAM' }], ['CSEC-MDT']],
      [person('advocate'), ['CSEC-EDUCATION']],
      [[{ role: 'CASA' }], ['CSEC-EDUCATION']],
      [person('sw'), ['CSEC-EDUCATION']],
    ]);
    add(
      'FERPA_RELEASE',
      ['EDUCATION'],
      recipients,
      purposes,
      (age) => (age >= 18 ? 'YOUTH' : court ? 'COURT' : 'EDUCATION_RIGHTS_HOLDER'),
      0,
      10,
    );
  }
  if (systems.HEALTH && r.chance(0.5)) {
    const categories = r.pick([['MENTAL_HEALTH'], ['GENERAL_MEDICAL'], ['MENTAL_HEALTH', 'GENERAL_MEDICAL'], ['SENSITIVE_SERVICES']]);
    const minorConsent = categories[0] !== 'GENERAL_MEDICAL'; // care the minor consented to (12+): the minor authorizes
    const recipients = r.pick<Recipient[]>([
      [{ role: 'SOCIAL_WORKER' }],
      [{ agency: 'ADVOCACY_ORGANIZATION' }],
      [{ role: 'CAREGIVER' }],
      person('advocate'),
      person('phn'),
    ]);
    add(
      'HIPAA_AUTHORIZATION',
      categories,
      recipients,
      r.pick([['COC'], ['CAREMGT'], ['TREAT', 'COC']]),
      (age) => (minorConsent || age >= 18 ? 'YOUTH' : 'PARENT_OR_GUARDIAN'),
      minorConsent ? 12 : 0,
      12,
    );
  }
  if (r.chance(0.5)) {
    const youthSigns = r.chance(0.6);
    const [categories, recipients, purposes] = r.pick<[string[], Recipient[], string[]]>([
      [['ROSTER', 'CSEC_STATUS'], [{ agency: 'ADVOCACY_ORGANIZATION' }], ['CSEC-MDT']],
      [['PLACEMENT', 'COURT_AND_CASE_PLAN'], [{ role: 'CASA' }], ['HLEGAL']],
      [['MDT_NOTES'], [{ role: 'SURVIVOR_ADVOCATE' }], ['CSEC-MDT']],
      [['PLACEMENT_ADDRESS'], [{ agency: 'CAREGIVER_HOUSEHOLD' }], ['CSEC-MDT', 'COC']],
      [['CHILD_WELFARE_REFERRALS'], person('casa'), ['HLEGAL']],
      [['DELINQUENCY'], [{ role: 'YOUTH_ATTORNEY' }], ['HLEGAL']],
      [['CONSENT_RECORDS'], person('advocate'), ['CSEC-MDT']],
    ]);
    add(
      'GENERAL_RELEASE',
      categories,
      recipients,
      purposes,
      (age) => (age >= 18 || (age >= 12 && youthSigns) ? 'YOUTH' : 'PARENT_OR_GUARDIAN'),
      0,
      12,
    );
  }
  return consents.sort((a, b) => a.signedOn.localeCompare(b.signedOn)).map((c, n) => ({ ...c, id: `CN-${plan.id.slice(2)}-${n + 1}` }));
}

/** Reports the MDT investigates under W&IC 18961.7, a few still inside their 30-day window. */
function investigationsFor(ctx: Context, plan: YouthPlan, opened: number, end: number): NonNullable<CsecYouth['investigations']> {
  const { r } = plan;
  const reports: number[] = [];
  if (plan.closedOn === undefined && r.chance(0.03)) reports.push(r.int(Math.max(opened, ctx.today - 29), ctx.today));
  if (r.chance(0.3)) reports.push(r.int(opened, end));
  return reports
    .sort((a, b) => a - b)
    .map((on, n) => ({
      id: `INV-${plan.id.slice(2)}-${n + 1}`,
      reportedOn: iso(on),
      ...(r.chance(0.12) ? { goodCauseExtendedUntil: iso(on + 60) } : {}),
    }));
}

/**
 * Proceedings in which the team's law enforcement officer investigates, as the juvenile court
 * records them: a delinquency matter for a youth on probation, otherwise a criminal case against an
 * exploiter; some participations have ended. Drawn from a random of their own, so the rest of the
 * county stays as it was.
 */
function proceedingsFor(ctx: Context, plan: YouthPlan, opened: number, end: number): NonNullable<JuvenileCourtParty['proceedings']> {
  const officer = current(plan.team, 'le');
  const r = createRandom(ctx.seed, 'proceedings', plan.id);
  if (!officer || !r.chance(0.5)) return [];
  const from = r.int(opened, end);
  const until = r.chance(0.4) ? Math.max(from, Math.min(end, from + r.int(30, 120))) : undefined;
  const attorney = current(plan.team, 'attorney');
  return [
    {
      id: `PRC-${plan.id.slice(2)}-1`,
      kind: plan.systems.PROBATION ? 'DELINQUENCY' : 'CRIMINAL',
      participants: [
        { userId: officer.id, role: 'INVESTIGATING', from: iso(from), ...(until === undefined ? {} : { until: iso(until) }) },
        ...(attorney ? [{ userId: attorney.id, role: 'COUNSEL' as const, from: iso(from) }] : []),
      ],
    },
  ];
}

type JuvenileCourtRecords = Pick<JuvenileCourtParty, 'cases' | 'inspectionOrders'>;
type HearingType = NonNullable<JuvenileCourtRecords['cases'][number]['nextHearing']>['type'];

/**
 * The youth as the juvenile court knows them once the MDT has met, under the court's own party
 * number (one for all the youth's cases), and the MDT's link to it, made once the court's first
 * record of the youth is on file: none when the court has no case or proceeding about the youth.
 */
function juvenileCourtPartyFor(ctx: Context, plan: YouthPlan): { party: JuvenileCourtParty; link: CsecYouth['links'][number] } | undefined {
  if (plan.openedOn === undefined) return undefined;
  const opened = plan.openedOn;
  const end = plan.closedOn ?? ctx.today;
  const court = juvenileCourtFor(ctx, plan, opened, end);
  const proceedings = proceedingsFor(ctx, plan, opened, end);
  if (!court && proceedings.length === 0) return undefined;
  const party: JuvenileCourtParty = {
    courtPartyNumber: `P-${digits(ctx.ids.courtParty(), 7)}`,
    ...(court ?? { cases: [], inspectionOrders: [] }),
    ...(proceedings.length > 0 ? { proceedings } : {}),
  };
  const r = createRandom(ctx.seed, 'juvenile-court-link', plan.id);
  const known = Math.min(
    ...party.cases.map((courtCase) => dayOf(courtCase.filedOn)),
    ...proceedings.flatMap((proceeding) => proceeding.participants.map((participant) => dayOf(participant.from))),
  );
  const on = Math.min(ctx.today, Math.max(opened, known) + r.int(0, 14));
  return {
    party,
    link: {
      agency: 'JUVENILE_COURT',
      identifier: party.courtPartyNumber,
      linkedOn: iso(on),
      linkedByUserId: linkerOn(ctx, plan.team, on, r).id,
    },
  };
}

/**
 * The juvenile court's records of the youth: a dependency case (W&IC 300) for a youth child welfare
 * serves, a delinquency case (W&IC 602) for one on probation, each with its next hearing and its
 * attorneys of record; and now and then a W&IC 827 order letting the team's public health nurse
 * inspect the court records, some of them expired. Drawn from a random of their own, so the rest of
 * the county stays as it was.
 */
function juvenileCourtFor(ctx: Context, plan: YouthPlan, opened: number, end: number): JuvenileCourtRecords | undefined {
  const r = createRandom(ctx.seed, 'juvenile-court', plan.id);
  const attorney = current(plan.team, 'attorney');
  const youthAttorney = { name: attorney?.displayName ?? `${r.pick(ADULT_NAMES)} ${r.pick(SURNAMES)}`, represents: 'YOUTH' as const };
  const serial = plan.id.slice(2);
  const cases: JuvenileCourtRecords['cases'] = [];
  const hearing = (kinds: readonly HearingType[]) =>
    r.chance(0.8) ? { nextHearing: { date: iso(ctx.today + r.int(3, 120)), type: r.pick(kinds) } } : {};
  if (plan.systems.CHILD_WELFARE) {
    cases.push({
      caseNumber: `JD-${serial}`,
      jurisdiction: 'DEPENDENCY',
      filedOn: iso(r.int(Math.min(opened, end), end)),
      ...hearing(['REVIEW', 'PERMANENCY', 'DISPOSITION']),
      attorneysOfRecord: [
        youthAttorney,
        { name: `${r.pick(ADULT_NAMES)} ${r.pick(SURNAMES)}`, represents: 'PARENT' },
        { name: `${r.pick(ADULT_NAMES)} ${r.pick(SURNAMES)}, county counsel`, represents: 'CHILD_WELFARE_AGENCY' },
      ],
    });
  }
  if (plan.systems.PROBATION) {
    const prosecutor = current(plan.team, 'da');
    cases.push({
      caseNumber: `JJ-${serial}`,
      jurisdiction: 'DELINQUENCY',
      filedOn: iso(r.int(Math.min(opened, end), end)),
      ...hearing(['JURISDICTION', 'DISPOSITION', 'REVIEW']),
      attorneysOfRecord: [
        youthAttorney,
        { name: prosecutor?.displayName ?? `${r.pick(ADULT_NAMES)} ${r.pick(SURNAMES)}`, represents: 'PEOPLE' },
      ],
    });
  }
  if (cases.length === 0) return undefined;
  for (const courtCase of cases) {
    const held = hearingsHeld(ctx, plan, courtCase.caseNumber, courtCase.jurisdiction, dayOf(courtCase.filedOn));
    if (held.length > 0) courtCase.hearings = held;
    if (courtCase.nextHearing) courtCase.nextHearing.type = hearingAfter(held[0]?.type, courtCase.nextHearing.type);
  }
  const nurse = current(plan.team, 'phn');
  const inspectionOrders: JuvenileCourtRecords['inspectionOrders'] = [];
  if (nurse && r.chance(0.3)) {
    const grantedOn = r.int(Math.min(opened, end), end);
    inspectionOrders.push({
      orderNumber: `JV570-${serial}-1`,
      grantedOn: iso(grantedOn),
      expiresOn: iso(grantedOn + r.pick([90, 180, 365])),
      authorized: { userId: nurse.id, name: nurse.displayName },
      categories: ['COURT_AND_CASE_PLAN'],
      scope: "Hearing dates and orders, to coordinate the youth's medical care.",
    });
  }
  return { cases: cases.sort((a, b) => b.filedOn.localeCompare(a.filedOn)), inspectionOrders };
}

type CourtCase = JuvenileCourtRecords['cases'][number];
type HeldHearing = NonNullable<CourtCase['hearings']>[number];

/** What the court finds and orders at each kind of hearing, in the words of its minute orders. */
const MINUTE_ORDERS: Record<CourtCase['jurisdiction'], Partial<Record<HearingType, readonly string[]>>> = {
  DEPENDENCY: {
    DETENTION: ['Prima facie showing made under W&IC 319. Minor detained; placement and care vested with the agency pending jurisdiction.'],
    JURISDICTION: [
      'Petition sustained under W&IC 300(b)(2). Minor declared a dependent of the court.',
      'Allegations of the amended petition found true by clear and convincing evidence.',
    ],
    DISPOSITION: ['Minor removed from parental custody under W&IC 361(c). Family reunification services ordered; case plan approved.'],
    REVIEW: [
      'Reasonable services found to have been provided. Current placement continued; CSEC advocate to continue.',
      'Progress toward the case plan found partial. Reunification services continued to the next review.',
    ],
    PERMANENCY: ['Permanent plan of placement with a relative approved; next review set in six months.'],
  },
  DELINQUENCY: {
    DETENTION: ['Minor released to the custody of the agency pending the jurisdiction hearing, with conditions.'],
    JURISDICTION: [
      'Petition sustained as to count 1. Remaining counts dismissed in the interest of justice.',
      'Minor admits the allegations of the petition.',
    ],
    DISPOSITION: [
      'Minor declared a ward under W&IC 602 and placed on probation at home with terms and conditions.',
      'Deferred entry of judgment granted under W&IC 790.',
    ],
    REVIEW: ['Probation progress report received; terms and conditions continued.'],
  },
};

/**
 * The hearings held in a case since it was filed, each with its minute order: the detention,
 * jurisdiction and disposition hearings, then reviews about every six months, up to yesterday.
 * Drawn from a random of their own, so the rest of the county stays as it was.
 */
function hearingsHeld(
  ctx: Context,
  plan: YouthPlan,
  caseNumber: string,
  jurisdiction: CourtCase['jurisdiction'],
  filed: number,
): HeldHearing[] {
  const r = createRandom(ctx.seed, 'court-hearings', plan.id, caseNumber);
  const days: Array<[number, HearingType]> = [
    [filed + 1, 'DETENTION'],
    [filed + r.int(15, 30), 'JURISDICTION'],
    [filed + r.int(35, 60), 'DISPOSITION'],
  ];
  for (let day = filed + r.int(170, 190); day < ctx.today; day += r.int(170, 190)) days.push([day, 'REVIEW']);
  return days
    .filter(([day]) => day < ctx.today)
    .flatMap(([day, type]) => {
      const minutes = MINUTE_ORDERS[jurisdiction][type];
      return minutes ? [{ date: iso(day), type, minuteOrder: r.pick(minutes) }] : [];
    })
    .reverse();
}

/** The hearing a case sets after the latest one held: the next step, then reviews (or the one drawn, if a review or permanency hearing). */
function hearingAfter(latest: HearingType | undefined, drawn: HearingType): HearingType {
  if (latest === 'DETENTION') return 'JURISDICTION';
  if (latest === 'JURISDICTION') return 'DISPOSITION';
  return drawn === 'REVIEW' || drawn === 'PERMANENCY' ? drawn : 'REVIEW';
}

// --- The scenario.

/** The records of each list of a scenario, in the order they are written. */
export interface ScenarioRecords {
  users: User;
  youth: CsecYouth;
  clients: ChildWelfareClient;
  juveniles: ProbationJuvenile;
  resources: FhirResource;
  students: EducationStudent;
  parties: JuvenileCourtParty;
}
/** Receives a scenario record by record: all users first, then youth and agency records as they are made. */
export type ScenarioSink = <L extends keyof ScenarioRecords>(list: L, record: ScenarioRecords[L]) => void;

/** The scenario's fields other than its lists of records. */
export function scenarioHeader(options: GenerateScenarioOptions): Pick<Scenario, 'scenarioVersion' | 'county' | 'description'> {
  const { youthCount, seed, today, county } = checkScenarioOptions(options);
  return {
    scenarioVersion: 1,
    county,
    description: `Synthetic ${county} County CSEC program: ${youthCount} youth, seed ${seed}, as of ${today}.`,
  };
}

/** Generates the whole scenario in memory. */
export function generateScenario(options: GenerateScenarioOptions): Scenario {
  const lists: { [L in keyof ScenarioRecords]: Array<ScenarioRecords[L]> } = {
    users: [],
    youth: [],
    clients: [],
    juveniles: [],
    resources: [],
    students: [],
    parties: [],
  };
  emitScenario(options, (list, record) => {
    (lists[list] as unknown[]).push(record);
  });
  const { users, youth, clients, juveniles, resources, students, parties } = lists;
  return {
    ...scenarioHeader(options),
    users,
    csec: { youth },
    childWelfare: { clients },
    probation: { juveniles },
    health: { resources },
    education: { students },
    juvenileCourt: { parties },
  };
}

/**
 * Generates the scenario's records into a sink one at a time, so that a large scenario can be
 * written out without being held in memory whole. Same options, same records, same order.
 */
export function emitScenario(options: GenerateScenarioOptions, sink: ScenarioSink): void {
  const { youthCount, seed, today, county } = checkScenarioOptions(options);
  const { users, staff, demo } = buildStaff(youthCount, seed, slug(county).replace(/\s+/g, '-') || 'county');
  for (const user of users) sink('users', user);
  const ctx: Context = { seed, today: dayOf(today), county, staff, demo, ids: createIds(seed), turns: {} };
  const outsiders = createRandom(seed, 'unlinked');
  for (let n = 1; n <= youthCount; n += 1) {
    const plan = planYouth(ctx, `Y-${digits(n, 6)}`, createRandom(seed, 'youth', n), n <= DEMO_CASELOAD);
    const youth = csecYouthFor(ctx, plan, agencyRecordsFor(ctx, plan, sink));
    const court = juvenileCourtPartyFor(ctx, plan);
    if (court) {
      sink('parties', court.party);
      youth.links.push(court.link);
    }
    sink('youth', youth);
    if (outsiders.chance(0.1)) {
      // a record of a youth the MDT has not linked (or who is not a CSEC youth)
      const other = planYouth(ctx, `X-${n}`, createRandom(seed, 'unlinked', n), false, false);
      const agency = outsiders.weighted<AgencySystem>([
        ['CHILD_WELFARE', 35],
        ['PROBATION', 15],
        ['HEALTH', 25],
        ['EDUCATION', 25],
      ]);
      other.systems = {
        CHILD_WELFARE: false,
        PROBATION: false,
        HEALTH: false,
        EDUCATION: false,
        [agency === 'PROBATION' && other.age < 12 ? 'CHILD_WELFARE' : agency]: true,
      };
      agencyRecordsFor(ctx, other, sink);
    }
  }
}

/** Gives the youth's record to each agency that knows them, and returns the links the MDT records. */
function agencyRecordsFor(ctx: Context, plan: YouthPlan, sink: ScenarioSink): AgencyRecords {
  const records: AgencyRecords = { links: [], placementEvents: [] };
  if (plan.systems.CHILD_WELFARE) {
    const { client, knownSince, events } = childWelfareClientFor(ctx, plan);
    client.services = servicesFor(
      ctx.seed,
      plan.id,
      'CHILD_WELFARE',
      client.clientId,
      client.case ? dayOf(client.case.openedOn) : knownSince,
      ctx.today,
      plan.csec,
    );
    sink('clients', client);
    records.links.push(['CHILD_WELFARE', client.clientId, knownSince]);
    records.placementEvents = events;
  }
  if (plan.systems.PROBATION) {
    const { juvenile, knownSince } = probationJuvenileFor(ctx, plan);
    juvenile.services = servicesFor(ctx.seed, plan.id, 'PROBATION', juvenile.probationNumber, knownSince, ctx.today, plan.csec);
    sink('juveniles', juvenile);
    records.links.push(['PROBATION', juvenile.probationNumber, knownSince]);
  }
  if (plan.systems.HEALTH) {
    const patient = healthPatientFor(ctx, plan);
    for (const resource of healthResourcesFor(patient, createRandom(ctx.seed, 'health', plan.id).next, iso(ctx.today)))
      sink('resources', resource);
    records.links.push(['HEALTH', patient.medicalRecordNumber, dayBetween(plan.r, plan.identifiedOn - 400, plan.identifiedOn)]);
  }
  if (plan.systems.EDUCATION) {
    const student = educationStudentFor(ctx, plan);
    sink('students', student);
    records.links.push(['EDUCATION', student.ssid, plan.identifiedOn]);
  }
  return records;
}

/** The options with their defaults filled in; throws ScenarioOptionsError on a bad one. */
export function checkScenarioOptions(options: GenerateScenarioOptions): Required<GenerateScenarioOptions> {
  const { youthCount, seed, today = DEFAULT_TODAY, county = DEFAULT_COUNTY } = options;
  if (!Number.isInteger(youthCount) || youthCount < 1 || youthCount > MAX_YOUTH)
    throw new ScenarioOptionsError(`youthCount must be a whole number from 1 to ${MAX_YOUTH}`);
  if (!Number.isSafeInteger(seed) || seed < 0) throw new ScenarioOptionsError('seed must be a whole number, 0 or more');
  const day = /^\d{4}-\d{2}-\d{2}$/.test(today) ? dayOf(today) : NaN;
  if (!Number.isFinite(day) || iso(day) !== today) throw new ScenarioOptionsError('today must be a real date written YYYY-MM-DD');
  if (today < '2000-01-01' || today > '2099-12-31') throw new ScenarioOptionsError('today must fall between 2000 and 2099');
  if (county.trim() === '') throw new ScenarioOptionsError('county must not be empty');
  return { youthCount, seed, today, county };
}

// --- Words and names.

const stripAccents = (text: string): string => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
const slug = (text: string): string =>
  stripAccents(text)
    .toLowerCase()
    .replace(/[^a-z0-9 ]/g, '')
    .trim();
const words = (text: string): string[] => text.trim().split(/\s+/);

const AGES: Array<[number, number]> = [
  [10, 2],
  [11, 4],
  [12, 7],
  [13, 11],
  [14, 15],
  [15, 18],
  [16, 18],
  [17, 15],
  [18, 5],
  [19, 3],
  [20, 2],
];
const FEMALE_NAMES = words(`Jasmine Destiny Ashley Brianna Jessica Gabriela Alexis Vanessa Jacqueline Samantha Maria Ana Daniela Guadalupe
  Esmeralda Aaliyah Imani Kayla Diamond Jada Nevaeh Trinity Serenity Mariah Precious Monique Tatiana Kiara Selena Leslie Yesenia Marisol
  Alondra Jocelyn Giselle Ximena Valeria Camila Sofía Isabel Angelica Adriana Bianca Crystal Elena Emily Hailey Madison Chloe Faith Zoe
  Mia Maya Naomi Nadia Paola Stephanie Melissa Alicia Linh Mai Thuy Priya Malia Tiana Leilani Kaylee Elizabeth Katherine Alexandra`);
const MALE_NAMES = words(`Anthony Christopher Daniel Jonathan Alejandro Marcus DeAndre Isaiah Elijah Jamal Malik Darius Jayden Angel Jesús
  José Luis Miguel Carlos Diego Mateo Adrian Xavier Julian Kevin Brandon Omar Javier Andre Josiah Minh Tevita Nathan`);
const CHOSEN_NAMES = words('River Sky Jordan Alex Rain Phoenix Sage Nico Jules Quinn Marlo Ash');
const ADULT_FEMALE_NAMES =
  words(`Maria Patricia Jennifer Linda Elizabeth Susan Jessica Sarah Karen Lisa Nancy Sandra Michelle Laura Angela Rosa
  Veronica Yolanda Monica Teresa Denise Tamika Latoya Keisha Erica Christina Diana Leticia Adriana Norma Mei Lan Hoa Kimberly Rachel Amanda
  Stephanie Nicole Heather Tiffany Gloria Irene Carmen Shanice Aisha Priya Ngoc Alma`);
const ADULT_MALE_NAMES = words(`James Robert Michael David Daniel Jose Juan Carlos Luis Anthony Mark Steven Kevin Brian Eric Marcus Andre
  Terrence Darnell Raymond Ricardo Manuel Francisco Thomas Gregory Jason Ryan Paul Victor Hector Tuan Minh Samuel`);
const ADULT_NAMES = [...ADULT_FEMALE_NAMES, ...ADULT_MALE_NAMES];
const FEMALE_MIDDLE_NAMES = words(
  'Marie Ann Lynn Nicole Renee Guadalupe Isabel Elizabeth Monique Alejandra Jade Rose Grace Michelle Denise Yvette Mae Thi',
);
const MALE_MIDDLE_NAMES = words('James Lee Antonio Manuel Ray Jose Allen Anthony Michael Lamar Van David');
const HISPANIC_SURNAME_LIST =
  words(`Garcia Hernandez Lopez Martinez Rodriguez Gonzalez Perez Sanchez Ramirez Torres Flores Rivera Gomez Diaz Cruz
  Morales Reyes Gutierrez Ortiz Chavez Ramos Ruiz Mendoza Castillo Jimenez Vargas Romero Herrera Medina Aguilar Nuñez Muñoz Castro Vásquez
  Ibarra Zamora Valenzuela Ochoa Espinoza Cervantes`);
const HISPANIC_SURNAMES: ReadonlySet<string> = new Set(HISPANIC_SURNAME_LIST);
const SURNAMES = [
  ...HISPANIC_SURNAME_LIST,
  ...words(`Jackson Johnson Williams Brown Jones Davis Miller Wilson Moore Taylor Anderson Thomas
  Harris Martin Thompson White Robinson Lewis Walker Young Allen King Wright Scott Green Baker Adams Nelson Hill Campbell Mitchell Carter
  Roberts Washington Jefferson Freeman Coleman Brooks Bryant Simmons Hayes Nguyen Tran Le Pham Vu Lee Kim Chen Wong Singh Kaur Vang Xiong
  Lor Yang Saechao Fifita Begay Patel Khan Petrov O'Brien Sullivan Murphy Duarte`),
];
const NICKNAMES: Record<string, string> = {
  Jessica: 'Jessie',
  Jacqueline: 'Jackie',
  Samantha: 'Sam',
  Gabriela: 'Gaby',
  Guadalupe: 'Lupe',
  Alexandra: 'Alex',
  Elizabeth: 'Liz',
  Katherine: 'Katie',
  Vanessa: 'Nessa',
  Stephanie: 'Steph',
  Angelica: 'Angie',
  Valeria: 'Vale',
  Alejandro: 'Alex',
  Christopher: 'Chris',
  Jonathan: 'Jon',
  Daniel: 'Danny',
  Anthony: 'Tony',
  Isabel: 'Izzy',
  Destiny: 'Des',
};
const CITIES: Array<readonly [string, string]> = [
  ['Sacramento', '95815'],
  ['Sacramento', '95823'],
  ['Sacramento', '95828'],
  ['Sacramento', '95838'],
  ['Sacramento', '95820'],
  ['Elk Grove', '95758'],
  ['Citrus Heights', '95610'],
  ['Rancho Cordova', '95670'],
  ['North Highlands', '95660'],
  ['Carmichael', '95608'],
  ['Folsom', '95630'],
  ['Galt', '95632'],
  ['Antelope', '95843'],
];
const STREETS = words(
  'Oak Elm Cedar Willow Pine Laurel Magnolia Sycamore Juniper Walnut Poplar Maple Alder Hawthorn Franklin Stockton Florin Mack Marconi Watt Auburn Folsom Greenback',
);
const PLACE_WORDS = words(
  'Sierra Vista Oak Grove Harbor River Bend Valley Summit Cedar Hill Riverside Golden Hills Meadowview Lighthouse Pathways Horizon',
);
const KIN_WORDS = ['maternal grandmother', 'paternal aunt', 'maternal aunt', 'adult sibling', 'family friend (NREFM)'];
const DISTRICTS: Array<[string, string[]]> = [
  ['Sacramento City Unified', 'Hiram Johnson,Luther Burbank,Kennedy,McClatchy,Fern Bacon,Kit Carson,Sutter'.split(',')],
  ['Elk Grove Unified', 'Florin,Valley,Laguna Creek,Harriet Eddy,Toby Johnson,Monterey Trail'.split(',')],
  ['San Juan Unified', 'Mira Loma,Encina,Del Campo,Sylvan,Arcade,Barrett'.split(',')],
  ['Twin Rivers Unified', 'Grant,Highlands,Rio Linda,Foothill,Martin Luther King Jr.'.split(',')],
  ['Folsom Cordova Unified', 'Cordova,Mills,Folsom,Sutter'.split(',')],
  ['Natomas Unified', 'Inderkum,Natomas,Heron'.split(',')],
];
const COURT_SCHOOLS = ['Juvenile Hall Court School', 'County Community School', 'Independent Study Academy'];
const PLACEMENT_TYPES: Array<[Placement['placementType'], number]> = [
  ['RESOURCE_FAMILY', 25],
  ['KIN', 18],
  ['FOSTER_FAMILY_AGENCY', 18],
  ['STRTP', 25],
  ['TRANSITIONAL_HOUSING', 4],
  ['GUARDIAN', 4],
  ['HOME_OF_PARENT', 6],
];
const FAMILY_PLACEMENTS: ReadonlySet<string> = new Set(['RESOURCE_FAMILY', 'KIN', 'FOSTER_FAMILY_AGENCY', 'GUARDIAN']);
const PLACEMENT_WORDS: Record<string, string> = {
  RESOURCE_FAMILY: 'resource family home',
  KIN: "relative's home",
  FOSTER_FAMILY_AGENCY: 'foster family agency home',
  STRTP: 'STRTP',
  TRANSITIONAL_HOUSING: 'transitional housing',
  GUARDIAN: "guardian's home",
  HOME_OF_PARENT: "parent's home",
};
const HEARING_STEPS: Array<[Hearing['hearingType'], number, string]> = [
  ['DETENTION', 2, 'Detained; placement and care vested with the department'],
  ['JURISDICTION', 21, 'Petition sustained under W&IC 300(b)(2)'],
  ['DISPOSITION', 45, 'Dependency declared; family reunification services ordered'],
  ['SIX_MONTH_REVIEW', 183, 'Services continued'],
  ['TWELVE_MONTH_REVIEW', 365, 'Services continued; next review set'],
];
const CASE_PLAN_GOALS = [
  'Youth will attend school at least 90% of days',
  'Youth will meet weekly with survivor advocate',
  'Youth will participate in individual therapy',
  'Youth will remain in placement and follow the safety plan',
  'Parent will complete parenting education',
  'Youth will complete a substance use assessment',
  'Youth will maintain contact with the social worker when away from placement',
  'Youth will attend all medical appointments',
  'Youth will identify two safe adults',
  'Youth will complete an independent living skills program',
];
// Minors are not charged with prostitution in California (SB 1322, 2016): offenses are the ones that bring exploited youth to probation.
const OFFENSES = [
  'PC 459',
  'PC 484(a)',
  'PC 488',
  'PC 242',
  'PC 243(e)(1)',
  'PC 148(a)(1)',
  'PC 594(a)',
  'VC 10851(a)',
  'PC 496(a)',
  'HS 11350(a)',
  'PC 602',
  'WIC 601(a)',
  'WIC 601(b)',
];
const PROBATION_CONDITIONS = [
  'Obey all laws',
  'Attend school daily and on time',
  'Curfew 8:00 p.m. to 6:00 a.m. unless with a parent or caregiver',
  'Participate in counseling as directed by the probation officer',
  'Submit person and property to search at any time',
  'Do not possess weapons',
  'No contact with persons the probation officer identifies',
  'Remain in the approved placement',
  'Disclose all social media accounts to the probation officer',
  'Complete 40 hours of community service',
];
const EVENT_SUMMARIES: Record<EventKind, string[]> = {
  AWOL: [
    'Did not return to placement after school; missing person report filed.',
    'Left placement overnight; located two days later.',
    'Missing from placement; last seen at a transit center.',
  ],
  PLACEMENT_CHANGE: ['Moved to a new placement after a placement disruption.'],
  LAW_ENFORCEMENT_CONTACT: [
    'Contacted by police during a motel check; released to the social worker.',
    'Stopped for a curfew violation; the officer notified the social worker.',
    'Recovered by police with an adult not known to the team.',
  ],
  PSYCHIATRIC_CRISIS: [
    'Evaluated at the crisis unit after self-harm statements; released with a safety plan.',
    'Placed on a W&IC 5585 hold; released after 72 hours.',
  ],
  EXPLOITER_THREAT: [
    'Youth reported threatening messages from an exploiter on social media.',
    'An adult believed to be an exploiter was seen near the placement.',
  ],
  NEW_EXPLOITATION_DISCLOSURE: [
    'Youth disclosed recent exploitation to the survivor advocate.',
    'Youth disclosed being recruited through an online contact.',
  ],
};
const INITIAL_NOTES = [
  'Introductions; reviewed CSE-IT results and immediate safety needs.',
  'Team formed; reviewed referral, placement and school status.',
  'Reviewed identification, strengths and immediate needs with the youth present.',
];
const ONGOING_NOTES = [
  'Reviewed school attendance and placement stability.',
  'Youth reports progress in therapy; team reviewed goals.',
  'Reviewed health appointments and upcoming court date.',
  "Discussed the youth's goals and independent living skills.",
];
const FOLLOW_UPS = [
  'Advocate to meet youth weekly.',
  'Social worker to request a placement with fewer youth.',
  'Clinician to increase sessions to twice weekly.',
  'Education liaison to arrange credit recovery.',
  'Safety plan reviewed with the youth and caregiver.',
  'Next meeting in 30 days.',
];
const MARKS = [
  'Scar, 2 inches, left forearm',
  'Pierced nose, left nostril',
  'Birthmark, right side of neck',
  'Scar through right eyebrow',
  'Tattoo of a rose, right ankle',
  'Freckles across nose and cheeks',
  'Braces on upper teeth',
  'Mole above upper lip',
];
// Tattoos exploiters use to brand youth: a crown, a name, a dollar sign, a barcode.
const BRANDING_TATTOOS = [
  'Tattoo of a crown, back of neck',
  'Tattoo of a name in script, left wrist',
  'Tattoo of a dollar sign, behind right ear',
  'Tattoo of a barcode, inside left forearm',
];
const SAFETY_PLAN_OPENINGS = [
  'Youth identified two safe adults and a safe place to go.',
  "Youth keeps the advocate's 24-hour line in their phone.",
  'Caregiver and youth agreed on check-in times.',
];
const SAFETY_PLAN_STEPS = [
  'Team will be notified within one hour of any AWOL.',
  'Youth will avoid the areas identified in the plan.',
  'Phone and social media safety were reviewed with the youth.',
];
