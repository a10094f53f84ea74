import type { Classification } from './classifications.ts';
import type { DisclosurePolicy } from './disclosure-policy.ts';
import type { Coordinate, Decision, PolicyInput, YouthFacts } from './policy-input.ts';
import type { ConsentForm, PolicyVocabulary } from './policy-vocabulary.ts';

/**
 * The access matrix's evaluation space: every role × category × purpose of the policy's own data
 * files, under a small set of situations per category (who the requester is to the youth, the
 * youth's age, consents, investigations, missing, adjudicated, sealed), decided in-process by the
 * policy bundle's WebAssembly. The gateway's access matrix, the privacy officer's toolkit
 * (`policy:matrix`) and the change-impact diff (`policy:diff`) all use this one space, so two policy
 * revisions are always compared cell by cell and every view of the matrix shows the same cells.
 */

/** The fixed moment every cell is decided at: noon, Pacific time, on 22 November 2026. */
export const SPACE_NOW = '2026-11-22T20:00:00Z';
/** The requester of every cell; the situation says what they are to the youth. */
export const SPACE_REQUESTER = 'matrix.requester';
const OTHER_WORKER = 'matrix.other-worker';
const EMERGENCY_REASON = 'Access matrix: emergency access probe.';

/**
 * The agency a holder of each role works for, as the county's identity provider sends it (the same
 * agencies as the scenario's users). Clauses that name agencies (e.g. education to the child welfare
 * social worker) depend on it.
 */
export const ROLE_AGENCIES: Readonly<Record<string, string>> = {
  SOCIAL_WORKER: 'CHILD_WELFARE',
  PROBATION_OFFICER: 'PROBATION',
  MENTAL_HEALTH_CLINICIAN: 'BEHAVIORAL_HEALTH',
  PUBLIC_HEALTH_NURSE: 'PUBLIC_HEALTH',
  SUBSTANCE_USE_COUNSELOR: 'BEHAVIORAL_HEALTH',
  EDUCATION_LIAISON: 'EDUCATION',
  YOUTH_ATTORNEY: 'DEPENDENCY_COUNSEL',
  PROSECUTOR: 'DISTRICT_ATTORNEY',
  CASA: 'CASA_PROGRAM',
  SURVIVOR_ADVOCATE: 'ADVOCACY_ORGANIZATION',
  CAREGIVER: 'CAREGIVER_HOUSEHOLD',
  LAW_ENFORCEMENT_OFFICER: 'LAW_ENFORCEMENT',
  PRIVACY_OFFICER: 'COUNTY_ADMINISTRATION',
  STEERING_COMMITTEE_MEMBER: 'CSEC_PROGRAM',
};

// --- The policy's vocabulary ---------------------------------------------------------------------

/**
 * One vocabulary covering two revisions, so both are evaluated over the same cells: a role, category
 * or purpose that only one revision knows is still asked of the other (which withholds it).
 */
export function unionVocabulary(first: PolicyVocabulary, second: PolicyVocabulary): PolicyVocabulary {
  const union = (a: string[], b: string[]) => [...a, ...b.filter((item) => !a.includes(item))];
  return {
    ...second,
    roles: union(second.roles, first.roles),
    roleTitles: { ...first.roleTitles, ...second.roleTitles },
    categories: { ...first.categories, ...second.categories },
    purposes: union(second.purposes, first.purposes),
    purposeTitles: { ...first.purposeTitles, ...second.purposeTitles },
    forms: { ...first.forms, ...second.forms },
    minorConsent: { ...first.minorConsent, ...second.minorConsent },
    caseFileCategories: union(second.caseFileCategories, first.caseFileCategories),
  };
}

// --- Situations --------------------------------------------------------------------------------------

export type ConsentState = 'NONE' | 'IN_FORCE' | 'EXPIRED' | 'REVOKED';
export type InvestigationState = 'NONE' | 'OPEN' | 'CLOSED';
/** A W&IC 827 order of the juvenile court naming the requester and listing the category: none, in force, or expired. */
export type CourtOrderState = 'NONE' | 'IN_FORCE' | 'EXPIRED';

/** The conditions of one cell: what the requester is to the youth, and the youth's situation. */
export interface SituationFacts {
  member: boolean;
  assigned: boolean;
  age: number;
  consent: ConsentState;
  investigation: InvestigationState;
  inProceedings: boolean;
  courtOrder: CourtOrderState;
  missing: boolean;
  adjudicated: boolean;
  exploiterThreat: boolean;
  sealed: boolean;
}

export interface Situation {
  id: string;
  /** Plain words: what differs from the baseline. */
  label: string;
  facts: SituationFacts;
}

/**
 * The baseline: the requester is an active member of the youth's open MDT and the youth's assigned
 * worker in the requester's agency; the youth is 15, has no consent, investigation, court matter or
 * court order on file, is not missing and is not threatened by an exploiter.
 */
