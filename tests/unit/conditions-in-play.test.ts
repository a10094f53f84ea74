import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EVERY_AGENCY_FACT,
  agencyFactsInPlay,
  keepAgencyFactsInPlay,
  type AgencyFactsInPlay,
} from '../../gateway/src/policy/youth-facts-client.ts';
import { DisclosurePolicy } from '../../runtime/policy/disclosure-policy.ts';
import type { PolicyInput, YouthFacts } from '../../runtime/policy/policy-input.ts';
import { buildPolicyBundle } from '../../scripts/lib/policy-bundle.ts';
import { buildSpace, spaceInputs } from '../../scripts/lib/policy-space.ts';

/**
 * The gateway asks child welfare and probation only for the facts the policy's conditions in play
 * read. That is safe only if no decision depends on a fact left out: over the whole evaluation space
 * of the privacy officer's toolkit (every role, purpose and category, under situations that include
 * assigned and unassigned workers, adjudicated and not), deciding with the facts gathered for the
 * requester must give exactly the decisions made with every fact.
 */

const NO_AGENCY_FACT: AgencyFactsInPlay = { assignedWorkerOf: new Set(), adjudication: false };

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
  it('decide every cell of the policy space exactly as every agency fact does', () => {
    let narrowed = 0;
    for (const input of inputs) {
      const inPlay = agencyFactsInPlay(policy.conditionsInPlay(input.requester), input.requester);
      if (inPlay.assignedWorkerOf.size < EVERY_AGENCY_FACT.assignedWorkerOf.size || !inPlay.adjudication) narrowed += 1;
      const context = `${input.requester.roles.join(',')} for ${input.requester.purposeOfUse}`;
      expect(policy.decide(withFacts(input, inPlay)), context).toEqual(policy.decide(withFacts(input, EVERY_AGENCY_FACT)));
    }
    expect(inputs.length).toBeGreaterThan(50);
    expect(narrowed).toBeGreaterThan(inputs.length / 2);
  });

  it('would change decisions if a fact in play were left out, so the comparison above can fail', () => {
    const changed = inputs.filter(
      (input) => JSON.stringify(policy.decide(withFacts(input, NO_AGENCY_FACT))) !== JSON.stringify(policy.decide(withFacts(input, EVERY_AGENCY_FACT))),
    );
    expect(changed.map((input) => `${input.requester.roles[0]}/${input.requester.purposeOfUse}`)).toEqual(
      expect.arrayContaining(['PROBATION_OFFICER/JUV-SUPERVISION', 'SOCIAL_WORKER/CSEC-MDT']),
    );
  });

  it('are every fact when the bundle cannot say which conditions are in play', () => {
    const requester = inputs[0]?.requester;
    expect(requester).toBeDefined();
    expect(DisclosurePolicy.withholdingEverything().conditionsInPlay(requester!)).toBeUndefined();
    expect(agencyFactsInPlay(undefined, requester!)).toBe(EVERY_AGENCY_FACT);
  });
});
