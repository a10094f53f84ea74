import type { Decision } from '../../runtime/policy/policy-input.ts';
import type { EvaluatedCell, PolicySpace, SituationFacts } from '../../runtime/policy/access-space.ts';
import type { CellChange } from './policy-space.ts';

/**
 * Renders the toolkit's results for a privacy officer: the access matrix (Markdown, self-contained
 * HTML, CSV) and the change-impact report.
 */

export interface MatrixSection {
  category: string;
  title: string;
  legalBasis: string;
  field: string;
  purposes: string[];
  /** Roles with at least one allowed cell, each with one row per situation. */
  rows: Array<{ role: string; situation: string; cells: Decision[]; whys: string[] }>;
  /** Roles withheld in every situation and purpose. */
  neverAllowed: string[];
  /** Every rule seen in the section, with its legal basis. */
  rules: Array<{ rule: string; legalBasis: string }>;
  allowed: number;
  total: number;
}

/** Groups a space's decisions by category, then by role and situation, one column per purpose. */
export function matrixSections(space: PolicySpace, evaluated: readonly EvaluatedCell[]): MatrixSection[] {
  const byKey = new Map(evaluated.map((entry) => [entry.cell.key, entry]));
  const sections: MatrixSection[] = [];
  for (const [category, info] of Object.entries(space.vocabulary.categories)) {
    const cells = evaluated.filter((entry) => entry.cell.category === category);
    if (cells.length === 0) continue;
    const situations = [...new Map(cells.map((entry) => [entry.cell.situation.id, entry.cell.situation])).values()];
    const purposes = space.vocabulary.purposes;
    const rows: MatrixSection['rows'] = [];
    const neverAllowed: string[] = [];
    for (const role of space.vocabulary.roles) {
      const roleCells = cells.filter((entry) => entry.cell.role === role);
      if (!roleCells.some((entry) => entry.decision.allow)) {
        neverAllowed.push(role);
        continue;
      }
      for (const probe of situations) {
        const entries = purposes.map((purpose) => byKey.get(`${category}|${role}|${purpose}|${probe.id}`) as EvaluatedCell);
        rows.push({
          role,
          situation: probe.label,
          cells: entries.map((entry) => entry.decision),
          whys: entries.map((entry) => entry.why ?? ''),
        });
      }
    }
    const rules = new Map<string, string>();
    for (const { decision } of cells) rules.set(decision.rule, decision.legal_basis);
    sections.push({
      category,
      title: info.title,
      legalBasis: info.legal_basis,
      field: cells[0]?.cell.field ?? '',
      purposes,
      rows,
      neverAllowed,
      rules: [...rules].map(([rule, legalBasis]) => ({ rule, legalBasis })).sort((a, b) => a.rule.localeCompare(b.rule)),
      allowed: cells.filter((entry) => entry.decision.allow).length,
      total: cells.length,
    });
  }
  return sections;
}

function mark(decision: Decision): string {
  return `${decision.allow ? 'ALLOW' : 'withhold'} ${decision.rule}`;
}

function markdownCell(text: string): string {
  return text.replaceAll('|', '\\|');
}

export interface MatrixHeader {
  revision: string;
  now: string;
  cells: number;
  decideCalls: number;
}

const SPACE_NOTE = [
  'Each cell is one synthetic youth decided by the compiled policy. The baseline: the requester is an active',
  "member of the youth's open MDT and the youth's assigned worker in the requester's agency; the youth is 15,",
  'with no consent, investigation or court matter on file, not missing, no exploiter threat. Each other row',
  "changes only what its label says. Consents are on the form that opens the category, name the requester's",
  'role (or the requester personally when the form requires it), list the category and the purpose asked for,',
  'and are signed by the youth when old enough to sign for that category, otherwise by the parent or education',
  'rights holder. Emergency purposes (BTG, ETREAT) are asked with a stated reason.',
];

