import { randomUUID } from 'node:crypto';
import type { Requester } from '../../runtime/requester.ts';
import type { RequesterTokenSigner } from '../../runtime/requester-token.ts';
import { callService } from '../../runtime/service-http.ts';

/** Who the gateway is when it asks on its own behalf: no person, no purpose that opens anything. */
const GATEWAY_ITSELF: Omit<Requester, 'requestId'> = {
  userId: 'csec-mdt-gateway',
  agency: 'CSEC_PROGRAM',
  roles: [],
  purposeOfUse: 'HOPERAT',
  breakGlassReason: null,
};

/**
 * One question of the gateway's own long polls of a subgraph (a facts version, the notices given),
 * signed as the gateway itself for that subgraph alone: its answer's JSON, for the caller to check
 * against its contract. Anything but 200 throws.
 */
export async function askAsGateway(
  signer: RequesterTokenSigner,
  route: { subgraph: string; url: string; path: string },
  question: unknown,
  timeoutMs: number,
): Promise<unknown> {
  const body = JSON.stringify(question);
  const token = signer.sign({ ...GATEWAY_ITSELF, requestId: randomUUID() }, route.subgraph, { method: 'POST', path: route.path, body });
  const response = await callService(route.url, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', accept: 'application/json' },
    body,
    timeoutMs,
  });
  if (response.status !== 200) throw new Error(`The ${route.subgraph} subgraph answered HTTP ${response.status}.`);
  return JSON.parse(response.body) as unknown;
}
