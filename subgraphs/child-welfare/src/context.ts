import type { Requester } from '../../../runtime/requester.ts';
import type { ChildWelfareLoaders } from './loaders.ts';

/** What every child welfare resolver receives for one request. */
export interface ChildWelfareContext {
  /** Who is asking, as the gateway vouched for them. */
  requester: Requester;
  loaders: ChildWelfareLoaders;
}
