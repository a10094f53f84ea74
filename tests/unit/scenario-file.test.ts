import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateScenario } from '../../scenario/generate-scenario.ts';
import { ScenarioError, validateScenario, type Scenario } from '../../scenario/load-scenario.ts';
import { scenarioRecords, type ScenarioLists, type ScenarioRecords } from '../../scenario/scenario-records.ts';
import { readScenarioUsers, spoolScenarioFile } from '../../scenario/spooled-scenario.ts';

async function everything(records: ScenarioRecords): Promise<Record<string, unknown[]>> {
  const lists: Record<string, unknown[]> = { users: [...records.users] };
  for (const list of ['youth', 'clients', 'juveniles', 'students', 'parties'] as Array<keyof ScenarioLists>) {
    lists[list] = [];
    for await (const batch of records.batches(list)) lists[list].push(...batch);
  }
  for (const type of ['Patient', 'Observation'] as const) {
    lists[type] = [];
    for await (const batch of records.resourcesOfType(type)) lists[type].push(...batch);
  }
  return lists;
}

async function problemsOf(path: string, work: string): Promise<string[]> {
  try {
    await (await spoolScenarioFile(path, work)).close();
    return [];
  } catch (error) {
    if (error instanceof ScenarioError) return error.problems;
    throw error;
  }
}

describe('a scenario file read as a stream', () => {
  let work: string;
  let scenario: Scenario;

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'csec-scenario-file-'));
    scenario = await validateScenario(generateScenario({ youthCount: 1_200, seed: 5, today: '2026-11-22' }));
  }, 60_000);
  afterAll(() => rm(work, { recursive: true, force: true }));

  it('yields, in batches, exactly the records of the same scenario held in memory, whatever the order of its sections', async () => {
    const { users, ...rest } = scenario;
    const path = join(work, 'users-last.json');
    await writeFile(path, JSON.stringify({ ...rest, users }, null, 1));
    const spooled = await spoolScenarioFile(path, work);
    try {
      expect(spooled.youthCount).toBe(1_200);
      expect(await everything(spooled)).toEqual(await everything(scenarioRecords(scenario)));
    } finally {
      await spooled.close();
    }
  }, 60_000);

  it('names each problem where it is, and finds those only the whole file shows', async () => {
    const broken = structuredClone(scenario) as unknown as {
      csec: { youth: Array<Record<string, unknown>> };
      childWelfare: { clients: unknown[] };
      extra?: number;
    };
    broken.csec.youth[1]!['favouriteColour'] = 'green';
    broken.childWelfare.clients = [];
    broken.extra = 1;
    const path = join(work, 'broken.json');
    await writeFile(path, JSON.stringify(broken));
    const problems = await problemsOf(path, work);
    expect(problems).toContain('the top level: unknown property "extra"');
    expect(problems).toContain('/csec/youth/1: unknown property "favouriteColour"');

    delete broken.extra;
    delete broken.csec.youth[1]!['favouriteColour'];
    await writeFile(path, JSON.stringify(broken));
    expect(
      (await problemsOf(path, work)).some((problem) =>
        /^\/csec\/youth\/\d+ \(Y-\d{6}\): links to CHILD_WELFARE record "[^"]+", which that agency does not have$/.test(problem),
      ),
    ).toBe(true);
  }, 60_000);

  it('refuses juvenile court records the court could not keep: a hearing twice, an order number twice, an order naming no one known', async () => {
    const broken = structuredClone(scenario);
    const [first, second] = broken.juvenileCourt.parties.filter((party) => party.cases.some((courtCase) => courtCase.hearings?.length));
    const courtCase = first?.cases.find((candidate) => candidate.hearings?.length);
    if (!first || !second || !courtCase?.hearings) throw new Error('The scenario has no court case with hearings held.');
    courtCase.hearings.push({ ...courtCase.hearings[0]!, minuteOrder: 'Entered twice.' });
    const order = {
      orderNumber: 'JV570-TWICE',
      grantedOn: '2026-01-01',
      expiresOn: '2026-12-31',
      categories: ['COURT_AND_CASE_PLAN'] as [string],
      scope: 'Court records.',
    };
    first.inspectionOrders.push({ ...order, authorized: { userId: 'no.such.person', name: 'No one' } });
    second.inspectionOrders.push({ ...order, authorized: { agency: 'PROBATION', name: 'Probation' } });
    const path = join(work, 'court.json');
    await writeFile(path, JSON.stringify(broken));
    const problems = await problemsOf(path, work);
    const [hearing] = courtCase.hearings;
    expect(problems).toContainEqual(
      expect.stringContaining(`case ${courtCase.caseNumber} has two ${hearing!.type} hearings on ${hearing!.date}`),
    );
    expect(problems).toContain('W&IC 827 order number "JV570-TWICE" appears more than once');
    expect(problems).toContainEqual(expect.stringMatching(/W&IC 827 order JV570-TWICE authorized.*no\.such\.person/));
  }, 60_000);

  it('says a file is not JSON, or cannot be read, without reading further', async () => {
    const path = join(work, 'cut.json');
    await writeFile(path, JSON.stringify(scenario).slice(0, 100_000));
    expect((await problemsOf(path, work))[0]).toMatch(/^it is not valid JSON/);
    expect(await problemsOf(join(work, 'absent.json'), work)).toEqual(['the file cannot be read (does it exist?)']);
  });

  it('gives the users of a file reading no further than their list', async () => {
    const path = join(work, 'users-then-cut.json');
    const text = JSON.stringify(scenario);
    // Cut in the middle of the youth: a file nobody could load, whose users are all there.
    await writeFile(path, text.slice(0, text.indexOf('"youth"') + 5_000));
    expect(await readScenarioUsers(path)).toEqual(scenario.users);
  });
});
