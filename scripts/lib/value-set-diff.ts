import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';

/**
 * What a change of the health value sets (policies/csec/value_sets/data.yaml) does to the filing of
 * health records: every code that moves to another area, whether that narrows access (a more
 * protected area) or widens it, and changes to how unreadable records and context are handled.
 * A decision diff cannot show this, since the decisions per category stay the same.
 */

export type ValueSetEffect = 'NARROWS' | 'WIDENS';

export interface ValueSetChange {
  /** `<system URI>|<code>`, with `*` after a code matched by its leading characters. */
  code: string;
  before: string;
  after: string;
  effect: ValueSetEffect;
}

export interface ValueSetDiff {
  versionBefore: string | null;
  versionAfter: string | null;
  changes: ValueSetChange[];
  /** Other settings that changed (precedence, undetermined area, context), each widening unless shown otherwise. */
  settings: Array<{ setting: string; before: string; after: string; effect: ValueSetEffect }>;
}

interface ValueSets {
  version: string;
  precedence: string[];
  systems: Record<string, string>;
  undetermined: { area: string };
  context: string[];
  sets: Array<{ area: string; system: string; match: string; codes: Array<{ code: string }> }>;
}

const NOT_IN_A_SET = 'GENERAL_MEDICAL';

async function readValueSets(policiesDir: string): Promise<ValueSets | null> {
  try {
    const document = parseYaml(await readFile(join(policiesDir, 'csec/value_sets/data.yaml'), 'utf8')) as { value_sets?: ValueSets };
    return document.value_sets ?? null;
  } catch {
    return null;
  }
}

/** The area each listed code files a record under: the most protected of the sets that list it. */
function areaByCode(sets: ValueSets | null, rank: (area: string) => number): Map<string, string> {
  const areas = new Map<string, string>();
  for (const set of sets?.sets ?? []) {
    const system = sets?.systems[set.system] ?? set.system;
    for (const { code } of set.codes) {
      const key = `${system}|${code}${set.match === 'PREFIX' ? '*' : ''}`;
      const known = areas.get(key);
      if (!known || rank(set.area) < rank(known)) areas.set(key, set.area);
    }
  }
  return areas;
}

export async function diffValueSets(beforeDir: string, afterDir: string): Promise<ValueSetDiff> {
  const [before, after] = await Promise.all([readValueSets(beforeDir), readValueSets(afterDir)]);
  const precedence = after?.precedence ?? before?.precedence ?? [];
  const rank = (area: string) => {
    const index = precedence.indexOf(area);
    return index === -1 ? precedence.length : index;
  };
  const effect = (from: string, to: string): ValueSetEffect => (rank(to) < rank(from) ? 'NARROWS' : 'WIDENS');
  const areasBefore = areaByCode(before, rank);
  const areasAfter = areaByCode(after, rank);
  const changes: ValueSetChange[] = [];
  for (const code of new Set([...areasBefore.keys(), ...areasAfter.keys()])) {
    const from = areasBefore.get(code) ?? NOT_IN_A_SET;
    const to = areasAfter.get(code) ?? NOT_IN_A_SET;
    if (from !== to) changes.push({ code, before: from, after: to, effect: effect(from, to) });
  }
  changes.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

  const settings: ValueSetDiff['settings'] = [];
  const undeterminedBefore = before?.undetermined.area ?? 'none';
  const undeterminedAfter = after?.undetermined.area ?? 'none';
  if (undeterminedBefore !== undeterminedAfter) {
    settings.push({
      setting: 'undetermined',
      before: undeterminedBefore,
      after: undeterminedAfter,
      effect: effect(undeterminedBefore, undeterminedAfter),
    });
  }
  const contextBefore = before?.context ?? [];
  const contextAfter = after?.context ?? [];
  if (contextBefore.join() !== contextAfter.join()) {
    const dropped = contextBefore.some((kind) => !contextAfter.includes(kind));
    settings.push({
      setting: 'context',
      before: contextBefore.join(', '),
      after: contextAfter.join(', '),
      effect: dropped ? 'WIDENS' : 'NARROWS',
    });
  }
  if ((before?.precedence ?? []).join() !== (after?.precedence ?? []).join()) {
    settings.push({
      setting: 'precedence',
      before: (before?.precedence ?? []).join(' > '),
      after: (after?.precedence ?? []).join(' > '),
      effect: 'WIDENS',
    });
  }
  return { versionBefore: before?.version ?? null, versionAfter: after?.version ?? null, changes, settings };
}

export function renderValueSetDiff(diff: ValueSetDiff): string {
  if (diff.changes.length === 0 && diff.settings.length === 0) return 'Health value sets: no change in how records are filed.\n';
  const lines = [
    `Health value sets ${diff.versionBefore ?? '(none)'} -> ${diff.versionAfter ?? '(none)'}: records with these codes are filed elsewhere`,
  ];
  for (const change of diff.changes) lines.push(`  ${change.effect.padEnd(7)} ${change.code}: ${change.before} -> ${change.after}`);
  for (const setting of diff.settings)
    lines.push(`  ${setting.effect.padEnd(7)} ${setting.setting}: ${setting.before} -> ${setting.after}`);
  return `${lines.join('\n')}\n`;
}

export function valueSetsWiden(diff: ValueSetDiff): boolean {
  return diff.changes.some((change) => change.effect === 'WIDENS') || diff.settings.some((setting) => setting.effect === 'WIDENS');
}
