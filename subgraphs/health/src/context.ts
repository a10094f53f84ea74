import type { HealthLoaders } from './loaders.ts';

/** What every health resolver receives for one request. */
export interface HealthContext {
  loaders: HealthLoaders;
}