export function renderMatrixMarkdown(header: MatrixHeader, sections: readonly MatrixSection[]): string {
  const lines: string[] = [
    '# Access matrix',
    '',
    `Policy revision \`${header.revision}\`, decided at ${header.now}: ${header.cells} cells, ${header.decideCalls} policy evaluations.`,
    '',
    ...SPACE_NOTE,
    '',
    '| category | allowed cells | roles never allowed |',
    '| --- | --- | --- |',
    ...sections.map(
      (section) =>
        `| ${section.title} (\`${section.category}\`) | ${section.allowed} of ${section.total} | ${section.neverAllowed.length} |`,
    ),
    '',
  ];
  for (const section of sections) {
    lines.push(`## ${section.title} (\`${section.category}\`)`, '');
    lines.push(`Field asked: \`${section.field}\`. Category legal basis: ${section.legalBasis}.`, '');
    if (section.rows.length > 0) {
      lines.push(`| role | situation | ${section.purposes.join(' | ')} |`);
      lines.push(`| --- | --- | ${section.purposes.map(() => '---').join(' | ')} |`);
      for (const row of section.rows) {
        lines.push(`| ${row.role} | ${markdownCell(row.situation)} | ${row.cells.map((cell) => markdownCell(mark(cell))).join(' | ')} |`);
      }
      lines.push('');
    } else {
      lines.push('No role is allowed this category in any probed situation or purpose.', '');
    }
    if (section.neverAllowed.length > 0) {
      lines.push(`Withheld in every situation and purpose: ${section.neverAllowed.join(', ')}.`, '');
    }
    lines.push('Rules and legal bases:', '');
    for (const { rule, legalBasis } of section.rules) lines.push(`- \`${rule}\`: ${legalBasis}`);
    lines.push('');
  }
  return lines.join('\n');
}

function escapeHtml(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');
}

export function renderMatrixHtml(header: MatrixHeader, sections: readonly MatrixSection[]): string {
  const parts: string[] = [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8"><title>Access matrix</title>',
    '<style>',
    'body{font:14px/1.4 system-ui,sans-serif;margin:1.5rem;color:#1d1d1f}',
    'table{border-collapse:collapse;margin:.5rem 0 1rem}',
    'th,td{border:1px solid #c8c8cc;padding:3px 6px;vertical-align:top;text-align:left}',
    'th{background:#f0f0f3;position:sticky;top:0}',
    'td.allow{background:#dff3e3}td.withhold{background:#fbe4e4;color:#5c1f1f}',
    'td small{display:block;color:#555;font-size:11px}',
    'summary{font-size:1.15rem;font-weight:600;cursor:pointer;margin:.6rem 0}',
    'p.note{max-width:60rem}',
    '</style></head><body>',
    '<h1>Access matrix</h1>',
    `<p>Policy revision <code>${escapeHtml(header.revision)}</code>, decided at ${escapeHtml(header.now)}: ${header.cells} cells, ${header.decideCalls} policy evaluations.</p>`,
    `<p class="note">${escapeHtml(SPACE_NOTE.join(' '))}</p>`,
    '<table><tr><th>category</th><th>allowed cells</th><th>roles never allowed</th></tr>',
    ...sections.map(
      (section) =>
        `<tr><td><a href="#${section.category}">${escapeHtml(section.title)}</a></td><td>${section.allowed} of ${section.total}</td><td>${section.neverAllowed.length}</td></tr>`,
    ),
    '</table>',
  ];
  for (const section of sections) {
    parts.push(`<details id="${section.category}" open><summary>${escapeHtml(section.title)} (${section.category})</summary>`);
    parts.push(`<p>Field asked: <code>${escapeHtml(section.field)}</code>. Category legal basis: ${escapeHtml(section.legalBasis)}.</p>`);
    if (section.rows.length > 0) {
      parts.push(
        `<table><tr><th>role</th><th>situation</th>${section.purposes.map((purpose) => `<th>${escapeHtml(purpose)}</th>`).join('')}</tr>`,
      );
      for (const row of section.rows) {
        const cells = row.cells
          .map(
            (cell, index) =>
              `<td class="${cell.allow ? 'allow' : 'withhold'}" title="${escapeHtml(row.whys[index] ?? '')}">${cell.allow ? 'allow' : 'withhold'}<small>${escapeHtml(cell.rule)}</small><small>${escapeHtml(cell.legal_basis)}</small></td>`,
          )
          .join('');
        parts.push(`<tr><th>${escapeHtml(row.role)}</th><td>${escapeHtml(row.situation)}</td>${cells}</tr>`);
      }
      parts.push('</table>');
    } else {
      parts.push('<p>No role is allowed this category in any probed situation or purpose.</p>');
    }
    if (section.neverAllowed.length > 0) {
      parts.push(`<p>Withheld in every situation and purpose: ${section.neverAllowed.map(escapeHtml).join(', ')}.</p>`);
    }
    parts.push('</details>');
  }
  parts.push('</body></html>', '');
  return parts.join('\n');
}

