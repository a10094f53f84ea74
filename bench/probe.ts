import { createHash } from 'node:crypto';
import type { BenchRequest } from './workloads.ts';

/** What one request of a workload returned, checked before the load. */
export interface ProbeResult {
  status: number;
  bytes: number;
  /** GraphQL errors in the answer (withheld fields are errors). */
  errors: number;
  /** Whether the root field came back null (the whole answer withheld). */
  rootNull: boolean;
  ok: boolean;
  /** The policy revision our gateway says decided (`extensions.disclosure.policyRevision`). */
  policyRevision?: string;
  /** Digest of the answer's `data`, to tell whether two configurations answered the same. */
  dataDigest?: string;
  problem?: string;
}

export async function probe(url: string, request: BenchRequest): Promise<ProbeResult> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...request.headers },
    body: request.body,
    signal: AbortSignal.timeout(30_000),
  });
  const text = await response.text();
  let body: { data?: Record<string, unknown> | null; errors?: unknown[]; extensions?: { disclosure?: { policyRevision?: string } } };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    return { status: response.status, bytes: text.length, errors: 0, rootNull: true, ok: false, problem: 'the answer is not JSON' };
  }
  const root = body.data ? Object.values(body.data)[0] : undefined;
  const errors = body.errors?.length ?? 0;
  const ok = response.status === 200 && body.data !== undefined && body.data !== null;
  return {
    status: response.status,
    bytes: Buffer.byteLength(text),
    errors,
    rootNull: root === null || root === undefined,
    ok,
    ...(body.extensions?.disclosure?.policyRevision ? { policyRevision: body.extensions.disclosure.policyRevision } : {}),
    ...(ok
      ? { dataDigest: createHash('sha256').update(JSON.stringify(body.data)).digest('base64url') }
      : { problem: `HTTP ${response.status}: ${text.slice(0, 300)}` }),
  };
}
