import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { SUBGRAPH_NAMES, loadConfig } from '../runtime/config.ts';
import { classificationProblems, readCategoryNames } from '../gateway/src/classification/subgraph-classifications.ts';
import { registryProblems } from '../subgraphs/registry-agreement.ts';

/**
 * Composes the subgraph schemas into schema/supergraph.graphql.
 *   npm run compose            write the supergraph
 *   npm run compose -- --check fail when the committed supergraph is stale
 * Fails, naming subgraph, type and field, on a composition error or an unclassified field.
 */
const SUPERGRAPH_PATH = 'schema/supergraph.graphql';

const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
// Routing URLs in the committed file are the defaults; the gateway routes by configuration.
const config = loadConfig({});

const subgraphs = await Promise.all(
  SUBGRAPH_NAMES.map(async (name) => ({
    name,
    url: config.subgraphs[name].url,
    typeDefs: parse(await readFile(`subgraphs/${name}/schema.graphql`, 'utf8')),
  })),
);

const problems = classificationProblems(subgraphs, await readCategoryNames());
if (problems.length > 0) fail('Every field must carry a known @classified category:', problems);
const disagreements = registryProblems(subgraphs);
if (disagreements.length > 0) fail("Each subgraph's schema must key Youth as its registry entry says:", disagreements);

const result = composeServices(subgraphs);
if (result.errors) {
  fail(
    'Composition failed:',
    result.errors.map((error) => `${String(error.extensions['code'] ?? 'ERROR')}: ${error.message}`),
  );
}
const supergraph = `${result.supergraphSdl.trim()}\n`;

if (values.check) {
  const committed = await readFile(SUPERGRAPH_PATH, 'utf8').catch(() => '');
  if (committed !== supergraph) {
    fail(`${SUPERGRAPH_PATH} is stale:`, ['run `npm run compose` and commit the result']);
  }
  process.stdout.write(`${SUPERGRAPH_PATH} is up to date with the subgraph schemas.\n`);
} else {
  await writeFile(SUPERGRAPH_PATH, supergraph);
  process.stdout.write(`Composed ${subgraphs.length} subgraphs into ${SUPERGRAPH_PATH}.\n`);
}
for (const hint of result.hints) process.stdout.write(`hint: ${hint.toString()}\n`);

function fail(headline: string, lines: string[]): never {
  process.stderr.write(`${headline}\n${lines.map((line) => `  - ${line}`).join('\n')}\n`);
  process.exit(1);
}
