import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { runConformance } from '../conformance/checks.ts';
import { GatewayImpersonation } from '../conformance/gateway-impersonation.ts';
import { conformanceReport } from '../conformance/report.ts';
import { loadConfig } from '../runtime/config.ts';
import { callServicesWith } from '../runtime/service-http.ts';
import { readServiceIdentity } from '../runtime/service-tls.ts';

/**
 * npm run subgraph:conformance -- --url <subgraph GraphQL URL> --name <agency> [--youth k1,k2] [--report file.md] [--gateway-key path]
 * Checks a running subgraph, in any language, against the rules every subgraph must obey
 * (docs/integrators.md), and prints the report; exits 1 when any check fails.
 */
const { values } = parseArgs({
  options: {
    url: { type: 'string' },
    name: { type: 'string' },
    youth: { type: 'string', default: '' },
    report: { type: 'string' },
    'gateway-key': { type: 'string' },
  },
});

let url: URL | undefined;
try {
  url = values.url ? new URL(values.url) : undefined;
} catch {
  url = undefined;
}
if (!url || !values.name) {
  process.stderr.write("Give the subgraph's GraphQL URL and its name: --url https://127.0.0.1:4007/graphql --name casa-program\n");
  process.exit(2);
}

const config = loadConfig();
// The kit stands in for the gateway: it signs as the gateway and presents the gateway's certificate.
callServicesWith(readServiceIdentity(config.tls, 'gateway'));
const keyPath = values['gateway-key'] ?? config.gateway.signingKeyPath;
const gateway = await GatewayImpersonation.fromKeyFile(keyPath, url, values.name);
const results = await runConformance({ name: values.name, url, gateway, youth: values.youth.split(',').filter(Boolean) });
const report = conformanceReport(values.name, url.href, results, new Date());
process.stdout.write(report);
if (values.report) await writeFile(values.report, report);
process.exit(results.every((result) => result.passed) ? 0 : 1);
