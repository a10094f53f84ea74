import { isDeepStrictEqual } from 'node:util';
import { describe, expect, inject, it } from 'vitest';
import { headersFor, queryGateway, testScenario, type GraphQLResponse } from '../support/gateway.ts';
import { formsOf, plainData, plainPath, writeForm, type OperationForm } from '../support/operation-forms.ts';
import {
  apiSchema,
  generateOperation,
  seededRandom,
  youthPool,
  type GeneratedOperation,
  type Selected,
} from '../support/operation-generator.ts';

/**
 * Property: how an operation is written (named or inline fragments, aliases, the same field
 * selected twice across overlapping fragments, the root field inside a fragment on Query) never
 * changes what is disclosed: the same data under the same fields, the same withheld paths, the same
 * obligations and notices, and the same decisions in the accounting of disclosures.
 * SHAPE_PROPERTY_SEED draws other operations, SHAPE_PROPERTY_OPERATIONS more of them.
 */
const SEED = Number(process.env['SHAPE_PROPERTY_SEED'] ?? 16524);
const OPERATIONS = Number(process.env['SHAPE_PROPERTY_OPERATIONS'] ?? 18);
const REWRITES_PER_OPERATION = 3;
const CASELOAD_YOUTH_AUDITED = 5;

const ROLES = [
  { user: 'sw.demo', purpose: 'CSEC-MDT' },
  { user: 'po.demo', purpose: 'CSEC-MDT' },
  { user: 'mh.demo', purpose: 'CSEC-MDT' },
  { user: 'phn.demo', purpose: 'CSEC-MDT' },
  { user: 'attorney.demo', purpose: 'CSEC-MDT' },
  { user: 'le.demo', purpose: 'CSEC-MDT' },
  { user: 'privacy.demo', purpose: 'HOPERAT' },
] as const;
const AUDITOR = { user: 'privacy.demo', purpose: 'HOPERAT' } as const;

type Body = GraphQLResponse<Record<string, unknown>>['body'];

interface Asked {
  form: OperationForm;
  role: (typeof ROLES)[number];
  status: number;
  body: Body;
  requestId: string;
}

interface AccountingEntry {
  cursor?: string;
  decidedAt: string;
  requestId: string;
  fields: string[];
  category: string;
  outcome: string;
  rule: string;
  legalBasis: string;
  flaggedForReview: boolean;
}

const random = seededRandom(SEED);
const schema = apiSchema();
const scenario = await testScenario();
// Shuffled once and taken in turn, so every youth of the pool is asked about.
const pool = random.shuffle(
  youthPool(
    scenario,
    random,
    ROLES.map((role) => role.user),
  ),
);
const operations: GeneratedOperation[] = Array.from({ length: OPERATIONS }, (_, index) =>
  generateOperation(schema, random, pool[index % pool.length] as string),
);
// Aliases named like entity keys are drawn too (the plan adds keys under their own names; the gate keeps them apart).
const formsByOperation = operations.map((operation) => formsOf(operation, random, REWRITES_PER_OPERATION));
console.log(`operation-shape property: seed ${SEED} (SHAPE_PROPERTY_SEED draws others), ${OPERATIONS} operations`);

/** What an answer discloses, independent of how the operation was written. */
function disclosed(asked: Asked, audit: string[]) {
  const { body, form } = asked;
  const errors = (body.errors ?? []).map((error) => ({
    path: plainPath(error.path ?? [], form).join('.'),
    code: String(error.extensions?.['code']),
    message: error.message,
  }));
  const withheld = errors.filter((error) => error.code === 'UNAUTHORIZED_FIELD_OR_TYPE').map((error) => `${error.path} ${error.message}`);
  const disclosure = body.extensions?.['disclosure'] as { obligations?: unknown[] } | undefined;
  return {
    status: asked.status,
    data: body.data === undefined ? undefined : plainData(body.data, form),
    // Sorted, duplicates kept: a field selected twice is still one value with one error.
    withheld: withheld.sort(),
    otherErrors: errors
      .filter((error) => error.code !== 'UNAUTHORIZED_FIELD_OR_TYPE')
      .map((error) => `${error.path} ${error.code} ${error.message}`)
      .sort(),
    // Obligations are a set: the order they are listed in follows the order fields were written in.
    obligations: (disclosure?.obligations ?? []).map((obligation) => JSON.stringify(obligation)).sort(),
    extensions: { ...body.extensions, disclosure: disclosure ? { ...disclosure, obligations: undefined } : undefined },
    audit,
  };
}

