import { describe, expect, it } from 'vitest';
import {
  isAuditRecordsAnswerFor,
  readAuditRecordsRequest,
  readDeliveredRecords,
  readRepeatedWrites,
  type AuditRecordsRequest,
  type DeliveredRecord,
} from '../../runtime/audit/disclosure-record.ts';
import { readPlantRequest } from '../../runtime/conformance-hook.ts';
import { contractProblem, contractValidator } from '../../runtime/contracts.ts';
import { FACTS_REQUEST_CONTRACTS, readFactsRequest } from '../../runtime/policy/facts-request.ts';
import { disclosureDigest, type DisclosureContext } from '../../runtime/policy/disclosure-context.ts';
import { DisclosurePolicy } from '../../runtime/policy/disclosure-policy.ts';
import { SourceDisclosure } from '../../runtime/policy/subgraph-enforcement.ts';
import type { Requester } from '../../runtime/requester.ts';

const REQUESTER: Requester = {
  userId: 'sw.garcia',
  agency: 'CHILD_WELFARE',
  roles: ['SOCIAL_WORKER'],
  purposeOfUse: 'CSEC-MDT',
  breakGlassReason: null,
  requestId: '6f1c1f57-9b61-4c1e-9d0e-2d1b3c4a5e6f',
};

const APPEND: AuditRecordsRequest = {
  request: {
    requestId: REQUESTER.requestId,
    requester: { userId: REQUESTER.userId, agency: REQUESTER.agency, roles: REQUESTER.roles },
    purposeOfUse: REQUESTER.purposeOfUse,
    breakGlassReason: null,
    recordedAt: '2026-11-22T20:00:00.000Z',
    policyRevision: 'r1',
  },
  decisions: [
    {
      decisionId: 'a3bb189e-8bf9-4888-9912-ace4e6543002',
      youthIds: ['Y-000001'],
      fields: ['Youth.missingSince'],
      category: 'CSEC_STATUS',
      outcome: 'DISCLOSED',
      rule: 'IAP-2025-4.1',
      legalBasis: 'W&IC 18961.5',
      review: false,
    },
  ],
  factsVersion: '42',
};

const FILED: DeliveredRecord = {
  youthId: 'Y-000001',
  field: 'SubstanceUseRecord.diagnoses',
  record: 'Condition/1',
  area: 'SUBSTANCE_USE',
  basis: 'CODE',
  filedBy: 'code F11.20 in value set SUD',
  sent: false,
};

