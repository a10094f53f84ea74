import { BREAK, visit, type DocumentNode } from 'graphql';
import { RequestRejection } from '../../../runtime/requester.ts';

/** The prefix of the aliases the gate adds to an operation (operation-rewrite.ts). */
export const RESERVED_ALIAS_PREFIX = 'csecGate';

const checked = new WeakMap<DocumentNode, boolean>();

/**
 * Refuses an operation that uses an alias the gate keeps for its own fields, which it could not tell
 * from them. The check runs in the gate, not among the validation rules: the operation the gate sends
 * on to be planned carries those aliases.
 */
export function refuseReservedAliases(document: DocumentNode): void {
  let reserved = checked.get(document);
  if (reserved === undefined) {
    reserved = false;
    visit(document, {
      Field(field) {
        if (!field.alias?.value.startsWith(RESERVED_ALIAS_PREFIX)) return undefined;
        reserved = true;
        return BREAK;
      },
    });
    checked.set(document, reserved);
  }
  if (reserved) {
    throw new RequestRejection(
      400,
      'GRAPHQL_VALIDATION_FAILED',
      `Aliases beginning with "${RESERVED_ALIAS_PREFIX}" are reserved; rename them.`,
    );
  }
}
