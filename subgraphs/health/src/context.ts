import type { Requester } from '../../../runtime/requester.ts';
import type { HealthLoaders } from './loaders.ts';

/** What every health resolver receives for one request. */
export interface HealthContext {
  /** Who is asking, as the gateway vouched for them. */
  requester: Requester;
  loaders: HealthLoaders;
}
