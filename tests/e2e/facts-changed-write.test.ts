import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { DISCLOSURE_AUDIT_EXTENSION, type AuditRecordsRequest } from '../../runtime/audit/disclosure-record.ts';
import { DISCLOSURE_EXTENSION, disclosureDigest, groupAllowed, type DisclosureContext } from '../../runtime/policy/disclosure-context.ts';
import { FACTS_CHANGES_PATH } from '../../runtime/policy/facts-request.ts';
import { RequesterTokenSigner } from '../../runtime/requester-token.ts';
import type { Requester } from '../../runtime/requester.ts';
import { callService } from '../../runtime/service-http.ts';
import { queryGateway } from '../support/gateway.ts';

/**
 * A write decided on facts that changed before it committed is refused with FACTS_CHANGED and leaves
 * nothing written, neither the record nor the audit of its decision (docs/mdt-records.md, Audit). The
 * write is sent to the csec subgraph as the gateway sends it, with the records of its decision made
 * on the facts version the gateway read before another member changed the facts.
 */

const YOUTH = 'Y-000004';
const SOCIAL_WORKER: Omit<Requester, 'requestId'> = {
  userId: 'sw.demo',
  agency: 'CHILD_WELFARE',
  roles: ['SOCIAL_WORKER'],
  purposeOfUse: 'CSEC-MDT',
  breakGlassReason: null,
};
const RECORD =
  'mutation R($youthId: ID!, $event: TriggeringEventInput!) { recordTriggeringEvent(youthId: $youthId, event: $event) { id } }';
const REVISE =
  'mutation P($youthId: ID!, $version: Int!, $plan: SafetyPlanInput!) { reviseSafetyPlan(youthId: $youthId, version: $version, plan: $plan) { version } }';
const READ = 'query Y($id: ID!) { youth(id: $id) { triggeringEvents { note } safetyPlan { version summary } } }';
const ACCOUNTING = 'query A($youthId: ID!) { accountingOfDisclosures(youthId: $youthId, first: 500) { requestId fields outcome } }';

