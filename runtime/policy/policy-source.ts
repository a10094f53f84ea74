import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { MAX_BUNDLE_BYTES, parseBundleArchive } from './bundle-archive.ts';
import { readBundleVerificationKey, type BundleSigningAlgorithm, type BundleVerificationKey } from './bundle-signature.ts';
import { DisclosurePolicy } from './disclosure-policy.ts';

export interface PolicySourceOptions {
  /** A bundle file, or the http(s) URL of a bundle server. */
  location: string;
  /** Public key (SPKI PEM) every bundle must be signed for. */
  publicKeyPath: string;
  signingAlgorithm?: BundleSigningAlgorithm;
  /** How often to look for a new bundle; 0 looks only once, at start. */
  pollIntervalMs: number;
  /** A new revision is now deciding (the first good bundle too, changing from `unavailable`). */
  onChange?: (change: PolicyChange) => void;
  /** A bundle could not be fetched, verified or loaded; the revision already deciding keeps deciding. */
  onFailure?: (reason: string) => void;
  /** Longest wait for the bundle server. */
  requestTimeoutMs?: number;
  /** Largest bundle accepted, packed or unpacked. */
  maxBundleBytes?: number;
}

export interface PolicyChange {
  revision: string;
  previousRevision: string;
}

/** What one look at the location found. */
export type PolicyCheck = 'changed' | 'unchanged' | 'failed';

class BundleFetchError extends Error {
  readonly code = 'POLICY_BUNDLE_UNAVAILABLE';
}

/**
 * The disclosure policy currently in force, kept current from a signed bundle. A new bundle is
 * verified and compiled aside, then swapped in by one assignment: a request keeps the policy it
 * took from `current()`, so nothing is dropped or decided by a half-loaded policy. A bundle that
 * cannot be fetched, does not verify or does not load is ignored and the last good revision keeps
 * deciding; until one good bundle has loaded, every field is withheld.
 */
export class PolicySource {
  private policy = DisclosurePolicy.withholdingEverything();
  private readonly options: PolicySourceOptions;
  private readonly url: URL | undefined;
  private verification: BundleVerificationKey | undefined;
  /** What the location looked like at the last look that reached a bundle, to skip unchanged ones. */
  private fileStamp: string | undefined;
  private etag: string | undefined;
  /** Digest of the last bundle tried, good or bad: the same bytes are never verified twice. */
  private triedDigest: string | undefined;
  private checking: Promise<PolicyCheck> | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly abort = new AbortController();
  private stopped = false;

  private constructor(options: PolicySourceOptions) {
    this.options = options;
    this.url = /^https?:\/\//i.test(options.location) ? new URL(options.location) : undefined;
  }

  /** Loads the first bundle (or fails closed) and starts polling. */
  static async start(options: PolicySourceOptions): Promise<PolicySource> {
    const source = new PolicySource(options);
    try {
      source.verification = await readBundleVerificationKey(options.publicKeyPath, options.signingAlgorithm ?? 'ES256');
    } catch (error) {
      source.report(`${message(error)}; every field is withheld`);
      return source;
    }
    await source.refresh();
    source.schedule();
    return source;
  }

  /** The policy to decide a request with; take it once per request. */
  current(): DisclosurePolicy {
    return this.policy;
  }

  get revision(): string {
    return this.policy.revision;
  }

  /** Looks at the location now; concurrent calls share one look. */
  refresh(): Promise<PolicyCheck> {
    if (!this.verification || this.stopped) return Promise.resolve('unchanged');
    this.checking ??= this.check().finally(() => {
      this.checking = undefined;
    });
    return this.checking;
  }

