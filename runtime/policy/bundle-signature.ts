import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { compactVerify, importSPKI, type CryptoKey } from 'jose';
import type { BundleFiles } from './bundle-archive.ts';

/**
 * Verification of a signed OPA bundle, as `opa build --signing-key` writes it and OPA's bundle
 * plugin checks it (https://www.openpolicyagent.org/docs/management-bundles#signing):
 *
 * - `.signatures.json` is `{"signatures": ["<compact JWS>"]}` with exactly one token;
 * - the token's payload is `{"files": [{"name", "hash", "algorithm"}...], "keyid"?, "scope"?, "iat"?, "iss"?}`;
 * - every other file of the bundle is listed once, and nothing else is listed;
 * - a structured file (`data.json`, `.manifest`) is hashed over its canonical JSON form (object
 *   keys sorted, no whitespace, numbers as written, strings escaped as Go's encoder does without
 *   HTML escaping); any other file over its bytes.
 */
export const SIGNATURES_FILE = '.signatures.json';

/** The signing algorithms a policy key may use: asymmetric only, so whoever can verify cannot sign. */
export const BUNDLE_SIGNING_ALGORITHMS = ['ES256', 'ES384', 'ES512', 'RS256', 'RS384', 'RS512', 'PS256', 'PS384', 'PS512'] as const;
export type BundleSigningAlgorithm = (typeof BUNDLE_SIGNING_ALGORITHMS)[number];

/** OPA's names of file hashing algorithms; MD5 and SHA-1, which OPA also knows, are refused. */
const FILE_HASH_ALGORITHMS: Record<string, string> = {
  'SHA-224': 'sha224',
  'SHA-256': 'sha256',
  'SHA-384': 'sha384',
  'SHA-512': 'sha512',
  'SHA-512-224': 'sha512-224',
  'SHA-512-256': 'sha512-256',
};

export class BundleSignatureError extends Error {
  readonly code = 'POLICY_BUNDLE_SIGNATURE_INVALID';
}

/** The public key that policy bundles must be signed for. */
export interface BundleVerificationKey {
  key: CryptoKey;
  algorithm: BundleSigningAlgorithm;
  /** The `scope` the signature must carry; OPA's default is none. */
  scope: string;
}

/** Reads a public key (SPKI PEM, `-----BEGIN PUBLIC KEY-----`) that policy bundles are verified with. */
export async function readBundleVerificationKey(
  publicKeyPath: string,
  algorithm: BundleSigningAlgorithm = 'ES256',
  scope = '',
): Promise<BundleVerificationKey> {
  let pem: string;
  try {
    pem = await readFile(publicKeyPath, 'utf8');
  } catch {
    throw new BundleSignatureError(`the policy public key ${publicKeyPath} cannot be read`);
  }
  try {
    return { key: await importSPKI(pem.trim(), algorithm), algorithm, scope };
  } catch {
    throw new BundleSignatureError(`the policy public key ${publicKeyPath} is not a ${algorithm} public key in SPKI PEM form`);
  }
}

interface SignedFile {
  name: string;
  hash: string;
  algorithm: string;
}

/**
 * Checks that the bundle carries a valid signature by the key and that every file is exactly
 * the one signed. Resolves to the signed file names; throws BundleSignatureError otherwise.
 */
export async function verifyBundleSignature(files: BundleFiles, verification: BundleVerificationKey): Promise<string[]> {
  const token = signatureToken(files.get(SIGNATURES_FILE));
  let payloadBytes: Uint8Array;
  try {
    ({ payload: payloadBytes } = await compactVerify(token, verification.key, { algorithms: [verification.algorithm] }));
  } catch {
    throw new BundleSignatureError(`the bundle signature is not a valid ${verification.algorithm} signature by the policy key`);
  }
  const signed = signedFiles(payloadBytes, verification.scope);

  const unsigned = [...files.keys()].filter((name) => name !== SIGNATURES_FILE && !signed.has(name));
  if (unsigned.length > 0)
    throw new BundleSignatureError(`the bundle has files the signature does not list: ${unsigned.sort().join(', ')}`);
  const missing = [...signed.keys()].filter((name) => !files.has(name));
  if (missing.length > 0)
    throw new BundleSignatureError(`the signature lists files the bundle does not have: ${missing.sort().join(', ')}`);

  for (const [name, file] of signed) {
    const content = files.get(name) as Buffer;
    if (!digestsEqual(file.hash, bundleFileDigest(name, content, file.algorithm))) {
      throw new BundleSignatureError(`${name} does not match its signed digest`);
    }
  }
  return [...signed.keys()].sort();
}

function signatureToken(content: Buffer | undefined): string {
  if (!content) throw new BundleSignatureError(`the bundle is not signed: it has no ${SIGNATURES_FILE}`);
  let signatures: unknown;
  try {
    signatures = (JSON.parse(content.toString('utf8')) as { signatures?: unknown }).signatures;
  } catch {
    throw new BundleSignatureError(`${SIGNATURES_FILE} is not JSON`);
  }
  if (!Array.isArray(signatures) || signatures.length !== 1 || typeof signatures[0] !== 'string') {
    throw new BundleSignatureError(`${SIGNATURES_FILE} must hold exactly one signature`);
  }
  return signatures[0];
}

