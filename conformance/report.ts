import type { CheckResult } from './checks.ts';

/** The report a county files with its data-sharing agreement: what was checked, against what, and the outcome. */
export function conformanceReport(subgraph: string, url: string, results: readonly CheckResult[], checkedAt: Date): string {
  const failed = results.filter((result) => !result.passed);
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return [
    `# Subgraph conformance: ${subgraph}`,
    '',
    `- Subgraph: \`${subgraph}\` at ${url}`,
    `- Checked: ${checkedAt.toISOString()}`,
    `- Outcome: ${failed.length === 0 ? `conforms (${results.length} of ${results.length} checks passed)` : `does not conform (${failed.length} of ${results.length} checks failed: ${failed.map((result) => result.name).join(', ')})`}`,
    '',
    '| check | rule | result | detail |',
    '| --- | --- | --- | --- |',
    ...results.map((result) => `| ${result.name} | ${cell(result.rule)} | ${result.passed ? 'pass' : 'FAIL'} | ${cell(result.detail)} |`),
    '',
  ].join('\n');
}
