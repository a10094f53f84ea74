import type { FederationFixture } from './harness.ts';

/**
 * A transit agency: a value interface whose implementations are entities of two other subgraphs
 * (its fields resolved type by type), a composite key, `@provides` on a list, `@requires` of fields
 * that implement the interface (one of which throws), errors under the interface, and a mutation.
 */
const routes = [
  {
    line: 'R1',
    name: 'Crosstown',
    vehicles: [
      ['Bus', 'bus-1'],
      ['Train', 'train-1'],
      ['Bus', 'bus-2'],
    ],
  },
  { line: 'R2', name: 'Harbor Express', vehicles: [['Train', 'train-2']] },
  { line: 'R3', name: 'Night Owl', vehicles: [] },
];
const stops = [
  { line: 'R1', seq: 1, name: 'Depot' },
  { line: 'R1', seq: 2, name: 'Main & 5th' },
  { line: 'R2', seq: 1, name: 'Harbor' },
  { line: 'R2', seq: 2, name: 'Union Station' },
];
const buses = [
  { id: 'bus-1', plate: '7ABC123', capacity: 60, status: 'IN_SERVICE', line: 'R1' },
  { id: 'bus-2', plate: '7XYZ987', capacity: 40, status: 'BOOM', line: 'R1' },
  { id: 'bus-3', plate: '8JKL456', capacity: 80, status: null, line: null },
];
const trains = [
  { id: 'train-1', cars: 4, status: 'IN_SERVICE' },
  { id: 'train-2', cars: 6, status: 'DELAYED' },
];
const platforms: Record<string, string> = { 'R1/1': 'A', 'R2/1': 'BOOM', 'R2/2': '12' };
const fares: Record<string, number> = { R1: 250, R2: 400, R3: 300 };

function orThrow<T>(value: T, what: string): T {
  if (value === 'BOOM') throw new Error(`${what}: the source is unavailable`);
  return value;
}
const routeBy = (reference: { line: string }) => routes.find((route) => route.line === reference.line) ?? null;
const stopKey = (stop: { line: string; seq: number }) => `${stop.line}/${stop.seq}`;

