import { mkdir, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper/index.js';
import { Kind, parse, visit, type ConstDirectiveNode, type DocumentNode } from 'graphql';
import { classificationProblems } from '../../../gateway/src/classification/subgraph-classifications.ts';
import { buildPolicyBundle } from '../../../scripts/lib/policy-bundle.ts';
import { freePorts } from '../../../scripts/lib/system.ts';

/** One subgraph of a fixture: its schema (without the federation header) and in-memory resolvers. */
export interface FixtureSubgraph {
  name: string;
  /** Federation directives the schema uses besides `@key` and `@composeDirective`. */
  imports?: string[];
  typeDefs: string;
  resolvers: GraphQLResolverMap<unknown>;
}

/**
 * An operation both gateways answer. `errorPaths` are where the stock gateway reports the errors
 * of the fixture's throwing resolvers: for an entity fetch over some items of a list it counts
 * the index among the fetched items, which the fixtures note where it is not the item's own.
 * `null` stands for an error without a path (the operation's own, such as a validation error).
 */
export interface FixtureOperation {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
  /** Which operation of the document to run, when it has several. */
  operationName?: string;
  errorPaths?: Array<Array<string | number> | null>;
  /** The HTTP status the stock gateway answers with; 200 unless given (an invalid operation gets 400). */
  status?: number;
}

export interface FederationFixture {
  name: string;
  subgraphs: FixtureSubgraph[];
  operations: FixtureOperation[];
}

export interface GraphQLAnswer {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: { code?: unknown } }>;
  extensions?: Record<string, unknown>;
}

/** The program's classification, as every subgraph of the system declares it. */
const CLASSIFICATION_HEADER = `
extend schema
  @link(url: "https://specs.apollo.dev/federation/v2.9", import: [IMPORTS])
  @link(url: "https://csec-mdt.example/classification/v1.0", import: ["@classified"])
  @composeDirective(name: "@classified")

directive @classified(category: String!, confidentiality: String!, sensitivity: [String!]) on FIELD_DEFINITION
`;

/** `@classified(category: "ROSTER", confidentiality: "N")`: any category will do for a policy that allows everything. */
const ROSTER: ConstDirectiveNode = {
  kind: Kind.DIRECTIVE,
  name: { kind: Kind.NAME, value: 'classified' },
  arguments: Object.entries({ category: 'ROSTER', confidentiality: 'N' }).map(([name, value]) => ({
    kind: Kind.ARGUMENT,
    name: { kind: Kind.NAME, value: name },
    value: { kind: Kind.STRING, value },
  })),
};

/** The subgraph's schema with the federation and classification header, every field classified. */
export function classifiedSchema(subgraph: FixtureSubgraph): DocumentNode {
  const imports = ['@key', '@composeDirective', ...(subgraph.imports ?? [])].map((name) => JSON.stringify(name)).join(', ');
  const document = parse(`${CLASSIFICATION_HEADER.replace('IMPORTS', imports)}\n${subgraph.typeDefs}`);
  return visit(document, {
    FieldDefinition(field) {
      if (field.directives?.some((directive) => directive.name.value === 'classified')) return undefined;
      return { ...field, directives: [...(field.directives ?? []), ROSTER] };
    },
  });
}

export interface RunningFixture {
  supergraphSdl: string;
  supergraphPath: string;
  subgraphUrls: Record<string, string>;
  stop: () => Promise<void>;
}

/**
 * Serves each subgraph of the fixture on its own loopback port (`/graphql`, and `/health`), then
 * composes them with their real URLs and writes the supergraph to `directory`.
 */
export async function startFixture(fixture: FederationFixture, directory: string): Promise<RunningFixture> {
  const documents = fixture.subgraphs.map((subgraph) => ({ name: subgraph.name, typeDefs: classifiedSchema(subgraph) }));
  const unclassified = classificationProblems(documents, new Set(['ROSTER']));
  if (unclassified.length > 0) throw new Error(`${fixture.name}: ${unclassified.join('; ')}`);
  const ports = await freePorts(fixture.subgraphs.length);
  const servers: Array<{ close: () => Promise<void> }> = [];
  try {
    const subgraphUrls: Record<string, string> = {};
    for (const [index, subgraph] of fixture.subgraphs.entries()) {
      const typeDefs = (documents[index] as (typeof documents)[number]).typeDefs;
      servers.push(await serveSubgraph(typeDefs, subgraph.resolvers, ports[index] as number));
      subgraphUrls[subgraph.name] = `http://127.0.0.1:${ports[index]}/graphql`;
    }
    const composed = composeServices(documents.map(({ name, typeDefs }) => ({ name, typeDefs, url: subgraphUrls[name] as string })));
    if (composed.errors) throw new Error(`${fixture.name} does not compose: ${composed.errors.map((error) => error.message).join('; ')}`);
    await mkdir(directory, { recursive: true });
    const supergraphPath = join(directory, `${fixture.name}.supergraph.graphql`);
    await writeFile(supergraphPath, composed.supergraphSdl);
    return {
      supergraphSdl: composed.supergraphSdl,
      supergraphPath,
      subgraphUrls,
      stop: async () => void (await Promise.all(servers.map((server) => server.close()))),
    };
  } catch (error) {
    await Promise.all(servers.map((server) => server.close()));
    throw error;
  }
}

