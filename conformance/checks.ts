import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { composeServices } from '@apollo/composition';
import { Kind, parse, type DocumentNode } from 'graphql';
import { classificationProblems, readCategoryNames } from '../gateway/src/classification/subgraph-classifications.ts';
import { CONFORMANCE_PLANT_PATH } from '../runtime/conformance-hook.ts';
import type { DisclosureContext } from '../runtime/policy/disclosure-context.ts';
import type { YouthFacts } from '../runtime/policy/policy-input.ts';
import { SUBGRAPH_REGISTRY, subgraphPath } from '../subgraphs/registry.ts';
import type { GatewayImpersonation, SubgraphAnswer, TokenKind } from './gateway-impersonation.ts';
import { subgraphShape, type SubgraphShape } from './subgraph-shape.ts';
import { callService } from '../runtime/service-http.ts';

/** One rule every subgraph must obey, and how this subgraph fared. */
export interface CheckResult {
  name: string;
  rule: string;
  passed: boolean;
  detail: string;
}

export interface ConformanceTarget {
  name: string;
  url: URL;
  gateway: GatewayImpersonation;
  /** Values of the youth's key the subgraph holds records for; needed only when it offers no test hook. */
  youth: string[];
}

const SERVICE_QUERY = '{ _service { sdl } }';
const CASELOAD_SIZE = 50;
/** What an answer meant for people must never carry: traces, file paths, SQL, connection details. */
const INTERNALS =
  /\bat \S+ \(|node_modules|\.[cm]?[jt]s:\d+|\b(SELECT|INSERT|UPDATE|DELETE)\b.+\b(FROM|INTO|SET)\b|ECONNREFUSED|stack ?trace|postgres(ql)?:\/\/|\bpglite\b|\/(home|usr|work|var|tmp)\//i;

/** Runs every check, in order; a check that cannot run fails, saying why. */
export async function runConformance(target: ConformanceTarget): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  const sdlAnswer = await target.gateway.graphql(SERVICE_QUERY, {}, undefined);
  const sdl = (sdlAnswer.body?.data?.['_service'] as { sdl?: string } | undefined)?.sdl;
  if (!sdl) {
    return [
      {
        name: 'answers-the-gateway',
        rule: 'Answers `_service { sdl }` to a request the gateway signed.',
        passed: false,
        detail: `HTTP ${sdlAnswer.status}, no SDL.`,
      },
    ];
  }
  const shape = subgraphShape(sdl);
  results.push(await composes(target.name, shape));
  results.push(await classified(target.name, shape));
  results.push(...(await refusesTokens(target)));
  const youth = await youthToAsk(target, shape);
  results.push(await withholds(target, shape, youth));
  results.push(await batches(target, shape, youth));
  results.push(await errorsCarryNoInternals(target, shape));
  return results;
}

async function composes(name: string, shape: SubgraphShape): Promise<CheckResult> {
  const others = await Promise.all(
    SUBGRAPH_REGISTRY.filter((entry) => entry.name !== name).map(async (entry) => ({
      name: entry.name,
      url: `http://localhost:${entry.port}/graphql`,
      typeDefs: parse(await readFile(subgraphPath(entry.name, 'schema.graphql'), 'utf8')),
    })),
  );
  const result = composeServices([...others, { name, url: 'http://localhost/graphql', typeDefs: shape.typeDefs }]);
  const errors = result.errors?.map((error) => error.message) ?? [];
  return {
    name: 'composes',
    rule: 'Its schema composes with every other subgraph into one supergraph.',
    passed: errors.length === 0,
    detail: errors.length === 0 ? `Composes with ${others.map((other) => other.name).join(', ')}.` : errors.join(' | '),
  };
}

async function classified(name: string, shape: SubgraphShape): Promise<CheckResult> {
  const problems = classificationProblems([{ name, typeDefs: withoutFederationFields(shape.typeDefs) }], await readCategoryNames());
  return {
    name: 'classified',
    rule: 'Every field carries @classified with an information category the policy knows.',
    passed: problems.length === 0,
    detail: problems.length === 0 ? `${shape.coordinates.length} fields under Youth, all classified.` : problems.join(' | '),
  };
}

/** The SDL without what federation itself adds (`_service`, `_entities`, `_Service`): no agency discloses through them. */
function withoutFederationFields(typeDefs: DocumentNode): DocumentNode {
  const definitions = typeDefs.definitions.flatMap((definition) => {
    if (!('name' in definition) || !definition.name) return [definition];
    if (definition.name.value.startsWith('_')) return [];
    if ((definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION) && definition.fields) {
      return [{ ...definition, fields: definition.fields.filter((field) => !field.name.value.startsWith('_')) }];
    }
    return [definition];
  });
  return { ...typeDefs, definitions };
}

