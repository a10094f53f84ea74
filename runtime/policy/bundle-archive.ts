import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { entriesSync, type ReadEntrySync } from 'tar';

/** The files of an OPA bundle (a gzipped tar), by path without a leading slash. */
export type BundleFiles = Map<string, Buffer>;

/** Largest unpacked bundle read; a compiled policy with its data is a few megabytes. */
export const MAX_BUNDLE_BYTES = 64 * 1024 * 1024;

export class BundleArchiveError extends Error {
  readonly code = 'POLICY_BUNDLE_MALFORMED';
}

/** Entry types whose body is a file's content, as `opa build` writes each file of a bundle. */
const FILE_TYPES: ReadonlySet<ReadEntrySync['type']> = new Set(['File', 'OldFile', 'ContiguousFile']);

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
    throw new BundleArchiveError(
      tooLarge ? `the bundle unpacks to more than ${maxBytes} bytes` : 'the bundle is not a complete gzip archive',
    );
  }
  return readTar(archive);
}

/**
 * Reads the files of the unpacked tar. Strict, so a truncated archive, a header whose checksum fails
 * or an archive with no entries is an error rather than a shorter bundle. A ratio of 0 refuses a
 * compressed archive inside the gzip layer, which would escape the bound on the unpacked size.
 */
function readTar(archive: Buffer): BundleFiles {
  const files: BundleFiles = new Map();
  try {
    for (const entry of entriesSync(archive, { strict: true, maxDecompressionRatio: 0 })) {
      if (entry.type === 'Directory') continue;
      const path = bundleFilePath(entry);
      // Two entries with one name would let the file that is checked differ from the one that is used.
      if (files.has(path)) throw new BundleArchiveError(`the bundle archive has ${path} twice`);
      const content = entry.bytes();
      files.set(path, Buffer.from(content.buffer, content.byteOffset, content.byteLength));
    }
  } catch (error) {
    if (error instanceof BundleArchiveError) throw error;
    throw new BundleArchiveError(`the bundle archive is truncated or has a malformed entry (${tarReason(error)})`);
  }
  return files;
}

/**
 * The entry's path without its leading slashes (`opa build` writes `/data.json`). A link is refused:
 * its content would be another entry's, or a file outside the bundle, so what the signature covers
 * could differ from what is used. A `..` step is refused: a reader that resolves it would see another
 * file under that name than this one does.
 */
function bundleFilePath(entry: ReadEntrySync): string {
  const path = entry.path.replace(/^\/+/, '');
  if (entry.type === 'SymbolicLink' || entry.type === 'Link') {
    throw new BundleArchiveError(`the bundle archive has a link at ${path}; a bundle holds only files`);
  }
  if (!FILE_TYPES.has(entry.type)) {
    throw new BundleArchiveError(`the bundle archive has a ${entry.type} entry at ${path}; a bundle holds only files`);
  }
  if (path === '' || path.split('/').includes('..')) {
    throw new BundleArchiveError(`the bundle archive has an entry outside the bundle: ${JSON.stringify(entry.path)}`);
  }
  return path;
}

function tarReason(error: unknown): string {
  if ((error as { tarCode?: unknown }).tarCode === 'TAR_ABORT') return 'it holds another compressed archive';
  return error instanceof Error ? error.message : 'unreadable';
}
