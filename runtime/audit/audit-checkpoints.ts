import { existsSync } from 'node:fs';
import { chmod, mkdir, open, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { CompactSign, calculateJwkThumbprint, compactVerify, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import type { Logger } from '../logger.ts';

/**
 * Signed checkpoints of the audit's hash chain, kept outside the database: a database administrator
 * can delete the newest records, or rewrite a record and recompute every hash after it, and the
 * chain alone still verifies. A checkpoint says "at this time the chain reached this record with this
 * hash", signed with a key the database never holds, and is appended to a file the database cannot
 * write (docs/configuration.md, "The anchored audit"). `npm run audit:verify` checks the chain against
 * every checkpoint.
 *
 * One checkpoint per line, a JWS in compact serialization (RFC 7515) signed with Ed25519 (`EdDSA`),
 * whose payload is `{"sequence": n, "hash": "<64 hex>", "at": "<RFC 3339>"}`: any JOSE library can
 * check it with the public key alone.
 */
export interface AuditCheckpoint {
  /** The sequence of the chain's last record then (0: no record yet). */
  sequence: number;
  /** That record's hash (64 zeros for no record). */
  hash: string;
  /** When the checkpoint was made. */
  at: string;
}

/** The media type of a checkpoint's JWS, so that it is never taken for another signed object. */
export const CHECKPOINT_TYPE = 'csec-audit-checkpoint+jws';
const ALGORITHM = 'EdDSA';

/** Where the development checkpoint key pair is kept, beside the other development keys. */
export function auditCheckpointKeyPaths(keysDirectory: string): { privateKeyPath: string; publicKeyPath: string } {
  return {
    privateKeyPath: `${keysDirectory}/audit-checkpoint.private.jwk.json`,
    publicKeyPath: `${keysDirectory}/audit-checkpoint.jwks.json`,
  };
}

/** Generates the development Ed25519 checkpoint key pair when it is missing (setup; production keys come from the county). */
export async function ensureAuditCheckpointKey(keysDirectory: string): Promise<void> {
  const { privateKeyPath, publicKeyPath } = auditCheckpointKeyPaths(keysDirectory);
  if (existsSync(privateKeyPath) && existsSync(publicKeyPath)) return;
  await mkdir(keysDirectory, { recursive: true, mode: 0o700 });
  const { publicKey, privateKey } = await generateKeyPair(ALGORITHM, { crv: 'Ed25519', extractable: true });
  const publicJwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(publicJwk);
  await writeFile(privateKeyPath, JSON.stringify({ ...(await exportJWK(privateKey)), kid, alg: ALGORITHM }), { mode: 0o600 });
  await chmod(privateKeyPath, 0o600);
  await writeFile(publicKeyPath, JSON.stringify({ keys: [{ ...publicJwk, kid, alg: ALGORITHM, use: 'sig' }] }, null, 2));
}

/** A checkpoint key that cannot be read: the audit refuses to start rather than run unanchored. */
export class CheckpointKeyError extends Error {
  readonly code = 'AUDIT_CHECKPOINT_KEY';
}

/** Signs checkpoints with the private key (a JWK of an Ed25519 key) at `privateKeyPath`. */
export async function checkpointSigner(privateKeyPath: string): Promise<(checkpoint: AuditCheckpoint) => Promise<string>> {
  let jwk: JWK;
  try {
    jwk = JSON.parse(await readFile(privateKeyPath, 'utf8')) as JWK;
  } catch {
    throw new CheckpointKeyError(
      `The audit checkpoint key could not be read from ${privateKeyPath} (CSEC_AUDIT_CHECKPOINT_KEY_PATH): the audit is not started without it.`,
    );
  }
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.d !== 'string') {
    throw new CheckpointKeyError(`The audit checkpoint key at ${privateKeyPath} must be an Ed25519 private key as a JWK.`);
  }
  const key = await importJWK(jwk, ALGORITHM);
  const header = { alg: ALGORITHM, typ: CHECKPOINT_TYPE, ...(jwk.kid ? { kid: jwk.kid } : {}) };
  return (checkpoint) => new CompactSign(new TextEncoder().encode(JSON.stringify(checkpoint))).setProtectedHeader(header).sign(key);
}

/** Appends one signed checkpoint to the file, as one line, and waits until it is on disk. */
export async function appendCheckpoint(path: string, signed: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  // Opened for appending only: the writer never rewrites what is already there.
  const file = await open(path, 'a', 0o600);
  try {
    await file.appendFile(`${signed}\n`);
    await file.sync();
  } finally {
    await file.close();
  }
}

/** What reading a checkpoint file found: the checkpoints in order, or the first line that is not one. */
export type CheckpointReading = { checkpoints: AuditCheckpoint[] } | { badLine: number; reason: string } | { missing: true };

/**
 * Reads every checkpoint of the file and checks each signature against the public keys (a JWKS
 * file). A line that is not a checkpoint signed by one of the keys is reported by its number: the
 * file was altered, or written with another key.
 */
export async function readCheckpoints(path: string, publicKeysPath: string): Promise<CheckpointReading> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return { missing: true };
    throw error;
  }
  const { keys } = JSON.parse(await readFile(publicKeysPath, 'utf8')) as { keys: JWK[] };
  const publicKeys = await Promise.all(
    keys.filter((jwk) => jwk.crv === 'Ed25519').map(async (jwk) => ({ kid: jwk.kid, key: await importJWK(jwk, ALGORITHM) })),
  );
  const checkpoints: AuditCheckpoint[] = [];
  const lines = text.split('\n');
  for (const [index, line] of lines.entries()) {
    if (line === '' && index === lines.length - 1) break;
    const checkpoint = await verifiedCheckpoint(line, publicKeys);
    if (typeof checkpoint === 'string') return { badLine: index + 1, reason: checkpoint };
    checkpoints.push(checkpoint);
  }
  return { checkpoints };
}

