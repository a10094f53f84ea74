import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, visit } from 'graphql';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startExtraGateway } from '../support/extra-gateway.ts';
import { headersFor } from '../support/gateway.ts';
import { LAW_ENFORCEMENT } from '../support/test-situations.ts';
import { courtCalendarFixture } from '../support/federation/court-calendar-fixture.ts';
import {
  PROFILE,
  SHAPES,
  decisionsOnMainGateway,
  expectedAnswer,
  withheldAt,
  type Decided,
  type Shape,
} from '../support/federation/court-calendar-expectations.ts';
import { MORE_OPERATIONS, answerWithEverythingWithheld, apiSchemaOf } from '../support/federation/fail-closed.ts';
import { ask, errorPaths, type FederationFixture } from '../support/federation/harness.ts';
import { composeWithSystem, startUnclassifiedFixture, type UnclassifiedFixture } from '../support/federation/system-supergraph.ts';
import { transitFixture } from '../support/federation/transit-fixture.ts';
import {
  COURT_CALENDAR_SUBGRAPH,
  COURT_CALENDAR_TYPE_DEFS,
  alertsOf,
  startCourtCalendar,
  type CourtCalendarInstance,
} from '../support/federation/youth-court-calendar.ts';

/**
 * The disclosure gate over supergraphs the code was not written for: a sixth subgraph with an
 * interface and a union whose concrete types are different information categories, decided by the
 * real policy type by type; and a supergraph without any classification, which discloses nothing
 * and still answers in the shape GraphQL promises. (The same fixtures classified, under a policy
 * that allows everything, answer as stock @apollo/gateway: federation-differential.test.ts.)
 */
interface Person {
  label: string;
  user: string;
  purpose: string;
}
const PEOPLE: Person[] = [
  { label: 'sw.demo, MDT coordination', user: 'sw.demo', purpose: 'CSEC-MDT' },
  { label: 'sw.demo, coordination of care', user: 'sw.demo', purpose: 'COC' },
  { label: 'po.demo', user: 'po.demo', purpose: 'CSEC-MDT' },
  { label: 'mh.demo', user: 'mh.demo', purpose: 'CSEC-MDT' },
  { label: 'attorney.demo', user: 'attorney.demo', purpose: 'CSEC-MDT' },
  { label: 'le.demo', user: 'le.demo', purpose: 'CSEC-MDT' },
];

/** The field names of every query a subgraph instance was sent after `from`. */
function fieldsAsked(instance: CourtCalendarInstance, from: number): Set<string> {
  const names = new Set<string>();
  for (const { query } of instance.requests.slice(from)) visit(parse(query), { Field: (field) => void names.add(field.name.value) });
  return names;
}

const personOf = (user: string) => PEOPLE.find((person) => person.user === user) as Person;
function firstYouthOf(user: string): string {
  const id = youthOf.get(personOf(user))?.[0]?.id;
  if (!id) throw new Error(`No youth was found for ${user}.`);
  return id;
}

let directory: string;
/** The instance the supergraph names, and a spare one the gateway is pointed at by COURT_CALENDAR_SUBGRAPH_URL. */
let calendar: CourtCalendarInstance;
let spare: CourtCalendarInstance;
let ours: { url: string; stop: () => void };
let overridden: { url: string; stop: () => void };
const headers = new Map<Person, Record<string, string>>();
const youthOf = new Map<Person, Array<{ id: string; decided: Decided }>>();

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'csec-any-supergraph-'));
  [calendar, spare] = await Promise.all([startCourtCalendar(), startCourtCalendar()]);
  const supergraphPath = join(directory, 'with-court-calendar.supergraph.graphql');
  const courtCalendar = { name: COURT_CALENDAR_SUBGRAPH, url: calendar.url, typeDefs: parse(COURT_CALENDAR_TYPE_DEFS) };
  await composeWithSystem([courtCalendar], inject('subgraphUrls'), supergraphPath);
  // Many requests of one person in a few seconds: the per-person rate limit is not what is tested here.
  const limits = { GATEWAY_REQUESTS_PER_SECOND_PER_USER: '1000' };
  [ours, overridden] = await Promise.all([
    startExtraGateway({ ...limits, GATEWAY_SUPERGRAPH_PATH: supergraphPath }),
    startExtraGateway({ ...limits, GATEWAY_SUPERGRAPH_PATH: supergraphPath, COURT_CALENDAR_SUBGRAPH_URL: spare.url }),
  ]);
  for (const person of PEOPLE) headers.set(person, await headersFor({ user: person.user, purpose: person.purpose }));
  for (const person of PEOPLE) youthOf.set(person, await decisionsOnMainGateway(headers.get(person) as Record<string, string>));
});

