import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import type { DisclosurePolicy } from '../../../runtime/policy/disclosure-policy.ts';

/**
 * One kind of triggering event in the county protocol: within how many hours the MDT reconvenes, how
 * many hours before that deadline the members told are reminded, and who is told.
 */
export interface ReconveningRule {
  protocolId: string;
  withinHours: number;
  remindBeforeHours: number;
  tell: string[];
}

interface ProtocolFile {
  protocol: {
    id: string;
    title: string;
    legal_basis: string;
    reconvening: Record<string, { within_hours: number; remind_before_hours: number; tell: string[] }>;
  };
}

const HOUR_MS = 3_600_000;

/** The protocol file's own JSON Schema: the policy's schema file, entered at `#/$defs/protocolFile`. */
const validProtocol = (() => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  (addFormatsModule as unknown as (instance: Ajv2020) => void)(ajv);
  const schema = JSON.parse(readFileSync(new URL('../../../policies/schema/csec-policy.schema.json', import.meta.url), 'utf8')) as object;
  return ajv.compile<ProtocolFile>({ ...schema, $ref: '#/$defs/protocolFile' });
})();

/**
 * The county protocol's clock (policies/csec/protocol/data.yaml) as the signed policy bundle in force
 * carries it, so a deadline follows the same revision that decided the write. A bundle without a valid
 * protocol sets no deadline, and no event is recorded without one.
 */
export class ProtocolClock {
  private readonly rules: ReadonlyMap<string, ReconveningRule>;

  private constructor(rules: ReadonlyMap<string, ReconveningRule>) {
    this.rules = rules;
  }

  static of(policy: DisclosurePolicy): ProtocolClock {
    let clock = byPolicy.get(policy);
    if (!clock) {
      clock = ProtocolClock.fromBundleData(policy.data);
      byPolicy.set(policy, clock);
    }
    return clock;
  }

  static fromBundleData(document: unknown): ProtocolClock {
    const file = { protocol: (document as { csec?: { protocol?: { protocol?: unknown } } } | null | undefined)?.csec?.protocol?.protocol };
    if (!validProtocol(file)) return new ProtocolClock(new Map());
    const { id, reconvening } = file.protocol;
    return new ProtocolClock(
      new Map(
        Object.entries(reconvening).map(([kind, rule]) => [
          kind,
          { protocolId: id, withinHours: rule.within_hours, remindBeforeHours: rule.remind_before_hours, tell: rule.tell },
        ]),
      ),
    );
  }

  /** The most hours before a deadline any kind of event is reminded of (0 when the protocol sets none). */
  longestReminderHours(): number {
    return Math.max(0, ...[...this.rules.values()].map((rule) => rule.remindBeforeHours));
  }

  /** The rule for a kind of event; undefined when the protocol in force sets none. */
  ruleFor(kind: string): ReconveningRule | undefined {
    return this.rules.get(kind);
  }
}

/** When a reconvening opened by an event that happened at `occurredAt` is due. */
export function dueAt(occurredAt: string, rule: ReconveningRule): string {
  return new Date(new Date(occurredAt).getTime() + rule.withinHours * HOUR_MS).toISOString();
}

/** From when the members told are reminded that a reconvening due at `due` approaches. */
export function remindFrom(due: string, rule: Pick<ReconveningRule, 'remindBeforeHours'>): Date {
  return new Date(new Date(due).getTime() - rule.remindBeforeHours * HOUR_MS);
}

const byPolicy = new WeakMap<DisclosurePolicy, ProtocolClock>();
