import type { SubgraphName } from '../../../runtime/config.ts';
import {
  MAX_FACTS_IDS,
  type ChildWelfareFactsRequest,
  type CsecFactsRequest,
  type JuvenileCourtFactsRequest,
  type ProbationFactsRequest,
} from '../../../runtime/policy/facts-request.ts';
import type { CsecYouthFacts as CsecYouthFactsAnswer } from '../../../runtime/policy/__generated__/disclosure-facts.ts';
import type { CourtOrderFacts, ProceedingParticipation, YouthFacts } from '../../../runtime/policy/policy-input.ts';
import type { Requester } from '../../../runtime/requester.ts';
import type { RequesterTokenSigner } from '../../../runtime/requester-token.ts';
import { SOURCE_AGENCIES, type SourceAgency } from '../../../subgraphs/registry.ts';
import { ServiceCallError, callService, type ServiceAnswer } from '../../../runtime/service-http.ts';
import { FACTS_ANSWER_CONTRACTS, MalformedFactsAnswer, checkedFactsAnswer } from './facts-answers.ts';
import { RememberedAnswers } from './remembered-answers.ts';

/** What an agency's subgraph is asked, as its contract says (schema/disclosure-facts-requests.schema.json). */
type AgencyFactsRequest = ChildWelfareFactsRequest | ProbationFactsRequest | JuvenileCourtFactsRequest;

/** The policy's facts about one youth, and the identifier each agency keeps for them. */
export interface YouthFactsWithLinks {
  facts: YouthFacts;
  links: Partial<Record<SourceAgency, string>>;
}

/** The agencies that keep an assigned worker for a youth, and so answer the ASSIGNED_WORKER condition. */
export type AssigningAgency = Extract<SourceAgency, 'CHILD_WELFARE' | 'PROBATION'>;

/**
 * Which facts only an agency holds the decisions of a request can depend on: child welfare and
 * probation are asked only for these, and a fact not asked for is left out of the youth's facts, so
 * the policy's condition on it does not hold.
 */
export interface AgencyFactsInPlay {
  /** The agencies whose assigned worker a condition reads. */
  assignedWorkerOf: ReadonlySet<AssigningAgency>;
  /** Whether a condition reads probation's adjudication. */
  adjudication: boolean;
  /** Whether a W&IC 827 order of the juvenile court can decide (COURT_ORDER). */
  courtOrders: boolean;
  /** Whether a participation in a proceeding the juvenile court records can decide (LAW_ENFORCEMENT_ACTIVE_MATTER). */
  proceedings: boolean;
}

const ASSIGNING_AGENCIES: readonly AssigningAgency[] = ['CHILD_WELFARE', 'PROBATION'];

/** Every fact an agency holds: for an explanation, which decides for someone other than the requester. */
export const EVERY_AGENCY_FACT: AgencyFactsInPlay = {
  assignedWorkerOf: new Set(ASSIGNING_AGENCIES),
  adjudication: true,
  courtOrders: true,
  proceedings: true,
};

/**
 * The agency facts a requester's decisions can depend on, from the policy's conditions in play
 * (undefined: the policy cannot say, so every fact). The ASSIGNED_WORKER condition reads only the
 * assignment in the requester's own agency.
 */
export function agencyFactsInPlay(conditions: ReadonlySet<string> | undefined, requester: Pick<Requester, 'agency'>): AgencyFactsInPlay {
  if (!conditions) return EVERY_AGENCY_FACT;
  const ownAgency = ASSIGNING_AGENCIES.find((agency) => agency === requester.agency);
  return {
    assignedWorkerOf: new Set<AssigningAgency>(conditions.has('ASSIGNED_WORKER') && ownAgency ? [ownAgency] : []),
    adjudication: conditions.has('BEFORE_ADJUDICATION'),
    courtOrders: conditions.has('COURT_ORDER'),
    proceedings: conditions.has('LAW_ENFORCEMENT_ACTIVE_MATTER'),
  };
}

