import type { Coding } from '@medplum/fhirtypes';
import type { DisclosurePolicy } from '../../../runtime/policy/disclosure-policy.ts';
import { isHealthArea, type HealthArea } from './health-areas.ts';
import type { SecurityLabels } from './security-labels.ts';

/**
 * Files health records into areas from the value sets of the policy bundle in force
 * (policies/csec/value_sets/data.yaml, read by `csec.value_sets` too): the privacy officer owns
 * which codes reveal a category, not this subgraph. The sets are indexed once per bundle revision,
 * so a record costs a few map lookups per code.
 */

/** How a record's area was decided, for the privacy officer: what put it there. */
export type ClassificationBasis = 'LABEL' | 'CODE' | 'CONTEXT' | 'UNDETERMINED' | 'NO_MATCH';

export interface HealthClassification {
  area: HealthArea;
  basis: ClassificationBasis;
  /** The rule that decided, e.g. `code http://snomed.info/sct|75544000 in value set SUD-SNOMED-CT (value sets 2026.12.1)`. */
  rule: string;
}

/** The area of a record the classified record belongs to (its episode of care, its encounter...). */
export interface ContextSignal {
  kind: ContextKind;
  /** `EpisodeOfCare/<id>`, `Encounter/<id>`, `Condition/<id>`, `PractitionerRole/<id>`. */
  reference: string;
  area: HealthArea;
}

export type ContextKind = 'EPISODE_OF_CARE' | 'ENCOUNTER' | 'REASON_REFERENCE' | 'PRACTITIONER_ROLE';

interface SetEntry {
  area: HealthArea;
  setId: string;
}

interface SystemIndex {
  exact: Map<string, SetEntry[]>;
  prefixes: Map<string, SetEntry[]>;
  longestPrefix: number;
}

interface ValueSetsData {
  version: string;
  precedence: HealthArea[];
  areas: Record<string, { category: string }>;
  systems: Record<string, string>;
  undetermined: { area: HealthArea; reason: string };
  context: ContextKind[];
  sets: Array<{ id: string; area: HealthArea; system: string; match: 'CODE' | 'PREFIX'; codes: Array<{ code: string }> }>;
}

const byPolicy = new WeakMap<DisclosurePolicy, HealthClassifier>();

export class HealthClassifier {
  readonly version: string;
  private readonly rank: Map<HealthArea, number>;
  private readonly bySystem: Map<string, SystemIndex>;
  private readonly areaOfLabel: Map<string, HealthArea>;
  private readonly context: ReadonlySet<ContextKind>;
  /** Areas a context can bring in: anything more protected than general medical care. */
  private readonly escalating: ReadonlySet<HealthArea>;
  private readonly undetermined: { area: HealthArea; reason: string };

  private constructor(data: ValueSetsData, labelCategories: Record<string, string>) {
    this.version = data.version;
    this.rank = new Map(data.precedence.map((area, index) => [area, index]));
    this.undetermined = data.undetermined;
    this.context = new Set(data.context);
    this.escalating = new Set(data.precedence.filter((area) => data.areas[area]?.category !== 'GENERAL_MEDICAL'));
    this.bySystem = new Map();
    for (const uri of Object.values(data.systems)) this.bySystem.set(uri, { exact: new Map(), prefixes: new Map(), longestPrefix: 0 });
    for (const set of data.sets) {
      const index = this.bySystem.get(data.systems[set.system] ?? '');
      if (!index) continue;
      for (const { code } of set.codes) {
        const entry = { area: set.area, setId: set.id };
        if (set.match === 'PREFIX') {
          const prefix = normalizedPrefix(code);
          push(index.prefixes, prefix, entry);
          index.longestPrefix = Math.max(index.longestPrefix, prefix.length);
        } else {
          push(index.exact, code, entry);
        }
      }
    }
    // A label points to the most protected area decided as its category (NEVER: counseling notes).
    this.areaOfLabel = new Map();
    for (const [label, category] of Object.entries(labelCategories)) {
      const area = data.precedence.find(
        (candidate) => candidate !== 'PUBLIC_HEALTH_NURSING' && data.areas[candidate]?.category === category,
      );
      if (area) this.areaOfLabel.set(label, area);
    }
  }

  /** The classifier of a policy revision, built once; one that withholds every record without value sets. */
  static of(policy: DisclosurePolicy): HealthClassifier {
    let classifier = byPolicy.get(policy);
    if (!classifier) {
      classifier = HealthClassifier.fromBundleData(policy.data) ?? HealthClassifier.withholdingEverything();
      byPolicy.set(policy, classifier);
    }
    return classifier;
  }

