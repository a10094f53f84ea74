import type { DisclosurePolicy } from '../../../runtime/policy/disclosure-policy.ts';
import { policyRequester, type Coordinate, type Decision, type YouthFacts } from '../../../runtime/policy/policy-input.ts';
import { startLap } from '../../../runtime/core-waits.ts';
import type { Requester } from '../../../runtime/requester.ts';
import type { AssigningAgency, YouthFactsClient } from '../facts/youth-facts-client.ts';
import { evaluationOf, type CoordinateListing, type Evaluation } from './coordinate-listing.ts';
import type { Scope } from './youth-scope.ts';

/**
 * Decides every listed coordinate in one evaluation. When the requester's own assignment was left
 * unasked, the coordinates of the linked youth whose category lets a decision read it
 * (`conditionsInPlay`) are evaluated a second time, as if the requester were those youth's assigned
 * worker. Rules read an assignment only as "the requester is the youth's assigned worker"
 * (membership.rego), so the two evaluations are every answer the agency could give: a youth decided
 * the same both ways needs no answer, and keeps facts without the assignment. The agency is asked
 * about the others alone, and each gets the decisions of the case its answer is; for a query, its
 * answer may be one remembered (`Scope.reading`). `policyTime` covers both evaluations.
 */
export async function evaluatePolicy(
  requester: Requester,
  listing: CoordinateListing,
  gathered: Scope,
  policy: DisclosurePolicy,
  facts: YouthFactsClient,
  now: Date,
): Promise<{ evaluation: Evaluation; scope: Scope }> {
  const evaluate = (scope: Scope, coordinates: Coordinate[]) => {
    if (coordinates.length === 0) return [];
    const youth: Record<string, YouthFacts> = {};
    for (const { youthId } of coordinates) {
      const known = youthId === null ? undefined : scope.facts.get(youthId)?.facts;
      if (youthId !== null && known) youth[youthId] = known;
    }
    return policy.decide({ now: now.toISOString(), requester: policyRequester(requester), youth, coordinates });
  };
  const lap = startLap();
  const decisions = evaluate(gathered, listing.coordinates);
  const agency = gathered.unaskedAssignment;
  const linked = new Map(agency ? [...gathered.facts].filter(([, youth]) => youth.links[agency] !== undefined) : []);
  const readingAssignment = new Set(
    agency
      ? [...new Set(listing.coordinates.map(({ category }) => category))].filter(
          (category) => policy.conditionsInPlay(policyRequester(requester), [category])?.has('ASSIGNED_WORKER') ?? true,
        )
      : [],
  );
  const positions = listing.coordinates.flatMap(({ youthId, category }, position) =>
    youthId !== null && linked.has(youthId) && readingAssignment.has(category) ? [position] : [],
  );
  if (!agency || positions.length === 0) {
    return { evaluation: evaluationOf(listing, decisions, lap()), scope: gathered };
  }
  const asAssigned = evaluate(
    withAssignments(gathered, agency, new Map([...linked.keys()].map((youthId) => [youthId, requester.userId]))),
    positions.map((position) => listing.coordinates[position] as Coordinate),
  );
  const policyTime = lap();
  const youthAt = (index: number) => (listing.coordinates[positions[index] as number] as Coordinate).youthId as string;
  const decisive = new Set(
    asAssigned.flatMap((decision, index) =>
      sameDecision(decision, decisions[positions[index] as number] as Decision) ? [] : [youthAt(index)],
    ),
  );
  if (decisive.size === 0) return { evaluation: evaluationOf(listing, decisions, policyTime), scope: gathered };
  const workers = await facts.assignedWorkers(
    requester,
    agency,
    new Map([...linked].filter(([youthId]) => decisive.has(youthId))),
    gathered.reading,
  );
  asAssigned.forEach((decision, index) => {
    if (workers.get(youthAt(index)) === requester.userId) decisions[positions[index] as number] = decision;
  });
  return { evaluation: evaluationOf(listing, decisions, policyTime), scope: withAssignments(gathered, agency, workers) };
}

/** The scope with `agency`'s assigned worker set for each youth `workers` names. */
function withAssignments(scope: Scope, agency: AssigningAgency, workers: ReadonlyMap<string, string>): Scope {
  const facts = new Map(scope.facts);
  for (const [youthId, worker] of workers) {
    const youth = facts.get(youthId);
    if (youth)
      facts.set(youthId, { ...youth, facts: { ...youth.facts, assignedWorkers: { ...youth.facts.assignedWorkers, [agency]: worker } } });
  }
  return { ...scope, facts };
}

function sameDecision(first: Decision, second: Decision): boolean {
  return (
    first.allow === second.allow &&
    first.rule === second.rule &&
    first.legal_basis === second.legal_basis &&
    first.reason === second.reason &&
    first.conceal === second.conceal &&
    first.review === second.review &&
    JSON.stringify(first.obligations) === JSON.stringify(second.obligations)
  );
}