export const transitFixture: FederationFixture = {
  name: 'transit',
  subgraphs: [
    {
      name: 'routes',
      typeDefs: `
        type Query { routes: [Route!]! route(line: String!): Route }
        interface Vehicle { id: ID! }
        type Bus implements Vehicle @key(fields: "id", resolvable: false) { id: ID! }
        type Train implements Vehicle @key(fields: "id", resolvable: false) { id: ID! }
        type Route @key(fields: "line") { line: String! name: String! @shareable vehicles: [Vehicle!]! stops: [Stop!]! }
        type Stop @key(fields: "line seq") { line: String! seq: Int! name: String! }`,
      imports: ['@shareable'],
      resolvers: {
        Query: { routes: () => routes, route: (_: unknown, { line }) => routeBy({ line }) },
        Vehicle: { __resolveType: (vehicle: { kind: string }) => vehicle.kind },
        Route: {
          __resolveReference: routeBy,
          vehicles: (route: (typeof routes)[number]) => route.vehicles.map(([kind, id]) => ({ kind, id })),
          stops: (route: (typeof routes)[number]) => stops.filter((stop) => stop.line === route.line),
        },
        Stop: {
          __resolveReference: (reference: { line: string; seq: number }) => stops.find((stop) => stopKey(stop) === stopKey(reference)),
        },
      },
    },
    {
      name: 'bus-fleet',
      imports: ['@external', '@provides'],
      typeDefs: `
        type Query { buses: [Bus!]! }
        interface Vehicle { id: ID! capacity: Int! status: String }
        type Bus implements Vehicle @key(fields: "id") {
          id: ID! capacity: Int! status: String plate: String! currentRoute: Route @provides(fields: "name")
        }
        type Route @key(fields: "line") { line: String! name: String! @external }`,
      resolvers: {
        Query: { buses: () => buses },
        Bus: {
          __resolveReference: (reference: { id: string }) => buses.find((bus) => bus.id === reference.id),
          status: (bus: (typeof buses)[number]) => orThrow(bus.status, 'telemetry'),
          currentRoute: (bus: (typeof buses)[number]) => (bus.line ? { line: bus.line, name: routeBy({ line: bus.line })?.name } : null),
        },
      },
    },
    {
      name: 'rail-ops',
      typeDefs: `
        interface Vehicle { id: ID! capacity: Int! status: String }
        type Train implements Vehicle @key(fields: "id") { id: ID! capacity: Int! status: String cars: Int! }
        type Stop @key(fields: "line seq") { line: String! seq: Int! platform: String }`,
      resolvers: {
        Train: {
          __resolveReference: (reference: { id: string }) => trains.find((train) => train.id === reference.id),
          capacity: (train: (typeof trains)[number]) => train.cars * 120,
        },
        Stop: { platform: (stop: { line: string; seq: number }) => orThrow(platforms[stopKey(stop)] ?? null, 'signage') },
      },
    },
    {
      name: 'fares',
      imports: ['@external', '@requires'],
      typeDefs: `
        type Mutation { quoteFare(line: String!, riders: Int!): FareQuote }
        type FareQuote { total: Int route: Route! }
        type Route @key(fields: "line") { line: String! baseFare: Int! }
        type Bus @key(fields: "id") { id: ID! capacity: Int! @external status: String @external fareCap: Int @requires(fields: "capacity status") }
        type Train @key(fields: "id") { id: ID! cars: Int! @external seatFare: Int! @requires(fields: "cars") }`,
      resolvers: {
        Mutation: {
          // Computes and keeps nothing, so both gateways may send it.
          quoteFare: (_: unknown, { line, riders }) => {
            if (riders > 40) throw new Error('group fares: the source is unavailable');
            return { total: fares[line] === undefined ? null : (fares[line] as number) * riders, route: { line } };
          },
        },
        Route: { baseFare: (route: { line: string }) => fares[route.line] },
        Bus: { fareCap: (bus: { capacity: number; status: string | null }) => (bus.status === 'IN_SERVICE' ? bus.capacity * 5 : null) },
        Train: { seatFare: (train: { cars: number }) => 100 + train.cars * 10 },
      },
    },
  ],
  operations: [
    {
      name: 'interface fields resolved by type in two subgraphs',
      query: '{ routes { line name vehicles { __typename id capacity } } }',
    },
    {
      name: 'inline fragments and @requires on each implementation',
      query: '{ route(line: "R1") { vehicles { __typename ... on Bus { plate fareCap } ... on Train { cars seatFare } } } }',
      // bus-2 is vehicles[2]; the stock gateway reports the index it has among the buses fetched.
      errorPaths: [['route', 'vehicles', 1, 'status']],
    },
    { name: '@provides on a list of entities', query: '{ buses { plate currentRoute { line name } } }' },
    { name: '@provides, then a jump for the rest', query: '{ buses { plate currentRoute { name baseFare vehicles { id } } } }' },
    {
      name: 'a composite key across three subgraphs',
      query: '{ routes { line baseFare stops { seq name platform } } }',
      errorPaths: [['routes', 1, 'stops', 0, 'platform']],
    },
    {
      name: 'an interface field that throws in one implementation',
      query: '{ routes { vehicles { id status } } }',
      errorPaths: [['routes', 0, 'vehicles', 1, 'status']], // as above: bus-2 is vehicles[2]
    },
    {
      name: 'a named fragment on the interface with a nested one',
      query: `query Fleet { routes { name vehicles { ...VehicleCard } } buses { ...VehicleCard } }
        fragment VehicleCard on Vehicle { __typename id capacity ...TrainBits }
        fragment TrainBits on Train { cars seatFare }`,
    },
    {
      name: '@include with a variable, and a variable argument',
      query:
        'query Line($line: String!, $withStops: Boolean!) { route(line: $line) { name stops @include(if: $withStops) { seq name } baseFare } }',
      variables: { line: 'R2', withStops: true },
    },
    {
      name: 'aliases, an absent entity and an empty list',
      query: '{ r1: route(line: "R1") { name } r3: route(line: "R3") { name vehicles { id } } none: route(line: "R9") { name } }',
    },
    {
      name: 'a mutation, its answer resolved in two more subgraphs',
      query: `mutation Quote($riders: Int!) { quoteFare(line: "R1", riders: $riders) { total route { name vehicles { __typename id capacity } } }
        group: quoteFare(line: "R2", riders: 50) { total } }`,
      variables: { riders: 3 },
      errorPaths: [['group']],
    },
    {
      name: '__typename only, through the interface',
      query: '{ __typename routes { __typename vehicles { __typename } stops { __typename } } }',
    },
  ],
};
