import type { FederationFixture } from './harness.ts';

/**
 * A catalogue of books, films and albums: an entity interface whose field returns a list of mixed
 * concrete types, an `@interfaceObject` subgraph adding fields to every implementation (and a root
 * field of its own returning the interface), and a subgraph extending one implementation only.
 */
type Kind = 'Book' | 'Film' | 'Album';
interface Item {
  id: string;
  kind: Kind;
  title: string;
  year: number | null;
  related: string[];
  pages?: number;
  runtimeMinutes?: number;
  director?: string;
  trackCount?: number;
}
const items: Item[] = [
  { id: 'b1', kind: 'Book', title: 'Kindred', year: 1979, related: ['f1', 'a1'], pages: 264 },
  { id: 'b2', kind: 'Book', title: 'Parable of the Sower', year: 1993, related: ['b1'], pages: 345 },
  { id: 'b3', kind: 'Book', title: 'Dawn', year: null, related: [], pages: 248 },
  { id: 'f1', kind: 'Film', title: 'Arrival', year: 2016, related: ['b2', 'a1', 'f2'], runtimeMinutes: 116, director: 'BOOM' },
  { id: 'f2', kind: 'Film', title: 'Moonlight', year: 2016, related: [], runtimeMinutes: 111, director: 'Barry Jenkins' },
  { id: 'a1', kind: 'Album', title: 'Blue', year: 1971, related: ['f2', 'b3'], trackCount: 10 },
];
const ratings: Record<string, { averageRating: number; ratingCount: number; critique: string | null }> = {
  b1: { averageRating: 4.6, ratingCount: 120, critique: 'A classic.' },
  f1: { averageRating: 4.2, ratingCount: 88, critique: null },
  a1: { averageRating: 4.9, ratingCount: 300, critique: 'BOOM' },
  b2: { averageRating: 3.8, ratingCount: 41, critique: 'Prescient.' },
};
const members = [
  { id: 'm1', name: 'Octavia', loans: ['b1', 'b2'] },
  { id: 'm2', name: 'Nnedi', loans: ['b3'] },
];

const itemBy = (reference: { id: string }) => items.find((item) => item.id === reference.id) ?? null;
function orThrow<T>(value: T, what: string): T {
  if (value === 'BOOM') throw new Error(`${what}: the source is unavailable`);
  return value;
}
const mediaFields = { related: (item: Item) => item.related.map((id) => itemBy({ id })) };

