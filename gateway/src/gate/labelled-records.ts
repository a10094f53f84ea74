import type { GraphQLNamedType } from 'graphql';

/**
 * A type of records that carry their own labels (confidentiality and sensitivity, as FHIR security
 * labels do): its subgraph decides each record with the policy, on the facts it is sent.
 */
export function isLabelledRecord(type: GraphQLNamedType | null | undefined): boolean {
  return (
    type !== null && type !== undefined && 'getFields' in type && 'confidentiality' in type.getFields() && 'sensitivity' in type.getFields()
  );
}