/**
 * The assignment a request may leave unasked until it is known to decide something: the requester's
 * own agency's, when it is in play and that agency would be asked for nothing else (probation is
 * asked for adjudication too, in the same exchange). Returns the agency, and the facts to gather
 * without its assignment. The gate then asks for it only about the youth whose decisions it changes
 * (DisclosureGate, `decideOnAssignment`).
 */
export function assignmentAskedWhenDecisive(
  inPlay: AgencyFactsInPlay,
): { agency: AssigningAgency; gathered: AgencyFactsInPlay } | undefined {
  const [agency, ...others] = inPlay.assignedWorkerOf;
  if (!agency || others.length > 0 || (agency === 'PROBATION' && inPlay.adjudication)) return undefined;
  return { agency, gathered: { ...inPlay, assignedWorkerOf: new Set() } };
}

/**
 * The youth's facts with only the agency facts in play: the assigned workers of the agencies named,
 * the adjudication, the court's orders and the participations in proceedings when they are in play
 * (none otherwise, so a condition on them does not hold).
 */
export function keepAgencyFactsInPlay(facts: YouthFacts, inPlay: AgencyFactsInPlay): YouthFacts {
  const { adjudicated, assignedWorkers, courtOrders, proceedingParticipations, ...others } = facts;
  const kept: YouthFacts = {
    ...others,
    proceedingParticipations: inPlay.proceedings ? proceedingParticipations : [],
    assignedWorkers: Object.fromEntries(
      Object.entries(assignedWorkers).filter(([agency]) => inPlay.assignedWorkerOf.has(agency as AssigningAgency)),
    ),
  };
  if (inPlay.adjudication && adjudicated !== undefined) kept.adjudicated = adjudicated;
  if (inPlay.courtOrders && courtOrders !== undefined) kept.courtOrders = courtOrders;
  return kept;
}

/** The subgraphs that hold disclosure facts. */
export type FactsSubgraph = Extract<SubgraphName, 'csec' | 'child-welfare' | 'probation' | 'juvenile-court'>;

export type YouthFactsFailure = 'TOKEN' | 'UNREACHABLE' | 'TIMEOUT' | 'REFUSED' | 'MALFORMED';

/**
 * The facts a disclosure decision needs could not be gathered. The gateway fails closed on it:
 * nothing is disclosed. The message names the subgraph and what went wrong, never a value read.
 */
export class YouthFactsUnavailableError extends Error {
  readonly code = 'POLICY_FACTS_UNAVAILABLE';
  readonly subgraph: FactsSubgraph;
  readonly failure: YouthFactsFailure;
  constructor(subgraph: FactsSubgraph, failure: YouthFactsFailure, detail: string) {
    super(`The disclosure facts of the ${subgraph} subgraph are unavailable: ${detail}.`);
    this.name = 'YouthFactsUnavailableError';
    this.subgraph = subgraph;
    this.failure = failure;
  }
}

const REQUEST_TIMEOUT_MS = 5_000;
const FACTS_PATH = '/disclosure-facts';

/** The CSEC program's facts about a youth, as read from its answer. */
type CsecYouthFacts = Omit<CsecYouthFactsAnswer, 'links'> & { links: Partial<Record<SourceAgency, string>> };

/**
 * How one request reads the CSEC program's facts, and the version of the facts it decides on (csec
 * migration 007). A query may be decided on an answer read for an earlier request while its
 * version is the newest the gateway has seen: the audit appends the query's decisions only if the
 * facts are still at that version, and otherwise the gateway decides the query again on facts read
 * afresh, so no answer leaves on outdated facts. A mutation changes something, so it is decided
 * once, on facts read for it. An agency whose facts the gateway watches too (child welfare,
 * probation, the juvenile court) is likewise answered from memory only for a query.
 */
export class CsecFactsReading {
  readonly mayRemember: boolean;
  private oldest: bigint | undefined;

