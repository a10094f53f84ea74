import { getNamedType, getNullableType, isListType, type FieldNode, type GraphQLSchema } from 'graphql';
import type { Obligation } from '../../../runtime/policy/policy-input.ts';
import type { Requester } from '../../../runtime/requester.ts';
import type { FieldDecision } from './coordinate-listing.ts';
import { isLabelledRecord } from './labelled-records.ts';
import type { GraphQLResponseBody } from './response-completion.ts';
import type { AnalyzedOperation } from './selection-analysis.ts';

const LABELLED_RECORDS_NOTICE = 'Records with restrictions of their own may be left out of lists; they are not counted.';

/**
 * The answer's `extensions.disclosure`: the policy revision that decided, the obligations of every
 * disclosed value (the 42 CFR 2.32 notice...), each with the categories of the values it came with
 * so a client shows it beside them, notices, and the review flag of emergency access.
 */
export function withDisclosureExtensions(
  response: GraphQLResponseBody,
  decisions: readonly FieldDecision[],
  revision: string,
  requester: Requester,
  notices: string[],
): string {
  const obligations = new Map<string, { obligation: Obligation; categories: Set<string> }>();
  for (const { decision, category } of decisions) {
    if (!decision.allow) continue;
    for (const obligation of decision.obligations) {
      const key = `${obligation.kind}|${obligation.code}`;
      const carried = obligations.get(key) ?? { obligation, categories: new Set<string>() };
      carried.categories.add(category);
      obligations.set(key, carried);
    }
  }
  const review = decisions.some(({ decision }) => decision.review);
  response.extensions = {
    ...response.extensions,
    disclosure: {
      policyRevision: revision,
      obligations: [...obligations.values()].map(({ obligation, categories }) => ({ ...obligation, categories: [...categories].sort() })),
      ...(notices.length > 0 ? { notices } : {}),
      ...(review ? { review: { breakGlass: requester.breakGlassReason !== null, flaggedForReview: true } } : {}),
    },
  };
  return JSON.stringify(response);
}

/**
 * The notices an answer always carries: a query that reaches a list of records carrying their own
 * labels (health records) is told that a subgraph may leave some out, whether or not any were.
 */
export function labelledRecordNotices(schema: GraphQLSchema, analyzed: AnalyzedOperation, removed: ReadonlySet<FieldNode>): string[] {
  const reaches = analyzed.fields.some((field) => {
    if (removed.has(field.node)) return false;
    return field.coordinates.some((coordinate) => {
      const [typeName, fieldName] = coordinate.split('.') as [string, string];
      const type = schema.getType(typeName);
      const definition = type && 'getFields' in type ? type.getFields()[fieldName] : undefined;
      return definition !== undefined && isListType(getNullableType(definition.type)) && isLabelledRecord(getNamedType(definition.type));
    });
  });
  return reaches ? [LABELLED_RECORDS_NOTICE] : [];
}
