import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EVERY_AGENCY_FACT,
  agencyFactsInPlay,
  keepAgencyFactsInPlay,
  type AgencyFactsInPlay,
} from '../../gateway/src/facts/youth-facts-client.ts';
import { DisclosurePolicy } from '../../runtime/policy/disclosure-policy.ts';
import type { PolicyInput, YouthFacts } from '../../runtime/policy/policy-input.ts';
import { buildPolicyBundle } from '../../scripts/lib/policy-bundle.ts';
import { buildSpace, spaceInputs } from '../../runtime/policy/access-space.ts';

/**
 * The gateway asks child welfare and probation only for the facts that the policy's conditions in
 * play, for the requester and the categories of the fields asked for, read. That is safe only if no
 * decision depends on a fact left out: over the whole evaluation space of the privacy officer's
 * toolkit (every role, purpose and category, under situations that include assigned and
 * unassigned workers, adjudicated and not), and with every sensitivity label a record may add,
 * deciding with the facts gathered for a request about one category must give exactly the
 * decisions made with every fact.
 */

const NO_AGENCY_FACT: AgencyFactsInPlay = { assignedWorkerOf: new Set(), adjudication: false, courtOrders: false, proceedings: false };

let workDirectory: string;
let policy: DisclosurePolicy;
let inputs: PolicyInput[];

beforeAll(async () => {
  workDirectory = await mkdtemp(join(tmpdir(), 'csec-conditions-in-play-'));
  const bundlePath = join(workDirectory, 'bundle.tar.gz');
  await buildPolicyBundle(bundlePath);
  policy = await DisclosurePolicy.load(bundlePath, (reason) => {
    throw new Error(reason);
  });
  if (!policy.vocabulary) throw new Error('The bundle carries no vocabulary.');
  inputs = spaceInputs(buildSpace(policy.vocabulary)).map(({ input }) => input);
}, 120_000);

afterAll(async () => {
  if (workDirectory) await rm(workDirectory, { recursive: true, force: true });
});

function withFacts(input: PolicyInput, inPlay: AgencyFactsInPlay): PolicyInput {
  const youth: Record<string, YouthFacts> = {};
  for (const [youthId, facts] of Object.entries(input.youth)) youth[youthId] = keepAgencyFactsInPlay(facts, inPlay);
  return { ...input, youth };
}

describe('agency facts in play', () => {
  it('decide every cell of the policy space, with any label a record may add, exactly as every agency fact does', () => {
    const vocabulary = policy.vocabulary as NonNullable<DisclosurePolicy['vocabulary']>;
    const labelCodes = [...new Set(Object.values(vocabulary.categories).flatMap((category) => category.sensitivity))];
    let groups = 0;
    let narrowed = 0;
    for (const input of inputs) {
      const byCategory = Map.groupBy(input.coordinates, (coordinate) => coordinate.category);
      for (const [category, coordinates] of byCategory) {
        const labelled = coordinates.flatMap((coordinate) => [
          coordinate,
          ...labelCodes
            .filter((code) => !coordinate.sensitivity.includes(code))
            .map((code) => ({ ...coordinate, sensitivity: [...coordinate.sensitivity, code] })),
        ]);
        const asked = { ...input, coordinates: labelled };
        const inPlay = agencyFactsInPlay(policy.conditionsInPlay(input.requester, [category]), input.requester);
        groups += 1;
        if (inPlay.assignedWorkerOf.size < EVERY_AGENCY_FACT.assignedWorkerOf.size || !inPlay.adjudication) narrowed += 1;
        const context = `${input.requester.roles.join(',')} for ${input.requester.purposeOfUse}, ${category}`;
        expect(policy.decide(withFacts(asked, inPlay)), context).toEqual(policy.evaluate(withFacts(asked, EVERY_AGENCY_FACT)));
      }
    }
    expect(groups).toBeGreaterThan(500);
    expect(narrowed).toBeGreaterThan(groups / 2);
  }, 120_000);

  it("leave out the social worker's assignment when no field asked for is the placement address", () => {
    const socialWorker = inputs.find(
      (input) => input.requester.roles[0] === 'SOCIAL_WORKER' && input.requester.purposeOfUse === 'CSEC-MDT',
    )?.requester;
    expect(socialWorker).toBeDefined();
    expect(agencyFactsInPlay(policy.conditionsInPlay(socialWorker!, ['PLACEMENT', 'ROSTER']), socialWorker!).assignedWorkerOf.size).toBe(0);
    expect([...agencyFactsInPlay(policy.conditionsInPlay(socialWorker!, ['PLACEMENT_ADDRESS']), socialWorker!).assignedWorkerOf]).toEqual([
      'CHILD_WELFARE',
    ]);
  });

  it('would change decisions if a fact in play were left out, so the comparison above can fail', () => {
    const changed = inputs.filter(
      (input) =>
        JSON.stringify(policy.decide(withFacts(input, NO_AGENCY_FACT))) !==
        JSON.stringify(policy.decide(withFacts(input, EVERY_AGENCY_FACT))),
    );
    expect(changed.map((input) => `${input.requester.roles[0]}/${input.requester.purposeOfUse}`)).toEqual(
      expect.arrayContaining(['PROBATION_OFFICER/JUV-SUPERVISION', 'SOCIAL_WORKER/CSEC-MDT', 'LAW_ENFORCEMENT_OFFICER/CSEC-MDT']),
    );
  });

  it("read an assignment only as whether it names the requester in the requester's own agency, so deciding as if assigned and as if not covers every answer an agency can give", () => {
    const assigning = (input: PolicyInput, assignedWorkers: Record<string, string>): PolicyInput => ({
      ...input,
      youth: Object.fromEntries(Object.entries(input.youth).map(([youthId, facts]) => [youthId, { ...facts, assignedWorkers }])),
    });
    let assignmentDecides = 0;
    for (const input of inputs) {
      const { requester } = input;
      const otherAgency = requester.agency === 'CHILD_WELFARE' ? 'PROBATION' : 'CHILD_WELFARE';
      const unassigned = policy.evaluate(assigning(input, {}));
      const context = `${requester.roles.join(',')} for ${requester.purposeOfUse}`;
      expect(policy.evaluate(assigning(input, { [requester.agency]: 'another.worker' })), context).toEqual(unassigned);
      expect(policy.evaluate(assigning(input, { [otherAgency]: requester.userId })), context).toEqual(unassigned);
      if (JSON.stringify(policy.evaluate(assigning(input, { [requester.agency]: requester.userId }))) !== JSON.stringify(unassigned))
        assignmentDecides += 1;
    }
    expect(assignmentDecides).toBeGreaterThan(0);
  }, 120_000);

  it('are every fact when the bundle cannot say which conditions are in play', () => {
    const requester = inputs[0]?.requester;
    expect(requester).toBeDefined();
    expect(DisclosurePolicy.withholdingEverything().conditionsInPlay(requester!)).toBeUndefined();
    expect(agencyFactsInPlay(undefined, requester!)).toBe(EVERY_AGENCY_FACT);
  });
});
