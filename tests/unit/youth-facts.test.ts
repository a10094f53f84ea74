import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BaseContext } from '@apollo/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CsecFactsReading,
  EVERY_AGENCY_FACT,
  YouthFactsClient,
  YouthFactsUnavailableError,
  agencyFactsInPlay,
  assignmentAskedWhenDecisive,
  type AgencyFactsInPlay,
  type AssigningAgency,
  type YouthFactsWithLinks,
} from '../../gateway/src/facts/youth-facts-client.ts';
import { SUBGRAPH_NAMES, loadConfig, type SubgraphName, type SystemConfig } from '../../runtime/config.ts';
import type { RunningHttpServer } from '../../runtime/graphql-http.ts';
import { readMetric } from '../../runtime/metrics.ts';
import { openSubgraphStore, startRelationalSubgraph, type RelationalSubgraphDefinition } from '../../runtime/relational-subgraph.ts';
import { RequesterTokenSigner } from '../../runtime/requester-token.ts';
import type { Requester } from '../../runtime/requester.ts';
import { validateScenario, type Scenario } from '../../scenario/load-scenario.ts';
import { scenarioRecords } from '../../scenario/scenario-records.ts';
import { ensureDevelopmentKeys } from '../../scripts/lib/development-identity-provider.ts';
import { RELATIONAL_SEEDERS } from '../../seed/relational-sources.ts';
import { childWelfareSubgraph } from '../../subgraphs/child-welfare/src/service.ts';
import { csecSubgraph } from '../../subgraphs/csec/src/service.ts';
import { juvenileCourtSubgraph } from '../../subgraphs/juvenile-court/src/service.ts';
import { probationSubgraph } from '../../subgraphs/probation/src/service.ts';
import { callServicesAsOperator } from '../support/operator-tls.ts';

type FactsSubgraph = 'csec' | 'child-welfare' | 'probation' | 'juvenile-court';

const DEFINITIONS = {
  csec: csecSubgraph,
  'child-welfare': childWelfareSubgraph,
  probation: probationSubgraph,
  'juvenile-court': juvenileCourtSubgraph,
} as Record<FactsSubgraph, RelationalSubgraphDefinition<BaseContext>>;
const FACTS_SUBGRAPHS = Object.keys(DEFINITIONS) as FactsSubgraph[];

const FILLER_YOUTH = 30;
const filler = (index: number) => ({
  youthId: `Y-${String(100 + index).padStart(6, '0')}`,
  clientId: `0100-0200-0300-${String(100 + index).padStart(7, '0')}`,
  probationNumber: `JP${String(100 + index).padStart(7, '0')}`,
  courtPartyNumber: `P-${String(100 + index).padStart(7, '0')}`,
});

const requester = (userId: string, agency: string, roles: string[]): Requester => ({
  userId,
  agency,
  roles,
  purposeOfUse: 'CSEC-MDT',
  breakGlassReason: null,
  requestId: crypto.randomUUID(),
});
const SOCIAL_WORKER = requester('sw.garcia', 'CHILD_WELFARE', ['SOCIAL_WORKER']);
const PROBATION_OFFICER = requester('po.nguyen', 'PROBATION', ['PROBATION_OFFICER']);
const CLINICIAN = requester('mh.lee', 'BEHAVIORAL_HEALTH', ['MENTAL_HEALTH_CLINICIAN']);

const SUD_CONSENT = {
  id: 'C-1',
  form: 'CFR42_PART2_2_31',
  categories: ['SUBSTANCE_USE'],
  recipients: [{ userId: 'sw.garcia' }, { role: 'PROBATION_OFFICER' }, { agency: 'BEHAVIORAL_HEALTH' }],
  purposes: ['CSEC-MDT'],
  signedBy: 'YOUTH',
  signedOn: '2026-01-02',
  youthAgeAtSigning: 15,
  expiresOn: '2027-01-02',
} as const;
const REVOKED_RELEASE = {
  id: 'C-2',
  form: 'FERPA_RELEASE',
  categories: ['EDUCATION'],
  recipients: [{ userId: 'po.nguyen' }],
  purposes: ['JUV-SUPERVISION'],
  signedBy: 'EDUCATION_RIGHTS_HOLDER',
  signedOn: '2025-03-01',
  youthAgeAtSigning: 14,
  revokedOn: '2025-09-01',
} as const;
/** W&IC 827 orders about Y-000001: one naming the clinician, one the child welfare agency, one the probation officer. */
const ORDER_FOR_CLINICIAN = {
  id: 'JV570-1',
  recipient: { userId: 'mh.lee' },
  categories: ['COURT_AND_CASE_PLAN'],
  grantedOn: '2026-01-01',
  expiresOn: '2026-06-30',
};
const ORDER_FOR_CHILD_WELFARE = {
  id: 'JV570-2',
  recipient: { agency: 'CHILD_WELFARE' },
  categories: ['DELINQUENCY'],
  grantedOn: '2026-02-01',
  expiresOn: '2026-12-31',
};
const ORDER_FOR_PROBATION_OFFICER = {
  id: 'JV570-3',
  recipient: { userId: 'po.nguyen' },
  categories: ['COURT_AND_CASE_PLAN'],
  grantedOn: '2025-01-01',
  expiresOn: '2025-06-30',
};

