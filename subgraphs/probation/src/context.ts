import type { Requester } from '../../../runtime/requester.ts';
import type { ProbationLoaders } from './loaders.ts';

/** What every probation resolver receives for one request. */
export interface ProbationContext {
  /** Who is asking, as the gateway vouched for them. */
  requester: Requester;
  loaders: ProbationLoaders;
}