/** The first place two values differ, for a short report. */
function firstDifference(expected: unknown, actual: unknown, path = ''): string {
  if (isDeepStrictEqual(expected, actual)) return '';
  if (expected && actual && typeof expected === 'object' && typeof actual === 'object') {
    const keys = [...new Set([...Object.keys(expected), ...Object.keys(actual)])];
    for (const key of keys) {
      const found = firstDifference((expected as Record<string, unknown>)[key], (actual as Record<string, unknown>)[key], `${path}.${key}`);
      if (found) return found;
    }
  }
  return `${path || '(whole)'}: plain ${clip(expected)} / this form ${clip(actual)}`;
}

function clip(value: unknown): string {
  const text = JSON.stringify(value) ?? 'undefined';
  return text.length > 1500 ? `${text.slice(0, 1500)}…` : text;
}

/** Whether the accounting is read a page at a time (`first`, `after` and each entry's `cursor`). */
const accountingField = schema.getQueryType()?.getFields()['accountingOfDisclosures'];
const PAGED = accountingField?.args.some((argument) => argument.name === 'after') ?? false;
const PAGE = 500;

/** A youth's accounting, newest first, back to the first entry decided before `since`. */
async function accountingOf(youthId: string, since: Date): Promise<AccountingEntry[]> {
  const selection = `${PAGED ? 'cursor ' : ''}decidedAt requestId fields category outcome rule legalBasis flaggedForReview`;
  const query = PAGED
    ? `query Accounting($youthId: ID!, $after: String) { accountingOfDisclosures(youthId: $youthId, first: ${PAGE}, after: $after) { ${selection} } }`
    : `query Accounting($youthId: ID!) { accountingOfDisclosures(youthId: $youthId) { ${selection} } }`;
  const entries: AccountingEntry[] = [];
  let after: string | undefined;
  for (;;) {
    const ask = () =>
      queryGateway<{ accountingOfDisclosures: AccountingEntry[] | null }>(query, { youthId, ...(after ? { after } : {}) }, AUDITOR);
    let answer = await ask();
    // Asked again once if the csec subgraph did not answer (under load).
    if (JSON.stringify(answer.body.errors ?? []).includes('DOWNSTREAM_SERVICE_ERROR')) answer = await ask();
    if (answer.body.errors) throw new Error(`The accounting of disclosures could not be read: ${JSON.stringify(answer.body.errors)}`);
    const page = answer.body.data?.accountingOfDisclosures ?? [];
    entries.push(...page);
    const last = page.at(-1);
    if (!PAGED || !last || page.length < PAGE || new Date(last.decidedAt) < since) return entries;
    after = last.cursor;
  }
}

/** Every decision the accounting of disclosures recorded about these youth for each request, by request id. */
async function recordedDecisions(
  youthIds: readonly string[],
  requestIds: ReadonlySet<string>,
  since: Date,
): Promise<Map<string, string[]>> {
  const recorded = new Map<string, string[]>();
  const accounts = await Promise.all(youthIds.map((youthId) => accountingOf(youthId, since)));
  youthIds.forEach((youthId, index) => {
    for (const { requestId, fields, category, outcome, rule, legalBasis, flaggedForReview } of accounts[index] ?? []) {
      if (!requestIds.has(requestId)) continue;
      const list = recorded.get(requestId) ?? [];
      list.push(JSON.stringify({ youthId, category, outcome, rule, legalBasis, flaggedForReview, fields }));
      recorded.set(requestId, list);
    }
  });
  return recorded;
}

const headers = new Map(await Promise.all(ROLES.map(async (role) => [role.user, await headersFor(role)] as const)));
const caseloadOf = new Map(
  await Promise.all(
    ROLES.map(async (role) => {
      const answer = await queryGateway<{ caseload: Array<{ id: string }> }>(
        '{ caseload { id } }',
        {},
        { headers: headers.get(role.user) as Record<string, string> },
      );
      return [role.user, (answer.body.data?.caseload ?? []).map((youth) => youth.id)] as const;
    }),
  ),
);

/**
 * The youth whose accounting is read for a caseload operation: a few of the caseload, drawn for
 * each operation. Reading every youth's accounting after every caseload costs more as the audit
 * grows, and each youth's decisions are recorded the same way.
 */
function caseloadSample(index: number): string[] {
  const caseload = [...new Set(ROLES.flatMap((role) => caseloadOf.get(role.user) ?? []))].sort();
  return seededRandom(SEED + index)
    .shuffle(caseload)
    .slice(0, CASELOAD_YOUTH_AUDITED);
}

const unavailable = (answer: Asked) =>
  (answer.body.errors ?? []).some((error) => error.extensions?.['code'] === 'DOWNSTREAM_SERVICE_ERROR');

/**
 * Each role's answers to the forms, plain form first. A role whose answers include a part that was
 * unavailable (a subgraph call that got no answer, which happens under load) is asked again, at most
 * twice: availability is not what this property is about, and a shape that always fails still shows.
 */
