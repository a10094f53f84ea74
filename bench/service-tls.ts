import https from 'node:https';
import { Agent, setGlobalDispatcher } from 'undici';
import type { SystemConfig } from '../runtime/config.ts';
import { callServicesWith } from '../runtime/service-http.ts';
import { readServiceIdentity, type ServiceIdentity } from '../runtime/service-tls.ts';

/**
 * The bench runs the system as deployed, TLS between the services included: every client in a
 * bench process trusts the services' authority and shows `identity`'s certificate. The ungated
 * gateways reach the subgraphs as ours does, with the gateway's certificate, whatever HTTP client
 * they bring: `callService`, `fetch` (undici's global dispatcher) and Node's https agent (Hive
 * Gateway's client); the stock gateway's client is given the same settings by the baseline.
 */
export function benchCallsAs(config: SystemConfig, identity: string): ServiceIdentity {
  const tls = readServiceIdentity(config.tls, identity);
  callServicesWith(tls);
  setGlobalDispatcher(new Agent({ connect: { ca: tls.ca, cert: tls.cert, key: tls.key } }));
  https.globalAgent = new https.Agent({ keepAlive: true, ca: tls.ca, cert: tls.cert, key: tls.key });
  return tls;
}
