import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { format, getFileInfo, resolveConfig } from 'prettier';
import { parseDocument } from 'yaml';
import { readCategoryNames } from '../gateway/src/classification/subgraph-classifications.ts';
import { codegenEntry, registryLine, scaffoldFiles, scaffoldNames } from '../integrators/scaffold-files.ts';
import { SUBGRAPH_REGISTRY } from '../subgraphs/registry.ts';

/**
 * npm run subgraph:new -- --name <agency> --category <CATEGORY> [--agency "<name people use>"] [--confidentiality R] [--port N]
 * Scaffolds subgraphs/<agency>/ (schema, migration, batched source, resolvers, service, test hook),
 * its end-to-end test, its registry entry and its codegen entry. Then: `npm run codegen`,
 * `npm run compose`, `npm start`; docs/integrators.md goes on from there.
 */
const REGISTRY_PATH = 'subgraphs/registry.ts';
const REGISTRY_END = '] as const satisfies readonly RegisteredSubgraph[];';
const CONFIDENTIALITY_CODES = ['U', 'L', 'M', 'N', 'R', 'V'];

const { values } = parseArgs({
  options: {
    name: { type: 'string' },
    agency: { type: 'string' },
    category: { type: 'string' },
    confidentiality: { type: 'string', default: 'R' },
    port: { type: 'string' },
  },
});

const name = values.name ?? '';
const categories = await readCategoryNames();
const problems: string[] = [];
if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name))
  problems.push('--name must be lower-case words joined by hyphens, for example --name casa-program.');
if (SUBGRAPH_REGISTRY.some((entry) => entry.name === name) || existsSync(`subgraphs/${name}`))
  problems.push(`A subgraph named "${name}" already exists.`);
if (!values.category || !categories.has(values.category)) {
  problems.push(`--category must be an information category the policy knows: ${[...categories].join(', ')}.`);
}
if (!CONFIDENTIALITY_CODES.includes(values.confidentiality))
  problems.push(`--confidentiality must be one of ${CONFIDENTIALITY_CODES.join(', ')}.`);
const port = values.port === undefined ? Math.max(...SUBGRAPH_REGISTRY.map((entry) => entry.port)) + 1 : Number(values.port);
if (!Number.isInteger(port) || port < 1 || port > 65_535) problems.push('--port must be a port number from 1 to 65535.');
if (problems.length > 0) {
  process.stderr.write(`Cannot scaffold the subgraph:\n${problems.map((problem) => `  - ${problem}`).join('\n')}\n`);
  process.exit(1);
}

/** Writes a file laid out as the repository's Prettier configuration lays it out, so `npm run lint` stays clean. */
async function writeFormatted(path: string, text: string): Promise<void> {
  const { ignored, inferredParser } = await getFileInfo(path, { ignorePath: '.prettierignore' });
  const formatted = ignored || !inferredParser ? text : await format(text, { ...(await resolveConfig(path)), filepath: path });
  await writeFile(path, formatted);
}

const names = scaffoldNames(name, values.agency, values.category as string, values.confidentiality);
for (const [path, text] of Object.entries(scaffoldFiles(names))) {
  await mkdir(dirname(path), { recursive: true });
  await writeFormatted(path, text);
}

const registry = await readFile(REGISTRY_PATH, 'utf8');
if (!registry.includes(REGISTRY_END)) throw new Error(`${REGISTRY_PATH} no longer ends its list with "${REGISTRY_END}".`);
await writeFormatted(REGISTRY_PATH, registry.replace(REGISTRY_END, `${registryLine(names, port)}\n${REGISTRY_END}`));

const codegen = parseDocument(await readFile('codegen.yml', 'utf8'));
const entry = codegenEntry(names);
codegen.setIn(['generates', entry.path], entry.value);
await writeFormatted('codegen.yml', codegen.toString());

process.stdout.write(
  [
    `Scaffolded subgraphs/${name}/ (port ${port}) and tests/e2e/${name}-subgraph.test.ts, and added it to ${REGISTRY_PATH} and codegen.yml.`,
    'Next: npm run codegen && npm run compose, then npm start; docs/integrators.md shows how to grow it and check it.',
    '',
  ].join('\n'),
);
