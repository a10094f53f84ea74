import type { ProbationLoaders } from './loaders.ts';

/** What every probation resolver receives for one request. */
export interface ProbationContext {
  loaders: ProbationLoaders;
}