  constructor(mayRemember: boolean) {
    this.mayRemember = mayRemember;
  }

  /** The oldest version of the answers used: a change since any of them makes the audit refuse. None when nothing was read. */
  get version(): string | undefined {
    return this.oldest === undefined ? undefined : String(this.oldest);
  }

  used(version: bigint): void {
    if (this.oldest === undefined || version < this.oldest) this.oldest = version;
  }
}

/** The juvenile court's facts about a party (a youth, by the court's party number). */
interface CourtFacts {
  courtOrders: CourtOrderFacts[];
  proceedingParticipations: ProceedingParticipation[];
}

interface ProbationFacts {
  assignedOfficer: string | null;
  adjudicated: boolean;
}

/**
 * The policy information point: gathers, for each youth, the facts the disclosure policy decides
 * on (docs/policies.md) from the agencies that hold them. The CSEC program is asked first, for the
 * youth's MDT, consents, investigations and agency links; then child welfare, probation and the
 * juvenile court, in parallel, for the assigned workers and adjudication of the youth linked to them
 * and the court's orders and participations in proceedings, each only when a fact it holds is in play.
 */
export class YouthFactsClient {
  /** The facts route of each subgraph that holds facts, as the supergraph has them; an agency it lacks holds none. */
  private readonly factsUrls: Partial<Record<FactsSubgraph, string>>;
  private readonly signer: RequesterTokenSigner;
  /** CSEC answers by requester and question, with the facts version each was read at. */
  private readonly remembered: RememberedAnswers<Map<string, CsecYouthFacts>>;
  /** The answers of each agency whose facts version the gateway watches, by requester and question. */
  private readonly agencyAnswers: Partial<Record<FactsSubgraph, RememberedAnswers<ReadonlyMap<string, unknown>>>> = {};
  private readonly onAnswer: (subgraph: FactsSubgraph, remembered: boolean) => void;

  /**
   * `knownCurrent`: for each subgraph whose facts version the gateway watches, whether facts read at
   * the newest version heard are known current (its watcher holds a lease). A subgraph without one
   * is asked every request. `onAnswer` hears of each answer used, remembered or asked.
   */
  constructor(options: {
    subgraphUrls: Partial<Record<FactsSubgraph, string>>;
    signer: RequesterTokenSigner;
    knownCurrent?: Partial<Record<FactsSubgraph, () => boolean>>;
    onAnswer?: (subgraph: FactsSubgraph, remembered: boolean) => void;
  }) {
    this.onAnswer = options.onAnswer ?? (() => undefined);
    const { csec = () => false, ...agencies } = options.knownCurrent ?? {};
    this.remembered = new RememberedAnswers(csec);
    for (const [subgraph, knownCurrent] of Object.entries(agencies) as Array<[FactsSubgraph, () => boolean]>) {
      this.agencyAnswers[subgraph] = new RememberedAnswers(knownCurrent);
    }
    this.factsUrls = {};
    for (const subgraph of ['csec', 'child-welfare', 'probation', 'juvenile-court'] as const) {
      const url = options.subgraphUrls[subgraph];
      if (url !== undefined) this.factsUrls[subgraph] = new URL(FACTS_PATH, url).href;
    }
    this.signer = options.signer;
  }

  /**
   * Facts about the given youth; a youth the CSEC program does not know is absent. The MDT seats
   * in them are the requester's and those of `seatsOf`, the people a decision is explained for;
   * the agency facts are those `inPlay` names. Without a `reading`, the CSEC facts are read afresh.
   */
  async forYouth(
    requester: Requester,
    youthIds: readonly string[],
    seatsOf: readonly string[] = [],
    inPlay: AgencyFactsInPlay = EVERY_AGENCY_FACT,
    reading?: CsecFactsReading,
  ): Promise<Map<string, YouthFactsWithLinks>> {
    const wanted = [...new Set(youthIds)];
    if (wanted.length === 0) return new Map();
    const answers = await settleAll(
      chunks(wanted).map((batch) => this.askCsec(requester, { youthIds: batch, seatsOf: [...seatsOf] }, new Set(batch), reading)),
    );
    const csec = new Map(answers.flatMap((answer) => [...answer]));
    const ordered = new Map<string, CsecYouthFacts>();
    for (const youthId of wanted) {
      const facts = csec.get(youthId);
      if (facts) ordered.set(youthId, facts);
    }
    return this.complete(requester, ordered, inPlay, seatsOf, reading);
  }

