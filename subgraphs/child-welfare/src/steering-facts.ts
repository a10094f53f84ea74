import type { RelationalStore } from '../../../runtime/relational-store.ts';
import type { Requester } from '../../../runtime/requester.ts';
import {
  identifiersByPseudonym,
  readSteeringRequest,
  STEERING_CONTRACTS,
  type AgencyYouthFacts,
  type PlacementType,
  type ServiceType,
  type SteeringFactsAnswer,
} from '../../../runtime/steering-facts.ts';

/** When, relative to foster care, substantiated exploitation was reported (W&IC 16501.45). */
export type ExploitationTiming = 'BEFORE_CARE' | 'DURING_CARE' | 'WHILE_MISSING';

interface PlacementSpan {
  client_id: string;
  placement_type: PlacementType;
  started_on: string;
  ended_on: string | null;
  end_reason: string | null;
}

/**
 * `POST /steering-facts` (runtime/steering-facts.ts): for each youth the report names by pseudonym,
 * the kinds of service child welfare gave in each window, the kind of placement at the end of the
 * period, whether the youth had entered foster care, and when substantiated exploitation was
 * reported relative to care. Placements include probation's foster care placements, which the
 * state's case management system records too.
 */
export function childWelfareSteeringFactsRoute(store: RelationalStore) {
  return async (_requester: Requester, body: unknown): Promise<SteeringFactsAnswer> => {
    const request = readSteeringRequest(STEERING_CONTRACTS.factsRequest, body);
    const clients = await store.query<{ client_id: string }>('SELECT client_id FROM client');
    const found = identifiersByPseudonym(
      request,
      'CHILD_WELFARE',
      clients.map((row) => row.client_id),
    );
    const clientIds = [...new Set(found.values())];
    const services = await Promise.all(request.windows.map((window) => servicesIn(store, clientIds, window.from, window.to)));
    const placements = new Map<string, PlacementSpan[]>();
    for (const row of await store.query<PlacementSpan>(
      `SELECT client_id, placement_type, started_on::text AS started_on, ended_on::text AS ended_on, end_reason
         FROM placement WHERE client_id = ANY($1::text[]) AND started_on <= $2::date ORDER BY client_id, started_on, placement_id`,
      [clientIds, request.asOf],
    )) {
      placements.set(row.client_id, [...(placements.get(row.client_id) ?? []), row]);
    }
    const exploitedOn = new Map<string, string[]>();
    for (const row of await store.query<{ client_id: string; received_on: string }>(
      `SELECT r.client_id, r.received_on::text AS received_on FROM referral r JOIN allegation a ON a.referral_id = r.referral_id
        WHERE r.client_id = ANY($1::text[]) AND r.received_on <= $2::date
          AND a.allegation_type = 'COMMERCIAL_SEXUAL_EXPLOITATION' AND a.disposition = 'SUBSTANTIATED'`,
      [clientIds, request.asOf],
    )) {
      exploitedOn.set(row.client_id, [...(exploitedOn.get(row.client_id) ?? []), row.received_on]);
    }
    const facts = request.pseudonyms.map((pseudonym): AgencyYouthFacts => {
      const clientId = found.get(pseudonym);
      if (clientId === undefined) return { services: request.windows.map(() => []), placementAtEnd: null, inCare: false, exploited: [] };
      const spans = placements.get(clientId) ?? [];
      const current = spans.findLast((span) => span.ended_on === null || span.ended_on > request.asOf);
      return {
        services: services.map((byClient) => [...(byClient.get(clientId) ?? [])].sort()),
        placementAtEnd: current?.placement_type ?? null,
        inCare: spans.length > 0,
        exploited: [...new Set((exploitedOn.get(clientId) ?? []).flatMap((on) => timingOf(on, spans) ?? []))].sort(),
      };
    });
    return { facts };
  };
}

async function servicesIn(store: RelationalStore, clientIds: string[], from: string, to: string): Promise<Map<string, Set<ServiceType>>> {
  const byClient = new Map<string, Set<ServiceType>>();
  const rows = await store.query<{ client_id: string; service_type: ServiceType }>(
    `SELECT DISTINCT client_id, service_type FROM service
      WHERE client_id = ANY($1::text[]) AND started_on <= $3::date AND (ended_on IS NULL OR ended_on >= $2::date)`,
    [clientIds, from, to],
  );
  for (const row of rows) byClient.set(row.client_id, (byClient.get(row.client_id) ?? new Set()).add(row.service_type));
  return byClient;
}

/**
 * When exploitation reported on `on` happened relative to care, from the placements that began by
 * then (in order): before the first placement, while a placement was current, or while the youth
 * was away after leaving a placement without permission (AWOL) and before the next began. Reported
 * after care ended otherwise: not a foster youth's exploitation, so no category.
 */
export function timingOf(
  on: string,
  spans: readonly Pick<PlacementSpan, 'started_on' | 'ended_on' | 'end_reason'>[],
): ExploitationTiming | undefined {
  const begun = spans.filter((span) => span.started_on <= on);
  if (begun.length === 0) return spans.length > 0 ? 'BEFORE_CARE' : undefined;
  if (begun.some((span) => span.ended_on === null || span.ended_on > on)) return 'DURING_CARE';
  const last = begun.reduce((latest, span) => ((span.ended_on ?? '') > (latest.ended_on ?? '') ? span : latest));
  return last.end_reason === 'AWOL' ? 'WHILE_MISSING' : undefined;
}
