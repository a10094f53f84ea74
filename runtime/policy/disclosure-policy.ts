import { loadPolicy, type LoadedPolicy } from '@open-policy-agent/opa-wasm';
import { countyDate } from '../calendar.ts';
import { readBundleArchive, type BundleFiles } from './bundle-archive.ts';
import { verifyBundleSignature, type BundleVerificationKey } from './bundle-signature.ts';
import type { Coordinate, Decision, PolicyExplanation, PolicyInput, PolicyRequester } from './policy-input.ts';
import { policyVocabularyFromBundleData, type PolicyVocabulary } from './policy-vocabulary.ts';

export const DECISION_ENTRYPOINT = 'csec/disclosure/decisions';
/** The conditions any decision for a requester can depend on (input: `{ requester, categories? }`). */
export const CONDITIONS_ENTRYPOINT = 'csec/disclosure/conditions_in_play';
/** Why each coordinate is decided as it is (same input as the decisions); evaluated only to explain. */
export const EXPLANATION_ENTRYPOINT = 'csec/explanation/decisions_explained';
/** Every entrypoint a bundle is built with. */
/** Why a consent being recorded would not count: its signer checked by the rules that decide consents on file. */
export const CONSENT_CAPTURE_ENTRYPOINT = 'csec/consent/capture_refusals';
export const ENTRYPOINTS = [DECISION_ENTRYPOINT, CONDITIONS_ENTRYPOINT, EXPLANATION_ENTRYPOINT, CONSENT_CAPTURE_ENTRYPOINT] as const;

/** A consent about to be recorded, as the policy checks its signer. */
export interface ConsentCapture {
  countyDate: string;
  consent: { form: string; signedBy: string; signedOn: string; categories: readonly string[] };
  youth: { birthDate: string };
}

/** Why the policy would not count a consent being recorded. */
export type ConsentCaptureRefusal =
  | { reason: 'SIGNER_NOT_ON_FORM'; signers: string[] }
  | { reason: 'SIGNER_MAY_NOT_AUTHORIZE'; category: string; youthSigningAge: number }
  | { reason: 'FORM_UNKNOWN' };

/** Inputs of `conditionsInPlay` remembered at most (one per requester and operation, in practice). */
const MAX_REMEMBERED_CONDITIONS = 10_000;
/**
 * Decisions remembered at most, all forgotten together when full: a caseload screen of 50 youth
 * needs about 150, and with each youth's facts in its key this bounds the memory to tens of MiB.
 */
const MAX_REMEMBERED_DECISIONS = 20_000;
/** A time as the gateway writes it (`Date.prototype.toISOString`), in UTC. */
const UTC_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** A decision made when the policy cannot decide: withhold, and say nothing about the category. */
export function failClosed(rule: 'POLICY_UNAVAILABLE' | 'POLICY_ERROR'): Decision {
  return {
    allow: false,
    rule,
    legal_basis: 'deny by default',
    reason: 'Not available to you.',
    obligations: [],
    conceal: false,
    review: false,
  };
}

/** A bundle that verifies but cannot be used as the disclosure policy. */
export class PolicyBundleError extends Error {
  readonly code = 'POLICY_BUNDLE_UNUSABLE';
}

/**
 * The compiled disclosure policy (Rego compiled to WebAssembly), evaluated in-process once per
 * request for every coordinate not decided before (see `decide`). It fails closed: a bundle that
 * cannot be loaded, an evaluation that throws, or an answer of the wrong shape withholds everything.
 */
export class DisclosurePolicy {
  readonly revision: string;
  /** The words of the policy's data (roles, categories, clauses, forms), to explain its decisions with. */
  readonly vocabulary: PolicyVocabulary | undefined;
  /** The bundle's data.json as loaded, for services that read policy data (the health value sets). */
  readonly data: unknown;
  private readonly policy: LoadedPolicy | undefined;
  private readonly answersConditions: boolean;
  /**
   * Answers of `conditionsInPlay` by their input. They depend on the input and this revision's
   * data alone, and a client sends the same few operations again and again.
   */
  private readonly conditionsByInput = new Map<string, ReadonlySet<string> | undefined>();
  /** Decisions by everything they depend on (see `decide`): by requester, hour and youth facts, then by coordinate. */
  private readonly decisionsByYouth = new Map<string, Map<string, Decision>>();
  private rememberedDecisions = 0;

  private constructor(policy: LoadedPolicy | undefined, revision: string, vocabulary?: PolicyVocabulary, data?: unknown) {
    this.policy = policy;
    this.data = data;
    this.revision = revision;
    this.vocabulary = vocabulary;
    this.answersConditions = policy !== undefined && Object.keys(policy.entrypoints as object).includes(CONDITIONS_ENTRYPOINT);
  }