  /** Facts about every youth on the requester's own caseload (the open MDTs they sit on today), with the requester's seats. */
  async forCaseload(
    requester: Requester,
    inPlay: AgencyFactsInPlay = EVERY_AGENCY_FACT,
    reading?: CsecFactsReading,
  ): Promise<Map<string, YouthFactsWithLinks>> {
    const csec = await this.askCsec(requester, { caseloadOf: 'requester', seatsOf: [] }, undefined, reading);
    return this.complete(requester, csec, inPlay, [], reading);
  }

  /**
   * A newer version of a subgraph's facts was announced: what was read of them before it is out of
   * date, and the next request reads afresh.
   */
  heardOf(subgraph: FactsSubgraph, version: bigint): void {
    (subgraph === 'csec' ? this.remembered : this.agencyAnswers[subgraph])?.heardOf(version);
  }

  /**
   * The audit refused decisions made on facts of `version` because the facts changed since: no
   * answer of that version or an older one is used again, those of requests still reading included.
   */
  forgetRemembered(version: string): void {
    this.remembered.forget(BigInt(version));
  }

  /** The CSEC program's answer to a question: remembered at the newest version when `reading` allows, or asked. */
  private async askCsec(
    requester: Requester,
    question: CsecFactsRequest,
    asked: ReadonlySet<string> | undefined,
    reading: CsecFactsReading | undefined,
  ): Promise<Map<string, CsecYouthFacts>> {
    // The answer depends on who asks: their seats, their caseload.
    const key = reading?.mayRemember ? JSON.stringify([requester.userId, question]) : undefined;
    // A write, through this gateway or another, needs no forgetting here: csec answers it only once
    // every gateway holding a lease has heard the version it committed (runtime/facts-changes/leases.ts).
    const remembered = key === undefined ? undefined : this.remembered.recall(key);
    this.onAnswer('csec', remembered !== undefined);
    if (remembered) {
      reading?.used(remembered.version);
      return remembered.answer;
    }
    const { youth, version } = await this.ask(requester, 'csec', question, (answer) => readCsecAnswer(answer, asked));
    reading?.used(version);
    this.remembered.heardOf(version);
    if (key !== undefined) this.remembered.remember(key, version, youth);
    return youth;
  }

  /**
   * The assigned worker `agency` keeps for each of the given youth, found by the identifier the
   * program links them to there; a youth with none, or not linked, is absent. One request to the
   * agency whatever the number of youth (in batches of its limit). A query's `reading` may take the
   * agency's answer remembered, as for the other facts.
   */
  async assignedWorkers(
    requester: Requester,
    agency: AssigningAgency,
    youth: ReadonlyMap<string, Pick<YouthFactsWithLinks, 'links'>>,
    reading?: CsecFactsReading,
  ): Promise<Map<string, string>> {
    const identifiers = linkedIdentifiers(youth, agency);
    const workers =
      agency === 'CHILD_WELFARE'
        ? await this.askInBatches(
            requester,
            'child-welfare',
            identifiers,
            (batch) => ({ clientIds: batch }),
            readChildWelfareAnswer,
            reading,
          )
        : new Map(
            // Read as `complete` reads probation's answer, so one question's answer is remembered one way.
            [...(await this.askProbation(requester, identifiers, reading))].map(([probationNumber, juvenile]) => [
              probationNumber,
              juvenile.assignedOfficer,
            ]),
          );
    const assigned = new Map<string, string>();
    for (const [youthId, { links }] of youth) {
      const worker = links[agency] === undefined ? undefined : workers.get(links[agency]);
      if (worker) assigned.set(youthId, worker);
    }
    return assigned;
  }

