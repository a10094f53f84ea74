import type { FederationFixture } from './harness.ts';

/**
 * A court's calendar: unions whose members are entities of other subgraphs, a union declared in
 * two subgraphs with different members (merged by composition), a union field returning members
 * from two other subgraphs, resolvers that throw under union members, skipped root fields and
 * introspection beside the data.
 */
const hearings = [
  { id: 'h1', caseNumber: 'JV-101', day: '2026-01-05', startsAt: '09:00', room: '3A', judgeId: 'j1' },
  { id: 'h2', caseNumber: 'JV-102', day: '2026-01-05', startsAt: '13:30', room: '4C', judgeId: 'j2' },
  { id: 'h3', caseNumber: 'JV-101', day: '2026-01-06', startsAt: '10:00', room: '3A', judgeId: 'j1' },
];
const recesses = [
  { day: '2026-01-05', startsAt: '12:00', reason: 'Lunch' },
  { day: '2026-01-06', startsAt: '12:15', reason: null },
];
const judges = [
  {
    id: 'j1',
    name: 'Hon. A. Reyes',
    chambersPhone: '555-0101',
    docket: [
      ['Hearing', 'h1'],
      ['Motion', 'm1'],
      ['Hearing', 'h3'],
    ],
  },
  {
    id: 'j2',
    name: 'Hon. B. Okafor',
    chambersPhone: 'BOOM',
    docket: [
      ['Motion', 'm2'],
      ['Hearing', 'h2'],
      ['Motion', 'm3'],
    ],
  },
];
const motions = [
  { id: 'm1', caseNumber: 'JV-101', title: 'Motion to continue', filedBy: 'Counsel for minor', ruling: 'Granted', hearingId: 'h1' },
  { id: 'm2', caseNumber: 'JV-102', title: 'Motion to seal', filedBy: 'County counsel', ruling: 'BOOM', hearingId: 'h2' },
  { id: 'm3', caseNumber: 'JV-102', title: 'Motion for visitation', filedBy: 'Parent', ruling: null, hearingId: null },
];
const exhibits = [
  { caseNumber: 'JV-101', label: 'Exhibit A' },
  { caseNumber: 'JV-102', label: 'Exhibit 7' },
];
const rooms = [
  { number: '3A', floor: 3, capacity: 40, closures: [{ day: '2026-01-09', note: 'HVAC service' }] },
  { number: '4C', floor: 4, capacity: 25, closures: [] },
];

function orThrow<T>(value: T, what: string): T {
  if (value === 'BOOM') throw new Error(`${what}: the source is unavailable`);
  return value;
}
const hearingBy = (reference: { id: string }) => hearings.find((hearing) => hearing.id === reference.id) ?? null;
const motionBy = (reference: { id: string }) => motions.find((motion) => motion.id === reference.id) ?? null;