  stop(): void {
    this.stopped = true;
    this.abort.abort();
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private schedule(): void {
    if (this.stopped || this.options.pollIntervalMs <= 0) return;
    this.timer = setTimeout(() => {
      void this.refresh().finally(() => this.schedule());
    }, this.options.pollIntervalMs);
    this.timer.unref();
  }

  private async check(): Promise<PolicyCheck> {
    let bundle: Buffer | undefined;
    let stamp: string | undefined;
    try {
      ({ bundle, stamp } = this.url ? await this.download(this.url) : await this.readFile(this.options.location));
    } catch (error) {
      if (this.stopped) return 'unchanged';
      this.report(`the policy bundle could not be fetched: ${message(error)}`);
      return 'failed';
    }
    if (!bundle) return 'unchanged';
    const digest = createHash('sha256').update(bundle).digest('hex');
    this.remember(stamp);
    if (digest === this.triedDigest) return 'unchanged';
    this.triedDigest = digest;
    let next: DisclosurePolicy;
    try {
      const files = parseBundleArchive(bundle, this.options.maxBundleBytes ?? MAX_BUNDLE_BYTES);
      next = await DisclosurePolicy.fromBundle(files, this.verification);
    } catch (error) {
      this.report(`the policy bundle was refused: ${message(error)}; revision ${this.policy.revision} keeps deciding`);
      return 'failed';
    }
    if (this.stopped) return 'unchanged';
    const previousRevision = this.policy.revision;
    this.policy = next;
    this.options.onChange?.({ revision: next.revision, previousRevision });
    return 'changed';
  }

  private remember(stamp: string | undefined): void {
    if (this.url) this.etag = stamp;
    else this.fileStamp = stamp;
  }

  /** The file's bytes, unless its identity, size and modification time are those seen last. */
  private async readFile(path: string): Promise<{ bundle: Buffer | undefined; stamp: string }> {
    const before = await stat(path, { bigint: true });
    const stamp = `${before.dev}:${before.ino}:${before.size}:${before.mtimeNs}`;
    if (stamp === this.fileStamp) return { bundle: undefined, stamp };
    const maxBytes = this.options.maxBundleBytes ?? MAX_BUNDLE_BYTES;
    if (before.size > BigInt(maxBytes)) throw new BundleFetchError(`the bundle file is larger than ${maxBytes} bytes`);
    return { bundle: await readFile(path), stamp };
  }

  /** The bundle from its server, unless the server answers 304 to the ETag seen last. */
  private async download(url: URL): Promise<{ bundle: Buffer | undefined; stamp: string | undefined }> {
    const response = await fetch(url, {
      headers: { accept: 'application/gzip, application/octet-stream', ...(this.etag ? { 'if-none-match': this.etag } : {}) },
      signal: AbortSignal.any([this.abort.signal, AbortSignal.timeout(this.options.requestTimeoutMs ?? 30_000)]),
    });
    if (response.status === 304) {
      await response.body?.cancel();
      return { bundle: undefined, stamp: this.etag };
    }
    if (response.status !== 200) {
      await response.body?.cancel();
      throw new BundleFetchError(`the bundle server answered HTTP ${response.status}`);
    }
    return {
      bundle: await readLimited(response, this.options.maxBundleBytes ?? MAX_BUNDLE_BYTES),
      stamp: response.headers.get('etag') ?? undefined,
    };
  }

  private report(reason: string): void {
    this.options.onFailure?.(reason);
  }
}

async function readLimited(response: Response, maxBytes: number): Promise<Buffer> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw new BundleFetchError(`the bundle is larger than ${maxBytes} bytes`);
  }
  const chunks: Buffer[] = [];
  let length = 0;
  const reader = response.body?.getReader();
  for (let part = await reader?.read(); reader && part && !part.done; part = await reader.read()) {
    length += part.value.byteLength;
    if (length > maxBytes) {
      await reader.cancel();
      throw new BundleFetchError(`the bundle is larger than ${maxBytes} bytes`);
    }
    chunks.push(Buffer.from(part.value));
  }
  return Buffer.concat(chunks);
}

function message(error: unknown): string {
  if (error instanceof Error) return error.name === 'TimeoutError' ? 'the bundle server did not answer in time' : error.message;
  return 'unknown error';
}