/** A small county: five youth who each show one situation, and thirty more to make "many". */
function handMadeScenario(): unknown {
  const user = (id: string, agency: string, roles: string[]) => ({ id, displayName: id, agency, roles });
  const youth = (id: string, extra: Record<string, unknown>) => ({
    id,
    givenName: 'Test',
    familyName: id,
    birthDate: '2010-03-04',
    identifiedOn: '2025-01-02',
    exploitationStatus: 'CONFIRMED',
    links: [],
    ...extra,
  });
  const link = (agency: string, identifier: string) => ({ agency, identifier, linkedOn: '2025-01-05', linkedByUserId: 'coord.diaz' });
  const client = (clientId: string, assignedSocialWorkerUserId?: string) => ({
    clientId,
    firstName: 'Test',
    lastName: clientId,
    birthDate: '2010-03-04',
    ...(assignedSocialWorkerUserId ? { assignedSocialWorkerUserId } : {}),
    referrals: [],
    placements: [],
    courtHearings: [],
  });
  const juvenile = (probationNumber: string, petitions: unknown[], assignedOfficerUserId?: string) => ({
    probationNumber,
    name: `TEST, ${probationNumber}`,
    dateOfBirth: '2010-03-04',
    ...(assignedOfficerUserId ? { assignedOfficerUserId } : {}),
    referrals: [],
    petitions,
    conditions: [],
    warrants: [],
  });
  const petition = (petitionNumber: string, extra: Record<string, unknown> = {}) => ({
    petitionNumber,
    filedOn: '2025-02-01',
    section: 'WIC_602',
    charges: ['PC 459'],
    ...extra,
  });
  const fillers = Array.from({ length: FILLER_YOUTH }, (_, index) => filler(index));
  return {
    scenarioVersion: 1,
    county: 'Test County',
    users: [
      user('coord.diaz', 'CSEC_PROGRAM', ['SURVIVOR_ADVOCATE']),
      user('sw.garcia', 'CHILD_WELFARE', ['SOCIAL_WORKER']),
      user('po.nguyen', 'PROBATION', ['PROBATION_OFFICER']),
      user('mh.lee', 'BEHAVIORAL_HEALTH', ['MENTAL_HEALTH_CLINICIAN']),
      user('le.active', 'LAW_ENFORCEMENT', ['LAW_ENFORCEMENT_OFFICER']),
      user('le.former', 'LAW_ENFORCEMENT', ['LAW_ENFORCEMENT_OFFICER']),
      user('le.closed', 'LAW_ENFORCEMENT', ['LAW_ENFORCEMENT_OFFICER']),
    ],
    csec: {
      youth: [
        youth('Y-000001', {
          missingSince: '2026-01-05',
          links: [
            link('CHILD_WELFARE', '1234-5678-9012-0000001'),
            link('PROBATION', 'JP0000001'),
            link('HEALTH', 'MRN-0000001'),
            link('EDUCATION', '1000000001'),
            link('JUVENILE_COURT', 'P-0000001'),
          ],
          mdt: {
            id: 'M-1',
            status: 'OPEN',
            leadAgency: 'CHILD_WELFARE',
            openedOn: '2025-01-10',
            members: [
              { userId: 'sw.garcia', joinedOn: '2025-01-10' },
              { userId: 'po.nguyen', joinedOn: '2025-01-10' },
              { userId: 'le.former', joinedOn: '2025-01-10', leftOn: '2025-06-30' },
              { userId: 'le.active', joinedOn: '2025-02-01' },
            ],
          },
          safetyPlan: { updatedOn: '2026-01-06', summary: 'Not to be shared.', exploiterIsThreat: true },
          consents: [SUD_CONSENT, REVOKED_RELEASE],
          investigations: [
            { id: 'I-1', reportedOn: '2026-01-02' },
            { id: 'I-2', reportedOn: '2025-06-01', goodCauseExtendedUntil: '2025-09-01' },
          ],
        }),
        youth('Y-000002', {
          birthDate: '2009-07-15',
          links: [link('CHILD_WELFARE', '1234-5678-9012-0000002'), link('PROBATION', 'JP0000002')],
          mdt: {
            id: 'M-2',
            status: 'OPEN',
            leadAgency: 'PROBATION',
            openedOn: '2025-03-01',
            members: [
              { userId: 'sw.garcia', joinedOn: '2025-03-01' },
              { userId: 'po.nguyen', joinedOn: '2025-03-01' },
            ],
          },
          safetyPlan: { updatedOn: '2025-04-01', summary: 'Not to be shared.', exploiterIsThreat: false },
        }),
        youth('Y-000003', {
          links: [link('PROBATION', 'JP0000003')],
          mdt: {
            id: 'M-3',
            status: 'CLOSED',
            leadAgency: 'CHILD_WELFARE',
            openedOn: '2024-01-10',
            closedOn: '2025-01-10',
            members: [
              { userId: 'sw.garcia', joinedOn: '2024-01-10' },
              { userId: 'le.closed', joinedOn: '2024-01-10' },
            ],
          },
        }),
        youth('Y-000004', {
          mdt: {
            id: 'M-4',
            status: 'OPEN',
            leadAgency: 'PROBATION',
            openedOn: '2025-01-10',
            members: [
              { userId: 'sw.garcia', joinedOn: '2025-01-10', leftOn: '2025-05-01' },
              { userId: 'po.nguyen', joinedOn: '2025-01-10' },
            ],
          },
        }),
        youth('Y-000005', {}),
        ...fillers.map((entry, index) =>
          youth(entry.youthId, {
            links: [
              link('CHILD_WELFARE', entry.clientId),
              link('PROBATION', entry.probationNumber),
              link('JUVENILE_COURT', entry.courtPartyNumber),
            ],
            mdt: {
              id: `M-${entry.youthId}`,
              status: 'OPEN',
              leadAgency: 'PROBATION',
              openedOn: '2025-01-10',
              members: [
                { userId: 'po.nguyen', joinedOn: '2025-01-10' },
                { userId: 'le.active', joinedOn: '2025-01-10' },
              ],
            },
            consents: [{ ...SUD_CONSENT, id: `C-${entry.youthId}` }],
            investigations: [{ id: `I-${entry.youthId}`, reportedOn: '2026-01-02' }],
            ...(index % 2 === 0 ? { safetyPlan: { updatedOn: '2025-04-01', summary: 'Plan.', exploiterIsThreat: true } } : {}),
          }),
        ),
      ],
    },
    childWelfare: {
      clients: [
        client('1234-5678-9012-0000001', 'sw.garcia'),
        client('1234-5678-9012-0000002'),
        ...fillers.map((entry) => client(entry.clientId, 'sw.garcia')),
      ],
    },
    probation: {
      juveniles: [
        juvenile(
          'JP0000001',
          [
            petition('P-1'),
            petition('P-2', {
              adjudicatedOn: '2025-03-01',
              disposition: 'WARDSHIP_PROBATION',
              sealed: { sealedOn: '2025-12-01', authority: 'WIC_781' },
            }),
          ],
          'po.nguyen',
        ),
        juvenile('JP0000002', [petition('P-3', { adjudicatedOn: '2025-04-01', disposition: 'NON_WARD_PROBATION_725A' })], 'po.nguyen'),
        juvenile('JP0000003', [
          petition('P-4', {
            adjudicatedOn: '2024-04-01',
            disposition: 'WARDSHIP_PROBATION',
            vacated: { vacatedOn: '2025-02-01', authority: 'PC_236_14' },
          }),
        ]),
        ...fillers.map((entry) => juvenile(entry.probationNumber, [petition(`P-${entry.probationNumber}`)], 'po.nguyen')),
      ],
    },
    health: {
      resources: [
        {
          resourceType: 'Patient',
          id: 'patient-1',
          identifier: [
            { type: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v2-0203', code: 'MR' }] }, value: 'MRN-0000001' },
          ],
        },
      ],
    },
    education: {
      students: [
        { ssid: '1000000001', legalFirstName: 'Test', legalLastName: 'Y-000001', birthDate: '2010-03-04', enrollments: [], attendance: [] },
      ],
    },
    juvenileCourt: {
      parties: [
        {
          courtPartyNumber: 'P-0000001',
          cases: [{ caseNumber: 'JD-1', jurisdiction: 'DEPENDENCY', filedOn: '2025-01-02', attorneysOfRecord: [] }],
          inspectionOrders: [ORDER_FOR_CLINICIAN, ORDER_FOR_CHILD_WELFARE, ORDER_FOR_PROBATION_OFFICER].map((order) => ({
            orderNumber: order.id,
            grantedOn: order.grantedOn,
            expiresOn: order.expiresOn,
            authorized: { ...order.recipient, name: 'Named in the order' },
            categories: order.categories,
            scope: 'Court records.',
          })),
          proceedings: [
            {
              id: 'JV-1',
              kind: 'DELINQUENCY',
              participants: [
                { userId: 'le.active', role: 'INVESTIGATING', from: '2025-12-01' },
                { userId: 'le.former', role: 'INVESTIGATING', from: '2025-02-01', until: '2025-06-30' },
                { userId: 'po.nguyen', role: 'PARTY', from: '2025-12-01' },
              ],
            },
          ],
        },
        ...fillers.map((entry) => ({ courtPartyNumber: entry.courtPartyNumber, cases: [], inspectionOrders: [] })),
      ],
    },
  };
}

let dataDirectory: string;
let config: SystemConfig;
let signer: RequesterTokenSigner;
const servers = {} as Record<FactsSubgraph, RunningHttpServer>;
const extraServers: Server[] = [];
let subgraphUrls: Record<SubgraphName, string>;
let client: YouthFactsClient;
let closedUrl: string;

beforeAll(async () => {
  process.env['CSEC_LOG_LEVEL'] ??= 'warn';
  dataDirectory = await mkdtemp(join(tmpdir(), 'csec-youth-facts-'));
  const keysDirectory = join(dataDirectory, 'keys');
  await ensureDevelopmentKeys(keysDirectory);
  config = loadConfig({
    CSEC_DATA_DIR: dataDirectory,
    CSEC_KEYS_DIR: keysDirectory,
    CSEC_HOST: '127.0.0.1',
    CSEC_SUBGRAPH_PORT: '0',
    CHILD_WELFARE_SUBGRAPH_PORT: '0',
    PROBATION_SUBGRAPH_PORT: '0',
    JUVENILE_COURT_SUBGRAPH_PORT: '0',
  });
  const scenario: Scenario = await validateScenario(handMadeScenario(), 'youth facts scenario');
  for (const name of FACTS_SUBGRAPHS) {
    const store = await openSubgraphStore(DEFINITIONS[name], config);
    try {
      await RELATIONAL_SEEDERS.find(([seeded]) => seeded === name)?.[1](store, scenarioRecords(scenario));
    } finally {
      await store.close();
    }
    servers[name] = await startRelationalSubgraph(DEFINITIONS[name], config);
  }
  callServicesAsOperator(config.tls);
  closedUrl = await closedPortUrl();
  // Every other subgraph is unreachable: the facts come from these four alone.
  subgraphUrls = {
    ...(Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, closedUrl])) as Record<SubgraphName, string>),
    csec: servers.csec.url,
    'child-welfare': servers['child-welfare'].url,
    probation: servers.probation.url,
    'juvenile-court': servers['juvenile-court'].url,
  };
  signer = await RequesterTokenSigner.fromKeyFile(config.gateway.signingKeyPath, config.requesterTokens.lifetimeSeconds);
  client = new YouthFactsClient({ subgraphUrls, signer });
}, 180_000);