interface Written {
  youth: { triggeringEvents: Array<{ note: string | null }> | null; safetyPlan: { version: number; summary: string } | null } | null;
}
interface SubgraphAnswer {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

const gatewaySigner = () => RequesterTokenSigner.fromKeyFile(join(inject('keysDirectory'), 'gateway.private.jwk.json'), 30);

/** The csec program's facts version now, as the gateway asks for it. */
async function factsVersionNow(): Promise<string> {
  const body = JSON.stringify({ after: '-1' });
  const token = (await gatewaySigner()).sign(
    { ...SOCIAL_WORKER, userId: 'csec-mdt-gateway', agency: 'CSEC_PROGRAM', roles: [], purposeOfUse: 'HOPERAT', requestId: randomUUID() },
    'csec',
    { method: 'POST', path: FACTS_CHANGES_PATH, body },
  );
  const answer = await callService(new URL(FACTS_CHANGES_PATH, inject('subgraphUrls').csec), {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body,
    timeoutMs: 25_000,
  });
  expect(answer.status).toBe(200);
  return (JSON.parse(answer.body) as { factsVersion: string }).factsVersion;
}

/**
 * Sends a write to the csec subgraph as the gateway does: signed with its key, with the disclosure
 * context allowing it, and with the records of the decision allowing it made on `factsVersion`.
 */
async function writeDecidedOn(
  factsVersion: string,
  write: { query: string; variables: Record<string, unknown>; mutation: string; category: string; rule: string; reads: string[] },
) {
  const requester: Requester = { ...SOCIAL_WORKER, requestId: randomUUID() };
  const context: DisclosureContext = {
    now: new Date().toISOString(),
    youth: {},
    links: {},
    allowed: groupAllowed(new Map([[YOUTH, [`Mutation.${write.mutation}`, ...write.reads]]])),
  };
  const records: AuditRecordsRequest & { factsVersion: string } = {
    request: {
      requestId: requester.requestId,
      requester: { userId: requester.userId, agency: requester.agency, roles: requester.roles },
      purposeOfUse: requester.purposeOfUse,
      breakGlassReason: null,
      recordedAt: new Date().toISOString(),
      policyRevision: 'test',
    },
    decisions: [
      {
        decisionId: randomUUID(),
        youthIds: [YOUTH],
        fields: [`Mutation.${write.mutation}`],
        category: write.category,
        outcome: 'DISCLOSED',
        rule: write.rule,
        legalBasis: 'test',
        review: false,
      },
    ],
    factsVersion,
  };
  const body = JSON.stringify({
    query: write.query,
    variables: write.variables,
    extensions: { [DISCLOSURE_EXTENSION]: context, [DISCLOSURE_AUDIT_EXTENSION]: records },
  });
  const url = new URL(inject('subgraphUrls').csec);
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${(await gatewaySigner()).sign(requester, 'csec', { method: 'POST', path: url.pathname, body }, disclosureDigest(context))}`,
    },
    body,
  });
  return { requestId: requester.requestId, answer: (await response.json()) as SubgraphAnswer };
}

const runaway = (note: string) => ({
  query: RECORD,
  mutation: 'recordTriggeringEvent',
  category: 'WRITE_TRIGGERING_EVENT',
  rule: 'IAP-2025-10.1',
  reads: ['TriggeringEvent.id'],
  variables: { youthId: YOUTH, event: { kind: 'AWOL', occurredAt: new Date(Date.now() - 60_000).toISOString(), note } },
});
const revision = (version: number, summary: string) => ({
  query: REVISE,
  mutation: 'reviseSafetyPlan',
  category: 'WRITE_SAFETY_PLAN',
  rule: 'IAP-2025-10.3',
  reads: ['SafetyPlan.version'],
  variables: { youthId: YOUTH, version, plan: { summary, exploiterIsThreat: false } },
});

async function written(): Promise<NonNullable<Written['youth']>> {
  const read = await queryGateway<Written>(READ, { id: YOUTH });
  expect(read.body.errors).toBeUndefined();
  return read.body.data?.youth as NonNullable<Written['youth']>;
}

async function accountedFor(requestId: string): Promise<unknown[]> {
  const answer = await queryGateway<{ accountingOfDisclosures: Array<{ requestId: string }> }>(
    ACCOUNTING,
    { youthId: YOUTH },
    { user: 'privacy.demo', purpose: 'HOPERAT' },
  );
  expect(answer.body.errors).toBeUndefined();
  return (answer.body.data?.accountingOfDisclosures ?? []).filter((entry) => entry.requestId === requestId);
}

describe(`a write decided on facts that changed before it committed (${inject('storeKind')} sources)`, () => {
  it('is refused with FACTS_CHANGED and writes nothing, neither the record nor its audit; decided again on the new facts, it is written', async () => {
    const decidedOn = await factsVersionNow();
    // Meanwhile another member changes the facts: the safety plan is one (it can restrict the address).
    const plan = (await written()).safetyPlan;
    const meanwhile = await queryGateway(REVISE, {
      youthId: YOUTH,
      version: plan?.version ?? 0,
      plan: { summary: `Revised meanwhile ${randomUUID()}.`, exploiterIsThreat: false },
    });
    expect(meanwhile.body.errors).toBeUndefined();
    const before = await written();

    const notes = {
      event: `Decided on old facts ${randomUUID()}.`,
      plan: `Plan decided on old facts ${randomUUID()}.`,
      again: `Decided again ${randomUUID()}.`,
    };
    const event = await writeDecidedOn(decidedOn, runaway(notes.event));
    const revised = await writeDecidedOn(decidedOn, revision(before.safetyPlan?.version ?? 0, notes.plan));

    for (const refused of [event, revised]) {
      expect(refused.answer.errors?.[0]).toMatchObject({
        message: "The team's records changed while this write was being decided, so nothing was written. Send it again.",
        extensions: { code: 'FACTS_CHANGED' },
      });
      expect(await accountedFor(refused.requestId)).toEqual([]);
    }
    const after = await written();
    expect(after.triggeringEvents?.map((row) => row.note)).not.toContain(notes.event);
    expect(after.triggeringEvents).toHaveLength(before.triggeringEvents?.length ?? 0);
    expect(after.safetyPlan).toEqual(before.safetyPlan);

    // The control: the same write decided on the facts as they are now is written, with its audit.
    const again = await writeDecidedOn(await factsVersionNow(), runaway(notes.again));
    expect(again.answer.errors).toBeUndefined();
    expect((await written()).triggeringEvents?.map((row) => row.note)).toContain(notes.again);
    expect(await accountedFor(again.requestId)).toHaveLength(1);
  });
});
