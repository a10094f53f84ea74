import type { YouthFacts } from '../runtime/policy/policy-input.ts';

/**
 * The subgraphs this system runs: each is its folder under `subgraphs/` and one entry here.
 * Configuration (ports, URLs, databases), start-up, composition, the bench and the CSEC program's
 * agency links are derived from this list; the gateway learns the rest from the supergraph
 * (docs/integrators.md). `npm run subgraph:new` adds an entry.
 */
export interface RegisteredSubgraph {
  /** Its folder under `subgraphs/`, its name in the supergraph, and (upper-cased) the prefix of its variables. */
  readonly name: string;
  /** The county agency whose system of record it serves, as a caseworker would name it. */
  readonly agency: string;
  /**
   * The field its `Youth` entity is keyed by: the CSEC program's youth id, or the agency's own
   * identifier, which the program links to the youth (its schema marks it `@agencyIdentifier`).
   */
  readonly youthKey: { readonly field: 'id' } | { readonly field: string; readonly agency: string };
  /** Default port; `<NAME>_SUBGRAPH_PORT` overrides it. */
  readonly port: number;
  /** `relational`: embedded PGlite or PostgreSQL (`<NAME>_DATABASE_URL`); `fhir`: a FHIR R4 server. */
  readonly source: 'relational' | 'fhir';
  /** The facts about a youth the policy decides on that it holds, served to the gateway at `/disclosure-facts`. */
  readonly facts: ReadonlyArray<keyof YouthFacts | 'links'>;
  /**
   * Its store versions those facts and announces each change (a `disclosure_facts_version` table, a
   * `disclosure_facts_changed` channel), and it serves that feed at `/disclosure-facts-changes`: the
   * gateway then remembers its facts answers while it holds a lease. Without it, it is asked every request.
   */
  readonly factsChanges?: true;
}

export const SUBGRAPH_REGISTRY = [
  {
    name: 'csec',
    agency: 'CSEC program coordination (the MDT)',
    youthKey: { field: 'id' },
    port: 4001,
    source: 'relational',
    facts: ['birthDate', 'mdt', 'consents', 'investigations', 'exploiterIsThreat', 'missing', 'links'],
    factsChanges: true,
  },
  {
    name: 'child-welfare',
    agency: 'County child welfare services',
    youthKey: { field: 'childWelfareClientId', agency: 'CHILD_WELFARE' },
    port: 4002,
    source: 'relational',
    facts: ['assignedWorkers'],
    factsChanges: true,
  },
  {
    name: 'probation',
    agency: 'County juvenile probation',
    youthKey: { field: 'probationNumber', agency: 'PROBATION' },
    port: 4003,
    source: 'relational',
    facts: ['assignedWorkers', 'adjudicated'],
    factsChanges: true,
  },
  {
    name: 'health',
    agency: 'County behavioral health and public health',
    youthKey: { field: 'medicalRecordNumber', agency: 'HEALTH' },
    port: 4004,
    source: 'fhir',
    facts: [],
  },
  {
    name: 'education',
    agency: 'County office of education',
    youthKey: { field: 'statewideStudentId', agency: 'EDUCATION' },
    port: 4005,
    source: 'relational',
    facts: [],
  },
  {
    name: 'juvenile-court',
    agency: 'Juvenile court',
    youthKey: { field: 'courtPartyNumber', agency: 'JUVENILE_COURT' },
    port: 4006,
    source: 'relational',
    facts: ['courtOrders', 'proceedingParticipations'],
    factsChanges: true,
  },
] as const satisfies readonly RegisteredSubgraph[];

export type SubgraphName = (typeof SUBGRAPH_REGISTRY)[number]['name'];

/**
 * An agency whose subgraph keys `Youth` by the agency's own identifier, as the CSEC program links
 * them (`CHILD_WELFARE`, `PROBATION`, ...): the registry is the one list of them.
 */
export type SourceAgency = Extract<(typeof SUBGRAPH_REGISTRY)[number]['youthKey'], { agency: string }>['agency'];
export type RelationalSubgraphName = Extract<(typeof SUBGRAPH_REGISTRY)[number], { source: 'relational' }>['name'];

/** The registry entry of a subgraph this system runs, with its agency as the registry spells it. */
export function registeredSubgraph(name: SubgraphName): RegisteredSubgraph & { readonly youthKey: YouthKeyOf } {
  return SUBGRAPH_REGISTRY.find((entry) => entry.name === name) as RegisteredSubgraph & { readonly youthKey: YouthKeyOf };
}

type YouthKeyOf = (typeof SUBGRAPH_REGISTRY)[number]['youthKey'];

/** Each agency identifier a registered subgraph keys `Youth` by, with its agency: what the CSEC program links. */
export const AGENCY_IDENTIFIERS: ReadonlyArray<{ field: string; agency: SourceAgency }> = SUBGRAPH_REGISTRY.flatMap(({ youthKey }) =>
  'agency' in youthKey ? [{ field: youthKey.field, agency: youthKey.agency }] : [],
);

/** The agencies whose identifiers the CSEC program links, in the registry's order. */
export const SOURCE_AGENCIES: readonly SourceAgency[] = AGENCY_IDENTIFIERS.map(({ agency }) => agency);

/** A file or folder in a subgraph's own folder, `subgraphs/<name>/`: its `schema.graphql`, its `migrations/`. */
export function subgraphPath(name: SubgraphName, path: string): URL {
  return new URL(`${name}/${path}`, import.meta.url);
}