export const courtCalendarFixture: FederationFixture = {
  name: 'court-calendar',
  subgraphs: [
    {
      name: 'court-calendar',
      typeDefs: `
        type Query { calendar(day: String!): [CalendarEntry!]! hearing(id: ID!): Hearing }
        union CalendarEntry = Hearing | Recess
        type Hearing @key(fields: "id") { id: ID! caseNumber: String! startsAt: String! room: Courtroom }
        type Recess { startsAt: String! reason: String }
        type Courtroom @key(fields: "number", resolvable: false) { number: String! }`,
      resolvers: {
        Query: {
          calendar: (_: unknown, { day }) =>
            [...hearings.filter((hearing) => hearing.day === day), ...recesses.filter((recess) => recess.day === day)].sort((a, b) =>
              a.startsAt.localeCompare(b.startsAt),
            ),
          hearing: (_: unknown, { id }) => hearingBy({ id }),
        },
        CalendarEntry: { __resolveType: (entry: object) => ('caseNumber' in entry ? 'Hearing' : 'Recess') },
        Hearing: { __resolveReference: hearingBy, room: (hearing: (typeof hearings)[number]) => ({ number: hearing.room }) },
      },
    },
    {
      name: 'judges',
      typeDefs: `
        type Query { judges: [Judge!]! }
        type Judge @key(fields: "id") { id: ID! name: String! chambersPhone: String docket: [DocketItem!]! }
        union DocketItem = Hearing | Motion
        type Hearing @key(fields: "id") { id: ID! judge: Judge! }
        type Motion @key(fields: "id", resolvable: false) { id: ID! }`,
      resolvers: {
        Query: { judges: () => judges },
        Judge: {
          __resolveReference: (reference: { id: string }) => judges.find((judge) => judge.id === reference.id),
          chambersPhone: (judge: (typeof judges)[number]) => orThrow(judge.chambersPhone, 'directory'),
          docket: (judge: (typeof judges)[number]) => judge.docket.map(([kind, id]) => ({ kind, id })),
        },
        DocketItem: { __resolveType: (item: { kind: string }) => item.kind },
        Hearing: {
          __resolveReference: (reference: { id: string }) => ({ id: reference.id }),
          judge: (hearing: { id: string }) => judges.find((judge) => judge.id === hearingBy(hearing)?.judgeId),
        },
      },
    },
    {
      name: 'filings',
      typeDefs: `
        type Query { filings(caseNumber: String!): [Filing!]! }
        union Filing = Motion | Exhibit
        type Motion @key(fields: "id") { id: ID! title: String! filedBy: String! ruling: String hearing: Hearing }
        type Exhibit { label: String! }
        type Hearing @key(fields: "id") { id: ID! motions: [Motion!]! }`,
      resolvers: {
        Query: {
          filings: (_: unknown, { caseNumber }) => [
            ...motions.filter((motion) => motion.caseNumber === caseNumber),
            ...exhibits.filter((exhibit) => exhibit.caseNumber === caseNumber),
          ],
        },
        Filing: { __resolveType: (filing: object) => ('title' in filing ? 'Motion' : 'Exhibit') },
        Motion: {
          __resolveReference: motionBy,
          ruling: (motion: (typeof motions)[number]) => orThrow(motion.ruling, 'rulings'),
          hearing: (motion: (typeof motions)[number]) => (motion.hearingId ? { id: motion.hearingId } : null),
        },
        Hearing: { motions: (hearing: { id: string }) => motions.filter((motion) => motion.hearingId === hearing.id) },
      },
    },
    {
      name: 'court-rooms',
      typeDefs: `
        union CalendarEntry = Maintenance
        type Maintenance { day: String! note: String! }
        type Courtroom @key(fields: "number") { number: String! floor: Int! capacity: Int! closures: [CalendarEntry!]! }`,
      resolvers: {
        CalendarEntry: { __resolveType: () => 'Maintenance' },
        Courtroom: { __resolveReference: (reference: { number: string }) => rooms.find((room) => room.number === reference.number) },
      },
    },
  ],
  operations: [
    {
      name: 'a union list with inline fragments',
      query: '{ calendar(day: "2026-01-05") { __typename ... on Hearing { caseNumber startsAt } ... on Recess { startsAt reason } } }',
    },
    {
      name: 'from a union member into two other subgraphs',
      query: '{ calendar(day: "2026-01-05") { ... on Hearing { caseNumber judge { name } room { number floor capacity } } } }',
    },
    {
      name: 'a union whose members live in two other subgraphs',
      query: '{ judges { name docket { __typename ... on Hearing { caseNumber startsAt } ... on Motion { title filedBy } } } }',
    },
    {
      name: 'errors at an entity and under a union member',
      query: '{ judges { name chambersPhone docket { ... on Motion { title ruling } } } }',
      // The throwing motion is judges[1].docket[0]; the stock gateway names the item at the index the
      // motion has among the fetch's representations, counted over every docket item.
      errorPaths: [
        ['judges', 1, 'chambersPhone'],
        ['judges', 0, 'docket', 1, 'ruling'],
      ],
    },
    {
      name: 'named fragments on a union and its members',
      query: `query Day { calendar(day: "2026-01-06") { ...Entry } }
        fragment Entry on CalendarEntry { __typename ...HearingBits ... on Recess { reason } }
        fragment HearingBits on Hearing { id caseNumber motions { title } }`,
    },
    {
      name: 'a union root field of another subgraph, back through two more',
      query:
        '{ filings(caseNumber: "JV-101") { __typename ... on Motion { title hearing { startsAt judge { name } } } ... on Exhibit { label } } }',
    },
    {
      name: 'a member declared by another subgraph, never returned here',
      query: '{ calendar(day: "2026-01-06") { __typename ... on Maintenance { note } ... on Recess { startsAt } } }',
    },
    {
      name: 'a union merged from two subgraphs, reached through an entity',
      query: '{ hearing(id: "h1") { motions { title ruling } room { number closures { __typename ... on Maintenance { day note } } } } }',
    },
    {
      name: '@skip on a fragment spread and @include on a field',
      query: `query Brief($brief: Boolean!, $withJudge: Boolean!) {
        calendar(day: "2026-01-05") { __typename ...HearingBits @skip(if: $brief) ... on Hearing { judge @include(if: $withJudge) { name } } } }
        fragment HearingBits on Hearing { caseNumber room { floor } }`,
      variables: { brief: false, withJudge: true },
    },
    {
      name: 'aliases with different arguments',
      query: `{ mon: calendar(day: "2026-01-05") { __typename } tue: calendar(day: "2026-01-06") { __typename ... on Hearing { id } }
        none: calendar(day: "2026-01-07") { __typename } missing: hearing(id: "h9") { id } jv102: filings(caseNumber: "JV-102") { ... on Motion { title ruling } } }`,
      errorPaths: [['jv102', 0, 'ruling']],
    },
    {
      name: 'every root field skipped',
      query:
        'query None($skip: Boolean!) { calendar(day: "2026-01-05") @skip(if: $skip) { __typename } judges @include(if: false) { name } }',
      variables: { skip: true },
    },
    {
      name: 'a field selected twice, and an inline fragment without a type condition',
      query: `query Twice($withPhone: Boolean!) { judges { name docket { ... on Motion { title } ... on Motion { filedBy title } }
        ... @include(if: $withPhone) { id } name } }`,
      variables: { withPhone: true },
    },
    {
      name: 'introspection beside the data',
      query:
        '{ __schema { queryType { name } } __type(name: "CalendarEntry") { kind possibleTypes { name } } calendar(day: "2026-01-06") { __typename } }',
    },
  ],
};
