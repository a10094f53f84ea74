import type { ChildWelfareLoaders } from './loaders.ts';

/** What every child welfare resolver receives for one request. */
export interface ChildWelfareContext {
  loaders: ChildWelfareLoaders;
}
