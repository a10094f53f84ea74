import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DISCLOSURE_EXTENSION, disclosureDigest, type DisclosureContext } from '../../runtime/policy/disclosure-context.ts';
import type { RequesterTokenSigner } from '../../runtime/requester-token.ts';
import type { Requester } from '../../runtime/requester.ts';

/**
 * A subgraph with one deliberate flaw, built for the conformance kit's own test: a conforming
 * subgraph behind a proxy that breaks one rule the way a careless implementation would.
 * - `answers-without-token`: takes any request, with or without a token, as the gateway's;
 * - `returns-withheld-values`: ignores the decisions it is sent and answers every field;
 * - `unclassified-field`: one field of its schema carries no classification;
 * - `queries-per-youth`: reads its source once for each youth of an `_entities` request.
 */
export type SubgraphFlaw = 'answers-without-token' | 'returns-withheld-values' | 'unclassified-field' | 'queries-per-youth';

const REQUESTER: Requester = {
  userId: 'careless.subgraph',
  agency: 'CHILD_WELFARE',
  roles: ['SOCIAL_WORKER'],
  purposeOfUse: 'CSEC-MDT',
  breakGlassReason: null,
  requestId: '00000000-0000-4000-8000-0000000000ff',
};

interface GraphQLBody {
  query?: string;
  variables?: Record<string, unknown>;
  extensions?: Record<string, unknown>;
}

export async function startBrokenSubgraph(options: {
  flaw: SubgraphFlaw;
  target: URL;
  subgraph: string;
  signer: RequesterTokenSigner;
  allFields: readonly string[];
}): Promise<{ url: URL; close: () => Promise<void> }> {
  const { flaw, target, subgraph, signer } = options;
  /** Sends a body on to the real subgraph, re-signed as if the gateway had sent it as it is now. */
  const resend = async (path: string, body: GraphQLBody | string): Promise<{ status: number; text: string }> => {
    const text = typeof body === 'string' ? body : JSON.stringify(body);
    const context = typeof body === 'string' ? undefined : (body.extensions?.[DISCLOSURE_EXTENSION] as DisclosureContext | undefined);
    const token = signer.sign(REQUESTER, subgraph, { method: 'POST', path, body: text }, context ? disclosureDigest(context) : undefined);
    const response = await fetch(new URL(path, target), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: text,
    });
    return { status: response.status, text: await response.text() };
  };
  const passOn = async (
    path: string,
    method: string,
    authorization: string | undefined,
    text: string,
  ): Promise<{ status: number; text: string }> => {
    const response = await fetch(new URL(path, target), {
      method,
      headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
      ...(method === 'POST' ? { body: text } : {}),
    });
    return { status: response.status, text: await response.text() };
  };

  const answer = async (
    path: string,
    method: string,
    authorization: string | undefined,
    text: string,
  ): Promise<{ status: number; text: string }> => {
    if (method !== 'POST' || path !== '/graphql') return passOn(path, method, authorization, text);
    const body = JSON.parse(text) as GraphQLBody;
    switch (flaw) {
      case 'answers-without-token':
        return resend(path, body);
      case 'returns-withheld-values': {
        const context = body.extensions?.[DISCLOSURE_EXTENSION] as DisclosureContext | undefined;
        if (!authorization || !context) return passOn(path, method, authorization, text);
        const everything = { ...context, allowed: context.allowed.map((group) => ({ ...group, fields: [...options.allFields] })) };
        return resend(path, { ...body, extensions: { ...body.extensions, [DISCLOSURE_EXTENSION]: everything } });
      }
      case 'unclassified-field': {
        const answered = await passOn(path, method, authorization, text);
        if (answered.status !== 200 || !body.query?.includes('_service')) return answered;
        const service = JSON.parse(answered.text) as { data: { _service: { sdl: string } } };
        // The first field that carries a classification loses it.
        const sdl = service.data._service.sdl.replace(/(\n +\w+[^\n]*?) @classified\([^)]*\)/, '$1');
        return { ...answered, text: JSON.stringify({ data: { _service: { sdl } } }) };
      }
      case 'queries-per-youth': {
        const representations = body.variables?.['representations'];
        if (!authorization || !Array.isArray(representations) || representations.length < 2)
          return passOn(path, method, authorization, text);
        const parts = await Promise.all(
          representations.map((one) => resend(path, { ...body, variables: { ...body.variables, representations: [one] } })),
        );
        const entities = parts.flatMap((part) => (JSON.parse(part.text) as { data?: { _entities?: unknown[] } }).data?._entities ?? [null]);
        return { status: 200, text: JSON.stringify({ data: { _entities: entities } }) };
      }
    }
  };

  const server: Server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const authorization = incoming.headers.authorization;
      answer(incoming.url ?? '/', incoming.method ?? 'GET', authorization, Buffer.concat(chunks).toString('utf8'))
        .then(({ status, text }) => {
          outgoing.writeHead(status, { 'content-type': 'application/json' });
          outgoing.end(text);
        })
        .catch(() => {
          outgoing.writeHead(502);
          outgoing.end();
        });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: new URL(`http://127.0.0.1:${port}/graphql`),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
