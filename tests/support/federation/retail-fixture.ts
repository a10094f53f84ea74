import type { FederationFixture } from './harness.ts';

/**
 * Seven subgraphs of a retailer, two of them with hyphenated names: a product with two keys,
 * `@requires` (a scalar and a nested object from another subgraph), `@provides`, entity lists
 * resolved across subgraphs, resolvers that throw at the root, in entity fetches and in required
 * fields, a non-null field that throws (nulling a parent, or the whole answer), several operations
 * in one document, a default variable value and an invalid operation.
 */
const products = [
  { id: 'p1', sku: 'SKU-1', name: 'Kettle', weightGrams: 1200, warrantyTerms: '2 years' },
  { id: 'p2', sku: 'SKU-2', name: 'Teapot', weightGrams: 800, warrantyTerms: null },
  { id: 'p3', sku: 'SKU-3', name: 'Mug', weightGrams: 300, warrantyTerms: 'BOOM' },
  { id: 'p4', sku: 'SKU-4', name: 'Grinder', weightGrams: 2500, warrantyTerms: '5 years' },
];
const stock: Record<string, { inStock: number; warehouses: string[]; origin: string }> = {
  'SKU-1': { inStock: 12, warehouses: ['W1', 'W2'], origin: 'Portugal' },
  'SKU-2': { inStock: 0, warehouses: [], origin: 'BOOM' },
  'SKU-3': { inStock: 240, warehouses: ['W2', 'W3'], origin: 'Mexico' },
  'SKU-4': { inStock: 3, warehouses: ['W3'], origin: 'Japan' },
};
const warehouses = [
  { code: 'W1', city: 'Fresno', manager: 'R. Ortiz', restocking: ['p2', 'p4'] },
  { code: 'W2', city: 'Stockton', manager: 'BOOM', restocking: ['p1'] },
  { code: 'W3', city: 'Modesto', manager: null, restocking: ['p3', 'p1', 'p2'] },
];
const prices: Record<string, number> = { p1: 4500, p2: 2900, p3: 900, p4: 12000 };
const customers = [
  { id: 'c1', email: 'ada@example.org', handle: 'ada', tier: 'GOLD' },
  { id: 'c2', email: 'lin@example.org', handle: 'lin', tier: 'BOOM' },
  { id: 'c3', email: 'sam@example.org', handle: 'sam', tier: null },
];
const reviews = [
  { id: 'r1', rating: 5, body: 'Boils fast', productId: 'p1', authorId: 'c1' },
  { id: 'r2', rating: 3, body: null, productId: 'p3', authorId: 'c2' },
  { id: 'r3', rating: 4, body: 'Nice glaze', productId: 'p3', authorId: 'c3' },
  { id: 'r4', rating: 1, body: 'Cracked', productId: 'p2', authorId: 'c1' },
];

/** A value, or the error a broken source gives for the marker `BOOM`. */
function orThrow<T>(value: T, what: string): T {
  if (value === 'BOOM') throw new Error(`${what}: the source is unavailable`);
  return value;
}
const productBy = (reference: { id?: string; sku?: string }) =>
  products.find((product) => (reference.id ? product.id === reference.id : product.sku === reference.sku)) ?? null;

