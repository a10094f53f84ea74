import type { GeneratedOperation, Random, Selected } from './operation-generator.ts';

/** A selection as one form of an operation writes it. */
export type Selection =
  | { kind: 'field'; name: string; alias?: string; args?: string; children?: Selection[] }
  | { kind: 'inline'; on?: string; children: Selection[] }
  | { kind: 'spread'; fragment: string };

export type Fragment = { on: string; children: Selection[] };

/** One way of writing an operation: its text, and its selections to read the answer back by. */
export interface OperationForm {
  name: string;
  text: string;
  variables: Record<string, unknown>;
  selections: Selection[];
  fragments: Map<string, Fragment>;
}

/**
 * The rewrites that must not change what is disclosed. Our API schema has no interfaces or
 * unions, so fragments on abstract types have nothing to select here: every type condition is the
 * object type itself (or Query), or absent.
 */
export const REWRITES = ['named', 'inline', 'aliases', 'overlap'] as const;
type Rewrite = (typeof REWRITES)[number];

/**
 * The plain form of the operation and `count` of its rewrites, drawn from `random`. No field is
 * aliased to a name in `notAsAlias` (see the key fields in the property test).
 */
export function formsOf(
  operation: GeneratedOperation,
  random: Random,
  count = 3,
  notAsAlias: ReadonlySet<string> = new Set(),
): OperationForm[] {
  const chosen = random.shuffle(REWRITES).slice(0, count);
  return [writeForm('plain', operation, random, notAsAlias), ...chosen.map((rewrite) => writeForm(rewrite, operation, random, notAsAlias))];
}

/** One form of the operation: `plain` writes its fields as they are, aliases included. */
export function writeForm(
  rewrite: 'plain' | Rewrite,
  operation: GeneratedOperation,
  random: Random,
  notAsAlias: ReadonlySet<string>,
  // Aliases go with the other rewrites now and then too: an alias must survive being in a fragment.
  aliased = rewrite === 'aliases' || (rewrite !== 'plain' && random.chance(0.3)),
): OperationForm {
  const fields = aliased ? withAliases(operation.fields, random, { count: 0, notAsAlias }) : operation.fields;
  const rootAlias =
    aliased && random.chance(0.6) ? random.pick([operation.root === 'youth' ? 'caseload' : 'youth', `${operation.root}_0`]) : undefined;
  // The youth's id as a variable now and then: the gate must read it the same as a literal.
  const byVariable = rewrite !== 'plain' && operation.youthId !== undefined && random.chance(0.3);
  const writer = new FormWriter(random);
  const root = (children: Selection[]): Selection => ({
    kind: 'field',
    name: operation.root,
    ...(rootAlias ? { alias: rootAlias } : {}),
    ...(operation.youthId ? { args: byVariable ? '(id: $id)' : `(id: "${operation.youthId}")` } : {}),
    children,
  });
  let selections: Selection[];
  if (rewrite === 'named') {
    const [inside, outside] = splitOff(fields, random);
    const youth = [writer.fragment('Youth', writer.named(inside)), ...plain(outside)];
    selections = random.chance(0.5) ? [writer.fragment('Query', [root(youth)])] : [root(youth)];
  } else if (rewrite === 'inline') {
    selections = [
      { kind: 'inline', ...(random.chance(0.5) ? { on: 'Query' } : {}), children: [root(writer.inline(fields, 'Youth', true))] },
    ];
  } else if (rewrite === 'overlap') {
    const [first, second] = writer.overlapping(fields);
    const youth = [writer.fragment('Youth', first), writer.fragment('Youth', second)];
    // The root field itself selected twice, once in each of two fragments on Query, merges too.
    selections = random.chance(0.5)
      ? [writer.fragment('Query', [root([youth[0] as Selection])]), writer.fragment('Query', [root([youth[1] as Selection])])]
      : [root(youth)];
  } else {
    selections = [root(plain(fields))];
  }
  // The gateway counts aliases as written, fragments expanded (GATEWAY_MAX_ALIASES, 30): a form
  // that selects fields many times over is written without them rather than refused.
  if (aliased && aliasesWritten(selections, writer.fragments) > 30) return writeForm(rewrite, operation, random, notAsAlias, false);
  const fragments = [...writer.fragments].map(
    ([name, fragment]) => `fragment ${name} on ${fragment.on} ${printSelections(fragment.children)}`,
  );
  const query = `query Shape${byVariable ? '($id: ID!)' : ''} ${printSelections(selections)}`;
  const name = [rewrite, ...(aliased && rewrite !== 'aliases' ? ['aliases'] : []), ...(byVariable ? ['variable'] : [])].join('+');
  return {
    name,
    // Fragments before the operation as often as after it: a document's order means nothing.
    text: (random.chance(0.5) ? [query, ...fragments] : [...fragments, query]).join('\n'),
    variables: byVariable ? { id: operation.youthId } : {},
    selections,
    fragments: writer.fragments,
  };
}