async function refusesTokens(target: ConformanceTarget): Promise<CheckResult[]> {
  const refused = async (kind: TokenKind): Promise<SubgraphAnswer> => target.gateway.graphql(SERVICE_QUERY, {}, undefined, kind);
  const verdict = (name: string, rule: string, answer: SubgraphAnswer): CheckResult => {
    const passed = answer.status === 401 && !answer.body?.data;
    return {
      name,
      rule,
      passed,
      detail: passed ? 'Refused with 401.' : `Answered HTTP ${answer.status}${answer.body?.data ? ' with data' : ''}.`,
    };
  };
  const results = [
    verdict('refuses-no-token', "Refuses a request without the gateway's token.", await refused('none')),
    verdict('refuses-forged-token', "Refuses a token signed with a key that is not the gateway's.", await refused('forged')),
    verdict('refuses-expired-token', 'Refuses a gateway token past its expiry.', await refused('expired')),
    verdict('refuses-other-audience-token', 'Refuses a gateway token signed for another subgraph.', await refused('other-audience')),
  ];
  const first = await target.gateway.graphql(SERVICE_QUERY, {}, undefined);
  const replayed = await target.gateway.graphql(SERVICE_QUERY, {}, undefined, 'gateway', first.token);
  const replay = verdict('refuses-replayed-token', 'Refuses a gateway token it has already accepted once.', replayed);
  results.push(first.status === 200 ? replay : { ...replay, passed: false, detail: `The first use was answered HTTP ${first.status}.` });
  return results;
}

/** The youth the kit asks about, with a marker planted in each through the test hook when there is one. */
interface AskedYouth {
  keys: string[];
  /** The planted marker, or values the subgraph already held (no hook). */
  secrets: string[];
  planted: boolean;
}

async function youthToAsk(target: ConformanceTarget, shape: SubgraphShape): Promise<AskedYouth> {
  const marker = `conformance-${randomUUID()}`;
  const keys = Array.from({ length: CASELOAD_SIZE }, (_unused, index) =>
    shape.youthKey === 'id' ? `Y-9${String(index).padStart(5, '0')}` : `CONFORMANCE-${index}-${randomUUID().slice(0, 8)}`,
  );
  const hook = await target.gateway.route(CONFORMANCE_PLANT_PATH, { youth: keys[0], marker });
  if (hook.status === 200) {
    for (const key of keys.slice(1)) await target.gateway.route(CONFORMANCE_PLANT_PATH, { youth: key, marker });
    return { keys, secrets: [marker], planted: true };
  }
  const known = target.youth.slice(0, CASELOAD_SIZE);
  return { keys: [...known, ...keys.slice(known.length)], secrets: [], planted: false };
}

function contextFor(
  shape: SubgraphShape,
  keys: readonly string[],
  allowed: readonly string[],
): { context: DisclosureContext; representations: Array<Record<string, string>> } {
  const youthIdOf = (key: string, index: number) => (shape.youthKey === 'id' ? key : `Y-8${String(index).padStart(5, '0')}`);
  const ids = keys.map(youthIdOf);
  const facts: YouthFacts = {
    birthDate: '2010-01-01',
    mdt: null,
    assignedWorkers: {},
    consents: [],
    investigations: [],
    proceedingParticipations: [],
    exploiterIsThreat: false,
    missing: false,
  };
  return {
    context: {
      now: new Date().toISOString(),
      youth: Object.fromEntries(ids.map((id) => [id, facts])),
      links: shape.agency ? Object.fromEntries(ids.map((id, index) => [id, { [shape.agency as string]: keys[index] }])) : {},
      allowed: [{ youth: ids, fields: [`Youth.${shape.youthKey}`, ...allowed] }],
    },
    representations: keys.map((key) => ({ __typename: 'Youth', [shape.youthKey]: key })),
  };
}

function entitiesQuery(shape: SubgraphShape): string {
  return `query ($representations: [_Any!]!) { _entities(representations: $representations) { ... on Youth { ${shape.youthKey} ${shape.selection} } } }`;
}

async function askEntities(
  target: ConformanceTarget,
  shape: SubgraphShape,
  keys: readonly string[],
  allowed: readonly string[],
): Promise<SubgraphAnswer> {
  const { context, representations } = contextFor(shape, keys, allowed);
  return target.gateway.graphql(entitiesQuery(shape), { representations }, context);
}

/** Every string a data answer holds, but the youth's key values. */
function heldValues(answer: SubgraphAnswer, keys: readonly string[]): string[] {
  const values = new Set<string>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string' && value.length >= 4 && !keys.includes(value) && value !== 'Youth') values.add(value);
    else if (Array.isArray(value)) value.forEach(visit);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(visit);
  };
  visit(answer.body?.data);
  return [...values];
}

