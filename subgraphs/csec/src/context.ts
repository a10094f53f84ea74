import type { Requester } from '../../../runtime/requester.ts';
import type { CsecLoaders } from './loaders.ts';

/** What every CSEC program resolver receives for one request. */
export interface CsecContext {
  /** Who is asking, as the gateway vouched for them. */
  requester: Requester;
  loaders: CsecLoaders;
  /** Today's date (YYYY-MM-DD) for this request, so every age in one response agrees. */
  today: string;
}