export const retailFixture: FederationFixture = {
  name: 'retail',
  subgraphs: [
    {
      name: 'product-catalog',
      imports: ['@shareable'],
      typeDefs: `
        type Query { products: [Product!]! product(sku: String!): Product productById(id: ID!): Product }
        type Product @key(fields: "id") @key(fields: "sku") {
          id: ID! sku: String! name: String! @shareable weightGrams: Int! warrantyTerms: String
        }`,
      resolvers: {
        Query: {
          products: () => products,
          product: (_: unknown, { sku }) => productBy({ sku }),
          productById: (_: unknown, { id }) => productBy({ id }),
        },
        Product: { __resolveReference: productBy, warrantyTerms: (product) => orThrow(product.warrantyTerms, 'warranty') },
      },
    },
    {
      name: 'inventory',
      typeDefs: `
        type Query { warehouses: [Warehouse!]! }
        type Product @key(fields: "sku") { sku: String! inStock: Int! origin: String! warehouses: [Warehouse!]! }
        type Warehouse @key(fields: "code") { code: ID! city: String! }`,
      resolvers: {
        Query: { warehouses: () => warehouses },
        Product: {
          __resolveReference: (reference: { sku: string }) => ({ sku: reference.sku, ...stock[reference.sku] }),
          warehouses: (product) => product.warehouses.map((code: string) => warehouses.find((warehouse) => warehouse.code === code)),
          origin: (product) => orThrow(product.origin, 'customs'),
        },
        Warehouse: {
          __resolveReference: (reference: { code: string }) => warehouses.find((warehouse) => warehouse.code === reference.code),
        },
      },
    },
    {
      name: 'warehouse-ops',
      typeDefs: `
        type Warehouse @key(fields: "code") { code: ID! manager: String restocking: [Product!]! }
        type Product @key(fields: "id", resolvable: false) { id: ID! }`,
      resolvers: {
        Warehouse: {
          __resolveReference: (reference: { code: string }) => warehouses.find((warehouse) => warehouse.code === reference.code),
          manager: (warehouse) => orThrow(warehouse.manager, 'manager'),
          restocking: (warehouse) => warehouse.restocking.map((id: string) => ({ id })),
        },
      },
    },
    {
      name: 'pricing',
      imports: ['@shareable'],
      typeDefs: `
        type Product @key(fields: "id") { id: ID! price: Money! discountedPrice: Money }
        type Money @shareable { amount: Int! currency: String! }`,
      resolvers: {
        Product: {
          __resolveReference: (reference: { id: string }) => ({ id: reference.id }),
          price: (product) => ({ amount: prices[product.id], currency: 'USD' }),
          discountedPrice: (product) => {
            if (product.id === 'p2') throw new Error('promotions: the source is unavailable');
            return product.id === 'p4' ? null : { amount: Math.round((prices[product.id] ?? 0) * 0.9), currency: 'USD' };
          },
        },
      },
    },
    {
      name: 'shipping',
      imports: ['@shareable', '@external', '@requires'],
      typeDefs: `
        type Product @key(fields: "id") {
          id: ID! weightGrams: Int! @external price: Money! @external
          shippingEstimate(zone: String!): Int @requires(fields: "weightGrams")
          freeShipping: Boolean! @requires(fields: "price { amount }")
        }
        type Money @shareable { amount: Int! currency: String! }`,
      resolvers: {
        Product: {
          shippingEstimate: (product, { zone }) => {
            if (zone === 'MOON') throw new Error('no carrier serves this zone');
            return Math.ceil(product.weightGrams / 500) * (zone === 'CA' ? 300 : 700);
          },
          freeShipping: (product) => product.price.amount >= 4000,
        },
      },
    },
    {
      name: 'reviews',
      imports: ['@external', '@provides'],
      typeDefs: `
        type Query { latestReviews(limit: Int = 3): [Review!]! }
        type Review { id: ID! rating: Int! body: String product: Product! @provides(fields: "name") author: Customer! }
        type Product @key(fields: "id") { id: ID! name: String! @external reviews: [Review!]! }
        type Customer @key(fields: "id") { id: ID! reviews: [Review!]! }`,
      resolvers: {
        Query: { latestReviews: (_: unknown, { limit }) => reviews.slice(0, limit) },
        Review: {
          product: (review) => ({ id: review.productId, name: productBy({ id: review.productId })?.name }),
          author: (review) => ({ id: review.authorId }),
        },
        Product: { reviews: (product) => reviews.filter((review) => review.productId === product.id) },
        Customer: { reviews: (customer) => reviews.filter((review) => review.authorId === customer.id) },
      },
    },
    {
      name: 'customers',
      typeDefs: `
        type Query { customers: [Customer!]! customer(email: String!): Customer }
        type Customer @key(fields: "id") @key(fields: "email") { id: ID! email: String! handle: String! tier: String }`,
      resolvers: {
        Query: {
          customers: () => customers,
          customer: (_: unknown, { email }) => customers.find((customer) => customer.email === email) ?? null,
        },
        Customer: {
          __resolveReference: (reference: { id?: string; email?: string }) =>
            customers.find((customer) => customer.id === reference.id || customer.email === reference.email),
          tier: (customer) => orThrow(customer.tier, 'loyalty'),
        },
      },
    },
  ],
  operations: [
    { name: 'catalogue across five subgraphs', query: '{ products { id sku name inStock price { amount currency } reviews { rating } } }' },
    {
      name: 'entry by the second key',
      query: '{ product(sku: "SKU-2") { id name price { amount } reviews { rating body author { handle } } warehouses { city } } }',
    },
    { name: '@requires: scalar and nested object', query: '{ products { name shippingEstimate(zone: "CA") freeShipping } }' },
    {
      name: 'aliases and a @requires field that throws',
      query:
        '{ product(sku: "SKU-1") { name near: shippingEstimate(zone: "CA") far: shippingEstimate(zone: "NV") moon: shippingEstimate(zone: "MOON") } }',
      errorPaths: [['product', 'moon']],
    },
    {
      name: '@provides, then a field the provider cannot give',
      query: '{ latestReviews(limit: 4) { rating product { name inStock } author { handle tier } } }',
      errorPaths: [['latestReviews', 1, 'author', 'tier']],
    },
    {
      name: 'entity lists through a third subgraph',
      query: '{ warehouses { code city manager restocking { sku name price { amount } warehouses { code } } } }',
      errorPaths: [['warehouses', 1, 'manager']],
    },
    {
      name: 'named fragments and an entity fetch that throws',
      query: `query Cards { products { ...Card } }
        fragment Card on Product { sku name ...Pricing }
        fragment Pricing on Product { price { amount } discountedPrice { amount currency } }`,
      errorPaths: [['products', 1, 'discountedPrice']],
    },
    {
      name: '@include and @skip with variables (true)',
      query: `query Toggles($withReviews: Boolean!, $skipStock: Boolean!) {
        products { name reviews @include(if: $withReviews) { rating } inStock @skip(if: $skipStock) } }`,
      variables: { withReviews: true, skipStock: true },
    },
    {
      name: '@include and @skip with variables (false)',
      query: `query Toggles($withReviews: Boolean!, $skipStock: Boolean!) {
        products { name reviews @include(if: $withReviews) { rating } inStock @skip(if: $skipStock) } }`,
      variables: { withReviews: false, skipStock: false },
    },
    {
      name: 'absent entities and a root field that throws',
      query: '{ product(sku: "SKU-404") { name } productById(id: "p3") { name warrantyTerms } products { warrantyTerms } }',
      errorPaths: [
        ['productById', 'warrantyTerms'],
        ['products', 2, 'warrantyTerms'],
      ],
    },
    {
      name: 'entry by a customer key, then products',
      query:
        'query Ada($email: String!) { customer(email: $email) { handle tier reviews { rating product { name inStock freeShipping } } } }',
      variables: { email: 'ada@example.org' },
    },
    {
      name: 'a non-null field that throws nulls its nullable parent',
      query: '{ product(sku: "SKU-2") { name origin } other: product(sku: "SKU-1") { name origin } }',
      errorPaths: [['product', 'origin']],
    },
    {
      name: 'a non-null field that throws nulls the whole answer',
      query: '{ products { name origin } }',
      errorPaths: [['products', 1, 'origin']],
    },
    {
      name: 'the second operation of a document, with a default variable value',
      query: `query First { products { id } }
        query Second($limit: Int = 2) { latestReviews(limit: $limit) { rating product { sku name } } }`,
      operationName: 'Second',
    },
    {
      name: 'a field no subgraph defines',
      query: '{ products { name colour } }',
      errorPaths: [null],
      status: 400,
    },
  ],
};