  /**
   * Loads a bundle built by `opa build -t wasm`; an unreadable bundle gives a policy that withholds
   * everything. With `verification`, a bundle whose signature does not verify is unreadable too.
   */
  static async load(
    bundlePath: string,
    onFailure: (reason: string) => void = () => undefined,
    options: { verification?: BundleVerificationKey } = {},
  ): Promise<DisclosurePolicy> {
    try {
      return await DisclosurePolicy.fromBundle(await readBundleArchive(bundlePath), options.verification);
    } catch (error) {
      onFailure(error instanceof Error ? error.message : 'unknown error');
      return DisclosurePolicy.withholdingEverything();
    }
  }

  /** The policy of an unpacked bundle, verified first when a key is given; throws when it cannot be used. */
  static async fromBundle(files: BundleFiles, verification?: BundleVerificationKey): Promise<DisclosurePolicy> {
    if (verification) await verifyBundleSignature(files, verification);
    const wasm = files.get('policy.wasm');
    const data = files.get('data.json');
    if (!wasm || !data) throw new PolicyBundleError('the bundle has no policy.wasm or data.json');
    const manifest = files.get('.manifest');
    const revision = manifest ? String((JSON.parse(manifest.toString('utf8')) as { revision?: unknown }).revision ?? '') : '';
    const policy = await loadPolicy(wasm, { initial: 64, maximum: 4_096 });
    const document = JSON.parse(data.toString('utf8')) as object;
    policy.setData(document);
    if (!Object.keys(policy.entrypoints as object).includes(DECISION_ENTRYPOINT)) {
      throw new PolicyBundleError(`the bundle has no ${DECISION_ENTRYPOINT} entrypoint`);
    }
    return new DisclosurePolicy(policy, revision || 'unrevisioned', policyVocabularyFromBundleData(document), document);
  }

  /** The policy used when no bundle could be loaded: every decision withholds. */
  static withholdingEverything(): DisclosurePolicy {
    return new DisclosurePolicy(undefined, 'unavailable');
  }

  get available(): boolean {
    return this.policy !== undefined;
  }

  /**
   * The decision for each coordinate, in order. A coordinate's decision depends on this revision's
   * data, the requester, the county's date of `now`, the facts of its own youth and the coordinate
   * itself, nothing else (the policy reads no other part of the input for it, which a unit test
   * checks), so decisions are remembered by exactly those and only the coordinates not yet decided
   * are evaluated. The county's date cannot change within an hour of UTC (its offsets are whole
   * hours), so the hour of `now` stands for it; a `now` in another form is always evaluated.
   */
  decide(input: PolicyInput): Decision[] {
    if (!this.policy) return input.coordinates.map(() => failClosed('POLICY_UNAVAILABLE'));
    if (!UTC_INSTANT.test(input.now)) return this.evaluate(input);
    const requesterKey = `${input.now.slice(0, 13)}\u0000${JSON.stringify(input.requester)}\u0000`;
    const youthKeys = new Map<string | null, string>();
    const remembered = input.coordinates.map((coordinate) => {
      let youthKey = youthKeys.get(coordinate.youthId);
      if (youthKey === undefined) {
        youthKey = requesterKey + JSON.stringify((coordinate.youthId !== null && input.youth[coordinate.youthId]) || null);
        youthKeys.set(coordinate.youthId, youthKey);
      }
      const coordinateKey = JSON.stringify(coordinate);
      return { youthKey, coordinateKey, decision: this.decisionsByYouth.get(youthKey)?.get(coordinateKey) };
    });
    const undecided = remembered.flatMap((entry, index) => (entry.decision ? [] : [index]));
    if (undecided.length === 0) return remembered.map((entry) => entry.decision as Decision);

    const youth: PolicyInput['youth'] = {};
    const coordinates = undecided.map((index) => input.coordinates[index] as Coordinate);
    for (const { youthId } of coordinates) {
      const facts = youthId === null ? undefined : input.youth[youthId];
      if (youthId !== null && facts) youth[youthId] = facts;
    }
    const evaluated = this.evaluate({ ...input, youth, coordinates });
    const failed = evaluated.some((decision) => decision.rule === 'POLICY_ERROR');
    if (!failed && this.rememberedDecisions + undecided.length > MAX_REMEMBERED_DECISIONS) {
      this.decisionsByYouth.clear();
      this.rememberedDecisions = 0;
    }
    undecided.forEach((index, position) => {
      const entry = remembered[index] as (typeof remembered)[number];
      entry.decision = evaluated[position] as Decision;
      if (failed) return;
      let byCoordinate = this.decisionsByYouth.get(entry.youthKey);
      if (!byCoordinate) this.decisionsByYouth.set(entry.youthKey, (byCoordinate = new Map()));
      byCoordinate.set(entry.coordinateKey, entry.decision);
      this.rememberedDecisions += 1;
    });
    return remembered.map((entry) => entry.decision as Decision);
  }

