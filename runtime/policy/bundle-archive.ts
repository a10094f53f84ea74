import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';

/** The files of an OPA bundle (a gzipped tar), by path without a leading slash. */
export type BundleFiles = Map<string, Buffer>;

const BLOCK = 512;

export async function readBundleArchive(path: string): Promise<BundleFiles> {
  return parseTar(gunzipSync(await readFile(path)));
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
    if (type === '0' || type === '\0') {
      const path = (prefix ? `${prefix}/${name}` : name).replace(/^\/+/, '');
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