export const BASELINE: SituationFacts = {
  member: true,
  assigned: true,
  age: 15,
  consent: 'NONE',
  investigation: 'NONE',
  inProceedings: false,
  courtOrder: 'NONE',
  missing: false,
  adjudicated: false,
  exploiterThreat: false,
  sealed: false,
};

/** The ages the space probes: one on each side of every age the policy names. */
export const PROBED_AGES = [11, BASELINE.age, 18];
const COMMON: Array<Partial<SituationFacts>> = [{}, { member: false }, { assigned: false }, { age: 11 }, { age: 18 }];
const CONSENTS: Array<Partial<SituationFacts>> = [
  { consent: 'IN_FORCE' },
  { consent: 'IN_FORCE', age: 11 },
  { consent: 'IN_FORCE', age: 18 },
  { consent: 'IN_FORCE', member: false },
  { consent: 'EXPIRED' },
  { consent: 'REVOKED' },
];
const LAW_ENFORCEMENT: Array<Partial<SituationFacts>> = [{ inProceedings: true }, { investigation: 'OPEN' }, { investigation: 'CLOSED' }];
/** An order opens the case file to whom it names, on the team or not, only while it is in force. */
const COURT_ORDERS: Array<Partial<SituationFacts>> = [
  { courtOrder: 'IN_FORCE' },
  { courtOrder: 'IN_FORCE', member: false },
  { courtOrder: 'EXPIRED' },
];

/**
 * The situations probed for a category: the common ones (baseline, not a member, not the assigned
 * worker, age 11, age 18) plus those its rules can depend on. Chosen per category rather than as a
 * cartesian product, so the whole space evaluates in seconds.
 */
export function situationsFor(category: string, vocabulary: PolicyVocabulary): Array<Partial<SituationFacts>> {
  if (vocabulary.categories[category]?.confidentiality === 'L') return [{}];
  const extra: Array<Partial<SituationFacts>> = [];
  if (Object.values(vocabulary.forms).some((form) => form.categories.includes(category))) extra.push(...CONSENTS);
  if (['CSEC_STATUS', 'CHILD_WELFARE_REFERRALS', 'MDT_NOTES'].includes(category)) extra.push(...LAW_ENFORCEMENT);
  if (category === 'CSEC_STATUS') extra.push({ missing: true });
  if (category === 'PLACEMENT_ADDRESS') {
    extra.push(
      { exploiterThreat: true },
      { exploiterThreat: true, assigned: false },
      { missing: true },
      { missing: true, exploiterThreat: true },
    );
  }
  if (category === 'EDUCATION') extra.push({ adjudicated: true }, { adjudicated: true, consent: 'IN_FORCE' });
  if (category === 'DELINQUENCY') extra.push({ adjudicated: true }, { sealed: true });
  if (vocabulary.caseFileCategories.includes(category)) extra.push(...COURT_ORDERS);
  return [...COMMON, ...extra];
}

const FACT_WORDS: { [Key in keyof SituationFacts]: (value: SituationFacts[Key]) => string } = {
  member: (value) => (value ? 'active MDT member' : 'not an active MDT member'),
  assigned: (value) => (value ? 'assigned worker' : 'not the assigned worker'),
  age: (value) => `youth ${value}`,
  consent: (value) => ({ NONE: 'no consent', IN_FORCE: 'consent in force', EXPIRED: 'consent expired', REVOKED: 'consent revoked' })[value],
  investigation: (value) => ({ NONE: 'no investigation', OPEN: '18961.7 window open', CLOSED: '18961.7 window closed' })[value],
  inProceedings: (value) => (value ? 'officer in proceedings' : 'not in proceedings'),
  courtOrder: (value) => ({ NONE: 'no court order', IN_FORCE: 'W&IC 827 order in force', EXPIRED: 'W&IC 827 order expired' })[value],
  missing: (value) => (value ? 'youth missing' : 'youth not missing'),
  adjudicated: (value) => (value ? 'adjudicated' : 'not adjudicated'),
  exploiterThreat: (value) => (value ? 'exploiter is a threat' : 'no exploiter threat'),
  sealed: (value) => (value ? 'sealed record' : 'record not sealed'),
};

export function situation(changes: Partial<SituationFacts>): Situation {
  const facts = { ...BASELINE, ...changes };
  const keys = (Object.keys(FACT_WORDS) as Array<keyof SituationFacts>).filter((key) => facts[key] !== BASELINE[key]);
  const describe = <Key extends keyof SituationFacts>(key: Key) => FACT_WORDS[key](facts[key]);
  return {
    id: keys.length === 0 ? 'baseline' : keys.map((key) => `${key}=${String(facts[key])}`).join(','),
    label: keys.length === 0 ? 'baseline' : keys.map(describe).join('; '),
    facts,
  };
}