async function serveSubgraph(
  typeDefs: DocumentNode,
  resolvers: GraphQLResolverMap<unknown>,
  port: number,
): Promise<{ close: () => Promise<void> }> {
  const apollo = new ApolloServer({
    schema: buildSubgraphSchema({ typeDefs, resolvers }),
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  await apollo.start();
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/health') {
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
      return;
    }
    if (url.pathname !== '/graphql') {
      response.writeHead(404).end();
      return;
    }
    void (async () => {
      const text = await readBody(request);
      const headers = new HeaderMap();
      for (const [name, value] of Object.entries(request.headers)) {
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
      const result = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body: text ? JSON.parse(text) : undefined },
        context: async () => ({}),
      });
      for (const [name, value] of result.headers) response.setHeader(name, value);
      response.statusCode = result.status ?? 200;
      if (result.body.kind === 'complete') {
        response.end(result.body.string);
        return;
      }
      for await (const chunk of result.body.asyncIterator) response.write(chunk);
      response.end();
    })().catch(() => {
      if (!response.headersSent) response.writeHead(400);
      response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return {
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await apollo.stop();
    },
  };
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Stock `@apollo/gateway` and `@apollo/server`, in this process, over the supergraph's own URLs. */
export async function startStockGateway(supergraphSdl: string): Promise<{ url: string; stop: () => Promise<void> }> {
  const [port] = await freePorts(1);
  const server = new ApolloServer({ gateway: new ApolloGateway({ supergraphSdl }), stopOnTerminationSignals: false });
  const { url } = await startStandaloneServer(server, { listen: { host: '127.0.0.1', port: port as number } });
  return { url, stop: () => server.stop() };
}

/**
 * A policy that allows every coordinate (and reads no condition), built and signed like the
 * system's own bundle. Returns the bundle's path and revision.
 */
export async function buildAllowAllPolicyBundle(
  directory: string,
  signingKeyPath: string,
): Promise<{ bundlePath: string; revision: string }> {
  const policiesDirectory = join(directory, 'policies');
  for (const [concern, rego] of Object.entries(ALLOW_ALL_REGO)) {
    await mkdir(join(policiesDirectory, 'csec', concern), { recursive: true });
    await writeFile(join(policiesDirectory, 'csec', concern, 'allow_all.rego'), rego);
  }
  const bundlePath = join(directory, 'allow-all.tar.gz');
  const { revision } = await buildPolicyBundle(bundlePath, { policiesDirectory, signingKeyPath });
  return { bundlePath, revision };
}

/** Every entry point the services read (ENTRYPOINTS), by the folder its package lives in. */
const ALLOW_ALL_REGO: Record<string, string> = {
  disclosure: `package csec.disclosure

allow_all := {"allow": true, "rule": "ALLOW_ALL", "legal_basis": "differential test", "reason": "", "obligations": [], "conceal": false, "review": false}

decisions := [allow_all | some _ in input.coordinates] if is_array(input.coordinates)

conditions_in_play := set()
`,
  explanation: `package csec.explanation

decisions_explained := []
`,
  consent: `package csec.consent

capture_refusals := set()
`,
};

/** Posts one operation as JSON; any extra headers (our gateway's token and purpose of use) are added. */
export async function ask(url: string, operation: FixtureOperation, headers: Record<string, string> = {}): Promise<GraphQLAnswer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: operation.query, operationName: operation.operationName, variables: operation.variables ?? {} }),
  });
  const text = await response.text();
  try {
    return { status: response.status, ...(JSON.parse(text) as Omit<GraphQLAnswer, 'status'>) };
  } catch {
    return { status: response.status, errors: [{ message: `not JSON: ${text.slice(0, 200)}` }] };
  }
}

/** The answer's error paths, sorted (the order of errors is not part of the comparison). */
export function errorPaths(answer: GraphQLAnswer): string[] {
  return (answer.errors ?? []).map((error) => JSON.stringify(error.path ?? null)).sort();
}

/** The answer's error codes by path, to report beside the comparison. */
export function errorCodes(answer: GraphQLAnswer): string[] {
  return (answer.errors ?? []).map((error) => `${JSON.stringify(error.path ?? null)} ${String(error.extensions?.code ?? '-')}`).sort();
}
