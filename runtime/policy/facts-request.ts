/**
 * The limits of `POST /disclosure-facts`, shared by the subgraphs that answer it and the gateway
 * that asks: the gateway splits what it asks to fit them, and never sends an id they would refuse.
 */

/** Most ids (youth, agency identifiers) one request may name; larger sets go in several requests. */
export const MAX_FACTS_IDS = 1_000;

/** Longest id (youth, agency identifier or staff user id) a request may name. */
export const MAX_FACTS_ID_LENGTH = 128;