async function verifiedCheckpoint(
  line: string,
  publicKeys: Array<{ kid: string | undefined; key: Awaited<ReturnType<typeof importJWK>> }>,
): Promise<AuditCheckpoint | string> {
  for (const { key } of publicKeys) {
    try {
      const { payload, protectedHeader } = await compactVerify(line, key, { algorithms: [ALGORITHM] });
      if (protectedHeader.typ !== CHECKPOINT_TYPE) return 'it is not an audit checkpoint';
      const checkpoint = JSON.parse(new TextDecoder().decode(payload)) as Partial<AuditCheckpoint>;
      if (
        !Number.isSafeInteger(checkpoint.sequence) ||
        typeof checkpoint.hash !== 'string' ||
        !/^[0-9a-f]{64}$/.test(checkpoint.hash) ||
        typeof checkpoint.at !== 'string'
      ) {
        return 'its signed content is not a checkpoint';
      }
      return { sequence: checkpoint.sequence as number, hash: checkpoint.hash, at: checkpoint.at };
    } catch {
      // Tried with the next key.
    }
  }
  return 'its signature does not verify with the audit checkpoint public key';
}

export interface CheckpointerOptions {
  /** The chain's head as it should be anchored now. */
  head: () => Promise<{ sequence: number; hash: string }>;
  sign: (checkpoint: AuditCheckpoint) => Promise<string>;
  path: string;
  intervalMs: number;
  logger: Pick<Logger, 'error'>;
}

/**
 * Makes a checkpoint at start, then every interval while the chain has grown, and a last one when
 * stopped (shutdown). A checkpoint that cannot be made is logged; the audit keeps recording, and the
 * next one anchors everything since.
 */
export class AuditCheckpointer {
  private readonly options: CheckpointerOptions;
  private timer: NodeJS.Timeout | undefined;
  private last: { sequence: number; hash: string } | undefined;
  private writing: Promise<void> = Promise.resolve();

  constructor(options: CheckpointerOptions) {
    this.options = options;
  }

  async start(): Promise<void> {
    await this.checkpoint(true);
    this.timer = setInterval(() => void this.checkpoint(false), this.options.intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.checkpoint(false);
  }

  /** One at a time, in order; unless `always`, only when the head moved since the last one. */
  checkpoint(always: boolean): Promise<void> {
    this.writing = this.writing.then(async () => {
      try {
        const head = await this.options.head();
        if (!always && this.last && this.last.sequence === head.sequence && this.last.hash === head.hash) return;
        await appendCheckpoint(this.options.path, await this.options.sign({ ...head, at: new Date().toISOString() }));
        this.last = head;
      } catch (error) {
        this.options.logger.error(
          { code: 'AUDIT_CHECKPOINT_FAILED', reason: (error as Error).message },
          'an audit checkpoint could not be made',
        );
      }
    });
    return this.writing;
  }
}
