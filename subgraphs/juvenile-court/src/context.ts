import type { Requester } from '../../../runtime/requester.ts';
import type { JuvenileCourtLoaders } from './loaders.ts';

/** What every Juvenile court resolver receives for one request. */
export interface JuvenileCourtContext {
  /** Who is asking, as the gateway vouched for them. */
  requester: Requester;
  loaders: JuvenileCourtLoaders;
}