  /** Probation's assigned officer and adjudication of each juvenile. */
  private askProbation(
    requester: Requester,
    probationNumbers: string[],
    reading: CsecFactsReading | undefined,
  ): Promise<Map<string, ProbationFacts>> {
    return this.askInBatches(
      requester,
      'probation',
      probationNumbers,
      (batch) => ({ probationNumbers: batch }),
      readProbationAnswer,
      reading,
    );
  }

  /**
   * Adds what child welfare and probation hold about the linked youth, and the juvenile court's
   * orders naming the requester and the requester's participations in its proceedings, asking each
   * once at most and only for facts in play.
   */
  private async complete(
    requester: Requester,
    csec: Map<string, CsecYouthFacts>,
    inPlay: AgencyFactsInPlay,
    seatsOf: readonly string[],
    reading: CsecFactsReading | undefined,
  ): Promise<Map<string, YouthFactsWithLinks>> {
    const asksChildWelfare = inPlay.assignedWorkerOf.has('CHILD_WELFARE');
    const asksProbation = inPlay.assignedWorkerOf.has('PROBATION') || inPlay.adjudication;
    const probationNumbers = asksProbation ? linkedIdentifiers(csec, 'PROBATION') : [];
    // The court knows the youth by its own party numbers: only those the program linked are sent to it.
    const partyNumbers = inPlay.courtOrders || inPlay.proceedings ? linkedIdentifiers(csec, 'JUVENILE_COURT') : [];
    const [socialWorkers, juveniles, parties] = await settleAll([
      asksChildWelfare ? this.assignedWorkers(requester, 'CHILD_WELFARE', csec, reading) : Promise.resolve(new Map<string, string>()),
      this.askProbation(requester, probationNumbers, reading),
      // An explanation decides for other people: the court gives their orders and participations too.
      this.askInBatches(
        requester,
        'juvenile-court',
        partyNumbers,
        (batch) => (seatsOf.length > 0 ? { partyNumbers: batch, seatsOf: [...seatsOf] } : { partyNumbers: batch }),
        readCourtAnswer,
        reading,
      ),
    ]);
    const result = new Map<string, YouthFactsWithLinks>();
    for (const [youthId, youth] of csec) {
      const assignedWorkers: Record<string, string> = {};
      const socialWorker = socialWorkers.get(youthId);
      if (socialWorker) assignedWorkers['CHILD_WELFARE'] = socialWorker;
      const probation = youth.links.PROBATION ? juveniles.get(youth.links.PROBATION) : undefined;
      if (probation?.assignedOfficer) assignedWorkers['PROBATION'] = probation.assignedOfficer;
      const court = youth.links.JUVENILE_COURT ? parties.get(youth.links.JUVENILE_COURT) : undefined;
      result.set(youthId, {
        facts: keepAgencyFactsInPlay(
          {
            birthDate: youth.birthDate,
            mdt: youth.mdt,
            assignedWorkers,
            consents: youth.consents,
            investigations: youth.investigations,
            proceedingParticipations: court?.proceedingParticipations ?? [],
            exploiterIsThreat: youth.exploiterIsThreat,
            missing: youth.missing,
            adjudicated: probation?.adjudicated ?? false,
            courtOrders: court?.courtOrders ?? [],
          },
          inPlay,
        ),
        links: youth.links,
      });
    }
    return result;
  }