afterAll(async () => {
  ours?.stop();
  overridden?.stop();
  await Promise.all([calendar?.stop(), spare?.stop()]);
  if (directory) await rm(directory, { recursive: true, force: true });
});

describe('a sixth subgraph, court-calendar, under the real policy', () => {
  it('starts over the supergraph, and is ready with the new subgraph at the URL the supergraph gives', async () => {
    const ready = await fetch(ours.url.replace(/\/graphql$/, '/ready'));
    const body = (await ready.json()) as { subgraphs?: Record<string, { status: string }> };
    expect(ready.status, JSON.stringify(body)).toBe(200);
    expect(body.subgraphs?.[COURT_CALENDAR_SUBGRAPH]?.status).toBe('ready');
    expect(Object.keys(body.subgraphs ?? {}).sort()).toEqual([...Object.keys(inject('subgraphUrls')), COURT_CALENDAR_SUBGRAPH].sort());
  });

  it('the policy opens the categories of the new types differently for these people, as the agreements say', () => {
    const allowed = (label: string) => {
      const youth = youthOf.get(PEOPLE.find((person) => person.label === label) as Person) ?? [];
      // Two youth of the caseload, then one outside it, whom nothing is shown of.
      expect(
        youth.map(({ decided }) => decided.youthShown),
        label,
      ).toEqual([true, true, false]);
      return youth.slice(0, 2).map(({ decided }) => decided.allowed);
    };
    const everything = { ROSTER: true, CSEC_STATUS: true, PLACEMENT: true, COURT_AND_CASE_PLAN: true };
    expect(allowed('po.demo')).toEqual([everything, everything]);
    // Placement but not court records for coordination of care (IAP-2025-5.1, 6.1): the interface's two types split.
    expect(allowed('sw.demo, coordination of care')).toEqual([
      { ...everything, COURT_AND_CASE_PLAN: false },
      { ...everything, COURT_AND_CASE_PLAN: false },
    ]);
    expect(allowed('mh.demo')).toEqual([
      { ...everything, PLACEMENT: false, COURT_AND_CASE_PLAN: false },
      { ...everything, PLACEMENT: false, COURT_AND_CASE_PLAN: false },
    ]);
    // Roster but not CSEC status for the youth's attorney (IAP-2025-3.1, 4.1): the union's two types split.
    expect(allowed('attorney.demo')).toEqual([
      { ...everything, CSEC_STATUS: false },
      { ...everything, CSEC_STATUS: false },
    ]);
    // Law enforcement: CSEC status only while a matter is active, for each youth (IAP-2025-4.3).
    for (const decided of allowed('le.demo')) expect(decided).toMatchObject({ ROSTER: true, PLACEMENT: false, COURT_AND_CASE_PLAN: false });
  });

  it.each(PEOPLE)('answers $label the profile as the main gateway does', async (person) => {
    for (const { id } of youthOf.get(person) ?? []) {
      const operation = { name: 'profile', query: PROFILE, variables: { id } };
      const [main, extra] = await Promise.all([
        ask(inject('gatewayUrl'), operation, headers.get(person)),
        ask(ours.url, operation, headers.get(person)),
      ]);
      expect(extra.status, id).toBe(200);
      expect(extra.data, id).toEqual(main.data);
      expect(errorPaths(extra), id).toEqual(errorPaths(main));
    }
  });

  describe.each(SHAPES)('timeline and alerts $name', (shape) => {
    it.each(PEOPLE)("are decided for $label by the category of each item's own type", async (person) => {
      for (const { id, decided } of youthOf.get(person) ?? []) {
        const answer = await ask(ours.url, { name: shape.name, query: shape.query, variables: { id } }, headers.get(person));
        const expected = expectedAnswer(shape, id, decided);
        const context = `${id} ${JSON.stringify(decided.allowed)}\n${JSON.stringify(answer)}`;
        expect(answer.status, context).toBe(200);
        expect(answer.data, context).toEqual(expected.data);
        expect(errorPaths(answer), context).toEqual(expected.errorPaths);
        expect(answer.errors?.every((error) => error.extensions?.code === 'UNAUTHORIZED_FIELD_OR_TYPE') ?? true, context).toBe(true);
      }
    });
  });

  it.each(PEOPLE)("decides the same type for each youth of a caseload as that youth's own category ($label)", async (person) => {
    const query =
      '{ caseload { id exploitationStatus alerts { __typename ... on RiskAlert { riskLevel } ... on ContactAlert { contactNote } } } }';
    const answer = await ask(ours.url, { name: 'caseload alerts', query }, headers.get(person));
    const caseload = (answer.data?.['caseload'] ?? []) as Array<{ id: string; alerts: unknown }>;

    expect(answer.status).toBe(200);
    caseload.forEach(({ id, alerts }, index) => {
      // CSEC status is decided for each youth (law enforcement: only while a matter is active).
      const statusShown = !withheldAt(answer, `caseload.${index}.exploitationStatus`);
      // A risk alert the person may see nothing of is left out: its type alone would say it exists.
      const expected = alertsOf(id).flatMap((alert): Array<Record<string, unknown>> =>
        alert.__typename === 'RiskAlert'
          ? statusShown
            ? [{ __typename: 'RiskAlert', riskLevel: alert['riskLevel'] }]
            : []
          : [{ __typename: 'ContactAlert', contactNote: alert['contactNote'] }],
      );
      expect(alerts, `${id} ${JSON.stringify(answer.errors)}`).toEqual(expected);
    });
    const statusWithheld = caseload.filter((_, index) => withheldAt(answer, `caseload.${index}.exploitationStatus`)).length;
    expect(answer.errors?.length ?? 0).toBe(statusWithheld);
    if (statusWithheld > 0) expect(answer.extensions?.['notices']).toEqual(['Some items are not shown to you.']);
  });

  const WITHHELD_TYPES_QUERY = `{ caseload { id timeline { __typename ... on CalendarHearing { courtroom } ... on PlacementMove { placementType } }
    alerts { ... on RiskAlert { riskLevel } } } }`;
  const headersOf = (user: string) => headers.get(personOf(user));

  it('shows law enforcement the risk alert of the youth under investigation, not of the other, in one caseload', async () => {
    const answer = await ask(
      ours.url,
      { name: 'officer', query: '{ caseload { id alerts { ... on RiskAlert { riskLevel } } } }' },
      headersOf('le.demo'),
    );
    const caseload = (answer.data?.['caseload'] ?? []) as Array<{ id: string; alerts: unknown }>;
    const alertsFor = (id: string) => caseload.find((youth) => youth.id === id)?.alerts;
    const risk = (id: string) => (alertsOf(id)[0] as Record<string, string>)['riskLevel'];

    expect(alertsFor(LAW_ENFORCEMENT.investigating)).toEqual([{ riskLevel: risk(LAW_ENFORCEMENT.investigating) }, {}]);
    // Outside the window the risk alert is not shown at all, not even as an empty item.
    expect(alertsFor(LAW_ENFORCEMENT.windowClosed)).toEqual([{}]);
    expect(errorPaths(answer)).not.toContain(
      JSON.stringify(['caseload', caseload.findIndex((youth) => youth.id === LAW_ENFORCEMENT.windowClosed), 'alerts', 0, 'riskLevel']),
    );
  });

  it('does not ask the subgraph for a field withheld for every youth of the request, and withholds it for each', async () => {
    const before = calendar.requests.length;
    const answer = await ask(ours.url, { name: 'caseload', query: WITHHELD_TYPES_QUERY }, headersOf('mh.demo'));
    const asked = fieldsAsked(calendar, before);
    const caseload = answer.data?.['caseload'] as Array<{
      timeline: Array<Record<string, unknown>>;
      alerts: Array<Record<string, unknown>>;
    }>;

    expect(answer.status).toBe(200);
    expect(caseload.length).toBeGreaterThan(0);
    expect(asked.has('timeline') && asked.has('riskLevel')).toBe(true);
    expect(asked.has('courtroom') || asked.has('placementType')).toBe(false);
    // The person may see nothing of a hearing or a placement move: such items are left out entirely.
    expect(caseload.flatMap((youth) => youth.timeline)).toEqual([]);
    expect(answer.errors).toBeUndefined();
    expect(answer.extensions?.['notices']).toEqual(['Some items are not shown to you.']);
    expect(caseload.flatMap((youth) => youth.alerts).filter((alert) => typeof alert['riskLevel'] === 'string')).toHaveLength(
      caseload.length,
    );
  });

  it('asks the subgraph for the same fields when they are disclosed to the person', async () => {
    const before = calendar.requests.length;
    const answer = await ask(ours.url, { name: 'caseload', query: WITHHELD_TYPES_QUERY }, headersOf('po.demo'));
    const asked = fieldsAsked(calendar, before);

    expect(answer.errors).toBeUndefined();
    expect(asked.has('courtroom') && asked.has('placementType')).toBe(true);
  });

  it('sends the subgraph nothing when everything it would answer is withheld', async () => {
    const before = calendar.requests.length;
    const query = 'query Next($id: ID!) { youth(id: $id) { id name { givenName } nextHearing { summary courtroom } } }';
    const id = firstYouthOf('mh.demo');
    const answer = await ask(ours.url, { name: 'next hearing', query, variables: { id } }, headersOf('mh.demo'));
    const outsiderId = youthOf.get(personOf('le.demo'))?.find(({ decided }) => !decided.youthShown)?.id;
    const outsiderQuery = 'query Outside($id: ID!) { youth(id: $id) { timeline { summary } alerts { __typename } } }';
    const outsider = await ask(ours.url, { name: 'outsider', query: outsiderQuery, variables: { id: outsiderId } }, headersOf('le.demo'));

    expect(answer.data?.['youth']).toMatchObject({ id, nextHearing: null });
    expect(errorPaths(answer)).toEqual([JSON.stringify(['youth', 'nextHearing'])]);
    expect(outsider.data).toEqual({ youth: null });
    expect(calendar.requests.length - before).toBe(0);
  });

  it('routes court-calendar to COURT_CALENDAR_SUBGRAPH_URL when it is set, and answers the same', async () => {
    const id = firstYouthOf('po.demo');
    const operation = { name: 'direct', query: (SHAPES[0] as Shape).query, variables: { id } };
    const [calendarBefore, spareBefore] = [calendar.requests.length, spare.requests.length];
    const answer = await ask(overridden.url, operation, headersOf('po.demo'));
    const [calendarAfter, spareAfter] = [calendar.requests.length, spare.requests.length];

    expect(spareAfter - spareBefore).toBeGreaterThan(0);
    expect(calendarAfter - calendarBefore).toBe(0);
    expect(answer).toEqual(await ask(ours.url, operation, headersOf('po.demo')));
  });
});

