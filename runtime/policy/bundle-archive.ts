import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';

/** The files of an OPA bundle (a gzipped tar), by path without a leading slash. */
export type BundleFiles = Map<string, Buffer>;

const BLOCK = 512;

/** Largest unpacked bundle read; a compiled policy with its data is a few megabytes. */
export const MAX_BUNDLE_BYTES = 64 * 1024 * 1024;

export class BundleArchiveError extends Error {
  readonly code = 'POLICY_BUNDLE_MALFORMED';
}

export async function readBundleArchive(path: string): Promise<BundleFiles> {
  return parseBundleArchive(await readFile(path));
}

/** Unpacks a bundle held in memory (a download), refusing one that unpacks to more than `maxBytes`. */
export function parseBundleArchive(gzipped: Buffer, maxBytes = MAX_BUNDLE_BYTES): BundleFiles {
  let archive: Buffer;
  try {
    archive = gunzipSync(gzipped, { maxOutputLength: maxBytes });
  } catch (error) {
    const tooLarge = (error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE';
    throw new BundleArchiveError(tooLarge ? `the bundle unpacks to more than ${maxBytes} bytes` : 'the bundle is not a gzip archive');
  }
  return parseTar(archive);
}

/** Reads a ustar archive of regular files, which is what `opa build` writes. */
function parseTar(archive: Buffer): BundleFiles {
  const files: BundleFiles = new Map();
  let offset = 0;
  while (offset + BLOCK <= archive.length) {
    const header = archive.subarray(offset, offset + BLOCK);
    if (header.every((byte) => byte === 0)) break;
    const name = text(header, 0, 100);
    const prefix = text(header, 345, 155);
    const size = Number.parseInt(text(header, 124, 12).trim() || '0', 8);
    const type = String.fromCharCode(header[156] ?? 0);
    const start = offset + BLOCK;
    if (!Number.isSafeInteger(size) || size < 0 || start + size > archive.length) {
      throw new BundleArchiveError('the bundle archive is truncated or has a malformed entry');
    }
    if (type === '0' || type === '\0') {
      const path = (prefix ? `${prefix}/${name}` : name).replace(/^\/+/, '');
      // Two entries with one name would let the file that is checked differ from the one that is used.
      if (files.has(path)) throw new BundleArchiveError(`the bundle archive has ${path} twice`);
      files.set(path, Buffer.from(archive.subarray(start, start + size)));
    }
    offset = start + Math.ceil(size / BLOCK) * BLOCK;
  }
  return files;
}

function text(block: Buffer, start: number, length: number): string {
  const field = block.subarray(start, start + length);
  const end = field.indexOf(0);
  return field.subarray(0, end === -1 ? field.length : end).toString('utf8');
}
