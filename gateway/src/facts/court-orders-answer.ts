import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { CourtOrderFacts } from '../../../runtime/policy/policy-input.ts';

/**
 * The juvenile court's answer to `POST /disclosure-facts` (`{"youthIds": [...]}`): by youth id, the
 * W&IC 827 orders naming the requester. Its orders are the policy's facts, so they are checked
 * against the policy's own contract (policies/schema/csec-policy.schema.json, `youth.courtOrders`)
 * as they arrive, and an answer that is not the contract's decides nothing.
 */
const POLICY_SCHEMA_ID = 'csec-policy.schema.json';
const policySchema = JSON.parse(readFileSync(new URL('../../../policies/schema/csec-policy.schema.json', import.meta.url), 'utf8')) as object;

const ajv = new Ajv2020({ strict: false });
ajv.addSchema(policySchema, POLICY_SCHEMA_ID);

interface CourtOrdersAnswer {
  youth: Record<string, { courtOrders: CourtOrderFacts[] }>;
}

const isCourtOrdersAnswer = ajv.compile<CourtOrdersAnswer>({
  type: 'object',
  additionalProperties: false,
  required: ['youth'],
  properties: {
    youth: {
      type: 'object',
      additionalProperties: {
        type: 'object',
        additionalProperties: false,
        required: ['courtOrders'],
        properties: { courtOrders: { $ref: `${POLICY_SCHEMA_ID}#/$defs/youth/properties/courtOrders` } },
      },
    },
  },
});

/** The contract is broken: the message names where, never a value. */
export class MalformedCourtOrdersAnswer extends Error {}

/** The orders of each youth asked about; a youth not asked about is refused, one with no order is absent. */
export function readCourtOrdersAnswer(answer: unknown, asked: ReadonlySet<string>): Map<string, CourtOrderFacts[]> {
  if (!isCourtOrdersAnswer(answer)) {
    const [first] = isCourtOrdersAnswer.errors ?? [];
    // The schema's path, not the answer's: the answer's would name youth.
    throw new MalformedCourtOrdersAnswer(first ? `${first.schemaPath}: ${first.message ?? 'not as the contract says'}` : 'not as the contract says');
  }
  const orders = new Map<string, CourtOrderFacts[]>();
  for (const [youthId, { courtOrders }] of Object.entries(answer.youth)) {
    if (!asked.has(youthId)) throw new MalformedCourtOrdersAnswer('/youth names a youth not asked about');
    orders.set(youthId, courtOrders);
  }
  return orders;
}