describe.each([transitFixture, courtCalendarFixture])(
  'the $name fixture composed without any classification',
  (fixture: FederationFixture) => {
    let running: UnclassifiedFixture;
    let gateway: { url: string; stop: () => void } | undefined;
    const operations = [...fixture.operations, ...(MORE_OPERATIONS[fixture.name] ?? [])];

    beforeAll(async () => {
      running = await startUnclassifiedFixture(fixture, join(directory, `unclassified-${fixture.name}`));
      gateway = await startExtraGateway({ GATEWAY_REQUESTS_PER_SECOND_PER_USER: '1000', GATEWAY_SUPERGRAPH_PATH: running.supergraphPath });
    });
    afterAll(async () => {
      gateway?.stop();
      await running?.stop();
    });

    it('has no classification in its supergraph', () => {
      expect(running.supergraphSdl).not.toContain('classified');
    });

    it.each(operations)('withholds everything of "$name", in the shape GraphQL execution gives it', async (operation) => {
      const expected = await answerWithEverythingWithheld(apiSchemaOf(running.supergraphSdl), operation);
      const answer = await ask((gateway as { url: string }).url, operation, await headersFor({ user: 'sw.demo' }));
      const context = `${operation.query}\n${JSON.stringify(answer)}`;
      if (!expected) {
        // An operation the schema refuses is refused whole, as the stock gateway refuses it.
        expect(answer.status, context).toBe(400);
        expect(answer, context).not.toHaveProperty('data');
        return;
      }
      expect(answer.status, context).toBe(200);
      // The same data, member for member and in the same order: never {"data":{}} for an operation that selects something.
      expect(JSON.stringify(answer.data), context).toBe(JSON.stringify(expected.data));
      expect(errorPaths(answer), context).toEqual(expected.errorPaths);
      expect(answer.errors?.every((error) => error.extensions?.code === 'UNAUTHORIZED_FIELD_OR_TYPE') ?? true, context).toBe(true);
    });

    it('never sent any of its subgraphs an operation', async () => {
      const requests = await readFile(running.requestsPath, 'utf8').catch(() => '');
      // The gateway's readiness route may look at each subgraph's /ready and /health; no operation may reach them.
      expect(requests.split('\n').filter((line) => / \/graphql/.test(line))).toEqual([]);
    });
  },
);
