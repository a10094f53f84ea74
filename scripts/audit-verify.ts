import { parseArgs } from 'node:util';
import { ConfigurationError, loadConfig } from '../runtime/config.ts';
import { openSubgraphStore } from '../runtime/relational-subgraph.ts';
import { verifyDisclosureChain } from '../subgraphs/csec/src/disclosure-audit.ts';
import { csecSubgraph } from '../subgraphs/csec/src/service.ts';

const USAGE = `Usage: npm run audit:verify

Checks that the audit of disclosure decisions in the CSEC program's database is intact: recomputes
the hash of every record in order and checks each record's link to the one before it.

The database is the one the csec subgraph uses: PostgreSQL when CSEC_DATABASE_URL is set, otherwise
the embedded store under CSEC_DATA_DIR (default .data). The embedded store can be opened by one process
at a time: stop the services (npm start) before running this against it.

Exit status: 0 when the chain is intact, 1 when it is broken, 2 when it could not be checked.
`;

const { values } = parseArgs({ options: { help: { type: 'boolean', short: 'h', default: false } } });
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}

try {
  const store = await openSubgraphStore(csecSubgraph, loadConfig());
  try {
    const result = await verifyDisclosureChain(store);
    if (result.intact) {
      process.stdout.write(`Audit chain intact: ${result.recordsChecked} records checked.\n`);
    } else {
      process.stdout.write(
        `Audit chain broken at record #${result.firstBrokenSequence}: its hash or its link to the record before it ` +
          'does not match, so it or a record before it was changed or removed after it was written.\n',
      );
      process.exitCode = 1;
    }
  } finally {
    await store.close();
  }
} catch (error) {
  const detail = error instanceof ConfigurationError ? error.message : `The audit could not be read: ${(error as Error).message}`;
  process.stderr.write(`${detail}\n${USAGE}`);
  process.exitCode = 2;
}
