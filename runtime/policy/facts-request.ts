import { RequestRejection } from '../requester.ts';

/**
 * The limits of `POST /disclosure-facts`, shared by the subgraphs that answer it and the gateway
 * that asks: the gateway splits what it asks to fit them, and never sends an id they would refuse.
 */

/** Most ids (youth, agency identifiers) one request may name; larger sets go in several requests. */
export const MAX_FACTS_IDS = 1_000;

/** Longest id (youth, agency identifier or staff user id) a request may name. */
export const MAX_FACTS_ID_LENGTH = 128;

/** A facts request that a subgraph refuses, with what to send instead. */
/** The csec route the gateway asks, in a long poll, for the next version of the disclosure facts. */
export const FACTS_CHANGES_PATH = '/disclosure-facts-changes';

/** The csec route that says what agency and roles the program's staff directory gives a person. */
export const STAFF_DIRECTORY_PATH = '/staff-directory';

export function badFactsRequest(message: string): RequestRejection {
  return new RequestRejection(400, 'BAD_FACTS_REQUEST', message);
}

/** The ids a facts request lists under `name`: an array of non-empty strings within the limits. */
export function readFactsIds(value: unknown, name: string, maxIds: number = MAX_FACTS_IDS): string[] {
  if (!Array.isArray(value)) throw badFactsRequest(`"${name}" must be an array of strings.`);
  if (value.length > maxIds) throw badFactsRequest(`"${name}" may list at most ${maxIds} ids; split the request.`);
  for (const id of value) {
    if (typeof id !== 'string' || id.length === 0 || id.length > MAX_FACTS_ID_LENGTH) {
      throw badFactsRequest(`Every entry of "${name}" must be a non-empty string of at most ${MAX_FACTS_ID_LENGTH} characters.`);
    }
  }
  return value as string[];
}

/** The body of a facts request that names one list of an agency's identifiers: `{"<name>": [...]}`, nothing else. */
export function readIdentifierList(body: unknown, name: string): string[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw badFactsRequest(`Send a JSON object: {"${name}": [...]}.`);
  const keys = Object.keys(body);
  if (keys.length !== 1 || keys[0] !== name) throw badFactsRequest(`Send "${name}", and nothing else.`);
  return readFactsIds((body as Record<string, unknown>)[name], name);
}