function signedFiles(payloadBytes: Uint8Array, scope: string): Map<string, SignedFile> {
  let payload: { files?: unknown; scope?: unknown };
  try {
    payload = JSON.parse(Buffer.from(payloadBytes).toString('utf8')) as typeof payload;
  } catch {
    throw new BundleSignatureError('the bundle signature payload is not JSON');
  }
  if ((payload.scope ?? '') !== scope) throw new BundleSignatureError('the bundle signature is for another scope');
  if (!Array.isArray(payload.files)) throw new BundleSignatureError('the bundle signature lists no files');
  const signed = new Map<string, SignedFile>();
  for (const entry of payload.files as unknown[]) {
    const file = entry as Partial<SignedFile> | null;
    if (!file || typeof file.name !== 'string' || typeof file.hash !== 'string' || typeof file.algorithm !== 'string') {
      throw new BundleSignatureError('the bundle signature has a file entry without name, hash and algorithm');
    }
    const name = file.name.replace(/^\/+/, '');
    if (name === SIGNATURES_FILE || signed.has(name))
      throw new BundleSignatureError(`the bundle signature lists ${name} twice or lists itself`);
    signed.set(name, { name, hash: file.hash, algorithm: file.algorithm });
  }
  return signed;
}

function digestsEqual(expected: string, actual: string): boolean {
  return expected.toLowerCase() === actual;
}

/** OPA's digest of one bundle file, in lowercase hex. */
export function bundleFileDigest(name: string, content: Buffer, algorithm: string): string {
  const nodeAlgorithm = Object.hasOwn(FILE_HASH_ALGORITHMS, algorithm) ? FILE_HASH_ALGORITHMS[algorithm] : undefined;
  if (!nodeAlgorithm) throw new BundleSignatureError(`${name} is hashed with ${algorithm}, which is not accepted`);
  const base = name.slice(name.lastIndexOf('/') + 1);
  if (base === 'data.yaml') throw new BundleSignatureError(`${name}: YAML data files are not accepted in a signed bundle`);
  const hashed = base === 'data.json' || base === '.manifest' || base === 'signatures.json' ? canonicalJson(content, name) : content;
  return createHash(nodeAlgorithm).update(hashed).digest('hex');
}

/**
 * The form OPA hashes a structured file in: the JSON document with object keys sorted by their
 * UTF-8 bytes (the last of duplicate keys wins), no whitespace, numbers exactly as written, and
 * strings as Go's encoder writes them without HTML escaping (JSON.stringify, plus \u2028 and
 * \u2029 escaped, lone surrogates replaced).
 */
export function canonicalJson(content: Buffer, name = 'document'): Buffer {
  const parser = new CanonicalJsonParser(content.toString('utf8'), name);
  return Buffer.from(parser.document(), 'utf8');
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
// Canonical JSON forbids raw control characters inside strings; the class names them to refuse them.
// eslint-disable-next-line no-control-regex
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;

class CanonicalJsonParser {
  private readonly text: string;
  private readonly name: string;
  private position = 0;

  constructor(text: string, name: string) {
    this.text = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    this.name = name;
  }

  document(): string {
    const value = this.value(0);
    this.whitespace();
    if (this.position !== this.text.length) this.fail('text after the JSON value');
    return value;
  }

  private value(depth: number): string {
    if (depth > 512) this.fail('nesting too deep');
    this.whitespace();
    const character = this.text[this.position];
    if (character === '{') return this.object(depth);
    if (character === '[') return this.array(depth);
    if (character === '"') return encodeString(this.string());
    for (const literal of ['true', 'false', 'null']) {
      if (this.text.startsWith(literal, this.position)) {
        this.position += literal.length;
        return literal;
      }
    }
    NUMBER.lastIndex = this.position;
    const number = NUMBER.exec(this.text);
    if (!number) this.fail('an unexpected character');
    this.position += number[0].length;
    return number[0];
  }

  private object(depth: number): string {
    this.position += 1;
    const members = new Map<string, string>();
    this.whitespace();
    if (this.text[this.position] === '}') {
      this.position += 1;
      return '{}';
    }
    for (;;) {
      this.whitespace();
      if (this.text[this.position] !== '"') this.fail('an object key that is not a string');
      const key = this.string();
      this.whitespace();
      if (this.text[this.position] !== ':') this.fail('a missing colon');
      this.position += 1;
      members.set(key, this.value(depth + 1));
      this.whitespace();
      const separator = this.text[this.position];
      this.position += 1;
      if (separator === '}') break;
      if (separator !== ',') this.fail('a missing comma in an object');
    }
    const keys = [...members.keys()].sort((left, right) => Buffer.compare(Buffer.from(left, 'utf8'), Buffer.from(right, 'utf8')));
    return `{${keys.map((key) => `${encodeString(key)}:${members.get(key)}`).join(',')}}`;
  }

  private array(depth: number): string {
    this.position += 1;
    const items: string[] = [];
    this.whitespace();
    if (this.text[this.position] === ']') {
      this.position += 1;
      return '[]';
    }
    for (;;) {
      items.push(this.value(depth + 1));
      this.whitespace();
      const separator = this.text[this.position];
      this.position += 1;
      if (separator === ']') break;
      if (separator !== ',') this.fail('a missing comma in an array');
    }
    return `[${items.join(',')}]`;
  }

  private string(): string {
    STRING.lastIndex = this.position;
    const match = STRING.exec(this.text);
    if (!match) this.fail('a malformed string');
    this.position += match[0].length;
    return (JSON.parse(match[0]) as string).toWellFormed();
  }

  private whitespace(): void {
    while (this.position < this.text.length && ' \t\n\r'.includes(this.text[this.position] as string)) this.position += 1;
  }

  private fail(problem: string): never {
    throw new BundleSignatureError(`${this.name} is not valid JSON: ${problem} at offset ${this.position}`);
  }
}

function encodeString(value: string): string {
  return JSON.stringify(value)
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
