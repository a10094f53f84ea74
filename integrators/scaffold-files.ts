/**
 * The files of a new agency's subgraph over the embedded store (or PostgreSQL): a classified
 * schema keyed by the CSEC program's youth id, one table, batched reads, the conformance kit's
 * test hook, and an end-to-end test. `npm run subgraph:new` writes them; the agency then grows
 * them into its own records.
 */
export interface ScaffoldNames {
  /** `casa-program`: folder, subgraph name. */
  name: string;
  /** `CASA program`: the agency, as people name it. */
  agency: string;
  /** `CasaProgram`. */
  pascal: string;
  /** `casaProgram`. */
  camel: string;
  /** The information category of the agency's records, one the policy knows. */
  category: string;
  confidentiality: string;
}

export function scaffoldNames(name: string, agency: string | undefined, category: string, confidentiality: string): ScaffoldNames {
  const words = name.split('-');
  const pascal = words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('');
  const spoken = words.join(' ');
  return {
    name,
    agency: agency ?? spoken.charAt(0).toUpperCase() + spoken.slice(1),
    pascal,
    camel: pascal.charAt(0).toLowerCase() + pascal.slice(1),
    category,
    confidentiality,
  };
}

/** Each file, by its path from the repository root. */
export function scaffoldFiles(n: ScaffoldNames): Record<string, string> {
  const folder = `subgraphs/${n.name}`;
  const classified = `@classified(category: "${n.category}", confidentiality: "${n.confidentiality}")`;
  return {
    [`${folder}/schema.graphql`]: `extend schema
  @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@composeDirective"])
  @link(url: "https://csec-mdt.example/classification/v1.0", import: ["@classified"])
  @composeDirective(name: "@classified")

"""
What a field discloses: its information category (see policies/csec/categories/data.yaml) and
the HL7 confidentiality code and sensitivity codes it carries by default. Access to every field
is decided from this classification.
"""
directive @classified(category: String!, confidentiality: String!, sensitivity: [String!]) on FIELD_DEFINITION

"A calendar date, YYYY-MM-DD."
scalar Date

"""
A youth served by the CSEC program. The program's youth id is the youth's identity across
agencies; each agency contributes its own record through its own identifier, linked by the MDT.
"""
type Youth @key(fields: "id") {
  "CSEC program youth id, for example Y-000123."
  id: ID! @classified(category: "ROSTER", confidentiality: "N")
  "${n.agency}: its records about the youth, newest first."
  ${n.camel}Records: [${n.pascal}Record!] ${classified}
}

"One record ${n.agency} keeps about a youth."
type ${n.pascal}Record {
  "When it was recorded."
  recordedOn: Date ${classified}
  "What it says, in the agency's words."
  summary: String ${classified}
}
`,
    [`${folder}/migrations/001_initial.sql`]: `-- ${n.agency}: its records about youth of the CSEC program, by the program's youth id.
CREATE TABLE record (
  record_id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  youth_id text NOT NULL,
  recorded_on date NOT NULL,
  summary text NOT NULL
);

CREATE INDEX record_youth ON record (youth_id, recorded_on DESC);
`,
    [`${folder}/src/source.ts`]: `import type { Queryable, RelationalStore } from '../../../runtime/relational-store.ts';

/** The youth as this subgraph's \`Youth\` entity names them: by the CSEC program's youth id. */
export interface YouthReference {
  id: string;
}

export interface RecordRow {
  youthId: string;
  recordedOn: string;
  summary: string;
}

/** Batched reads of ${n.agency}'s source: each call is one round trip for any number of youth. */
export class ${n.pascal}Source {
  private readonly store: Queryable;

  constructor(store: RelationalStore) {
    this.store = store;
  }

  records(youthIds: readonly string[]): Promise<RecordRow[]> {
    return this.store.query<RecordRow>(
      \`SELECT youth_id AS "youthId", recorded_on::text AS "recordedOn", summary
         FROM record WHERE youth_id = ANY($1::text[])
        ORDER BY youth_id, recorded_on DESC, record_id DESC\`,
      [youthIds],
    );
  }

  /** Stores one record for a youth, dated today: the conformance kit's test hook, never in production. */
  async plant(youthId: string, summary: string): Promise<void> {
    await this.store.query('INSERT INTO record (youth_id, recorded_on, summary) VALUES ($1, CURRENT_DATE, $2)', [youthId, summary]);
  }
}
`,
    [`${folder}/src/loaders.ts`]: `import type DataLoader from 'dataloader';
import { rowsLoader } from '../../../runtime/batching.ts';
import type { ${n.pascal}Source, RecordRow } from './source.ts';

export interface ${n.pascal}Loaders {
  records: DataLoader<string, RecordRow[]>;
}

export function create${n.pascal}Loaders(source: ${n.pascal}Source): ${n.pascal}Loaders {
  return { records: rowsLoader((youthIds) => source.records(youthIds), (row) => row.youthId) };
}
`,
    [`${folder}/src/context.ts`]: `import type { Requester } from '../../../runtime/requester.ts';
import type { ${n.pascal}Loaders } from './loaders.ts';

/** What every ${n.agency} resolver receives for one request. */
export interface ${n.pascal}Context {
  /** Who is asking, as the gateway vouched for them. */
  requester: Requester;
  loaders: ${n.pascal}Loaders;
}
`,
    [`${folder}/src/resolvers.ts`]: `import { DateScalar } from '../../../runtime/scalars.ts';
import type { Resolvers } from './__generated__/resolvers-types.ts';

export const ${n.camel}Resolvers: Resolvers = {
  Date: DateScalar,
  Youth: {
    __resolveReference: (reference) => ({ id: reference.id }),
    ${n.camel}Records: (youth, _args, { loaders }) => loaders.records.load(youth.id),
  },
};
`,
    [`${folder}/src/service.ts`]: `import { conformanceHookRoutes } from '../../../runtime/conformance-hook.ts';
import type { RelationalSubgraphDefinition } from '../../../runtime/relational-subgraph.ts';
import type { ${n.pascal}Context } from './context.ts';
import { create${n.pascal}Loaders } from './loaders.ts';
import { ${n.camel}Resolvers } from './resolvers.ts';
import { ${n.pascal}Source } from './source.ts';

export const ${n.camel}Subgraph: RelationalSubgraphDefinition<${n.pascal}Context> = {
  name: '${n.name}',
  resolvers: ${n.camel}Resolvers,
  createContext: (store) => {
    const source = new ${n.pascal}Source(store);
    return (requester) => ({ requester, loaders: create${n.pascal}Loaders(source) });
  },
  // The conformance kit plants its markers through this hook; a production subgraph has none.
  gatewayRoutes: (store, config) => {
    const source = new ${n.pascal}Source(store);
    return conformanceHookRoutes(config, ({ youth, marker }) => source.plant(youth, marker));
  },
};
`,
    [`${folder}/src/main.ts`]: `import { loadConfig } from '../../../runtime/config.ts';
import { startRelationalSubgraph } from '../../../runtime/relational-subgraph.ts';
import { runService } from '../../../runtime/service-main.ts';
import { ${n.camel}Subgraph } from './service.ts';

await runService('${n.name} subgraph', () => startRelationalSubgraph(${n.camel}Subgraph, loadConfig()));
`,
    [`tests/e2e/${n.name}-subgraph.test.ts`]: `import { describe, expect, inject, it } from 'vitest';
import { CONFORMANCE_PLANT_PATH } from '../../runtime/conformance-hook.ts';
import { queryGateway } from '../support/gateway.ts';
import { signedAsGateway } from '../support/gateway-signing.ts';

const QUERY = 'query ($id: ID!) { youth(id: $id) { id ${n.camel}Records { recordedOn summary } } }';

describe(\`the ${n.name} subgraph (\${inject('storeKind')} sources)\`, () => {
  it('answers the records it holds through the gateway, and never to law enforcement outside proceedings', async () => {
    const caseload = await queryGateway<{ caseload: Array<{ id: string }> }>('{ caseload { id } }');
    const youthId = caseload.body.data?.caseload[0]?.id as string;
    const marker = \`planted-\${crypto.randomUUID()}\`;
    const planted = await signedAsGateway('${n.name}', CONFORMANCE_PLANT_PATH, { youth: youthId, marker });
    expect(planted.status).toBe(200);

    const lawEnforcement = await queryGateway(QUERY, { id: youthId }, { user: 'le.demo' });
    expect(lawEnforcement.status).toBe(200);
    expect(JSON.stringify(lawEnforcement.body)).not.toContain(marker);
  });

  it('refuses its test hook without the gateway\\'s token', async () => {
    const response = await fetch(new URL(CONFORMANCE_PLANT_PATH, inject('subgraphUrls')['${n.name}']), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ youth: 'Y-000001', marker: 'unsigned' }),
    });
    expect(response.status).toBe(401);
  });
});
`,
  };
}

/** The registry's line for the new subgraph. */
export function registryLine(n: ScaffoldNames, port: number): string {
  return `  { name: '${n.name}', agency: '${n.agency.replace(/'/g, "\\'")}', youthKey: { field: 'id' }, port: ${port}, source: 'relational', facts: [] },`;
}

/** Its entry in codegen.yml: resolver types generated from its schema. */
export function codegenEntry(n: ScaffoldNames): { path: string; value: unknown } {
  return {
    path: `subgraphs/${n.name}/src/__generated__/resolvers-types.ts`,
    value: {
      schema: `subgraphs/${n.name}/schema.graphql`,
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        contextType: `../context.ts#${n.pascal}Context`,
        mappers: { Youth: '../source.ts#YouthReference', [`${n.pascal}Record`]: '../source.ts#RecordRow' },
      },
    },
  };
}
