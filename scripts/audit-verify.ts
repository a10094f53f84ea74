import { parseArgs } from 'node:util';
import { readCheckpoints } from '../runtime/audit/audit-checkpoints.ts';
import { ConfigurationError, loadConfig } from '../runtime/config.ts';
import { openSubgraphStore } from '../runtime/relational-subgraph.ts';
import { verifyDisclosureChain, type ChainVerification } from '../subgraphs/csec/src/disclosure-audit.ts';
import { csecSubgraph } from '../subgraphs/csec/src/service.ts';

const USAGE = `Usage: npm run audit:verify

Checks that the audit of disclosure decisions in the CSEC program's database is intact: recomputes
the hash of every record in order, checks each record's link to the one before it, and checks the
chain against every signed checkpoint the csec subgraph made of it (CSEC_AUDIT_CHECKPOINTS_PATH,
verified with the public key at CSEC_AUDIT_CHECKPOINT_PUBLIC_KEY_PATH). The checkpoints, kept outside
the database, show records removed from the end of the chain and records rewritten with every later
hash recomputed, which the chain alone cannot.

The database is the one the csec subgraph uses: PostgreSQL when CSEC_DATABASE_URL is set, otherwise
the embedded store under CSEC_DATA_DIR (default .data). The embedded store can be opened by one process
at a time: stop the services (npm start) before running this against it.

Exit status: 0 when the chain is intact and matches every checkpoint, 1 when it does not (or there is no
valid checkpoint file), 2 when it could not be checked.
`;

const { values } = parseArgs({ options: { help: { type: 'boolean', short: 'h', default: false } } });
if (values.help) {
  process.stdout.write(USAGE);
  process.exit(0);
}

try {
  const config = loadConfig();
  const { checkpointsPath, checkpointPublicKeyPath } = config.audit;
  const reading = await readCheckpoints(checkpointsPath, checkpointPublicKeyPath);
  const store = await openSubgraphStore(csecSubgraph, config);
  try {
    const result = await verifyDisclosureChain(store, 'checkpoints' in reading ? reading.checkpoints : []);
    if (!result.intact) {
      process.stdout.write(`${brokenChain(result)}\n`);
      process.exitCode = 1;
    } else if ('missing' in reading || ('checkpoints' in reading && reading.checkpoints.length === 0)) {
      process.stdout.write(
        `Audit chain intact: ${result.recordsChecked} records checked, but there are no signed checkpoints at ${checkpointsPath}: ` +
          'without them the removal of the newest records, or records rewritten with every later hash recomputed, would go unnoticed.\n',
      );
      process.exitCode = 1;
    } else if ('badLine' in reading) {
      process.stdout.write(
        `Audit chain intact: ${result.recordsChecked} records checked, but line ${reading.badLine} of the checkpoint file ${checkpointsPath} ` +
          `is not a valid checkpoint (${reading.reason}): the checkpoint file was altered or written with another key.\n`,
      );
      process.exitCode = 1;
    } else {
      const newest = reading.checkpoints.reduce<(typeof reading.checkpoints)[number] | undefined>(
        (latest, checkpoint) => (!latest || checkpoint.sequence >= latest.sequence ? checkpoint : latest),
        undefined,
      );
      const unanchored = result.head.sequence - (newest?.sequence ?? 0);
      process.stdout.write(
        `Audit chain intact: ${result.recordsChecked} records checked, matching ${reading.checkpoints.length} signed checkpoints` +
          (newest ? ` (the newest anchors record #${newest.sequence}, at ${newest.at})` : '') +
          (unanchored > 0 ? `; the ${unanchored} records written after it are not anchored yet.` : '.') +
          '\n',
      );
    }
  } finally {
    await store.close();
  }
} catch (error) {
  const detail = error instanceof ConfigurationError ? error.message : `The audit could not be read: ${(error as Error).message}`;
  process.stderr.write(`${detail}\n${USAGE}`);
  process.exitCode = 2;
}

/** What is wrong with the chain, in words a privacy officer can act on. */
function brokenChain(result: ChainVerification): string {
  const unmatched = result.unmatchedCheckpoint;
  if (!unmatched) {
    return (
      `Audit chain broken at record #${result.firstBrokenSequence}: its hash or its link to the record before it ` +
      'does not match, so it or a record before it was changed or removed after it was written.'
    );
  }
  const { checkpoint, found } = unmatched;
  if (found !== undefined) {
    return (
      `Audit chain does not match the signed checkpoint of ${checkpoint.at}: record #${checkpoint.sequence} had the hash ` +
      `${checkpoint.hash} then and has ${found} now, so records up to #${checkpoint.sequence} were rewritten after that ` +
      'checkpoint (their hashes recomputed).'
    );
  }
  if (checkpoint.sequence > result.head.sequence) {
    return (
      `Audit chain ends at record #${result.head.sequence}, but the signed checkpoint of ${checkpoint.at} saw it reach record ` +
      `#${checkpoint.sequence}: records #${result.head.sequence + 1} to #${checkpoint.sequence} were removed after they were written.`
    );
  }
  return (
    `Audit chain has no record #${checkpoint.sequence}, which the signed checkpoint of ${checkpoint.at} anchors: records were ` +
    'removed and the chain rebuilt around them.'
  );
}
