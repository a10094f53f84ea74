import { createServer, type IncomingMessage, type Server } from 'node:http';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { freePorts } from '../../../scripts/lib/system.ts';

/**
 * A sixth subgraph no code of the system names: a juvenile court's calendar of the program's youth,
 * keyed by the CSEC program youth id. Its timeline is an interface whose two implementations are
 * different information categories (court records, placement), and its alerts a union of two
 * object types in different categories (CSEC status, roster). The interface's own fields are
 * classified as roster on purpose: only the concrete type of each item may decide it.
 */
export const COURT_CALENDAR_SUBGRAPH = 'court-calendar';

export const COURT_CALENDAR_TYPE_DEFS = /* GraphQL */ `
  extend schema
    @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key", "@composeDirective"])
    @link(url: "https://csec-mdt.example/classification/v1.0", import: ["@classified"])
    @composeDirective(name: "@classified")

  directive @classified(category: String!, confidentiality: String!, sensitivity: [String!]) on FIELD_DEFINITION

  type Youth @key(fields: "id") {
    id: ID! @classified(category: "ROSTER", confidentiality: "N")
    timeline: [TimelineEvent!] @classified(category: "ROSTER", confidentiality: "N")
    alerts: [Alert!] @classified(category: "ROSTER", confidentiality: "N")
    nextHearing: CalendarHearing @classified(category: "COURT_AND_CASE_PLAN", confidentiality: "R")
  }

  interface TimelineEvent {
    occurredOn: String @classified(category: "ROSTER", confidentiality: "N")
    summary: String @classified(category: "ROSTER", confidentiality: "N")
  }

  type CalendarHearing implements TimelineEvent {
    occurredOn: String @classified(category: "COURT_AND_CASE_PLAN", confidentiality: "R")
    summary: String @classified(category: "COURT_AND_CASE_PLAN", confidentiality: "R")
    courtroom: String @classified(category: "COURT_AND_CASE_PLAN", confidentiality: "R")
  }

  type PlacementMove implements TimelineEvent {
    occurredOn: String @classified(category: "PLACEMENT", confidentiality: "R")
    summary: String @classified(category: "PLACEMENT", confidentiality: "R")
    placementType: String @classified(category: "PLACEMENT", confidentiality: "R")
  }

  union Alert = RiskAlert | ContactAlert

  type RiskAlert {
    raisedOn: String @classified(category: "CSEC_STATUS", confidentiality: "R", sensitivity: ["SDV"])
    riskLevel: String @classified(category: "CSEC_STATUS", confidentiality: "R", sensitivity: ["SDV"])
  }

  type ContactAlert {
    raisedOn: String @classified(category: "ROSTER", confidentiality: "N")
    contactNote: String @classified(category: "ROSTER", confidentiality: "N")
  }
`;

/** The information category of each concrete type of the timeline and the alerts. */
export const CATEGORY_OF_TYPE = {
  CalendarHearing: 'COURT_AND_CASE_PLAN',
  PlacementMove: 'PLACEMENT',
  RiskAlert: 'CSEC_STATUS',
  ContactAlert: 'ROSTER',
} as const;
export type CalendarTypeName = keyof typeof CATEGORY_OF_TYPE;

export type CalendarItem = { __typename: CalendarTypeName } & Record<string, string>;

/** The same timeline for a youth on every instance and every call: two hearings around a placement move, each value naming the youth. */
export function timelineOf(youthId: string): CalendarItem[] {
  return [
    {
      __typename: 'CalendarHearing',
      occurredOn: '2026-01-12',
      summary: `Detention hearing of ${youthId}`,
      courtroom: `Dept. 3 (${youthId})`,
    },
    {
      __typename: 'PlacementMove',
      occurredOn: '2026-01-20',
      summary: `${youthId} moved to a new home`,
      placementType: `STRTP (${youthId})`,
    },
    { __typename: 'CalendarHearing', occurredOn: '2026-02-09', summary: `Review hearing of ${youthId}`, courtroom: `Dept. 5 (${youthId})` },
  ];
}

export function alertsOf(youthId: string): CalendarItem[] {
  return [
    { __typename: 'RiskAlert', raisedOn: '2026-02-01', riskLevel: `High (${youthId})` },
    { __typename: 'ContactAlert', raisedOn: '2026-02-02', contactNote: `New phone number (${youthId})` },
  ];
}

const resolvers = {
  Youth: {
    __resolveReference: (reference: { id: string }) => ({ id: reference.id }),
    timeline: (youth: { id: string }) => timelineOf(youth.id),
    alerts: (youth: { id: string }) => alertsOf(youth.id),
    nextHearing: (youth: { id: string }) => timelineOf(youth.id).at(-1),
  },
  TimelineEvent: { __resolveType: (item: CalendarItem) => item.__typename },
  Alert: { __resolveType: (item: CalendarItem) => item.__typename },
};

/** One running instance, and every GraphQL request it was sent (query and variables), oldest first. */
export interface CourtCalendarInstance {
  url: string;
  requests: Array<{ query: string; variables?: unknown }>;
  stop: () => Promise<void>;
}

/** Serves the subgraph on a free loopback port: `/graphql`, and `/health` as the system's subgraphs do. */
export async function startCourtCalendar(): Promise<CourtCalendarInstance> {
  const [port] = await freePorts(1);
  const apollo = new ApolloServer({
    schema: buildSubgraphSchema({ typeDefs: parse(COURT_CALENDAR_TYPE_DEFS), resolvers }),
    stopOnTerminationSignals: false,
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  await apollo.start();
  const requests: CourtCalendarInstance['requests'] = [];
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/health') return void response.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
    if (url.pathname !== '/graphql') return void response.writeHead(404).end();
    void (async () => {
      const text = await readBody(request);
      const body = text ? (JSON.parse(text) as { query: string; variables?: unknown }) : undefined;
      if (body) requests.push({ query: body.query, variables: body.variables });
      const headers = new HeaderMap();
      for (const [name, value] of Object.entries(request.headers)) {
        if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
      const result = await apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
        context: async () => ({}),
      });
      for (const [name, value] of result.headers) response.setHeader(name, value);
      response.statusCode = result.status ?? 200;
      if (result.body.kind === 'complete') return void response.end(result.body.string);
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
    url: `http://127.0.0.1:${port}/graphql`,
    requests,
    stop: async () => {
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
