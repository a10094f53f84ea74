import { readFileSync } from 'node:fs';
import { Supergraph, printSchema } from '@apollo/federation-internals';
import {
  buildSchema,
  getNamedType,
  isLeafType,
  isObjectType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';

/** A small seeded random source (mulberry32): the same seed draws the same operations on every run. */
export interface Random {
  next(): number;
  int(below: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  shuffle<T>(items: readonly T[]): T[];
}

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (below: number) => Math.floor(next() * below);
  return {
    next,
    int,
    chance: (probability) => next() < probability,
    pick: (items) => {
      if (items.length === 0) throw new Error('Nothing to pick from.');
      return items[int(items.length)] as (typeof items)[number];
    },
    shuffle: (items) => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(i + 1);
        [copy[i], copy[j]] = [copy[j] as (typeof copy)[number], copy[i] as (typeof copy)[number]];
      }
      return copy;
    },
  };
}

/** One selected field of a generated operation; `type` is the named type it returns. */
export interface Selected {
  name: string;
  type: string;
  alias?: string;
  children?: Selected[];
}

/** A query with one root field, `youth(id:)` or `caseload`, and the fields selected below it. */
export interface GeneratedOperation {
  root: 'youth' | 'caseload';
  youthId?: string;
  fields: Selected[];
}

/**
 * The API schema clients see, as the gateway builds it from the supergraph. Printed and rebuilt:
 * under vitest, federation's `toGraphQLJSSchema()` comes from another copy of graphql than ours.
 */
export function apiSchema(path = 'schema/supergraph.graphql'): GraphQLSchema {
  return buildSchema(printSchema(Supergraph.build(readFileSync(path, 'utf8')).apiSchema()));
}

/**
 * Branches under `Youth` that carry the categories the policies treat most carefully (health,
 * placements, probation, education), each with the paths into it that reach such a category.
 * Every operation takes some of them, so no run tests only the roster.
 */
const SENSITIVE_BRANCHES: Record<string, string[][]> = {
  health: [['mentalHealth'], ['substanceUse'], ['hivTestResults'], ['sensitiveServices'], ['medicalEvaluation']],
  childWelfare: [['placements'], ['currentPlacement', 'address'], ['referrals', 'allegations'], ['casePlan']],
  probation: [['petitions'], ['warrants'], ['conditions'], ['referrals']],
  education: [['enrollments'], ['attendance'], ['currentEnrollment'], ['educationRightsHolder']],
};

/** Levels of fields below the root field. */
const MAX_LEVELS = 4;

/** Draws one operation: the root (`youth(id: youthId)` or, now and then, the caseload) and a random subtree of at most four levels. */
export function generateOperation(schema: GraphQLSchema, random: Random, youthId: string): GeneratedOperation {
  const youth = schema.getType('Youth');
  if (!youth || !isObjectType(youth)) throw new Error('The API schema has no Youth type.');
  const branches = random.shuffle(Object.keys(SENSITIVE_BRANCHES)).slice(0, 2 + random.int(2));
  const forced = branches.map((branch) => [branch, ...random.pick(SENSITIVE_BRANCHES[branch] as string[][])]);
  const fields = selectionOf(schema, youth, MAX_LEVELS, forced, random);
  return random.chance(0.2) ? { root: 'caseload', fields } : { root: 'youth', youthId, fields };
}

/**
 * A handful of fields of `type`, the forced paths among them; an object field gets a selection of
 * its own while levels are left, and only leaves (scalars, enums) are taken on the last level.
 */
function selectionOf(schema: GraphQLSchema, type: GraphQLObjectType, levels: number, forced: string[][], random: Random): Selected[] {
  const fields = Object.values(type.getFields()).filter((field) => field.args.length === 0);
  const isLeaf = (field: GraphQLField<unknown, unknown>) => isLeafType(getNamedType(field.type));
  const candidates = levels > 1 ? fields : fields.filter(isLeaf);
  const chosen = new Set(forced.map((path) => path[0] as string));
  // Fewer fields on the deeper levels keep a caseload's answer a reasonable size.
  const wanted = chosen.size + 1 + random.int(levels >= 3 ? 4 : 3);
  const shuffled = random.shuffle(candidates);
  // At least one leaf on every level, so an answer always has values and not only objects.
  const leaf = shuffled.find(isLeaf);
  if (leaf) chosen.add(leaf.name);
  for (const field of shuffled) {
    if (chosen.size >= wanted) break;
    chosen.add(field.name);
  }
  const selected: Selected[] = [];
  for (const field of random.shuffle(fields.filter((candidate) => chosen.has(candidate.name)))) {
    const named = getNamedType(field.type);
    if (!isObjectType(named)) {
      selected.push({ name: field.name, type: named.name });
      continue;
    }
    const below = forced.filter((path) => path[0] === field.name && path.length > 1).map((path) => path.slice(1));
    const children = selectionOf(schema, named, levels - 1, below, random);
    if (children.length > 0) selected.push({ name: field.name, type: named.name, children });
  }
  return selected;
}

/** The operation's youth: some on the demo users' MDTs, some not, and the test situations' own. */
export function youthPool(
  scenario: {
    csec: { youth: Array<{ id: string; mdt?: { status: string; members: Array<{ userId: string; leftOn?: string }> } | null }> };
  },
  random: Random,
  demoUsers: readonly string[],
): string[] {
  const seated = (youth: (typeof scenario.csec.youth)[number]) =>
    youth.mdt?.status === 'OPEN' && youth.mdt.members.some((member) => demoUsers.includes(member.userId) && !member.leftOn);
  const on = scenario.csec.youth.filter(seated).map((youth) => youth.id);
  const off = scenario.csec.youth.filter((youth) => !seated(youth)).map((youth) => youth.id);
  // Consents, adjudication, a reassigned worker, a closed MDT, a missing youth, exploiter threats.
  const situations = ['Y-000001', 'Y-000002', 'Y-000004', 'Y-000008', 'Y-000009', 'Y-000070', 'Y-000071', 'Y-000075'];
  return [...new Set([...situations, ...random.shuffle(on).slice(0, 3), ...random.shuffle(off).slice(0, 3)])];
}