const FACT_COLUMNS: Array<keyof SituationFacts> = [
  'member',
  'assigned',
  'age',
  'consent',
  'investigation',
  'inProceedings',
  'courtOrder',
  'missing',
  'adjudicated',
  'exploiterThreat',
  'sealed',
];

function csvValue(value: unknown): string {
  const text = String(value);
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One row per cell, with every condition as its own column. */
export function renderMatrixCsv(evaluated: readonly EvaluatedCell[]): string {
  const header = [
    'category',
    'role',
    'purpose',
    'situation',
    ...FACT_COLUMNS,
    'field',
    'allow',
    'rule',
    'legal_basis',
    'obligations',
    'reason',
    'why',
  ];
  const rows = evaluated.map(({ cell, decision, why }) => [
    cell.category,
    cell.role,
    cell.purpose,
    cell.situation.label,
    ...FACT_COLUMNS.map((column) => cell.situation.facts[column]),
    cell.field,
    decision.allow,
    decision.rule,
    decision.legal_basis,
    decision.obligations.map((obligation) => obligation.code).join(' '),
    decision.reason,
    why ?? '',
  ]);
  return [header, ...rows].map((row) => row.map(csvValue).join(',')).join('\n') + '\n';
}

// --- Change impact --------------------------------------------------------------------------------

function changeLine(change: CellChange): string {
  const { cell, before, after } = change;
  return (
    `  ${cell.category} / ${cell.role} / ${cell.purpose} / ${cell.situation.label}: ` +
    `${before.allow ? 'allowed' : 'withheld'} by ${before.rule} -> ${after.allow ? 'allowed' : 'withheld'} by ${after.rule}` +
    (after.allow ? ` (${after.legal_basis})` : '')
  );
}

export function renderDiff(beforeName: string, afterName: string, cells: number, changes: readonly CellChange[]): string {
  const widened = changes.filter((change) => change.kind === 'WIDENED');
  const narrowed = changes.filter((change) => change.kind === 'NARROWED');
  const rebased = changes.filter((change) => change.kind === 'RULE_CHANGED');
  const lines = [
    `Policy change impact: ${beforeName} -> ${afterName}, ${cells} cells compared.`,
    `${widened.length} widened (withheld -> allowed), ${narrowed.length} narrowed (allowed -> withheld), ${rebased.length} with the same outcome under a different rule, legal basis or obligations.`,
  ];
  const section = (title: string, list: readonly CellChange[]) => {
    if (list.length === 0) return;
    lines.push('', `${title}:`, ...list.map(changeLine));
  };
  section('WIDENED (access opens; review with county counsel before publishing)', widened);
  section('NARROWED (access closes)', narrowed);
  section('Same outcome, different rule, legal basis or obligations', rebased);
  return lines.join('\n') + '\n';
}
