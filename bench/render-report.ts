import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REPOSITORY_ROOT } from './child-processes.ts';
import { renderMarkdown, type BenchReport } from './report.ts';

/**
 * Renders the tables of a past run again, from its results file, into bench/results/latest.md:
 *
 *   node bench/render-report.ts bench/results/<run>.json
 */
const path = process.argv[2];
if (!path) {
  process.stderr.write('usage: node bench/render-report.ts bench/results/<run>.json\n');
  process.exit(2);
}
const report = JSON.parse(await readFile(path, 'utf8')) as BenchReport;
const markdown = renderMarkdown(report);
await writeFile(join(REPOSITORY_ROOT, 'bench', 'results', 'latest.md'), markdown);
process.stdout.write(`${markdown}\n`);