/** A refusal's message, or undefined when the call succeeds. */
function refusalOf(call: () => unknown): string | undefined {
  try {
    call();
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('the audit records contract', () => {
  it('takes an append as the schema describes it', () => {
    expect(readAuditRecordsRequest(APPEND)).toHaveLength(1);
  });

  it('names the key at fault and what it must be, never the value sent', () => {
    const [decision] = APPEND.decisions;
    const withDecision = (change: Record<string, unknown>) => ({ ...APPEND, decisions: [{ ...decision, ...change }] });
    expect(refusalOf(() => readAuditRecordsRequest(withDecision({ decisionId: 'Maya Lopez' })))).toBe(
      'decisions[0].decisionId must be a UUID the gateway gives the decision, recorded once (compared without regard to case).',
    );
    expect(refusalOf(() => readAuditRecordsRequest(withDecision({ outcome: 'SHOWN' })))).toBe(
      'decisions[0].outcome must be one of DISCLOSED, WITHHELD, NOT_DELIVERED.',
    );
    expect(refusalOf(() => readAuditRecordsRequest(withDecision({ review: undefined })))).toBe('decisions[0] must have "review".');
    expect(refusalOf(() => readAuditRecordsRequest(withDecision({ youthIds: ['Y-000001', 'Y-000001'] })))).toBe(
      'decisions[0].youthIds must list each entry once.',
    );
    expect(refusalOf(() => readAuditRecordsRequest({ ...APPEND, factsVersion: 'v42' }))).toBe(
      'factsVersion must be a whole number, as a string.',
    );
    expect(
      refusalOf(() => readAuditRecordsRequest({ ...APPEND, request: { ...APPEND.request, recordedAt: '2026-02-30T10:00:00Z' } })),
    ).toBe(
      'request.recordedAt must be an RFC 3339 date and time of the year 2000 or later with Z or an offset, for example 2026-03-01T09:30:00.000Z.',
    );
    expect(refusalOf(() => readAuditRecordsRequest([APPEND]))).toBe('The audit records must be object.');
    expect(refusalOf(() => readAuditRecordsRequest({ ...APPEND, 'Placement: 12 Elm St': true }))).toBe(
      'The audit records must not have a key the contract does not list.',
    );
  });

  it('keeps the filed records a source reports as the schema describes them and leaves out the others', () => {
    expect(
      readDeliveredRecords([FILED, { ...FILED, diagnosis: 'opioid use disorder' }, { ...FILED, field: 'diagnoses' }, 'Condition/2']),
    ).toEqual([FILED]);
    expect(readDeliveredRecords({ records: [FILED] })).toEqual([]);
  });

  it('keeps the repeated writes the csec subgraph reports as the schema describes them', () => {
    const write = { field: 'Mutation.recordTriggeringEvent', youthId: 'Y-000001' };
    expect(readRepeatedWrites([write, { ...write, field: 'recordTriggeringEvent' }, { youthId: 'Y-000002' }])).toEqual([write]);
  });

  it('counts an append as answered only by an answer of the contract that appended every decision', () => {
    const lastHash = 'a'.repeat(64);
    expect(isAuditRecordsAnswerFor({ appended: 2, lastHash }, 2)).toBe(true);
    expect(isAuditRecordsAnswerFor({ appended: 1, lastHash }, 2)).toBe(false);
    expect(isAuditRecordsAnswerFor({ appended: 2, lastHash: 'A'.repeat(64) }, 2)).toBe(false);
    expect(isAuditRecordsAnswerFor({ appended: 2, lastHash, note: 'x' }, 2)).toBe(false);
  });
});

describe('the disclosure context contract', () => {
  const facts = {
    birthDate: '2011-03-15',
    mdt: null,
    assignedWorkers: {},
    consents: [],
    investigations: [],
    proceedingParticipations: [],
    exploiterIsThreat: false,
    missing: false,
  };
  const context: DisclosureContext = {
    now: '2026-11-22T20:00:00.000Z',
    youth: { 'Y-000001': facts },
    links: { 'Y-000001': { HEALTH: 'MRN-1' } },
    allowed: [{ youth: ['Y-000001'], fields: ['HealthPatient.medicalRecordNumber'] }],
  };
  const disclosureAt = (sent: unknown) =>
    new SourceDisclosure(
      { ...REQUESTER, disclosureDigest: disclosureDigest(sent as DisclosureContext) },
      { csecDisclosure: sent },
      DisclosurePolicy.withholdingEverything(),
    );

  it('lets a subgraph resolve what a signed context of the contract allows', () => {
    expect(disclosureAt(context).allows('Y-000001', 'HealthPatient.medicalRecordNumber')).toBe(true);
  });

  it('withholds everything when the signed context breaks the contract', () => {
    const validate = contractValidator('disclosure-context', 'disclosureContext');
    const broken = { ...context, youth: { 'Y-000001': { ...facts, diagnosis: 'F11.20' } } };
    expect(validate(broken)).toBe(false);
    expect(contractProblem(validate, 'The context')).toBe('youth.Y-000001 must not have "diagnosis".');
    expect(disclosureAt(broken).allows('Y-000001', 'HealthPatient.medicalRecordNumber')).toBe(false);
    expect(disclosureAt({ ...context, now: 'today' }).allows('Y-000001', 'HealthPatient.medicalRecordNumber')).toBe(false);
  });
});

describe('the disclosure facts requests contract', () => {
  it('takes the requests the schema describes', () => {
    expect(readFactsRequest(FACTS_REQUEST_CONTRACTS.csec, { youthIds: ['Y-000001'], seatsOf: ['le.active'] })).toEqual({
      youthIds: ['Y-000001'],
      seatsOf: ['le.active'],
    });
    expect(readFactsRequest(FACTS_REQUEST_CONTRACTS.csec, { caseloadOf: 'requester' })).toEqual({ caseloadOf: 'requester' });
    expect(readFactsRequest(FACTS_REQUEST_CONTRACTS.probation, { probationNumbers: ['JP0000001'] })).toEqual({
      probationNumbers: ['JP0000001'],
    });
  });

  it('answers a malformed request by where it is wrong and what the schema wants there', () => {
    const csec = (body: unknown) => refusalOf(() => readFactsRequest(FACTS_REQUEST_CONTRACTS.csec, body));
    expect(csec({ youthIds: ['Y-000001', ''] })).toBe(
      'youthIds[1] must be a non-empty id (youth, agency identifier or staff user id) of at most 128 characters.',
    );
    expect(csec({ caseloadOf: 'sw.garcia' })).toBe('caseloadOf must be the word requester.');
    expect(csec({ seatsOf: ['le.active'] })).toBe('The facts request must have exactly one of "youthIds", "caseloadOf".');
    expect(csec({ youthIds: [], caseloadOf: 'requester' })).toBe('The facts request must have exactly one of "youthIds", "caseloadOf".');
    expect(refusalOf(() => readFactsRequest(FACTS_REQUEST_CONTRACTS['child-welfare'], { clientIds: [], youthIds: [] }))).toBe(
      'The facts request must not have "youthIds".',
    );
    expect(
      refusalOf(() =>
        readFactsRequest(contractValidator('staff-directory', 'staffDirectoryRequest'), {
          userIds: Array.from({ length: 21 }, (_, index) => `user.${index}`),
        }),
      ),
    ).toBe('userIds must NOT have more than 20 items.');
  });
});

describe('the disclosure facts changes contract', () => {
  const question = contractValidator('disclosure-facts-changes', 'factsChangesQuestion');

  it("takes a gateway's long poll and its release as the schema describes them", () => {
    expect(readFactsRequest(question, { after: '41', watcher: 'gateway-1' })).toEqual({ after: '41', watcher: 'gateway-1' });
    expect(readFactsRequest(question, { after: '41', watcher: 'gateway-1', release: true })).toEqual({
      after: '41',
      watcher: 'gateway-1',
      release: true,
    });
  });

  it('names what a malformed question lacks or gets wrong', () => {
    expect(refusalOf(() => readFactsRequest(question, { after: 'latest' }))).toBe('after must be a facts version, as a string of digits.');
    expect(refusalOf(() => readFactsRequest(question, { after: '41', release: true }))).toBe(
      'The facts request must have property watcher when property release is present.',
    );
    expect(refusalOf(() => readFactsRequest(question, { after: '41', watcher: 'gateway 1' }))).toBe(
      "watcher must be the watching gateway's id of 1 to 64 letters, digits or hyphens.",
    );
  });
});

describe('the subgraph readiness contract', () => {
  const readiness = contractValidator('subgraph-readiness', 'subgraphReadiness');

  it('takes a readiness answer naming each dependency and whether it can be used', () => {
    expect(readiness({ status: 'unavailable', subgraph: 'health', dependencies: { source: 'unavailable', policy: 'ok' } })).toBe(true);
  });

  it('names the dependency whose state is not one it knows', () => {
    expect(readiness({ status: 'ready', subgraph: 'health', dependencies: { source: 'postgres://csec@db' } })).toBe(false);
    expect(contractProblem(readiness, 'The answer')).toBe('dependencies.source must be one of ok, unavailable.');
  });
});

describe('the conformance test hook contract', () => {
  it('takes a plant request naming a youth key and a marker, and names what a bad one lacks', () => {
    expect(readPlantRequest({ youth: 'Y-900000', marker: 'conformance-1' })).toEqual({ youth: 'Y-900000', marker: 'conformance-1' });
    expect(refusalOf(() => readPlantRequest({ youth: 'Y-900000' }))).toBe('The plant request must have "marker".');
    expect(refusalOf(() => readPlantRequest({ youth: '', marker: 'conformance-1' }))).toBe(
      'youth must be a key value of 1 to 128 characters.',
    );
  });
});