// --- Cells ------------------------------------------------------------------------------------------

export interface Cell {
  /** Stable across revisions: category|role|purpose|situation. */
  key: string;
  category: string;
  role: string;
  purpose: string;
  situation: Situation;
  field: string;
}

export interface PolicySpace {
  now: string;
  vocabulary: PolicyVocabulary;
  cells: Cell[];
}

export interface EvaluatedCell {
  cell: Cell;
  decision: Decision;
  /** Why, in the policy's words (an explained space only): what did not open the cell, or what did. */
  why?: string;
}

/**
 * The field each category is asked about: the first field of the emergency set classified in it (so
 * the matrix shows what break the glass opens); otherwise the first field of the composed schema
 * classified in it; otherwise a placeholder name.
 */
export function representativeFields(
  vocabulary: PolicyVocabulary,
  classifications: ReadonlyMap<string, Classification> = new Map(),
): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const category of Object.keys(vocabulary.categories)) {
    const inCategory = (field: string) => classifications.get(field)?.category === category;
    const emergency = vocabulary.breakGlass.opens.flatMap((entry) => entry.fields).find(inCategory);
    const classified = [...classifications].find(([, classification]) => classification.category === category)?.[0];
    fields[category] = emergency ?? classified ?? `${category}.value`;
  }
  return fields;
}

/** The space over every purpose of the vocabulary, or over the purposes given (one page of the matrix). */
export function buildSpace(
  vocabulary: PolicyVocabulary,
  fields: Record<string, string> = representativeFields(vocabulary),
  purposes: readonly string[] = vocabulary.purposes,
): PolicySpace {
  const cells: Cell[] = [];
  for (const category of Object.keys(vocabulary.categories)) {
    const situations = situationsFor(category, vocabulary).map(situation);
    for (const role of vocabulary.roles) {
      for (const purpose of purposes) {
        for (const probe of situations) {
          cells.push({
            key: `${category}|${role}|${purpose}|${probe.id}`,
            category,
            role,
            purpose,
            situation: probe,
            field: fields[category] ?? `${category}.value`,
          });
        }
      }
    }
  }
  return { now: SPACE_NOW, vocabulary, cells };
}

// --- Synthetic youth and inputs -------------------------------------------------------------------

/** Birth date of a youth who is `age` on every date the space uses (signing dates and now). */
function birthDateFor(age: number): string {
  return `${2026 - age}-03-15`;
}

/** The consent form for a category: the most specific form that can open it. */
export function consentFormFor(category: string, vocabulary: PolicyVocabulary): [string, ConsentForm] | undefined {
  return Object.entries(vocabulary.forms)
    .filter(([, form]) => form.categories.includes(category))
    .sort(([, a], [, b]) => a.categories.length - b.categories.length)[0];
}

/**
 * Who signs the synthetic consent: the youth when old enough to authorize this category alone,
 * otherwise the form's parent or education rights holder; a form only the youth may sign is signed
 * by the youth even when too young, which the policy must refuse.
 */
function signerFor(category: string, form: ConsentForm, age: number, vocabulary: PolicyVocabulary): string {
  const youthAge = vocabulary.minorConsent[category]?.min_age ?? vocabulary.adultAge;
  if (age >= youthAge) return 'YOUTH';
  return form.signers.find((signer) => signer !== 'YOUTH' && signer !== 'COURT') ?? 'YOUTH';
}

const CONSENT_DATES: Record<Exclude<ConsentState, 'NONE'>, { signedOn: string; expiresOn: string; revokedOn: string | null }> = {
  IN_FORCE: { signedOn: '2026-10-01', expiresOn: '2027-10-01', revokedOn: null },
  EXPIRED: { signedOn: '2026-04-01', expiresOn: '2026-10-01', revokedOn: null },
  REVOKED: { signedOn: '2026-04-01', expiresOn: '2027-04-01', revokedOn: '2026-11-01' },
};

const COURT_ORDER_DATES: Record<Exclude<CourtOrderState, 'NONE'>, { grantedOn: string; expiresOn: string }> = {
  IN_FORCE: { grantedOn: '2026-10-01', expiresOn: '2027-04-01' },
  EXPIRED: { grantedOn: '2026-04-01', expiresOn: '2026-10-01' },
};

