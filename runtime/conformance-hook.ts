import type { PlantAnswer, PlantRequest } from './__generated__/conformance-plant.ts';
import type { SystemConfig } from './config.ts';
import { contractProblem, contractValidator } from './contracts.ts';
import type { AuthenticatedRoute } from './graphql-http.ts';
import { RequestRejection, type Requester } from './requester.ts';

/**
 * The test hook a subgraph offers the conformance kit (docs/integrators.md): outside production,
 * `POST /conformance/plant` with the gateway's token and `{"youth": "<key value>", "marker": "<text>"}`
 * stores, for the youth its `Youth` entity is keyed by, a record whose text fields hold the marker.
 * The kit then checks that no decision withholding those fields ever lets the marker out. The
 * contract is schema/conformance-plant.schema.json.
 */
export const CONFORMANCE_PLANT_PATH = '/conformance/plant';

export type { PlantRequest };

const plantRequest = contractValidator<PlantRequest>('conformance-plant', 'plantRequest');

/** The body of a plant request, or a 400 that says where it is not the contract's. */
export function readPlantRequest(body: unknown): PlantRequest {
  if (!plantRequest(body)) throw new RequestRejection(400, 'BAD_PLANT_REQUEST', contractProblem(plantRequest, 'The plant request'));
  return body;
}

/** The hook's route for a subgraph's gateway routes; none in production, where nothing may be planted. */
export function conformanceHookRoutes(
  config: Pick<SystemConfig, 'mode'>,
  plant: (request: PlantRequest) => Promise<void>,
): Record<string, AuthenticatedRoute<Requester>> {
  if (config.mode === 'production') return {};
  return {
    [CONFORMANCE_PLANT_PATH]: async (_requester, body): Promise<PlantAnswer> => {
      await plant(readPlantRequest(body));
      return { planted: 1 };
    },
  };
}
