import type { CsecLoaders } from './loaders.ts';

/** What every CSEC program resolver receives for one request. */
export interface CsecContext {
  loaders: CsecLoaders;
  /** Today's date (YYYY-MM-DD) for this request, so every age in one response agrees. */
  today: string;
}