/** The facts of the synthetic youth of one cell, exactly as the gateway gathers them. */
export function youthFactsFor(cell: Cell, vocabulary: PolicyVocabulary): YouthFacts {
  const facts = cell.situation.facts;
  const agency = ROLE_AGENCIES[cell.role] ?? 'UNKNOWN_AGENCY';
  const consents: YouthFacts['consents'] = [];
  const chosen = facts.consent === 'NONE' ? undefined : consentFormFor(cell.category, vocabulary);
  if (chosen && facts.consent !== 'NONE') {
    const [formId, form] = chosen;
    const dates = CONSENT_DATES[facts.consent];
    const recipient = form.recipients_by.includes('role') ? { role: cell.role } : { userId: SPACE_REQUESTER };
    consents.push({
      id: `C-${facts.consent}`,
      form: formId,
      categories: [cell.category],
      recipients: [recipient],
      purposes: [cell.purpose],
      signedBy: signerFor(cell.category, form, facts.age, vocabulary),
      signedOn: dates.signedOn,
      youthAgeAtSigning: facts.age,
      expiresOn: dates.expiresOn,
      revokedOn: dates.revokedOn,
    });
  }
  return {
    birthDate: birthDateFor(facts.age),
    mdt: {
      status: 'OPEN',
      members: [
        { userId: SPACE_REQUESTER, joinedOn: '2025-01-10', leftOn: facts.member ? null : '2026-10-01' },
        { userId: OTHER_WORKER, joinedOn: '2025-01-10', leftOn: null },
      ],
    },
    assignedWorkers: { [agency]: facts.assigned ? SPACE_REQUESTER : OTHER_WORKER },
    consents,
    investigations:
      facts.investigation === 'NONE'
        ? []
        : [{ id: 'I-1', reportedOn: facts.investigation === 'OPEN' ? '2026-11-10' : '2026-09-01', goodCauseExtendedUntil: null }],
    proceedingParticipations: facts.inProceedings
      ? [{ proceedingId: 'JV-1', kind: 'DELINQUENCY', userId: SPACE_REQUESTER, role: 'INVESTIGATING', from: '2026-01-01', until: null }]
      : [],
    exploiterIsThreat: facts.exploiterThreat,
    missing: facts.missing,
    adjudicated: facts.adjudicated,
    courtOrders:
      facts.courtOrder === 'NONE'
        ? []
        : [
            {
              id: `JV570-${facts.courtOrder}`,
              recipient: { userId: SPACE_REQUESTER },
              categories: [cell.category],
              ...COURT_ORDER_DATES[facts.courtOrder],
            },
          ],
  };
}

/**
 * The inputs of a space: one per (role, purpose), each carrying one synthetic youth per cell and one
 * coordinate per cell, so the whole space takes one `decide` call per role and purpose.
 */
export function spaceInputs(space: PolicySpace): Array<{ cells: Cell[]; input: PolicyInput }> {
  const batches = new Map<string, Cell[]>();
  for (const cell of space.cells) {
    const key = `${cell.role}|${cell.purpose}`;
    const batch = batches.get(key) ?? [];
    batch.push(cell);
    batches.set(key, batch);
  }
  return [...batches.values()].map((cells) => {
    const first = cells[0] as Cell;
    const youth: Record<string, YouthFacts> = {};
    const coordinates: Coordinate[] = cells.map((cell, index) => {
      const category = space.vocabulary.categories[cell.category];
      const deidentified = category?.confidentiality === 'L';
      const youthId = deidentified ? null : `Y-${String(index + 1).padStart(6, '0')}`;
      if (youthId) youth[youthId] = youthFactsFor(cell, space.vocabulary);
      const coordinate: Coordinate = {
        youthId,
        field: cell.field,
        category: cell.category,
        confidentiality: category?.confidentiality ?? 'R',
        sensitivity: category?.sensitivity ?? [],
      };
      if (cell.situation.facts.sealed) coordinate.record = { id: 'REC-1', sealed: true, vacated: false };
      return coordinate;
    });
    const emergency = space.vocabulary.breakGlass.purposes.includes(first.purpose);
    return {
      cells,
      input: {
        now: space.now,
        requester: {
          userId: SPACE_REQUESTER,
          agency: ROLE_AGENCIES[first.role] ?? 'UNKNOWN_AGENCY',
          roles: [first.role],
          purposeOfUse: first.purpose,
          breakGlassReason: emergency ? EMERGENCY_REASON : null,
        },
        youth,
        coordinates,
      },
    };
  });
}

/** Decides every cell of the space with one `decide` call per batch. */
/**
 * Decides every cell of the space with one evaluation per batch. The decisions are not remembered:
 * a whole space would crowd out the decisions remembered for the requests being served.
 */
export function evaluateSpace(policy: DisclosurePolicy, space: PolicySpace): EvaluatedCell[] {
  const evaluated: EvaluatedCell[] = [];
  for (const { cells, input } of spaceInputs(space)) {
    const decisions = policy.evaluate(input);
    cells.forEach((cell, index) => evaluated.push({ cell, decision: decisions[index] as Decision }));
  }
  return evaluated;
}
