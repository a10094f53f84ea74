import { Kind, parse, type ValueNode } from 'graphql';
import type { GatewayGraphQLRequest } from '@apollo/server-gateway-interface';
import type { Requester } from '../../../runtime/requester.ts';
import type { RequesterTokenSigner } from '../../../runtime/requester-token.ts';
import { callService } from '../../../runtime/service-http.ts';
import {
  newPseudonymKey,
  STEERING_COHORT_PATH,
  STEERING_CONTRACTS,
  STEERING_FACTS_AGENCIES,
  STEERING_FACTS_PATH,
  type CarriedSteeringFacts,
  type SteeringFactsAgency,
  type SteeringFactsExtension,
} from '../../../runtime/steering-facts.ts';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import { contractProblem } from '../../../runtime/contracts.ts';

/** The csec fields that make a steering committee report, and so need the agencies' facts. */
const REPORT_FIELDS = new Set(['steeringReport', 'steeringReportTable']);

const AGENCY_SUBGRAPH: Record<SteeringFactsAgency, 'child-welfare' | 'probation'> = {
  CHILD_WELFARE: 'child-welfare',
  PROBATION: 'probation',
};

/** A report's answer needs more time than a policy fact: a county's whole cohort is asked at once. */
const REQUEST_TIMEOUT_MS = 20_000;

/** Whether an operation asks for a steering committee report, so is given the report's deadline. */
export function asksForSteeringReport(query: unknown): boolean {
  if (typeof query !== 'string' || !/steeringReport/.test(query)) return false;
  try {
    return parse(query).definitions.some(
      (definition) =>
        definition.kind === Kind.OPERATION_DEFINITION &&
        definition.selectionSet.selections.some((selection) => selection.kind === Kind.FIELD && REPORT_FIELDS.has(selection.name.value)),
    );
  } catch {
    return false;
  }
}

/** The reporting periods a csec fetch asks a report for (its `period` argument, written out or as a variable). */
export function steeringPeriodsOf(request: Pick<GatewayGraphQLRequest, 'query' | 'variables'>): string[] {
  if (!request.query || !/steeringReport/.test(request.query)) return [];
  const periods = new Set<string>();
  for (const definition of parse(request.query).definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const selection of definition.selectionSet.selections) {
      if (selection.kind !== Kind.FIELD || !REPORT_FIELDS.has(selection.name.value)) continue;
      const argument = selection.arguments?.find((candidate) => candidate.name.value === 'period');
      const period = argument ? valueOf(argument.value, request.variables ?? {}) : undefined;
      if (typeof period === 'string') periods.add(period);
    }
  }
  return [...periods];
}

function valueOf(value: ValueNode, variables: Record<string, unknown>): unknown {
  if (value.kind === Kind.STRING) return value.value;
  if (value.kind === Kind.VARIABLE) return variables[value.name.value];
  return undefined;
}

/**
 * Gathers, for each report a request asks the CSEC program for, what child welfare and probation
 * answer about the youth the MDTs link to them (docs/steering-reports.md). The program names the
 * youth by pseudonyms under a key made for this run; each agency matches them against its own
 * identifiers and answers category facts in the same order. No identifier passes the gateway, and
 * the key is forgotten once the report's fetch is sent.
 */
export class SteeringFactsClient {
  private readonly urls: { csec: string } & Partial<Record<SteeringFactsAgency, string>>;
  private readonly signer: RequesterTokenSigner;

  /** The subgraphs' GraphQL URLs, as the supergraph routes them; an agency it lacks answers nothing. */
  constructor(options: { csec: string; childWelfare: string | undefined; probation: string | undefined; signer: RequesterTokenSigner }) {
    this.signer = options.signer;
    this.urls = { csec: new URL(STEERING_COHORT_PATH, options.csec).href };
    if (options.childWelfare !== undefined) this.urls.CHILD_WELFARE = new URL(STEERING_FACTS_PATH, options.childWelfare).href;
    if (options.probation !== undefined) this.urls.PROBATION = new URL(STEERING_FACTS_PATH, options.probation).href;
  }

  /** The facts of each period, as the csec subgraph reads them from its request's extension. */
  async gather(requester: Requester, periods: readonly string[]): Promise<SteeringFactsExtension> {
    const gathered: SteeringFactsExtension = {};
    for (const period of periods) {
      const key = newPseudonymKey();
      const cohort = checked(STEERING_CONTRACTS.cohortAnswer, await this.post(requester, 'csec', this.urls.csec, { period, key }), 'csec');
      const agencies: CarriedSteeringFacts['agencies'] = {};
      await Promise.all(
        STEERING_FACTS_AGENCIES.map(async (agency) => {
          const url = this.urls[agency];
          const pseudonyms = cohort.agencies[agency] ?? [];
          if (url === undefined || pseudonyms.length === 0) return;
          const answer = checked(
            STEERING_CONTRACTS.factsAnswer,
            await this.post(requester, AGENCY_SUBGRAPH[agency], url, { key, pseudonyms, windows: cohort.windows, asOf: cohort.asOf }),
            AGENCY_SUBGRAPH[agency],
          );
          if (answer.facts.length !== pseudonyms.length)
            throw new Error(`The ${AGENCY_SUBGRAPH[agency]} subgraph's steering facts do not answer every youth asked.`);
          agencies[agency] = { pseudonyms, facts: answer.facts };
        }),
      );
      gathered[period] = { key, windows: cohort.windows, agencies };
    }
    return gathered;
  }

  private async post(requester: Requester, subgraph: string, url: string, body: object): Promise<unknown> {
    const sent = JSON.stringify(body);
    const token = this.signer.sign(requester, subgraph, { method: 'POST', path: new URL(url).pathname, body: sent });
    const response = await callService(url, {
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
    if (response.status !== 200) throw new Error(`The ${subgraph} subgraph refused the steering report's facts (HTTP ${response.status}).`);
    try {
      return JSON.parse(response.body) as unknown;
    } catch {
      // Not the parser's message: it quotes the answer.
      throw new Error(`The ${subgraph} subgraph's answer for the steering report is not JSON.`);
    }
  }
}

/** An answer as the contract says, or an error naming where it is not (never a value). */
function checked<T>(validate: ValidateFunction<T>, answer: unknown, subgraph: string): T {
  if (!validate(answer)) throw new Error(contractProblem(validate, `The ${subgraph} subgraph's steering answer`));
  return answer;
}