async function withholds(target: ConformanceTarget, shape: SubgraphShape, youth: AskedYouth): Promise<CheckResult> {
  const rule = 'Given decisions that withhold a field, never returns its value.';
  const keys = youth.keys.slice(0, youth.planted ? 1 : Math.max(1, target.youth.length));
  const open = await askEntities(target, shape, keys, shape.coordinates);
  const secrets = youth.planted ? youth.secrets : heldValues(open, keys);
  const shown = open.text;
  if (secrets.length === 0 || !secrets.some((secret) => shown.includes(secret))) {
    return {
      name: 'withholds-values',
      rule,
      passed: false,
      detail: youth.planted
        ? 'The planted marker did not come back even with every field allowed: the test hook or the resolvers do not work.'
        : 'No test hook, and no value came back for the youth given with --youth: nothing to check with.',
    };
  }
  const withheld = await askEntities(target, shape, keys, []);
  const leaked = secrets.filter((secret) => withheld.text.includes(secret));
  return {
    name: 'withholds-values',
    rule,
    passed: leaked.length === 0 && withheld.status === 200,
    detail:
      leaked.length === 0
        ? `${youth.planted ? 'The planted marker' : `${secrets.length} values it holds`} came back when allowed and never when withheld (${shape.coordinates.length} fields).`
        : `${leaked.length} value(s) it was told to withhold came back.`,
  };
}

async function roundTrips(target: ConformanceTarget): Promise<number | undefined> {
  const response = await callService(new URL('/metrics', target.url), { timeoutMs: 10_000 }).catch(() => undefined);
  if (!response?.ok) return undefined;
  const line = (await response.text()).split('\n').find((candidate) => candidate.startsWith('csec_source_round_trips_total'));
  const value = line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : Number.NaN;
  return Number.isFinite(value) ? value : undefined;
}

/** Measurements of each cost in the batching check, the least counted. */
const MEASUREMENTS = 3;
/**
 * How many more round trips the larger caseload may cost: a subgraph that batches may still split a
 * batch in two when its queries happen to finish in a different order, but one that reads per youth
 * costs a round trip or more for each of the extra youth.
 */
const BATCH_SPLIT_ALLOWANCE = 0.25;

async function batches(target: ConformanceTarget, shape: SubgraphShape, youth: AskedYouth): Promise<CheckResult> {
  const small = CASELOAD_SIZE / 5;
  const rule = `Batches its reads: a caseload of ${CASELOAD_SIZE} youth costs about the source round trips a caseload of ${small} does (at most a quarter more), never one per youth.`;
  // The counter is the subgraph's own: other traffic (the gateway's audit, another client) adds to
  // it, never takes away, so the least of a few measurements is the request's cost.
  const cost = async (keys: readonly string[]): Promise<number | undefined> => {
    let least: number | undefined;
    for (let attempt = 0; attempt < MEASUREMENTS; attempt += 1) {
      const before = await roundTrips(target);
      await askEntities(target, shape, keys, shape.coordinates);
      const after = await roundTrips(target);
      if (before === undefined || after === undefined) return undefined;
      least = Math.min(least ?? Number.POSITIVE_INFINITY, after - before);
    }
    return least;
  };
  const few = await cost(youth.keys.slice(0, small));
  const many = await cost(youth.keys);
  if (few === undefined || many === undefined) {
    return {
      name: 'batches-source-reads',
      rule,
      passed: false,
      detail: 'GET /metrics has no csec_source_round_trips_total counter to measure with.',
    };
  }
  return {
    name: 'batches-source-reads',
    rule,
    passed: many <= Math.max(few + 1, Math.floor(few * (1 + BATCH_SPLIT_ALLOWANCE))),
    detail: `${small} youth: ${few} round trips; ${CASELOAD_SIZE} youth: ${many}.`,
  };
}

async function errorsCarryNoInternals(target: ConformanceTarget, shape: SubgraphShape): Promise<CheckResult> {
  const { context } = contextFor(shape, ['Y-900000'], shape.coordinates);
  const answers = [
    await target.gateway.graphql('{ _entities(representations: [{ __typename: "Youth" }', {}, context),
    await target.gateway.graphql(
      entitiesQuery(shape),
      { representations: [{ __typename: 'Youth', [shape.youthKey]: { not: 'an identifier' } }] },
      context,
    ),
    await target.gateway.graphql(
      entitiesQuery(shape),
      { representations: [{ __typename: 'Youth', [shape.youthKey]: `${"'".repeat(3)}; SELECT 1 --${'x'.repeat(300)}` }] },
      context,
    ),
    await target.gateway.graphql('{ noSuchField }', {}, context),
  ];
  const leaking = answers.filter(
    (answer) => INTERNALS.test(JSON.stringify(answer.body?.errors ?? answer.text)) || answer.text.includes('"stacktrace"'),
  );
  return {
    name: 'errors-carry-no-internals',
    rule: 'Its errors say what went wrong for people, with no traces, paths, SQL or connection details.',
    passed: leaking.length === 0,
    detail:
      leaking.length === 0
        ? `${answers.length} bad requests, none answered with internals.`
        : `${leaking.length} of ${answers.length} bad requests were answered with internals.`,
  };
}
