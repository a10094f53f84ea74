import { parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema, type ValidationRule } from 'graphql';

/** Operations whose parsed and validated form is kept. */
const MAX_REMEMBERED_OPERATIONS = 500;

/**
 * Operations parsed and validated against the API schema, by their text (null: invalid, which Apollo
 * Server then reports). Clients send the same few operations again and again; validating one against
 * the whole schema costs more than deciding a profile.
 */
export class OperationDocuments {
  private readonly schema: GraphQLSchema;
  private readonly rules: readonly ValidationRule[];
  private readonly documents = new Map<string, DocumentNode | null>();

  constructor(schema: GraphQLSchema, validationRules: readonly ValidationRule[]) {
    this.schema = schema;
    this.rules = [...specifiedRules, ...validationRules];
  }

  valid(query: string): DocumentNode | null {
    let document = this.documents.get(query);
    if (document !== undefined) {
      // Most recently used last, so the oldest is the first to go.
      this.documents.delete(query);
      this.documents.set(query, document);
      return document;
    }
    try {
      document = parse(query, { noLocation: true });
      if (validate(this.schema, document, this.rules).length > 0) document = null;
    } catch {
      document = null;
    }
    this.documents.set(query, document);
    if (this.documents.size > MAX_REMEMBERED_OPERATIONS) this.documents.delete(this.documents.keys().next().value as string);
    return document;
  }
}
