import type { EducationLoaders } from './loaders.ts';

/** What every education resolver receives for one request. */
export interface EducationContext {
  loaders: EducationLoaders;
}