afterAll(async () => {
  await Promise.all(Object.values(servers).map((server) => server.close()));
  await Promise.all(extraServers.map((server) => new Promise((resolve) => server.close(resolve))));
  if (dataDirectory) await rm(dataDirectory, { recursive: true, force: true });
}, 60_000);

/** A URL on a loopback port nothing listens on. */
async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}/graphql`;
}

/** A stand-in subgraph that answers every request with the given status and body. */
async function fakeSubgraph(status: number, body: string): Promise<string> {
  const server = createServer((request, response) => {
    request.resume();
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(body);
  });
  extraServers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
}

async function postFacts(subgraph: FactsSubgraph, body: string, options: { token?: boolean } = {}) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.token !== false)
    headers['authorization'] = `Bearer ${signer.sign(SOCIAL_WORKER, subgraph, { method: 'POST', path: '/disclosure-facts', body })}`;
  const response = await fetch(new URL('/disclosure-facts', servers[subgraph].url), { method: 'POST', headers, body });
  return {
    status: response.status,
    body: (await response.json()) as { errors?: Array<{ message: string; extensions?: { code?: string } }> } & Record<string, unknown>,
  };
}

async function roundTrips(subgraph: FactsSubgraph): Promise<number> {
  const text = await (await fetch(new URL('/metrics', servers[subgraph].url))).text();
  return [...readMetric(text, 'csec_source_round_trips_total').values()][0] ?? Number.NaN;
}

/** Source round trips each subgraph made while `work` ran. */
async function roundTripsDuring(work: () => Promise<unknown>): Promise<Record<FactsSubgraph, number>> {
  const before = await Promise.all(FACTS_SUBGRAPHS.map(roundTrips));
  await work();
  const after = await Promise.all(FACTS_SUBGRAPHS.map(roundTrips));
  return Object.fromEntries(FACTS_SUBGRAPHS.map((name, index) => [name, after[index]! - before[index]!])) as Record<FactsSubgraph, number>;
}

async function unavailability(work: () => Promise<unknown>): Promise<YouthFactsUnavailableError> {
  const error = await work().then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(YouthFactsUnavailableError);
  return error as YouthFactsUnavailableError;
}

describe('disclosure facts of a youth', () => {
  it('gathers MDT, consents, investigations, participations in proceedings, links, assigned workers and adjudication', async () => {
    const facts = await client.forYouth(CLINICIAN, ['Y-000001'], ['po.nguyen', 'sw.garcia', 'le.active', 'le.former']);
    expect(facts.get('Y-000001')).toEqual<YouthFactsWithLinks>({
      facts: {
        birthDate: '2010-03-04',
        mdt: {
          status: 'OPEN',
          members: [
            { userId: 'po.nguyen', joinedOn: '2025-01-10', leftOn: null },
            { userId: 'sw.garcia', joinedOn: '2025-01-10', leftOn: null },
            { userId: 'le.active', joinedOn: '2025-02-01', leftOn: null },
            { userId: 'le.former', joinedOn: '2025-01-10', leftOn: '2025-06-30' },
          ],
        },
        assignedWorkers: { CHILD_WELFARE: 'sw.garcia', PROBATION: 'po.nguyen' },
        consents: [
          {
            ...SUD_CONSENT,
            recipients: [...SUD_CONSENT.recipients],
            categories: ['SUBSTANCE_USE'],
            purposes: ['CSEC-MDT'],
            revokedOn: null,
          },
          {
            ...REVOKED_RELEASE,
            recipients: [...REVOKED_RELEASE.recipients],
            categories: ['EDUCATION'],
            purposes: ['JUV-SUPERVISION'],
            expiresOn: null,
          },
        ],
        investigations: [
          { id: 'I-1', reportedOn: '2026-01-02', goodCauseExtendedUntil: null },
          { id: 'I-2', reportedOn: '2025-06-01', goodCauseExtendedUntil: '2025-09-01' },
        ],
        proceedingParticipations: [
          { proceedingId: 'JV-1', kind: 'DELINQUENCY', userId: 'le.active', role: 'INVESTIGATING', from: '2025-12-01', until: null },
          { proceedingId: 'JV-1', kind: 'DELINQUENCY', userId: 'po.nguyen', role: 'PARTY', from: '2025-12-01', until: null },
          {
            proceedingId: 'JV-1',
            kind: 'DELINQUENCY',
            userId: 'le.former',
            role: 'INVESTIGATING',
            from: '2025-02-01',
            until: '2025-06-30',
          },
        ],
        exploiterIsThreat: true,
        missing: true,
        adjudicated: false,
        // Asked about other people too (an explanation): the orders naming them, and any agency.
        courtOrders: [ORDER_FOR_CHILD_WELFARE, ORDER_FOR_CLINICIAN, ORDER_FOR_PROBATION_OFFICER],
      },
      links: {
        CHILD_WELFARE: '1234-5678-9012-0000001',
        PROBATION: 'JP0000001',
        HEALTH: 'MRN-0000001',
        EDUCATION: '1000000001',
        JUVENILE_COURT: 'P-0000001',
      },
    });
  });

  it("names only the requester's own MDT seats and those asked about: the other members stay in the program's records", async () => {
    const outsider = (await client.forYouth(CLINICIAN, ['Y-000001'])).get('Y-000001')?.facts;
    expect(outsider?.mdt).toEqual({ status: 'OPEN', members: [] });
    expect(outsider?.proceedingParticipations).toEqual([]);

    const member = (await client.forYouth(SOCIAL_WORKER, ['Y-000001'])).get('Y-000001')?.facts;
    expect(member?.mdt?.members).toEqual([{ userId: 'sw.garcia', joinedOn: '2025-01-10', leftOn: null }]);
    expect(member?.proceedingParticipations).toEqual([]);

    const explained = (await client.forYouth(CLINICIAN, ['Y-000001'], ['le.active'])).get('Y-000001')?.facts;
    expect(explained?.mdt?.members).toEqual([{ userId: 'le.active', joinedOn: '2025-02-01', leftOn: null }]);
    expect(explained?.proceedingParticipations.map((participation) => participation.userId)).toEqual(['le.active']);
  });

  it('a sealed adjudicated petition does not make the youth adjudicated; an open one does', async () => {
    const facts = await client.forYouth(CLINICIAN, ['Y-000001', 'Y-000002']);
    expect(facts.get('Y-000001')?.facts.adjudicated).toBe(false);
    expect(facts.get('Y-000002')?.facts.adjudicated).toBe(true);
  });

  it('a vacated adjudicated petition does not count, and an MDT seat is no participation in proceedings', async () => {
    const facts = (await client.forYouth(CLINICIAN, ['Y-000003'], ['le.closed', 'sw.garcia'])).get('Y-000003')?.facts;
    expect(facts?.adjudicated).toBe(false);
    expect(facts?.mdt?.status).toBe('CLOSED');
    expect(facts?.mdt?.members.map((member) => member.userId).sort()).toEqual(['le.closed', 'sw.garcia']);
    expect(facts?.proceedingParticipations).toEqual([]);
    expect(facts?.assignedWorkers).toEqual({});
  });

  it('names only the assigned workers that are known', async () => {
    const facts = (await client.forYouth(CLINICIAN, ['Y-000002'])).get('Y-000002');
    expect(facts?.facts.assignedWorkers).toEqual({ PROBATION: 'po.nguyen' });
    expect(facts?.facts.exploiterIsThreat).toBe(false);
    expect(facts?.facts.missing).toBe(false);
  });

  it('a youth with no MDT, no links and no safety plan has empty facts, and no agency keeping its own identifiers is asked', async () => {
    const lonely = new YouthFactsClient({
      subgraphUrls: { ...subgraphUrls, 'child-welfare': closedUrl, probation: closedUrl },
      signer,
    });
    const facts = await lonely.forYouth(CLINICIAN, ['Y-000005', 'Y-000004']);
    expect(facts.get('Y-000005')).toEqual<YouthFactsWithLinks>({
      facts: {
        birthDate: '2010-03-04',
        mdt: null,
        assignedWorkers: {},
        consents: [],
        investigations: [],
        proceedingParticipations: [],
        exploiterIsThreat: false,
        missing: false,
        adjudicated: false,
        courtOrders: [],
      },
      links: {},
    });
    expect(facts.get('Y-000004')?.links).toEqual({});
  });

  it("gives the juvenile court's W&IC 827 orders naming the requester or the requester's agency, and only when they are in play", async () => {
    const inPlay = { assignedWorkerOf: new Set<never>(), adjudication: false, courtOrders: true, proceedings: false };
    const socialWorker = await client.forYouth(SOCIAL_WORKER, ['Y-000001', 'Y-000002'], [], inPlay);
    expect(socialWorker.get('Y-000001')?.facts.courtOrders).toEqual([ORDER_FOR_CHILD_WELFARE]);
    expect(socialWorker.get('Y-000002')?.facts.courtOrders).toEqual([]);
    // Expired orders are facts too: the policy decides which are in force on the county's date.
    const officer = await roundTripsDuring(async () => {
      expect((await client.forYouth(PROBATION_OFFICER, ['Y-000001'], [], inPlay)).get('Y-000001')?.facts.courtOrders).toEqual([
        ORDER_FOR_PROBATION_OFFICER,
      ]);
    });
    expect(officer['juvenile-court']).toBe(1);

    // An explanation for the probation officer, asked by the clinician, gathers the officer's order.
    const explained = await client.forYouth(CLINICIAN, ['Y-000001'], ['po.nguyen'], inPlay);
    expect(explained.get('Y-000001')?.facts.courtOrders?.map((order) => order.id)).toEqual([
      ORDER_FOR_CHILD_WELFARE.id,
      ORDER_FOR_CLINICIAN.id,
      ORDER_FOR_PROBATION_OFFICER.id,
    ]);
    const ownOnly = await client.forYouth(CLINICIAN, ['Y-000001'], [], inPlay);
    expect(ownOnly.get('Y-000001')?.facts.courtOrders).toEqual([ORDER_FOR_CLINICIAN]);

    const notInPlay = await roundTripsDuring(async () => {
      const facts = await client.forYouth(CLINICIAN, ['Y-000001'], [], { ...inPlay, courtOrders: false });
      expect(facts.get('Y-000001')?.facts).not.toHaveProperty('courtOrders');
    });
    expect(notInPlay['juvenile-court']).toBe(0);
  });

  it('asks the juvenile court only about the youth the program linked to a court party, by its party number', async () => {
    const inPlay = { assignedWorkerOf: new Set<never>(), adjudication: false, courtOrders: true, proceedings: true };
    let facts: Map<string, YouthFactsWithLinks> | undefined;
    const unlinked = await roundTripsDuring(
      async () => (facts = await client.forYouth(SOCIAL_WORKER, ['Y-000002', 'Y-000003'], [], inPlay)),
    );
    expect(unlinked['juvenile-court']).toBe(0);
    expect(facts?.get('Y-000002')?.facts).toMatchObject({ courtOrders: [], proceedingParticipations: [] });
    expect(facts?.get('Y-000002')?.links).not.toHaveProperty('JUVENILE_COURT');
  });

  it("gives the requester's participations in the court's proceedings, ended ones included, and only when they are in play", async () => {
    const inPlay = { assignedWorkerOf: new Set<never>(), adjudication: false, courtOrders: false, proceedings: true };
    const officer = requester('le.former', 'LAW_ENFORCEMENT', ['LAW_ENFORCEMENT']);
    let facts: Map<string, YouthFactsWithLinks> | undefined;
    const asked = await roundTripsDuring(async () => (facts = await client.forYouth(officer, ['Y-000001', 'Y-000002'], [], inPlay)));
    expect(asked).toMatchObject({ 'juvenile-court': 1, 'child-welfare': 0, probation: 0 });
    // The policy decides that this one has ended; the court gives it as it is, and no one else's.
    expect(facts?.get('Y-000001')?.facts.proceedingParticipations).toEqual([
      { proceedingId: 'JV-1', kind: 'DELINQUENCY', userId: 'le.former', role: 'INVESTIGATING', from: '2025-02-01', until: '2025-06-30' },
    ]);
    expect(facts?.get('Y-000001')?.facts).not.toHaveProperty('courtOrders');
    expect(facts?.get('Y-000002')?.facts.proceedingParticipations).toEqual([]);

    const notInPlay = await roundTripsDuring(
      async () => (facts = await client.forYouth(officer, ['Y-000001'], [], { ...inPlay, proceedings: false })),
    );
    expect(notInPlay['juvenile-court']).toBe(0);
    expect(facts?.get('Y-000001')?.facts.proceedingParticipations).toEqual([]);
  });

  it('reads participations in proceedings when the condition on them is in play, and only then', () => {
    const officer = requester('le.active', 'LAW_ENFORCEMENT', ['LAW_ENFORCEMENT']);
    expect(agencyFactsInPlay(new Set(['ACTIVE_MDT_MEMBER', 'LAW_ENFORCEMENT_ACTIVE_MATTER']), officer).proceedings).toBe(true);
    expect(agencyFactsInPlay(new Set(['ACTIVE_MDT_MEMBER', 'COURT_ORDER']), officer).proceedings).toBe(false);
    expect(EVERY_AGENCY_FACT.proceedings).toBe(true);
  });

  it('youth the CSEC program does not know are simply absent', async () => {
    const facts = await client.forYouth(CLINICIAN, ['Y-999999', 'Y-000002', 'not-a-youth-id']);
    expect([...facts.keys()]).toEqual(['Y-000002']);
    expect((await client.forYouth(CLINICIAN, [])).size).toBe(0);
  });
});

describe('agency facts in play', () => {
  const inPlay = (assignedWorkerOf: AssigningAgency[], adjudication: boolean): AgencyFactsInPlay => ({
    assignedWorkerOf: new Set(assignedWorkerOf),
    adjudication,
    courtOrders: false,
    proceedings: false,
  });

  it("reads the assignment of the requester's own agency only, and adjudication only when a condition needs it", () => {
    const conditions = new Set(['ACTIVE_MDT_MEMBER', 'ASSIGNED_WORKER']);
    expect(agencyFactsInPlay(conditions, SOCIAL_WORKER)).toEqual(inPlay(['CHILD_WELFARE'], false));
    expect(agencyFactsInPlay(new Set([...conditions, 'BEFORE_ADJUDICATION']), PROBATION_OFFICER)).toEqual(inPlay(['PROBATION'], true));
    expect(agencyFactsInPlay(conditions, CLINICIAN)).toEqual(inPlay([], false));
    expect(agencyFactsInPlay(new Set(['ACTIVE_MDT_MEMBER']), SOCIAL_WORKER)).toEqual(inPlay([], false));
    expect(agencyFactsInPlay(undefined, CLINICIAN)).toBe(EVERY_AGENCY_FACT);
  });

  it('asks child welfare and probation only for facts in play, and leaves the others out of the facts', async () => {
    let facts: Map<string, YouthFactsWithLinks> | undefined;
    const read = (agencies: AssigningAgency[], adjudication: boolean) =>
      roundTripsDuring(async () => (facts = await client.forYouth(SOCIAL_WORKER, ['Y-000001'], [], inPlay(agencies, adjudication))));

    expect(await read(['CHILD_WELFARE'], false)).toMatchObject({ 'child-welfare': 1, probation: 0 });
    expect(facts?.get('Y-000001')?.facts.assignedWorkers).toEqual({ CHILD_WELFARE: 'sw.garcia' });
    expect(facts?.get('Y-000001')?.facts).not.toHaveProperty('adjudicated');

    expect(await read([], false)).toMatchObject({ 'child-welfare': 0, probation: 0 });
    expect(facts?.get('Y-000001')?.facts.assignedWorkers).toEqual({});
    expect(facts?.get('Y-000001')?.facts.mdt?.status).toBe('OPEN');

    expect(await read(['PROBATION'], false)).toMatchObject({ 'child-welfare': 0, probation: 1 });
    expect(facts?.get('Y-000001')?.facts.assignedWorkers).toEqual({ PROBATION: 'po.nguyen' });
    expect(facts?.get('Y-000001')?.facts).not.toHaveProperty('adjudicated');

    expect(await read([], true)).toMatchObject({ 'child-welfare': 0, probation: 1 });
    expect(facts?.get('Y-000001')?.facts.assignedWorkers).toEqual({});
    expect(facts?.get('Y-000001')?.facts.adjudicated).toBe(false);
  });

  it("may leave the requester's own assignment unasked only when the agency would be asked for nothing else", () => {
    expect(assignmentAskedWhenDecisive(inPlay(['CHILD_WELFARE'], false))).toEqual({ agency: 'CHILD_WELFARE', gathered: inPlay([], false) });
    expect(assignmentAskedWhenDecisive(inPlay(['CHILD_WELFARE'], true))).toEqual({ agency: 'CHILD_WELFARE', gathered: inPlay([], true) });
    expect(assignmentAskedWhenDecisive(inPlay(['PROBATION'], false))).toEqual({ agency: 'PROBATION', gathered: inPlay([], false) });
    // Probation answers adjudication and the assigned officer in one exchange.
    expect(assignmentAskedWhenDecisive(inPlay(['PROBATION'], true))).toBeUndefined();
    expect(assignmentAskedWhenDecisive(inPlay([], true))).toBeUndefined();
    expect(assignmentAskedWhenDecisive(EVERY_AGENCY_FACT)).toBeUndefined();
  });

  it('asks an agency for the assigned workers of the youth named, in one exchange, and leaves out those with none', async () => {
    const gathered = await client.forYouth(SOCIAL_WORKER, ['Y-000001', 'Y-000002', 'Y-000003'], [], inPlay([], false));
    let workers: Map<string, string> | undefined;
    expect(
      await roundTripsDuring(async () => (workers = await client.assignedWorkers(SOCIAL_WORKER, 'CHILD_WELFARE', gathered))),
    ).toMatchObject({
      csec: 0,
      'child-welfare': 1,
      probation: 0,
    });
    const expected = await client.forYouth(SOCIAL_WORKER, ['Y-000001', 'Y-000002', 'Y-000003'], [], inPlay(['CHILD_WELFARE'], false));
    expect(workers).toEqual(
      new Map(
        [...expected].flatMap(([youthId, { facts }]) =>
          facts.assignedWorkers['CHILD_WELFARE'] ? [[youthId, facts.assignedWorkers['CHILD_WELFARE']]] : [],
        ),
      ),
    );
    expect(workers?.get('Y-000001')).toBe('sw.garcia');
    expect(await client.assignedWorkers(SOCIAL_WORKER, 'PROBATION', new Map([['Y-000001', gathered.get('Y-000001')!]]))).toEqual(
      new Map([['Y-000001', 'po.nguyen']]),
    );
    expect(await roundTripsDuring(() => client.assignedWorkers(SOCIAL_WORKER, 'CHILD_WELFARE', new Map()))).toMatchObject({
      'child-welfare': 0,
    });
  });

  it('a caseload asks only for facts in play too', async () => {
    let facts: Map<string, YouthFactsWithLinks> | undefined;
    const trips = await roundTripsDuring(async () => (facts = await client.forCaseload(SOCIAL_WORKER, inPlay(['CHILD_WELFARE'], false))));
    expect(trips).toMatchObject({ 'child-welfare': 1, probation: 0 });
    expect(facts?.get('Y-000001')?.facts.assignedWorkers).toEqual({ CHILD_WELFARE: 'sw.garcia' });
    expect(facts?.get('Y-000002')?.facts).not.toHaveProperty('adjudicated');
  });
});

describe('disclosure facts of a caseload', () => {
  it("is the requester's own open-MDT youth only: not a closed MDT, not a team they left", async () => {
    const facts = await client.forCaseload(SOCIAL_WORKER);
    expect([...facts.keys()].sort()).toEqual(['Y-000001', 'Y-000002']);
    expect(facts.get('Y-000001')?.facts.assignedWorkers).toEqual({ CHILD_WELFARE: 'sw.garcia', PROBATION: 'po.nguyen' });
  });

  it('is empty for someone who sits on no MDT', async () => {
    expect((await client.forCaseload(CLINICIAN)).size).toBe(0);
  });

  it('covers every open MDT the requester sits on', async () => {
    const facts = await client.forCaseload(PROBATION_OFFICER);
    expect(facts.size).toBe(3 + FILLER_YOUTH);
    expect(facts.has('Y-000004')).toBe(true);
    expect(facts.get(filler(0).youthId)?.facts.mdt?.members.map((member) => member.userId)).toEqual(['po.nguyen']);
    expect(facts.get(filler(0).youthId)?.facts.proceedingParticipations).toEqual([]);
  });
});

describe('the /disclosure-facts routes', () => {
  it.each(FACTS_SUBGRAPHS)('the %s subgraph refuses a request without a gateway token', async (subgraph) => {
    const response = await postFacts(subgraph, '{}', { token: false });
    expect(response.status).toBe(401);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('GATEWAY_TOKEN_REQUIRED');
  });

  it.each([
    ['csec', '[]'],
    ['csec', '{}'],
    ['csec', '{"youthIds": "Y-000001"}'],
    ['csec', '{"youthIds": [1]}'],
    ['csec', '{"youthIds": [""]}'],
    ['csec', '{"caseloadOf": "someone-else"}'],
    ['csec', '{"youthIds": [], "caseloadOf": "requester"}'],
    ['csec', JSON.stringify({ youthIds: Array.from({ length: 1_001 }, (_, index) => `Y-${index}`) })],
    ['csec', '{"youthIds": ["Y-000001"], "seatsOf": "le.active"}'],
    ['csec', '{"caseloadOf": "requester", "seatsOf": [""]}'],
    ['csec', JSON.stringify({ youthIds: ['Y-000001'], seatsOf: Array.from({ length: 21 }, (_, index) => `user.${index}`) })],
    ['csec', '{"seatsOf": ["le.active"]}'],
    ['child-welfare', '{"clientIds": [null]}'],
    ['child-welfare', '{"youthIds": []}'],
    ['probation', '{"probationNumbers": {}}'],
    ['probation', '{"probationNumbers": [], "extra": true}'],
    ['juvenile-court', '{"partyNumbers": "P-0000001"}'],
    ['juvenile-court', '{"youthIds": ["Y-000001"]}'],
    ['juvenile-court', '{"partyNumbers": [], "seatsOf": "le.active"}'],
    ['juvenile-court', '{"partyNumbers": [], "extra": true}'],
  ] as Array<[FactsSubgraph, string]>)('the %s subgraph answers 400 to the malformed body %s', async (subgraph, body) => {
    const response = await postFacts(subgraph, body);
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_FACTS_REQUEST');
  });

  it('answer in the documented shapes', async () => {
    const childWelfare = await postFacts(
      'child-welfare',
      '{"clientIds": ["1234-5678-9012-0000001", "1234-5678-9012-0000002", "0000-0000-0000-0000000"]}',
    );
    expect(childWelfare).toEqual({
      status: 200,
      body: {
        clients: {
          '1234-5678-9012-0000001': { assignedSocialWorker: 'sw.garcia' },
          '1234-5678-9012-0000002': { assignedSocialWorker: null },
        },
      },
    });
    const probation = await postFacts('probation', '{"probationNumbers": ["JP0000001", "JP0000002", "JP0000003", "JP9999999"]}');
    expect(probation).toEqual({
      status: 200,
      body: {
        juveniles: {
          JP0000001: { assignedOfficer: 'po.nguyen', adjudicated: false },
          JP0000002: { assignedOfficer: 'po.nguyen', adjudicated: true },
          JP0000003: { assignedOfficer: null, adjudicated: false },
        },
      },
    });
    const csec = await postFacts('csec', '{"youthIds": ["Y-000002"]}');
    expect(csec.status).toBe(200);
    expect(Object.keys(csec.body['youth'] as object)).toEqual(['Y-000002']);
    expect(Object.keys((csec.body['youth'] as Record<string, object>)['Y-000002']!).sort()).toEqual([
      'birthDate',
      'consents',
      'exploiterIsThreat',
      'investigations',
      'links',
      'mdt',
      'missing',
    ]);
    // The court knows the youth by its party numbers only: a program youth id is no party it knows.
    const court = await postFacts('juvenile-court', '{"partyNumbers": ["P-0000001", "P-0000100", "Y-000001"], "seatsOf": ["le.active"]}');
    expect(court).toEqual({
      status: 200,
      body: {
        parties: {
          'P-0000001': {
            // Asked by the social worker about le.active: the order naming child welfare, none naming le.active.
            courtOrders: [ORDER_FOR_CHILD_WELFARE],
            proceedingParticipations: [
              { proceedingId: 'JV-1', kind: 'DELINQUENCY', userId: 'le.active', role: 'INVESTIGATING', from: '2025-12-01', until: null },
            ],
          },
        },
      },
    });
  });
});

describe('source round trips', () => {
  it('are the same for one youth as for many, in every subgraph', async () => {
    const many = [
      'Y-000001',
      'Y-000002',
      'Y-000003',
      'Y-000004',
      'Y-000005',
      'Y-999999',
      ...Array.from({ length: FILLER_YOUTH }, (_, index) => filler(index).youthId),
    ];
    // People asked about whom no other question names, so that csec reads these facts afresh.
    const one = await roundTripsDuring(() => client.forYouth(CLINICIAN, ['Y-000001'], ['first.person']));
    const all = await roundTripsDuring(async () => {
      const facts = await client.forYouth(CLINICIAN, many, ['second.person']);
      expect(facts.size).toBe(5 + FILLER_YOUTH);
    });
    expect(all).toEqual(one);
    // csec reads the facts version, then the facts.
    expect(one).toEqual({ csec: 2, 'child-welfare': 1, probation: 1, 'juvenile-court': 1 });
  });

  it('are the same for a small caseload as for a large one, and csec remembers a caseload asked again', async () => {
    await client.forCaseload(SOCIAL_WORKER);
    await client.forCaseload(PROBATION_OFFICER);
    const small = await roundTripsDuring(() => client.forCaseload(SOCIAL_WORKER));
    const large = await roundTripsDuring(() => client.forCaseload(PROBATION_OFFICER));
    expect(large).toEqual(small);
    expect(small).toEqual({ csec: 1, 'child-welfare': 1, probation: 1, 'juvenile-court': 1 });
  });

  it("are none at csec for a query's question the gateway already asked while its facts are known current, until the audit finds them changed", async () => {
    let watching = true;
    const watched = new YouthFactsClient({ subgraphUrls, signer, knownCurrent: { csec: () => watching } });
    const noAgencyFacts = { assignedWorkerOf: new Set<never>(), adjudication: false, courtOrders: false, proceedings: false };
    const ask = (reading?: CsecFactsReading) => watched.forYouth(SOCIAL_WORKER, ['Y-000002'], [], noAgencyFacts, reading);
    const first = new CsecFactsReading(true);
    const firstFacts = await ask(first);

    const remembered = new CsecFactsReading(true);
    const fromMemory = await roundTripsDuring(async () => expect(await ask(remembered)).toEqual(firstFacts));
    const mutation = new CsecFactsReading(false);
    const forAMutation = await roundTripsDuring(() => ask(mutation));
    const withoutReading = await roundTripsDuring(() => ask());
    watching = false;
    const unwatched = await roundTripsDuring(() => ask(new CsecFactsReading(true)));
    watching = true;
    watched.forgetRemembered(first.version ?? '');
    const afterChange = new CsecFactsReading(true);
    const readAgain = await roundTripsDuring(() => ask(afterChange));

    expect(first.version).toMatch(/^\d+$/);
    expect(fromMemory).toEqual({ csec: 0, 'child-welfare': 0, probation: 0, 'juvenile-court': 0 });
    expect(remembered.version).toBe(first.version);
    // Each asked again: csec reads its facts version, then answers from its own memory.
    expect(forAMutation).toEqual({ csec: 1, 'child-welfare': 0, probation: 0, 'juvenile-court': 0 });
    expect(withoutReading).toEqual({ csec: 1, 'child-welfare': 0, probation: 0, 'juvenile-court': 0 });
    // While no watch says the facts are current, every question is asked afresh.
    expect(unwatched).toEqual({ csec: 1, 'child-welfare': 0, probation: 0, 'juvenile-court': 0 });
    expect(readAgain).toEqual({ csec: 1, 'child-welfare': 0, probation: 0, 'juvenile-court': 0 });
    expect(afterChange.version).toBe(first.version);
  });

  it("are none at the court for a query's question already asked while its facts are known current, until a newer court version is heard", async () => {
    let watching = true;
    const watched = new YouthFactsClient({
      subgraphUrls,
      signer,
      knownCurrent: { csec: () => watching, 'juvenile-court': () => watching },
    });
    watched.heardOf('juvenile-court', 1n);
    const courtFacts = { assignedWorkerOf: new Set<never>(), adjudication: false, courtOrders: true, proceedings: true };
    const ask = (reading?: CsecFactsReading, who = SOCIAL_WORKER) => watched.forYouth(who, ['Y-000001'], [], courtFacts, reading);
    const firstFacts = await ask(new CsecFactsReading(true));

    const fromMemory = await roundTripsDuring(async () => expect(await ask(new CsecFactsReading(true))).toEqual(firstFacts));
    const forAMutation = await roundTripsDuring(() => ask(new CsecFactsReading(false)));
    const someoneElse = await roundTripsDuring(() => ask(new CsecFactsReading(true), PROBATION_OFFICER));
    watched.heardOf('juvenile-court', 2n);
    const afterNewer = await roundTripsDuring(() => ask(new CsecFactsReading(true)));
    const rememberedAgain = await roundTripsDuring(() => ask(new CsecFactsReading(true)));
    watching = false;
    const unwatched = await roundTripsDuring(() => ask(new CsecFactsReading(true)));

    expect(firstFacts.get('Y-000001')?.facts.courtOrders).toEqual([ORDER_FOR_CHILD_WELFARE]);
    expect(fromMemory['juvenile-court']).toBe(0);
    expect(forAMutation['juvenile-court']).toBe(1);
    // The court answers for the person who asks: another person's question is theirs.
    expect(someoneElse['juvenile-court']).toBe(1);
    expect(afterNewer['juvenile-court']).toBe(1);
    expect(rememberedAgain['juvenile-court']).toBe(0);
    expect(unwatched['juvenile-court']).toBe(1);
  });

  it("are none at child welfare or probation for a query's question already asked while their facts are known current, until a newer version of each is heard", async () => {
    const watched = new YouthFactsClient({
      subgraphUrls,
      signer,
      knownCurrent: { 'child-welfare': () => true, probation: () => true },
    });
    watched.heardOf('child-welfare', 1n);
    watched.heardOf('probation', 1n);
    const agencyFacts = {
      assignedWorkerOf: new Set(['CHILD_WELFARE' as const]),
      adjudication: true,
      courtOrders: false,
      proceedings: false,
    };
    const ask = (reading?: CsecFactsReading, who = SOCIAL_WORKER) => watched.forYouth(who, ['Y-000001'], [], agencyFacts, reading);
    const firstFacts = await ask(new CsecFactsReading(true));

    const fromMemory = await roundTripsDuring(async () => expect(await ask(new CsecFactsReading(true))).toEqual(firstFacts));
    const forAMutation = await roundTripsDuring(() => ask(new CsecFactsReading(false)));
    const withoutReading = await roundTripsDuring(() => ask());
    const someoneElse = await roundTripsDuring(() => ask(new CsecFactsReading(true), PROBATION_OFFICER));
    watched.heardOf('child-welfare', 2n);
    const afterNewerChildWelfare = await roundTripsDuring(() => ask(new CsecFactsReading(true)));
    watched.heardOf('probation', 2n);
    const afterNewerProbation = await roundTripsDuring(() => ask(new CsecFactsReading(true)));
    const rememberedAgain = await roundTripsDuring(() => ask(new CsecFactsReading(true)));

    expect(firstFacts.get('Y-000001')?.facts.assignedWorkers).toEqual({ CHILD_WELFARE: 'sw.garcia' });
    expect(fromMemory).toMatchObject({ 'child-welfare': 0, probation: 0 });
    expect(forAMutation).toMatchObject({ 'child-welfare': 1, probation: 1 });
    expect(withoutReading).toMatchObject({ 'child-welfare': 1, probation: 1 });
    // The same question from another person is theirs to be answered.
    expect(someoneElse).toMatchObject({ 'child-welfare': 1, probation: 1 });
    expect(afterNewerChildWelfare).toMatchObject({ 'child-welfare': 1, probation: 0 });
    expect(afterNewerProbation).toMatchObject({ 'child-welfare': 0, probation: 1 });
    expect(rememberedAgain).toMatchObject({ 'child-welfare': 0, probation: 0 });
  });

  it("are none for an assignment asked when decisive, for a query, once the agency's answer to the same question is remembered", async () => {
    let watching = true;
    const watched = new YouthFactsClient({
      subgraphUrls,
      signer,
      knownCurrent: { 'child-welfare': () => watching, probation: () => watching },
    });
    watched.heardOf('child-welfare', 1n);
    watched.heardOf('probation', 1n);
    const adjudication = { assignedWorkerOf: new Set<never>(), adjudication: true, courtOrders: false, proceedings: false };
    const gathered = await watched.forYouth(SOCIAL_WORKER, ['Y-000001'], [], adjudication, new CsecFactsReading(true));
    const assigned = (agency: 'CHILD_WELFARE' | 'PROBATION', reading?: CsecFactsReading, who = SOCIAL_WORKER) =>
      watched.assignedWorkers(who, agency, gathered, reading);
    let officers: Map<string, string> | undefined;
    let workers: Map<string, string> | undefined;

    // Probation was asked the same question for the adjudication: its answer gives the officer.
    const officerFromMemory = await roundTripsDuring(async () => (officers = await assigned('PROBATION', new CsecFactsReading(true))));
    const firstWorker = await roundTripsDuring(() => assigned('CHILD_WELFARE', new CsecFactsReading(true)));
    const workerFromMemory = await roundTripsDuring(async () => (workers = await assigned('CHILD_WELFARE', new CsecFactsReading(true))));
    const forAMutation = await roundTripsDuring(() => assigned('CHILD_WELFARE', new CsecFactsReading(false)));
    const someoneElse = await roundTripsDuring(() => assigned('CHILD_WELFARE', new CsecFactsReading(true), PROBATION_OFFICER));
    watched.heardOf('child-welfare', 2n);
    const afterNewer = await roundTripsDuring(() => assigned('CHILD_WELFARE', new CsecFactsReading(true)));
    watching = false;
    const unwatched = await roundTripsDuring(() => assigned('CHILD_WELFARE', new CsecFactsReading(true)));

    expect(officers).toEqual(new Map([['Y-000001', 'po.nguyen']]));
    expect(officerFromMemory.probation).toBe(0);
    expect(firstWorker['child-welfare']).toBe(1);
    expect(workers).toEqual(new Map([['Y-000001', 'sw.garcia']]));
    expect(workerFromMemory['child-welfare']).toBe(0);
    expect(forAMutation['child-welfare']).toBe(1);
    expect(someoneElse['child-welfare']).toBe(1);
    expect(afterNewer['child-welfare']).toBe(1);
    expect(unwatched['child-welfare']).toBe(1);
  });
});

describe('when facts cannot be gathered', () => {
  it('an unreachable agency makes the facts unavailable, naming the agency', async () => {
    const broken = new YouthFactsClient({ subgraphUrls: { ...subgraphUrls, probation: closedUrl }, signer });
    const error = await unavailability(() => broken.forYouth(CLINICIAN, ['Y-000001']));
    expect(error.code).toBe('POLICY_FACTS_UNAVAILABLE');
    expect(error.subgraph).toBe('probation');
    expect(error.failure).toBe('UNREACHABLE');
    expect(error.message).toContain('probation');
  });

  it('a refused request makes the facts unavailable', async () => {
    const otherKeys = join(dataDirectory, 'other-keys');
    await ensureDevelopmentKeys(otherKeys);
    const stranger = await RequesterTokenSigner.fromKeyFile(join(otherKeys, 'gateway.private.jwk.json'), 30);
    const error = await unavailability(() => new YouthFactsClient({ subgraphUrls, signer: stranger }).forCaseload(SOCIAL_WORKER));
    expect(error.subgraph).toBe('csec');
    expect(error.failure).toBe('REFUSED');
    expect(error.message).toContain('401');
  });

  it('a malformed answer makes the facts unavailable without repeating what it held', async () => {
    const fake = await fakeSubgraph(
      200,
      JSON.stringify({ clients: { '1234-5678-9012-0000001': { assignedSocialWorker: 42, note: 'SECRET-PLACEMENT-ADDRESS' } } }),
    );
    const broken = new YouthFactsClient({ subgraphUrls: { ...subgraphUrls, 'child-welfare': fake }, signer });
    const error = await unavailability(() => broken.forYouth(CLINICIAN, ['Y-000001']));
    expect(error.subgraph).toBe('child-welfare');
    expect(error.failure).toBe('MALFORMED');
    expect(error.message).not.toMatch(/SECRET|1234-5678|42/);
  });

  it('an answer that is not JSON, or about youth not asked about, makes the facts unavailable', async () => {
    const notJson = await fakeSubgraph(200, 'SECRET <html>');
    const notJsonError = await unavailability(() =>
      new YouthFactsClient({ subgraphUrls: { ...subgraphUrls, csec: notJson }, signer }).forYouth(CLINICIAN, ['Y-000001']),
    );
    expect(notJsonError.failure).toBe('MALFORMED');
    expect(notJsonError.message).not.toContain('SECRET');
    const stray = await fakeSubgraph(200, JSON.stringify({ youth: { 'Y-000777': {} } }));
    const strayError = await unavailability(() =>
      new YouthFactsClient({ subgraphUrls: { ...subgraphUrls, csec: stray }, signer }).forYouth(CLINICIAN, ['Y-000001']),
    );
    expect(strayError.subgraph).toBe('csec');
    expect(strayError.failure).toBe('MALFORMED');
    expect(strayError.message).not.toContain('Y-000777');
  });

  it("a court's answer outside the contract makes the facts unavailable without repeating what it held", async () => {
    // An order names one person or one agency, never both.
    const order = {
      id: 'JV570-SECRET',
      recipient: { userId: 'mh.lee', agency: 'FOREVER' },
      categories: ['COURT_AND_CASE_PLAN'],
      grantedOn: '2026-01-01',
      expiresOn: '2026-12-31',
    };
    const fake = await fakeSubgraph(
      200,
      JSON.stringify({ parties: { 'P-0000001': { courtOrders: [order], proceedingParticipations: [] } } }),
    );
    const error = await unavailability(() =>
      new YouthFactsClient({ subgraphUrls: { ...subgraphUrls, 'juvenile-court': fake }, signer }).forYouth(CLINICIAN, ['Y-000001']),
    );
    expect(error.subgraph).toBe('juvenile-court');
    expect(error.failure).toBe('MALFORMED');
    expect(error.message).not.toMatch(/SECRET|FOREVER|P-0000001/);
    const stray = await fakeSubgraph(200, JSON.stringify({ parties: { 'P-0000777': { courtOrders: [], proceedingParticipations: [] } } }));
    const strayError = await unavailability(() =>
      new YouthFactsClient({ subgraphUrls: { ...subgraphUrls, 'juvenile-court': stray }, signer }).forYouth(CLINICIAN, ['Y-000001']),
    );
    expect(strayError.failure).toBe('MALFORMED');
    expect(strayError.message).not.toContain('P-0000777');
  });

  it('an agency error status makes the facts unavailable', async () => {
    const failing = await fakeSubgraph(500, '{"errors": [{"message": "SECRET"}]}');
    const error = await unavailability(() =>
      new YouthFactsClient({ subgraphUrls: { ...subgraphUrls, 'child-welfare': failing }, signer }).forCaseload(SOCIAL_WORKER),
    );
    expect(error.subgraph).toBe('child-welfare');
    expect(error.failure).toBe('REFUSED');
    expect(error.message).not.toContain('SECRET');
  });
});