  /** The policy's decisions on the input, evaluated in WebAssembly; fails closed. */
  evaluate(input: PolicyInput): Decision[] {
    if (!this.policy) return input.coordinates.map(() => failClosed('POLICY_UNAVAILABLE'));
    try {
      const result = this.policy.evaluate(withCountyDate(input), DECISION_ENTRYPOINT) as Array<{ result?: unknown }> | undefined;
      const decisions = result?.[0]?.result;
      if (!Array.isArray(decisions) || decisions.length !== input.coordinates.length || !decisions.every(isDecision)) {
        return input.coordinates.map(() => failClosed('POLICY_ERROR'));
      }
      return decisions;
    } catch {
      return input.coordinates.map(() => failClosed('POLICY_ERROR'));
    }
  }

  /**
   * The policy's explanation of each coordinate, in order: its decision and what it read. Never
   * remembered nor used to decide a request. Undefined when the policy cannot explain (no bundle, a
   * bundle built without the entrypoint, an answer of the wrong shape or an evaluation error).
   */
  explain(input: PolicyInput): PolicyExplanation[] | undefined {
    if (!this.policy || !Object.keys(this.policy.entrypoints as object).includes(EXPLANATION_ENTRYPOINT)) return undefined;
    try {
      const result = this.policy.evaluate(withCountyDate(input), EXPLANATION_ENTRYPOINT) as Array<{ result?: unknown }> | undefined;
      const explanations = result?.[0]?.result;
      if (!Array.isArray(explanations) || explanations.length !== input.coordinates.length) return undefined;
      return explanations.every(isExplanation) ? explanations : undefined;
    } catch {
      return undefined;
    }
  }

  /**
   * Why the policy would not count this consent if it were recorded: its signer, checked by the
   * rules that decide whether a consent on file opens records. Undefined when the policy cannot say
   * (no bundle, a bundle built without the entrypoint, an answer of the wrong shape): the consent is
   * then not recorded.
   */
  consentCaptureRefusals(capture: ConsentCapture): ConsentCaptureRefusal[] | undefined {
    if (!this.policy || !Object.keys(this.policy.entrypoints as object).includes(CONSENT_CAPTURE_ENTRYPOINT)) return undefined;
    try {
      const result = this.policy.evaluate(capture, CONSENT_CAPTURE_ENTRYPOINT) as Array<{ result?: unknown }> | undefined;
      const refusals = result?.[0]?.result;
      if (
        !Array.isArray(refusals) ||
        !refusals.every(
          (refusal) => typeof refusal === 'object' && refusal !== null && typeof (refusal as { reason?: unknown }).reason === 'string',
        )
      ) {
        return undefined;
      }
      return refusals as ConsentCaptureRefusal[];
    } catch {
      return undefined;
    }
  }

  /**
   * The conditions any decision for this requester on these categories can depend on (agreement
   * clauses naming them and their purpose of use, and the emergency set under emergency access,
   * with the categories records' own labels can bring in); every category without `categories`.
   * Undefined when the policy cannot say (no bundle, a bundle built without the entrypoint, an
   * answer of the wrong shape): then every condition must be assumed in play.
   */
  conditionsInPlay(requester: PolicyRequester, categories?: readonly string[]): ReadonlySet<string> | undefined {
    if (!this.policy || !this.answersConditions) return undefined;
    const input = categories ? { requester, categories } : { requester };
    const key = JSON.stringify(input);
    if (this.conditionsByInput.has(key)) return this.conditionsByInput.get(key);
    let answer: ReadonlySet<string> | undefined;
    try {
      const result = this.policy.evaluate(input, CONDITIONS_ENTRYPOINT) as Array<{ result?: unknown }> | undefined;
      const conditions = result?.[0]?.result;
      if (Array.isArray(conditions) && conditions.every((condition) => typeof condition === 'string'))
        answer = new Set(conditions as string[]);
    } catch {
      answer = undefined;
    }
    if (this.conditionsByInput.size >= MAX_REMEMBERED_CONDITIONS) this.conditionsByInput.clear();
    this.conditionsByInput.set(key, answer);
    return answer;
  }
}

/**
 * The input with the county's date of `now`, which the policy decides every date on; without one
 * when `now` is not a time, so the policy withholds everything.
 */
function withCountyDate(input: PolicyInput): PolicyInput {
  if (input.countyDate !== undefined || typeof input.now !== 'string' || Number.isNaN(Date.parse(input.now))) return input;
  return { ...input, countyDate: countyDate(input.now) };
}

function isExplanation(value: unknown): value is PolicyExplanation {
  if (typeof value !== 'object' || value === null) return false;
  const explanation = value as Record<string, unknown>;
  return (
    isDecision(explanation['decision']) &&
    typeof explanation['facts'] === 'object' &&
    Array.isArray(explanation['clauses']) &&
    Array.isArray(explanation['consents']) &&
    Array.isArray(explanation['gates']) &&
    Array.isArray(explanation['conditions'])
  );
}

function isDecision(value: unknown): value is Decision {
  if (typeof value !== 'object' || value === null) return false;
  const decision = value as Record<string, unknown>;
  return (
    typeof decision['allow'] === 'boolean' &&
    typeof decision['rule'] === 'string' &&
    typeof decision['legal_basis'] === 'string' &&
    typeof decision['reason'] === 'string' &&
    Array.isArray(decision['obligations'])
  );
}
