import { readFile, readdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DisclosurePolicy } from '../../runtime/policy/disclosure-policy.ts';
import type { PolicyInput, YouthFacts } from '../../runtime/policy/policy-input.ts';
import { buildPolicyBundle } from '../../scripts/lib/policy-bundle.ts';
import { buildSpace, spaceInputs } from '../../runtime/policy/access-space.ts';

/**
 * The policy object remembers decisions by what they depend on: the requester, the hour of `now`,
 * the facts of the coordinate's own youth and the coordinate. Deciding with what it remembers must
 * give exactly what evaluating the whole input gives, over the privacy officer toolkit's whole
 * evaluation space, and whatever changes among those must be decided again.
 */

const POLICIES = fileURLToPath(new URL('../../policies/', import.meta.url));

let workDirectory: string;
let bundlePath: string;
let inputs: PolicyInput[];

async function freshPolicy(): Promise<DisclosurePolicy> {
  return DisclosurePolicy.load(bundlePath, (reason) => {
    throw new Error(reason);
  });
}

beforeAll(async () => {
  workDirectory = await mkdtemp(join(tmpdir(), 'csec-remembered-decisions-'));
  bundlePath = join(workDirectory, 'bundle.tar.gz');
  await buildPolicyBundle(bundlePath);
  const policy = await freshPolicy();
  if (!policy.vocabulary) throw new Error('The bundle carries no vocabulary.');
  inputs = spaceInputs(buildSpace(policy.vocabulary)).map(({ input }) => input);
}, 120_000);

afterAll(async () => {
  if (workDirectory) await rm(workDirectory, { recursive: true, force: true });
});

/** The input with each youth's facts given to the next youth, so the same coordinates meet other facts. */
function withFactsRotated(input: PolicyInput): PolicyInput {
  const youthIds = Object.keys(input.youth);
  const youth: Record<string, YouthFacts> = {};
  youthIds.forEach((youthId, index) => {
    youth[youthId] = input.youth[youthIds[(index + 1) % youthIds.length] as string] as YouthFacts;
  });
  return { ...input, youth };
}

/**
 * Decides every input of the space, then each input as `change` makes it, which must be decided as
 * evaluating it whole does; answers how many coordinates the change decided differently, so the
 * caller can show the comparison could fail.
 */
async function decidedAgainWhenChanged(change: (input: PolicyInput, index: number) => PolicyInput): Promise<number> {
  const policy = await freshPolicy();
  let changed = 0;
  inputs.forEach((input, index) => {
    const before = policy.decide(input);
    const after = change(input, index);
    const expected = policy.evaluate(after);
    changed += expected.filter((decision, position) => JSON.stringify(decision) !== JSON.stringify(before[position])).length;
    expect(policy.decide(after)).toEqual(expected);
  });
  return changed;
}

describe('remembered decisions', () => {
  it('are the decisions of the whole input, cold, warm and partly remembered, over the whole policy space', async () => {
    const policy = await freshPolicy();
    for (const input of inputs) {
      const expected = policy.evaluate(input);
      const context = `${input.requester.roles.join(',')} for ${input.requester.purposeOfUse}`;
      const half = { ...input, coordinates: input.coordinates.filter((_, index) => index % 2 === 0) };
      expect(policy.decide(half), context).toEqual(policy.evaluate(half));
      expect(policy.decide(input), context).toEqual(expected);
      expect(policy.decide(input), context).toEqual(expected);
    }
  }, 120_000);

  it("follow the youth's facts: the same coordinates with other youth's facts are decided again", async () => {
    expect(await decidedAgainWhenChanged((input) => withFactsRotated(input))).toBeGreaterThan(100);
  }, 120_000);

  it('follow the requester: the same coordinates and facts for another requester are decided again', async () => {
    const requesterAfter = (index: number) => (inputs[(index + 1) % inputs.length] as PolicyInput).requester;
    expect(await decidedAgainWhenChanged((input, index) => ({ ...input, requester: requesterAfter(index) }))).toBeGreaterThan(100);
  }, 120_000);

  it('follow the date: three years on, ages and expiries are decided again', async () => {
    const threeYearsOn = (input: PolicyInput) => ({ ...input, now: `${Number(input.now.slice(0, 4)) + 3}${input.now.slice(4)}` });
    expect(await decidedAgainWhenChanged(threeYearsOn)).toBeGreaterThan(0);
  }, 120_000);

  it('are not kept for a time in another form, which is evaluated each time', async () => {
    const policy = await freshPolicy();
    const input = inputs[0] as PolicyInput;
    const offset = { ...input, now: input.now.replace(/Z$/, '+00:00') };
    expect(policy.decide(offset)).toEqual(policy.evaluate(offset));
  });

  it('depend on no part of the input but those remembered by: the policy reads no other', async () => {
    // Every way the policy reads its input, and where. A new one must keep decisions a function of
    // the requester, the date of `now`, the coordinate and its own youth's facts, or change `decide`.
    const allowed = [
      // The county's date of `now`, which DisclosurePolicy derives from `now` alone.
      { file: 'csec/calendar/calendar.rego', read: /^input\.countyDate$/ },
      { file: '*', read: /^input\.requester(\.[A-Za-z]+)?$/ },
      { file: 'csec/disclosure/disclosure.rego', read: /^input\.youth\[coordinate\.youthId\]$/ },
      { file: 'csec/disclosure/disclosure.rego', read: /^input\.(coordinates|categories)$/ },
      // Explanations are never remembered; they take each coordinate of the input in turn.
      { file: 'csec/explanation/explanation.rego', read: /^input\.coordinates$/ },
      // Recording a consent is its own entry point, never remembered: the consent and the youth's birth date.
      { file: 'csec/consent/consent_capture.rego', read: /^input\.(consent|youth)(\.[A-Za-z]+)?$/ },
    ];
    const unexpected: string[] = [];
    let reads = 0;
    for (const file of await regoFiles(POLICIES)) {
      const name = relative(POLICIES, file);
      if (name.endsWith('_test.rego')) continue;
      const source = (await readFile(file, 'utf8'))
        .split('\n')
        .filter((line) => !line.trimStart().startsWith('#'))
        .join('\n');
      for (const [read] of source.matchAll(/\binput(\.[A-Za-z_]+|\[[^\]]*\])*/g)) {
        reads += 1;
        if (!allowed.some((rule) => (rule.file === '*' || rule.file === name) && rule.read.test(read))) unexpected.push(`${name}: ${read}`);
      }
    }
    expect(reads).toBeGreaterThan(10);
    expect(unexpected).toEqual([]);
  });
});

async function regoFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.rego')).map((entry) => join(entry.parentPath, entry.name));
}