  /**
   * Asks a subgraph about `ids` in requests of at most the subgraph's limit; none when there are no
   * ids. A query's `reading` may take an answer remembered, for an agency whose facts are watched.
   */
  private async askInBatches<TFacts>(
    requester: Requester,
    subgraph: FactsSubgraph,
    ids: string[],
    body: (batch: string[]) => AgencyFactsRequest,
    read: (answer: unknown, asked: ReadonlySet<string>) => Map<string, TFacts>,
    reading?: CsecFactsReading,
  ): Promise<Map<string, TFacts>> {
    if (ids.length === 0 || this.factsUrls[subgraph] === undefined) return new Map();
    const answers = await settleAll(
      chunks(ids).map((batch) =>
        this.askAgency(requester, subgraph, body(batch), (answer) => read(answer, new Set(batch)), reading?.mayRemember ?? false),
      ),
    );
    return new Map(answers.flatMap((answer) => [...answer]));
  }

  /** An agency's answer to a question: remembered at the newest version of its facts heard when `mayRemember`, or asked. */
  private async askAgency<TFacts>(
    requester: Requester,
    subgraph: FactsSubgraph,
    question: AgencyFactsRequest,
    read: (answer: unknown) => Map<string, TFacts>,
    mayRemember: boolean,
  ): Promise<Map<string, TFacts>> {
    const remembered = mayRemember ? this.agencyAnswers[subgraph] : undefined;
    if (!remembered) {
      this.onAnswer(subgraph, false);
      return this.ask(requester, subgraph, question, read);
    }
    // An answer may depend on who asks (the court's names the orders naming them or their agency,
    // their participations): each key names the requester, so none is ever another person's.
    const key = JSON.stringify([requester.userId, requester.agency, question]);
    // Each key is asked of this one subgraph, with this one way of reading its answer.
    const recalled = remembered.recall(key)?.answer as Map<string, TFacts> | undefined;
    this.onAnswer(subgraph, recalled !== undefined);
    if (recalled) return recalled;
    // Read at this version or a later one: hearing the later one forgets it.
    const version = remembered.newestVersion;
    const answer = await this.ask(requester, subgraph, question, read);
    remembered.remember(key, version, answer);
    return answer;
  }

  /** One `POST /disclosure-facts` with a requester token signed for that subgraph alone. */
  private async ask<TAnswer>(
    requester: Requester,
    subgraph: FactsSubgraph,
    body: CsecFactsRequest | AgencyFactsRequest,
    read: (answer: unknown) => TAnswer,
  ): Promise<TAnswer> {
    const url = this.factsUrls[subgraph];
    if (url === undefined) throw new YouthFactsUnavailableError(subgraph, 'UNREACHABLE', 'the supergraph has no such subgraph');
    const sent = JSON.stringify(body);
    let token: string;
    try {
      token = this.signer.sign(requester, subgraph, { method: 'POST', path: FACTS_PATH, body: sent });
    } catch {
      throw new YouthFactsUnavailableError(subgraph, 'TOKEN', 'the requester token could not be signed');
    }
    let response: ServiceAnswer;
    try {
      response = await callService(url, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          accept: 'application/json',
          'x-request-id': requester.requestId,
        },
        body: sent,
        timeoutMs: REQUEST_TIMEOUT_MS,
      });
    } catch (error) {
      throw transportFailure(subgraph, error);
    }
    if (response.status !== 200) {
      throw new YouthFactsUnavailableError(subgraph, 'REFUSED', `it answered HTTP ${response.status}`);
    }
    let answer: unknown;
    try {
      answer = JSON.parse(response.body);
    } catch {
      throw new YouthFactsUnavailableError(subgraph, 'MALFORMED', 'its answer is not JSON');
    }
    try {
      return read(answer);
    } catch (error) {
      const where = error instanceof MalformedFactsAnswer ? ` (${error.message})` : '';
      throw new YouthFactsUnavailableError(subgraph, 'MALFORMED', `its answer is malformed${where}`);
    }
  }
}

/**
 * Like Promise.all, but waits for every request to end before failing, so that no request to a
 * subgraph outlives the call that made it.
 */
