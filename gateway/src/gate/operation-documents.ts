import { LRUCache } from 'lru-cache';
import { GraphQLError, parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema, type ValidationRule } from 'graphql';
import { RequestRejection } from '../../../runtime/requester.ts';

/** Operations whose parsed and validated form is kept. */
const MAX_REMEMBERED_OPERATIONS = 500;

/** An operation refused by the limits: its answer, kept like a valid operation's document. */
type Refused = { rejection: RequestRejection };

export interface OperationDocumentsOptions {
  schema: GraphQLSchema;
  /** Rules about the operation's size (operation limits), checked alone before the rest. */
  limitRules: readonly ValidationRule[];
  /** Most lexical tokens an operation may have. */
  maxTokens: number;
}

/**
 * Operations parsed and validated against the API schema, by their text (null: invalid, which Apollo
 * Server then reports). Clients send the same few operations again and again; validating one against
 * the whole schema costs more than deciding a profile.
 *
 * The work an operation can cause is bounded before it is done: parsing stops at `maxTokens`, and the
 * size limits are checked alone, in one linear pass, before the standard rules, one of which
 * (overlapping fields) grows with the square of the fields selected together. An operation either
 * refuses is answered here with 400 and never reaches Apollo Server.
 */
export class OperationDocuments {
  private readonly options: OperationDocumentsOptions;
  /** Refused operations too, so one sent again is refused without being read again; `null` for one Apollo Server refuses. */
  private readonly documents = new LRUCache<string, { document: DocumentNode | Refused | null }>({ max: MAX_REMEMBERED_OPERATIONS });

  constructor(options: OperationDocumentsOptions) {
    this.options = options;
  }

  valid(query: string): DocumentNode | null {
    let document = this.documents.get(query)?.document;
    if (document === undefined) {
      document = this.read(query);
      this.documents.set(query, { document });
    }
    if (document !== null && 'rejection' in document) throw document.rejection;
    return document;
  }

  private read(query: string): DocumentNode | Refused | null {
    let document: DocumentNode;
    try {
      document = parse(query, { noLocation: true, maxTokens: this.options.maxTokens });
    } catch (error) {
      if (error instanceof GraphQLError && /more th(?:an|at) \d+ tokens/.test(error.message)) {
        return refused(
          `The operation is longer than ${this.options.maxTokens} tokens allow. Ask for less, or split it into several requests.`,
        );
      }
      return null;
    }
    const overLimits = validate(this.options.schema, document, this.options.limitRules);
    if (overLimits.length > 0) return refused(overLimits.map((error) => error.message).join(' '));
    return validate(this.options.schema, document, specifiedRules).length > 0 ? null : document;
  }
}

function refused(message: string): Refused {
  return { rejection: new RequestRejection(400, 'OPERATION_LIMIT_EXCEEDED', message) };
}
