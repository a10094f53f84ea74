import type { Requester } from '../../../runtime/requester.ts';
import type { EducationLoaders } from './loaders.ts';

/** What every education resolver receives for one request. */
export interface EducationContext {
  /** Who is asking, as the gateway vouched for them. */
  requester: Requester;
  loaders: EducationLoaders;
}
