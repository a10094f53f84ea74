import type { MutationResolvers } from './__generated__/resolvers-types.ts';
import type { CsecContext } from './context.ts';
import { announceFactsChange } from '../../../runtime/facts-changes/feed.ts';

type Resolver = (parent: unknown, args: unknown, context: CsecContext, info: unknown) => unknown;

/**
 * Every write is answered only once the gateways have heard the facts version it committed (or
 * that nothing changed), so "the youth revoked the consent" is true for the very next request at any
 * gateway. A write that failed may still have committed part of itself, so it is announced too.
 */
export function answeredOnceHeard(mutations: MutationResolvers<CsecContext>): MutationResolvers<CsecContext> {
  const announced: Record<string, Resolver> = {};
  for (const [name, resolver] of Object.entries(mutations)) {
    if (typeof resolver !== 'function') throw new Error(`The csec mutation ${name} must be a plain resolver to be announced.`);
    const resolve = resolver as Resolver;
    announced[name] = async (parent, args, context, info) => {
      try {
        return await resolve(parent, args, context, info);
      } finally {
        await announceFactsChange(context.source.store);
      }
    };
  }
  return announced as MutationResolvers<CsecContext>;
}
