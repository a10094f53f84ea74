import { Supergraph, operationFromDocument } from '@apollo/federation-internals';
import { QueryPlanner, type FetchNode, type PlanNode, type QueryPlanSelectionNode } from '@apollo/query-planner';
import { parse } from 'graphql';

/**
 * The floor's plans: the subgraph fetches Apollo's query planner chooses for an operation,
 * computed once at start-up and then run by a minimal executor (no parsing, validation, planning
 * or GraphQL execution per request: JSON in, subgraph calls, JSON merged out).
 */
export type FloorPlan =
  { kind: 'Sequence'; nodes: FloorPlan[] } | { kind: 'Parallel'; nodes: FloorPlan[] } | { kind: 'Fetch'; path: string[]; fetch: FetchNode };

/** Sends one operation to a subgraph and returns its JSON answer. */
export type SubgraphCaller = (
  subgraph: string,
  body: { query: string; operationName?: string | undefined; variables: Record<string, unknown> },
) => Promise<SubgraphAnswer>;

export interface SubgraphAnswer {
  data?: Record<string, unknown> | null;
  errors?: unknown[];
}

export function planOperation(supergraphSdl: string, query: string): FloorPlan {
  const supergraph = Supergraph.build(supergraphSdl);
  const operation = operationFromDocument(supergraph.apiSchema(), parse(query), { validate: true });
  const plan = new QueryPlanner(supergraph).buildQueryPlan(operation);
  if (!plan.node || !isPlanNode(plan.node)) throw new Error('The query planner returned no plan for the operation.');
  return toFloorPlan(plan.node, []);
}

function isPlanNode(node: unknown): node is PlanNode {
  return typeof node === 'object' && node !== null && 'kind' in node && (node as { kind: string }).kind !== 'Subscription';
}

function toFloorPlan(node: PlanNode, path: string[]): FloorPlan {
  switch (node.kind) {
    case 'Sequence':
    case 'Parallel':
      return { kind: node.kind, nodes: node.nodes.map((child) => toFloorPlan(child, path)) };
    case 'Flatten':
      return toFloorPlan(node.node, node.path.map(String));
    case 'Fetch':
      if (node.inputRewrites?.length || node.outputRewrites?.length || node.contextRewrites?.length) {
        throw new Error(`The floor does not run fetches with rewrites (subgraph ${node.serviceName}).`);
      }
      return { kind: 'Fetch', path, fetch: node };
    default:
      throw new Error(`The floor does not run ${node.kind} plan nodes.`);
  }
}

/** Runs a plan for one request: the subgraph calls of the plan, their results merged. */
export async function runFloorPlan(plan: FloorPlan, variables: Record<string, unknown>, call: SubgraphCaller): Promise<SubgraphAnswer> {
  const data: Record<string, unknown> = {};
  const errors: unknown[] = [];
  await runNode(plan, data, variables, call, errors);
  return errors.length > 0 ? { data, errors } : { data };
}

async function runNode(
  plan: FloorPlan,
  data: Record<string, unknown>,
  variables: Record<string, unknown>,
  call: SubgraphCaller,
  errors: unknown[],
): Promise<void> {
  if (plan.kind === 'Sequence') {
    for (const node of plan.nodes) await runNode(node, data, variables, call, errors);
    return;
  }
  if (plan.kind === 'Parallel') {
    await Promise.all(plan.nodes.map((node) => runNode(node, data, variables, call, errors)));
    return;
  }
  const { fetch, path } = plan;
  const picked: Record<string, unknown> = {};
  for (const name of fetch.variableUsages ?? []) picked[name] = variables[name];
  if (!fetch.requires) {
    const answer = await call(fetch.serviceName, { query: fetch.operation, operationName: fetch.operationName, variables: picked });
    if (answer.errors) errors.push(...answer.errors);
    if (answer.data) mergeInto(data, answer.data);
    return;
  }
  const entities = objectsAt(data, path);
  const representations: unknown[] = [];
  const targets: Array<Record<string, unknown>> = [];
  for (const entity of entities) {
    const representation = select(entity, fetch.requires);
    if (representation) {
      representations.push(representation);
      targets.push(entity);
    }
  }
  if (representations.length === 0) return;
  const answer = await call(fetch.serviceName, {
    query: fetch.operation,
    operationName: fetch.operationName,
    variables: { ...picked, representations },
  });
  if (answer.errors) errors.push(...answer.errors);
  const results = answer.data?.['_entities'];
  if (!Array.isArray(results)) return;
  results.forEach((result, index) => {
    const target = targets[index];
    if (target && isObject(result)) mergeInto(target, result);
  });
}

/** The objects at a response path, `@` standing for every item of a list. */
function objectsAt(value: unknown, path: readonly string[]): Array<Record<string, unknown>> {
  if (path.length === 0) {
    if (Array.isArray(value)) return value.flatMap((item) => objectsAt(item, path));
    return isObject(value) ? [value] : [];
  }
  const [head, ...rest] = path as [string, ...string[]];
  if (head === '@') return Array.isArray(value) ? value.flatMap((item) => objectsAt(item, rest)) : [];
  return isObject(value) ? objectsAt(value[head], rest) : [];
}

/** An entity's representation as the plan requires it; undefined when a key is missing. */
function select(entity: Record<string, unknown>, selections: readonly QueryPlanSelectionNode[]): Record<string, unknown> | undefined {
  const result: Record<string, unknown> = {};
  for (const selection of selections) {
    if (selection.kind === 'InlineFragment') {
      if (selection.typeCondition && entity['__typename'] !== selection.typeCondition) continue;
      const inner = select(entity, selection.selections);
      if (!inner) return undefined;
      Object.assign(result, inner);
      continue;
    }
    const value = entity[selection.name];
    if (value === undefined || value === null) return undefined;
    if (selection.selections) {
      if (!isObject(value)) return undefined;
      const inner = select(value, selection.selections);
      if (!inner) return undefined;
      result[selection.name] = inner;
    } else {
      result[selection.name] = value;
    }
  }
  return result;
}

function mergeInto(target: Record<string, unknown>, source: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (isObject(existing) && isObject(value)) {
      mergeInto(existing, value);
    } else if (Array.isArray(existing) && Array.isArray(value) && existing.length === value.length) {
      existing.forEach((item, index) => {
        const incoming: unknown = value[index];
        if (isObject(item) && isObject(incoming)) mergeInto(item, incoming);
        else existing[index] = incoming;
      });
    } else {
      target[key] = value;
    }
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