async function settleAll<const TValues extends readonly unknown[]>(promises: {
  [Index in keyof TValues]: Promise<TValues[Index]>;
}): Promise<TValues> {
  const settled = await Promise.allSettled(promises);
  const failed = settled.find((outcome) => outcome.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((outcome) => (outcome as PromiseFulfilledResult<unknown>).value) as unknown as TValues;
}

function transportFailure(subgraph: FactsSubgraph, error: unknown): YouthFactsUnavailableError {
  return error instanceof ServiceCallError && error.failure === 'TIMEOUT'
    ? new YouthFactsUnavailableError(subgraph, 'TIMEOUT', `it did not answer within ${REQUEST_TIMEOUT_MS / 1000} seconds`)
    : new YouthFactsUnavailableError(subgraph, 'UNREACHABLE', 'it could not be reached');
}

function chunks(ids: readonly string[]): string[][] {
  const batches: string[][] = [];
  for (let start = 0; start < ids.length; start += MAX_FACTS_IDS) {
    batches.push(ids.slice(start, start + MAX_FACTS_IDS));
  }
  return batches;
}

function linkedIdentifiers(youth: ReadonlyMap<string, Pick<CsecYouthFacts, 'links'>>, agency: SourceAgency): string[] {
  const identifiers = new Set<string>();
  for (const facts of youth.values()) {
    const identifier = facts.links[agency];
    if (identifier) identifiers.add(identifier);
  }
  return [...identifiers];
}

// Reading the answers: each is checked against its contract (./facts-answers.ts), and only the
// fields the policy uses are kept.

function readCsecAnswer(answer: unknown, asked?: ReadonlySet<string>): { youth: Map<string, CsecYouthFacts>; version: bigint } {
  const checked = checkedFactsAnswer(FACTS_ANSWER_CONTRACTS.csec, answer, 'youth', asked);
  const youth = new Map<string, CsecYouthFacts>();
  for (const [youthId, facts] of Object.entries(checked.youth)) {
    youth.set(youthId, {
      birthDate: facts.birthDate,
      mdt: facts.mdt,
      consents: facts.consents,
      investigations: facts.investigations,
      exploiterIsThreat: facts.exploiterIsThreat,
      missing: facts.missing,
      links: pickLinks(facts.links),
    });
  }
  return { youth, version: BigInt(checked.factsVersion) };
}

/** The identifiers of the agencies the registry knows; any other key is not a link. */
function pickLinks(links: Record<string, string>): Partial<Record<SourceAgency, string>> {
  const picked: Partial<Record<SourceAgency, string>> = {};
  for (const agency of SOURCE_AGENCIES) {
    if (links[agency] !== undefined) picked[agency] = links[agency];
  }
  return picked;
}

function readChildWelfareAnswer(answer: unknown, asked: ReadonlySet<string>): Map<string, string | null> {
  const { clients } = checkedFactsAnswer(FACTS_ANSWER_CONTRACTS['child-welfare'], answer, 'clients', asked);
  return new Map(Object.entries(clients).map(([clientId, client]) => [clientId, client.assignedSocialWorker]));
}

function readProbationAnswer(answer: unknown, asked: ReadonlySet<string>): Map<string, ProbationFacts> {
  const { juveniles } = checkedFactsAnswer(FACTS_ANSWER_CONTRACTS.probation, answer, 'juveniles', asked);
  return new Map(
    Object.entries(juveniles).map(([probationNumber, juvenile]) => [
      probationNumber,
      { assignedOfficer: juvenile.assignedOfficer, adjudicated: juvenile.adjudicated },
    ]),
  );
}

function readCourtAnswer(answer: unknown, asked: ReadonlySet<string>): Map<string, CourtFacts> {
  const { parties } = checkedFactsAnswer(FACTS_ANSWER_CONTRACTS['juvenile-court'], answer, 'parties', asked);
  return new Map(
    Object.entries(parties).map(([partyNumber, { courtOrders, proceedingParticipations }]) => [
      partyNumber,
      { courtOrders, proceedingParticipations },
    ]),
  );
}
