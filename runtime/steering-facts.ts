import { createHmac, randomBytes } from 'node:crypto';
import { RequestRejection } from './requester.ts';

/**
 * What child welfare and probation tell the steering committee's report about the youth the MDTs
 * link to them (docs/steering-reports.md). The CSEC program names each linked youth to the agency
 * by a pseudonym: a keyed hash of the agency's own identifier under a key made for one report run
 * and never kept. The agency hashes its own identifiers with the same key to find them, and answers
 * category facts in the order asked, with no identifier, name, date of birth or free text.
 */

/** The agency route the gateway asks for a report run. */
export const STEERING_FACTS_PATH = '/steering-facts';

/** The csec route that names the youth served in a report's windows, by pseudonym, for each agency. */
export const STEERING_COHORT_PATH = '/steering-cohort';

/** The request extension that carries the agencies' answers to the csec subgraph with the report's fetch. */
export const STEERING_FACTS_EXTENSION = 'csecSteeringFacts';

/** The agencies that answer steering facts. */
export const STEERING_FACTS_AGENCIES = ['CHILD_WELFARE', 'PROBATION'] as const;
export type SteeringFactsAgency = (typeof STEERING_FACTS_AGENCIES)[number];

/** Most youth one report run names to an agency. */
export const MAX_STEERING_COHORT = 1_000_000;

/** A steering request a service refuses, with what to send instead. */
export function badSteeringRequest(message: string): RequestRejection {
  return new RequestRejection(400, 'BAD_STEERING_REQUEST', message);
}

export interface DateWindow {
  from: string;
  to: string;
}

/** `POST /steering-facts`: the pseudonyms of the youth, the windows services are counted over, and the day placements are taken on. */
export interface SteeringFactsRequest {
  key: string;
  pseudonyms: string[];
  windows: DateWindow[];
  asOf: string;
}

/** One youth's facts, as an agency answers them. */
export interface AgencyYouthFacts {
  /** The kinds of service received in each window asked, in the windows' order. */
  services: string[][];
  /** Child welfare: the kind of placement the youth was in at the end of `asOf`, null when none. */
  placementAtEnd?: string | null;
  /** Child welfare: whether the youth had entered foster care (a placement began) by `asOf`. */
  inCare?: boolean;
  /** Child welfare: when, relative to care, substantiated exploitation was reported (W&IC 16501.45). */
  exploited?: string[];
}

/** The answer: one entry per pseudonym asked, in the same order. */
export interface SteeringFactsAnswer {
  facts: AgencyYouthFacts[];
}

/** A fresh key for one report run. */
export function newPseudonymKey(): string {
  return randomBytes(32).toString('base64url');
}

/** The pseudonym of an agency's identifier under a report run's key. */
export function pseudonymOf(key: string, agency: SteeringFactsAgency, identifier: string): string {
  return createHmac('sha256', Buffer.from(key, 'base64url')).update(`${agency}|${identifier}`).digest('base64url');
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A key (32 bytes) or a pseudonym (an HMAC-SHA256), in base64url. */
const KEY = /^[A-Za-z0-9_-]{43}$/;
const PSEUDONYM = KEY;

/** Whether a value is a key as `newPseudonymKey` makes them. */
export function isPseudonymKey(key: unknown): key is string {
  return typeof key === 'string' && KEY.test(key);
}

/** Reads and checks a steering facts request; a malformed one is refused saying what to send. */
export function readSteeringFactsRequest(body: unknown): SteeringFactsRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badSteeringRequest('Send a JSON object: {"key", "pseudonyms", "windows", "asOf"}.');
  const { key, pseudonyms, windows, asOf, ...others } = body as Record<string, unknown>;
  if (Object.keys(others).length > 0) throw badSteeringRequest('Send "key", "pseudonyms", "windows" and "asOf", and nothing else.');
  if (!isPseudonymKey(key)) throw badSteeringRequest('"key" must be 32 bytes in base64url.');
  if (typeof asOf !== 'string' || !DATE.test(asOf)) throw badSteeringRequest('"asOf" must be a date, YYYY-MM-DD.');
  if (!Array.isArray(windows) || windows.length === 0 || windows.length > 3) throw badSteeringRequest('"windows" must list one to three {"from", "to"} dates.');
  for (const window of windows as unknown[]) {
    const { from, to } = (window ?? {}) as Record<string, unknown>;
    if (typeof from !== 'string' || typeof to !== 'string' || !DATE.test(from) || !DATE.test(to) || from > to) {
      throw badSteeringRequest('Each window must be {"from", "to"}, dates YYYY-MM-DD with from no later than to.');
    }
  }
  if (!Array.isArray(pseudonyms) || pseudonyms.length > MAX_STEERING_COHORT || !pseudonyms.every((pseudonym) => typeof pseudonym === 'string' && PSEUDONYM.test(pseudonym))) {
    throw badSteeringRequest(`"pseudonyms" must list at most ${MAX_STEERING_COHORT} pseudonyms, each as pseudonymOf makes them.`);
  }
  return { key, pseudonyms: pseudonyms as string[], windows: windows as DateWindow[], asOf };
}

/** The agency's identifiers each pseudonym names, of those it holds. */
export function identifiersByPseudonym(request: SteeringFactsRequest, agency: SteeringFactsAgency, identifiers: readonly string[]): Map<string, string> {
  const wanted = new Set(request.pseudonyms);
  const found = new Map<string, string>();
  for (const identifier of identifiers) {
    const pseudonym = pseudonymOf(request.key, agency, identifier);
    if (wanted.has(pseudonym)) found.set(pseudonym, identifier);
  }
  return found;
}