function askEveryRole(forms: readonly OperationForm[], roles: ReadonlyArray<(typeof ROLES)[number]> = ROLES): Promise<Asked[][]> {
  return Promise.all(
    roles.map(async (role) => {
      let answers: Asked[] = [];
      for (let attempt = 0; attempt < 3 && (attempt === 0 || answers.some(unavailable)); attempt++) {
        if (attempt > 0) console.log(`${role.user}: a part was unavailable; asking again (attempt ${attempt + 1})`);
        answers = await Promise.all(
          forms.map(async (form) => {
            const answer = await queryGateway(form.text, form.variables, { headers: headers.get(role.user) as Record<string, string> });
            return { form, role, status: answer.status, body: answer.body, requestId: answer.headers.get('x-request-id') ?? '' };
          }),
        );
      }
      return answers;
    }),
  );
}

/** How one role's answers to the other forms differ from its answer to the plain form, for a report. */
function violationsIn(
  answers: readonly Asked[],
  recorded: ReadonlyMap<string, string[]>,
  operation: GeneratedOperation,
  label: string,
): string[] {
  const [plain, ...others] = answers as [Asked, ...Asked[]];
  const expected = disclosed(plain, [...(recorded.get(plain.requestId) ?? [])].sort());
  const where = `${label}, ${plain.role.user}/${plain.role.purpose}`;
  const violations: string[] = [];
  // The property is only as good as its plain answer: a valid operation, answered and recorded.
  if (plain.status !== 200)
    violations.push(`${where}: the plain form was refused (${plain.status}): ${clip(plain.body)}\n${plain.form.text}`);
  if (operation.youthId && expected.audit.length === 0)
    violations.push(`${where}: nothing recorded for the plain form\n${plain.form.text}`);
  for (const other of others) {
    const actual = disclosed(other, [...(recorded.get(other.requestId) ?? [])].sort());
    const differing = (Object.keys(expected) as Array<keyof typeof expected>).filter(
      (part) => !isDeepStrictEqual(expected[part], actual[part]),
    );
    if (differing.length === 0) continue;
    violations.push(
      [
        `${where}, form "${other.form.name}" differs from the plain form in ${differing.join(', ')}`,
        `  plain operation:\n${plain.form.text}`,
        `  this form:\n${other.form.text}`,
        ...differing.map((part) => `  ${part}${firstDifference(expected[part], actual[part])}`),
      ].join('\n'),
    );
  }
  return violations;
}

describe(`an operation's shape never changes what is disclosed (${inject('storeKind')} sources, seed ${SEED})`, () => {
  it.each(
    operations.map((operation, index) => [index, operation.root === 'youth' ? `youth(id: "${operation.youthId}")` : 'caseload'] as const),
  )('operation %i, %s: every form, every role', async (index) => {
    const operation = operations[index] as GeneratedOperation;
    // A second of margin: the services' clocks are this machine's, their times rounded.
    const since = new Date(Date.now() - 1000);
    const asked = await askEveryRole(formsByOperation[index] as OperationForm[]);
    const youthIds = operation.youthId ? [operation.youthId] : caseloadSample(index);
    const recorded = await recordedDecisions(youthIds, new Set(asked.flat().map((answer) => answer.requestId)), since);
    const violations = asked.flatMap((answers) => violationsIn(answers, recorded, operation, `seed ${SEED}, operation ${index}`));
    if (violations.length > 0) expect.fail(violations.join('\n\n'));
  });

  // An alias named like an entity key the plan adds (apollographql/federation#3036): the gate sends every alias under a name of its own.
  const probation: Selected = { name: 'probation', type: 'ProbationJuvenile', children: [{ name: 'bookedName', type: 'String' }] };
  it.each([
    ['probationNumber: id', { name: 'id', type: 'ID', alias: 'probationNumber' }],
    [
      'probationNumber: childWelfare { clientId }',
      { name: 'childWelfare', type: 'ChildWelfareClient', alias: 'probationNumber', children: [{ name: 'clientId', type: 'ID' }] },
    ],
  ] as Array<[string, Selected]>)('%s next to probation { bookedName } is answered as without the alias', async (_label, aliased) => {
    const operation: GeneratedOperation = { root: 'youth', youthId: 'Y-000001', fields: [{ ...aliased, alias: undefined }, probation] };
    const forms = [operation, { ...operation, fields: [aliased, probation] }].map((written) =>
      writeForm('plain', written, seededRandom(SEED), new Set()),
    );
    const since = new Date(Date.now() - 1000);
    const asked = await askEveryRole(forms, [ROLES[0]]);
    const recorded = await recordedDecisions(['Y-000001'], new Set(asked.flat().map((answer) => answer.requestId)), since);
    const violations = asked.flatMap((answers) => violationsIn(answers, recorded, operation, 'key alias'));
    if (violations.length > 0) expect.fail(violations.join('\n\n'));
  });
});
