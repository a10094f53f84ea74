import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse, type DocumentNode } from 'graphql';
import { classificationProblems, readCategoryNames } from '../../../gateway/src/classification/subgraph-classifications.ts';
import { SUBGRAPH_NAMES, type SubgraphName } from '../../../runtime/config.ts';
import { startCapturingProxy, type CapturePaths } from '../subgraph-capture.ts';
import { startFixture, type FederationFixture } from './harness.ts';

interface ComposedSubgraph {
  name: string;
  url: string;
  typeDefs: DocumentNode;
}

/**
 * The system's five subgraph schemas, at the URLs the running system serves them, composed with
 * other subgraphs into a supergraph written to `path`. Every field must carry a known category,
 * as `npm run compose` requires.
 */
export async function composeWithSystem(
  others: ComposedSubgraph[],
  systemUrls: Record<SubgraphName, string>,
  path: string,
): Promise<string> {
  const own = await Promise.all(
    SUBGRAPH_NAMES.map(async (name) => ({
      name,
      url: systemUrls[name],
      typeDefs: parse(await readFile(`subgraphs/${name}/schema.graphql`, 'utf8')),
    })),
  );
  const subgraphs = [...own, ...others];
  const problems = classificationProblems(subgraphs, await readCategoryNames());
  if (problems.length > 0) throw new Error(`Unclassified fields: ${problems.join('; ')}`);
  return writeSupergraph(subgraphs, path);
}

export interface UnclassifiedFixture {
  supergraphPath: string;
  supergraphSdl: string;
  /** Every request the gateway sent any subgraph of the fixture, one line each (the file may not exist). */
  requestsPath: string;
  stop: () => Promise<void>;
}

/**
 * Runs a fixture's subgraphs (as the differential tests do) behind capturing proxies, and composes
 * their schemas WITHOUT the classification header or any `@classified` directive, with the proxies'
 * URLs: a supergraph the gateway knows nothing about the disclosure of.
 */
export async function startUnclassifiedFixture(fixture: FederationFixture, directory: string): Promise<UnclassifiedFixture> {
  const running = await startFixture(fixture, join(directory, 'classified'));
  const capture: CapturePaths = { requests: join(directory, 'requests.log'), responses: join(directory, 'responses.log') };
  const proxies: Array<{ origin: string; close: () => Promise<void> }> = [];
  const stop = async () => {
    await Promise.all(proxies.map((proxy) => proxy.close()));
    await running.stop();
  };
  try {
    const subgraphs: ComposedSubgraph[] = [];
    for (const subgraph of fixture.subgraphs) {
      const proxy = await startCapturingProxy(new URL(running.subgraphUrls[subgraph.name] as string), capture, subgraph.name);
      proxies.push(proxy);
      const imports = ['@key', ...(subgraph.imports ?? [])].map((name) => JSON.stringify(name)).join(', ');
      const header = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: [${imports}])`;
      subgraphs.push({ name: subgraph.name, url: `${proxy.origin}/graphql`, typeDefs: parse(`${header}\n${subgraph.typeDefs}`) });
    }
    const supergraphPath = join(directory, `${fixture.name}.unclassified.supergraph.graphql`);
    const supergraphSdl = await writeSupergraph(subgraphs, supergraphPath);
    return { supergraphPath, supergraphSdl, requestsPath: capture.requests, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function writeSupergraph(subgraphs: ComposedSubgraph[], path: string): Promise<string> {
  const composed = composeServices(subgraphs);
  if (composed.errors) throw new Error(`The supergraph does not compose: ${composed.errors.map((error) => error.message).join('; ')}`);
  await writeFile(path, composed.supergraphSdl);
  return composed.supergraphSdl;
}