function aliasesWritten(selections: readonly Selection[], fragments: ReadonlyMap<string, Fragment>): number {
  let count = 0;
  for (const selection of selections) {
    if (selection.kind === 'spread') count += aliasesWritten(fragments.get(selection.fragment)?.children ?? [], fragments);
    else count += (selection.kind === 'field' && selection.alias ? 1 : 0) + aliasesWritten(selection.children ?? [], fragments);
  }
  return count;
}

function plain(fields: readonly Selected[]): Selection[] {
  return fields.map((field) => ({ ...fieldOf(field), ...(field.children ? { children: plain(field.children) } : {}) }));
}

function fieldOf(field: Selected) {
  return { kind: 'field' as const, name: field.name, ...(field.alias ? { alias: field.alias } : {}) };
}

/** The fields with aliases on about half of them: fresh names, or the names of their siblings swapped among them. */
function withAliases(fields: readonly Selected[], random: Random, used: { count: number; notAsAlias: ReadonlySet<string> }): Selected[] {
  const copies = fields.map((field) => ({ ...field }));
  // A sibling's name as an alias: a value must be decided by its field, never by its response key.
  const swapped = copies.filter((field) => !used.notAsAlias.has(field.name) && random.chance(0.3));
  if (swapped.length >= 2 && used.count + swapped.length <= 25) {
    swapped.forEach((field, index) => (field.alias = (swapped[(index + 1) % swapped.length] as Selected).name));
    used.count += swapped.length;
  }
  for (const field of copies) {
    if (!field.alias && used.count < 25 && random.chance(0.4)) field.alias = `${field.name}_${++used.count}`;
    if (field.children) field.children = withAliases(field.children, random, used);
  }
  return copies;
}

/** Splits fields in two: a non-empty part and the rest (possibly empty). */
function splitOff<T>(items: readonly T[], random: Random): [T[], T[]] {
  const first = items.filter(() => random.chance(0.7));
  if (first.length === 0) first.push(items[0] as T);
  return [first, items.filter((item) => !first.includes(item))];
}

class FormWriter {
  readonly fragments = new Map<string, Fragment>();
  private readonly random: Random;

  constructor(random: Random) {
    this.random = random;
  }

  fragment(on: string, children: Selection[]): Selection {
    const name = `${on}Part${this.fragments.size + 1}`;
    this.fragments.set(name, { on, children });
    return { kind: 'spread', fragment: name };
  }

  /** Fields with some object fields' selections moved into named fragments on their types. */
  named(fields: readonly Selected[]): Selection[] {
    return fields.map((field) => {
      const base = fieldOf(field);
      if (!field.children) return base;
      const below = this.named(field.children);
      return { ...base, children: this.random.chance(0.4) ? [this.fragment(field.type, below)] : below };
    });
  }