  /** From a bundle's data.json; undefined when it has no usable value sets. */
  static fromBundleData(document: unknown): HealthClassifier | undefined {
    const csec = (document as { csec?: Record<string, unknown> } | null | undefined)?.csec;
    const data = (csec?.['value_sets'] as { value_sets?: unknown } | undefined)?.value_sets;
    const labels = (csec?.['labels'] as { labels?: { sensitivity?: unknown } } | undefined)?.labels?.sensitivity;
    if (!isValueSets(data) || typeof labels !== 'object' || labels === null) return undefined;
    return new HealthClassifier(data, labels as Record<string, string>);
  }

  /** Every record is filed as never disclosed: what a subgraph without value sets must do. */
  static withholdingEverything(): HealthClassifier {
    return new HealthClassifier(
      {
        version: 'unavailable',
        precedence: ['COUNSELING_NOTES'],
        areas: { COUNSELING_NOTES: { category: 'NEVER' } },
        systems: {},
        undetermined: { area: 'COUNSELING_NOTES', reason: 'no value sets in the policy bundle' },
        context: [],
        sets: [],
      },
      {},
    );
  }

  /** Whether a context of this kind counts (the county's data says which do). */
  reads(kind: ContextKind): boolean {
    return this.context.has(kind);
  }

  /**
   * The area a clinician's service (a PractitionerRole's role and specialty codes) reveals, when a
   * value set holds one of them; none otherwise. Unlike a record, a service without a known code
   * reveals nothing: most roles carry none, and they must not withhold every record they touch.
   */
  serviceArea(codings: readonly Coding[]): HealthArea | undefined {
    const filed = this.classify({ confidentiality: null, sensitivity: [] }, codings);
    return filed.basis === 'CODE' ? filed.area : undefined;
  }

  /**
   * The most protected area the record's own labels, its codes or its context point to. A label
   * the source sent is never weakened: codes and context can only add areas.
   */
  classify(labels: SecurityLabels, codings: readonly Coding[], context: readonly ContextSignal[] = []): HealthClassification {
    let best: HealthClassification | undefined;
    let bestRank = Number.POSITIVE_INFINITY;
    const consider = (area: HealthArea, basis: ClassificationBasis, rule: () => string) => {
      const rank = this.rank.get(area);
      if (rank === undefined || rank >= bestRank) return;
      bestRank = rank;
      best = { area, basis, rule: rule() };
    };
    for (const label of labels.sensitivity) {
      const area = this.areaOfLabel.get(label);
      if (area) consider(area, 'LABEL', () => `label ${label} from the source`);
    }
    let known = labels.sensitivity.length > 0;
    for (const coding of codings) {
      if (!coding.code || !coding.system) continue;
      const index = this.bySystem.get(coding.system);
      if (!index) continue;
      known = true;
      const rule = (entry: SetEntry) => () =>
        `code ${coding.system}|${coding.code} in value set ${entry.setId} (value sets ${this.version})`;
      for (const entry of index.exact.get(coding.code) ?? []) consider(entry.area, 'CODE', rule(entry));
      if (index.longestPrefix > 0) {
        const normalized = normalizedPrefix(coding.code);
        for (let length = Math.min(index.longestPrefix, normalized.length); length > 0; length -= 1) {
          for (const entry of index.prefixes.get(normalized.slice(0, length)) ?? []) consider(entry.area, 'CODE', rule(entry));
        }
      }
    }
    for (const signal of context) {
      if (!this.context.has(signal.kind) || !this.escalating.has(signal.area)) continue;
      consider(signal.area, 'CONTEXT', () => `context ${signal.reference} (${signal.area}, value sets ${this.version})`);
    }
    if (best) return best;
    if (!known)
      return {
        area: this.undetermined.area,
        basis: 'UNDETERMINED',
        rule: `undetermined (value sets ${this.version}): ${this.undetermined.reason}`,
      };
    return { area: 'GENERAL_MEDICAL', basis: 'NO_MATCH', rule: `no value set matches (value sets ${this.version})` };
  }
}

function normalizedPrefix(code: string): string {
  return code.replace('.', '').toUpperCase();
}

function push(map: Map<string, SetEntry[]>, key: string, entry: SetEntry): void {
  const entries = map.get(key);
  if (entries) entries.push(entry);
  else map.set(key, [entry]);
}

function isValueSets(value: unknown): value is ValueSetsData {
  if (typeof value !== 'object' || value === null) return false;
  const data = value as Partial<ValueSetsData>;
  return (
    typeof data.version === 'string' &&
    Array.isArray(data.precedence) &&
    data.precedence.every(isHealthArea) &&
    typeof data.areas === 'object' &&
    typeof data.systems === 'object' &&
    isHealthArea(data.undetermined?.area) &&
    Array.isArray(data.context) &&
    Array.isArray(data.sets) &&
    data.sets.every((set) => isHealthArea(set.area) && Array.isArray(set.codes))
  );
}