export const mediaFixture: FederationFixture = {
  name: 'media',
  subgraphs: [
    {
      name: 'catalog',
      typeDefs: `
        type Query { allMedia: [Media!]! media(id: ID!): Media featured: Media }
        interface Media @key(fields: "id") { id: ID! title: String! year: Int related: [Media!]! }
        type Book implements Media @key(fields: "id") { id: ID! title: String! year: Int related: [Media!]! pages: Int! }
        type Film implements Media @key(fields: "id") {
          id: ID! title: String! year: Int related: [Media!]! runtimeMinutes: Int! director: String
        }
        type Album implements Media @key(fields: "id") { id: ID! title: String! year: Int related: [Media!]! trackCount: Int! }`,
      resolvers: {
        Query: { allMedia: () => items, media: (_: unknown, { id }) => itemBy({ id }), featured: () => itemBy({ id: 'f2' }) },
        Media: { __resolveReference: itemBy, __resolveType: (item: Item) => item.kind },
        Book: { __resolveReference: itemBy, ...mediaFields },
        Film: { __resolveReference: itemBy, ...mediaFields, director: (item: Item) => orThrow(item.director, 'credits') },
        Album: { __resolveReference: itemBy, ...mediaFields },
      },
    },
    {
      name: 'ratings',
      imports: ['@interfaceObject'],
      typeDefs: `
        type Query { topRated(limit: Int!): [Media!]! }
        type Media @key(fields: "id") @interfaceObject { id: ID! averageRating: Float ratingCount: Int! critique: String }`,
      resolvers: {
        Query: {
          topRated: (_: unknown, { limit }) =>
            Object.entries(ratings)
              .sort(([, a], [, b]) => b.averageRating - a.averageRating)
              .slice(0, limit)
              .map(([id]) => ({ id })),
        },
        Media: {
          __resolveReference: (reference: { id: string }) => ({ id: reference.id }),
          averageRating: (media: { id: string }) => ratings[media.id]?.averageRating ?? null,
          ratingCount: (media: { id: string }) => ratings[media.id]?.ratingCount ?? 0,
          critique: (media: { id: string }) => orThrow(ratings[media.id]?.critique ?? null, 'critics'),
        },
      },
    },
    {
      name: 'loans',
      typeDefs: `
        type Query { members: [Member!]! member(id: ID!): Member }
        type Member @key(fields: "id") { id: ID! name: String! loans: [Book!]! }
        type Book @key(fields: "id") { id: ID! onLoan: Boolean! borrower: Member }`,
      resolvers: {
        Query: { members: () => members, member: (_: unknown, { id }) => members.find((member) => member.id === id) ?? null },
        Member: {
          __resolveReference: (reference: { id: string }) => members.find((member) => member.id === reference.id),
          loans: (member: (typeof members)[number]) => member.loans.map((id) => ({ id })),
        },
        Book: {
          onLoan: (book: { id: string }) => members.some((member) => member.loans.includes(book.id)),
          borrower: (book: { id: string }) => {
            if (book.id === 'b3') throw new Error('circulation: the source is unavailable');
            return members.find((member) => member.loans.includes(book.id)) ?? null;
          },
        },
      },
    },
  ],
  operations: [
    {
      name: 'concrete types behind an entity interface',
      query: '{ allMedia { __typename id title ... on Book { pages } ... on Film { runtimeMinutes } ... on Album { trackCount } } }',
    },
    { name: '@interfaceObject fields on a list of the interface', query: '{ allMedia { title averageRating ratingCount } }' },
    {
      name: 'root field of the @interfaceObject subgraph',
      query: '{ topRated(limit: 3) { __typename id title averageRating ... on Book { pages onLoan } ... on Album { trackCount } } }',
    },
    {
      name: 'interface field returning mixed concrete types',
      query: `{ media(id: "f1") { title related { __typename title year averageRating
        ... on Book { pages borrower { name } } ... on Film { runtimeMinutes } ... on Album { trackCount } } } }`,
    },
    {
      name: 'named fragments on the interface and its implementations',
      query: `query Shelf { featured { ...MediaCard } allMedia { ...MediaCard } }
        fragment MediaCard on Media { id title ...FilmBits ...BookBits }
        fragment FilmBits on Film { runtimeMinutes }
        fragment BookBits on Book { pages onLoan }`,
    },
    {
      name: 'errors in three subgraphs under one list',
      query: '{ allMedia { title critique ... on Film { director } ... on Book { borrower { name } } } }',
      errorPaths: [
        ['allMedia', 2, 'borrower'],
        ['allMedia', 3, 'director'],
        ['allMedia', 5, 'critique'],
      ],
    },
    {
      name: '@include and @skip on inline fragments',
      query: `query Pick($books: Boolean!, $noFilms: Boolean!) {
        allMedia { id ... on Book @include(if: $books) { pages } ... on Film @skip(if: $noFilms) { runtimeMinutes } ratingCount @include(if: $books) } }`,
      variables: { books: true, noFilms: true },
    },
    {
      name: 'nested entity lists through the interface',
      query: '{ members { name loans { title year averageRating related { __typename title } } } }',
    },
    {
      name: 'aliases, an absent entity and an interface fragment on a concrete type',
      query: `{ a: media(id: "b2") { title } b: media(id: "a1") { title ... on Album { trackCount } } missing: media(id: "zz") { title }
        member(id: "m1") { loans { ... on Media { title ratingCount } } } }`,
    },
    {
      name: 'from the @interfaceObject root through the mixed list to an error',
      query: '{ topRated(limit: 2) { title related { __typename title critique } } }',
      errorPaths: [['topRated', 1, 'related', 1, 'critique']],
    },
    {
      name: 'one response key for a different field on each concrete type',
      query: '{ allMedia { title ... on Book { size: pages } ... on Film { size: runtimeMinutes } ... on Album { size: trackCount } } }',
    },
    { name: '__typename alone from the @interfaceObject root', query: '{ topRated(limit: 4) { __typename } }' },
  ],
};