  /** Fields with runs of them wrapped in inline fragments, with (`... on T`) and without (`...`) a type condition. */
  inline(fields: readonly Selected[], type: string, atLeastOne = false): Selection[] {
    const written: Selection[] = fields.map((field) => ({
      ...fieldOf(field),
      ...(field.children ? { children: this.inline(field.children, field.type) } : {}),
    }));
    const wrap = (children: Selection[]): Selection => ({ kind: 'inline', ...(this.random.chance(0.5) ? { on: type } : {}), children });
    const out: Selection[] = [];
    for (let start = 0; start < written.length;) {
      const length = 1 + this.random.int(3);
      const run = written.slice(start, start + length);
      if (this.random.chance(0.4)) out.push(wrap(run));
      else out.push(...run);
      start += run.length;
    }
    if (atLeastOne && out.every((selection) => selection.kind === 'field')) return [wrap(out)];
    return this.random.chance(0.15) ? [wrap(out)] : out;
  }

  /**
   * Two selections whose union is the fields, overlapping in at least one: a field selected in both
   * gets a part of its own selection in each (or all of it in both). Now and then a field of one
   * part is also written twice in a row, each time with part of its selection.
   */
  overlapping(fields: readonly Selected[]): [Selection[], Selection[]] {
    const sides = fields.map(() => this.random.pick(['first', 'second', 'both'] as const));
    if (!sides.includes('both')) sides[this.random.int(sides.length)] = 'both';
    const first: Selection[] = [];
    const second: Selection[] = [];
    fields.forEach((field, index) => {
      const side = sides[index];
      const base = fieldOf(field);
      if (!field.children) {
        if (side !== 'second') first.push(base);
        if (side !== 'first') second.push(base);
        return;
      }
      const [a, b] = this.overlapping(field.children);
      if (side === 'both') {
        first.push({ ...base, children: a });
        second.push({ ...base, children: b });
      } else {
        const twice = this.random.chance(0.3)
          ? [
              { ...base, children: a },
              { ...base, children: b },
            ]
          : [{ ...base, children: plain(field.children) }];
        (side === 'first' ? first : second).push(...twice);
      }
    });
    return [first, second];
  }
}

export function printSelections(selections: readonly Selection[]): string {
  const printed = selections.map((selection) => {
    if (selection.kind === 'spread') return `...${selection.fragment}`;
    if (selection.kind === 'inline') return `...${selection.on ? ` on ${selection.on}` : ''} ${printSelections(selection.children)}`;
    const head = `${selection.alias ? `${selection.alias}: ` : ''}${selection.name}${selection.args ?? ''}`;
    return selection.children ? `${head} ${printSelections(selection.children)}` : head;
  });
  return `{ ${printed.join(' ')} }`;
}

/** Each response key of a selection set, fragments expanded: the field it names and every selection below it. */
function responseKeys(
  selections: readonly Selection[],
  fragments: ReadonlyMap<string, Fragment>,
  into = new Map<string, { name: string; children: Selection[] }>(),
) {
  for (const selection of selections) {
    if (selection.kind === 'spread') responseKeys(fragments.get(selection.fragment)?.children ?? [], fragments, into);
    else if (selection.kind === 'inline') responseKeys(selection.children, fragments, into);
    else {
      const key = selection.alias ?? selection.name;
      const entry = into.get(key) ?? { name: selection.name, children: [] };
      entry.children.push(...(selection.children ?? []));
      into.set(key, entry);
    }
  }
  return into;
}

/** The answer to a form, with every value under its field's name: the plain form's answer, if it is the same. */
export function plainData(value: unknown, form: OperationForm, selections: readonly Selection[] = form.selections): unknown {
  if (Array.isArray(value)) return value.map((item) => plainData(item, form, selections));
  if (value === null || typeof value !== 'object') return value;
  const keys = responseKeys(selections, form.fragments);
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => {
      const entry = keys.get(key);
      // A key the form did not ask for stays visibly foreign, so it shows in the comparison.
      return entry ? [entry.name, plainData(item, form, entry.children)] : [`?${key}`, item];
    }),
  );
}

/** An error's path, each response key replaced by its field's name. */
export function plainPath(path: ReadonlyArray<string | number>, form: OperationForm): Array<string | number> {
  let selections: readonly Selection[] = form.selections;
  return path.map((segment) => {
    if (typeof segment === 'number') return segment;
    const entry = responseKeys(selections, form.fragments).get(segment);
    selections = entry?.children ?? [];
    return entry ? entry.name : `?${segment}`;
  });
}
