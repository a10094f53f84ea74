import type { SystemConfig } from './config.ts';
import type { AuthenticatedRoute } from './graphql-http.ts';
import { RequestRejection, type Requester } from './requester.ts';

/**
 * The test hook a subgraph offers the conformance kit (docs/integrators.md): outside production,
 * `POST /conformance/plant` with the gateway's token and `{"youth": "<key value>", "marker": "<text>"}`
 * stores, for the youth its `Youth` entity is keyed by, a record whose text fields hold the marker.
 * The kit then checks that no decision withholding those fields ever lets the marker out.
 */
export const CONFORMANCE_PLANT_PATH = '/conformance/plant';

export interface PlantRequest {
  youth: string;
  marker: string;
}

/** The body of a plant request, or a 400 that says what to send. */
export function readPlantRequest(body: unknown): PlantRequest {
  const { youth, marker } = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const valid = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= 128;
  if (!valid(youth) || !valid(marker)) {
    throw new RequestRejection(400, 'BAD_PLANT_REQUEST', 'Send {"youth": "<key value>", "marker": "<text>"}, each 1 to 128 characters.');
  }
  return { youth, marker };
}

/** The hook's route for a subgraph's gateway routes; none in production, where nothing may be planted. */
export function conformanceHookRoutes(
  config: Pick<SystemConfig, 'mode'>,
  plant: (request: PlantRequest) => Promise<void>,
): Record<string, AuthenticatedRoute<Requester>> {
  if (config.mode === 'production') return {};
  return {
    [CONFORMANCE_PLANT_PATH]: async (_requester, body) => {
      await plant(readPlantRequest(body));
      return { planted: 1 };
    },
  };
}
