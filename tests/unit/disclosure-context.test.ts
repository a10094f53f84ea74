import { readFile } from 'node:fs/promises';
import { Supergraph } from '@apollo/federation-internals';
import { describe, expect, it } from 'vitest';
import { subgraphDisclosureScopes } from '../../gateway/src/subgraph-requests.ts';
import {
  contextForSubgraph,
  groupAllowed,
  type DisclosureContext,
  type SubgraphDisclosureScope,
} from '../../runtime/policy/disclosure-context.ts';

describe('what the gateway sends each subgraph about its decisions', () => {
  it('groups youth allowed the same fields into one entry, whatever the order the fields came in', () => {
    const grouped = groupAllowed(
      new Map([
        ['Y-000001', ['Youth.name', 'Youth.id']],
        ['Y-000002', ['Youth.id', 'Youth.name', 'Youth.id']],
        ['Y-000003', ['Youth.id']],
      ]),
    );
    expect(grouped).toEqual([
      { youth: ['Y-000001', 'Y-000002'], fields: ['Youth.id', 'Youth.name'] },
      { youth: ['Y-000003'], fields: ['Youth.id'] },
    ]);
  });

  it("sends each subgraph only its own part: its coordinates, its agency's identifiers and youth, and facts only where it decides records", async () => {
    const scopes = subgraphDisclosureScopes(Supergraph.build(await readFile('schema/supergraph.graphql', 'utf8')));
    expect(Object.fromEntries([...scopes].map(([name, scope]) => [name, [scope.decidesRecords, scope.agency]]))).toEqual({
      csec: [false, undefined],
      'child-welfare': [false, 'CHILD_WELFARE'],
      probation: [false, 'PROBATION'],
      health: [true, 'HEALTH'],
      education: [false, 'EDUCATION'],
      'juvenile-court': [false, 'JUVENILE_COURT'],
    });
    const facts = {
      birthDate: '2011-03-15',
      mdt: null,
      assignedWorkers: {},
      consents: [],
      investigations: [],
      proceedingParticipations: [],
      exploiterIsThreat: false,
      missing: false,
      adjudicated: false,
    };
    const context: DisclosureContext = {
      now: '2026-11-22T20:00:00.000Z',
      youth: { 'Y-000001': facts, 'Y-000002': facts },
      links: { 'Y-000001': { HEALTH: 'MRN-1', PROBATION: 'JP1' }, 'Y-000002': { PROBATION: 'JP2' } },
      allowed: [
        { youth: ['Y-000001'], fields: ['Youth.id', 'Youth.health', 'HealthPatient.medicalRecordNumber', 'Youth.probation'] },
        { youth: ['Y-000002'], fields: ['Youth.probation', 'ProbationJuvenile.probationNumber'] },
      ],
    };
    const scopeOf = (name: string) => scopes.get(name) as SubgraphDisclosureScope;

    // Y-000002 has no health record: health hears nothing of them, neither facts nor decisions.
    expect(contextForSubgraph(context, scopeOf('health'), true)).toEqual({
      now: context.now,
      youth: { 'Y-000001': facts },
      links: { 'Y-000001': { HEALTH: 'MRN-1' } },
      allowed: [{ youth: ['Y-000001'], fields: ['Youth.health', 'HealthPatient.medicalRecordNumber'] }],
    });
    expect(contextForSubgraph(context, scopeOf('education'), false)).toEqual({ now: context.now, youth: {}, links: {}, allowed: [] });
    expect(contextForSubgraph(context, scopeOf('csec'), false)).toEqual({
      now: context.now,
      youth: {},
      links: {},
      allowed: [{ youth: ['Y-000001'], fields: ['Youth.id'] }],
    });
    expect(contextForSubgraph(context, scopeOf('probation'), false).links).toEqual({
      'Y-000001': { PROBATION: 'JP1' },
      'Y-000002': { PROBATION: 'JP2' },
    });
    // An explanation sends the facts to every subgraph; an agency's subgraph still gets only its own youth's.
    expect(Object.keys(contextForSubgraph(context, scopeOf('health'), true).youth)).toEqual(['Y-000001']);
    expect(Object.keys(contextForSubgraph(context, scopeOf('education'), true).youth)).toEqual([]);
    expect(Object.keys(contextForSubgraph(context, scopeOf('csec'), true).youth)).toEqual(['Y-000001', 'Y-000002']);
  });

  it('tells the subgraph that explains the classification of the field asked about, so it reads no schema of its own', () => {
    const explained = { 'Placement.address': { category: 'PLACEMENT_ADDRESS', confidentiality: 'R', sensitivity: [] } };
    const context: DisclosureContext = { now: '2026-11-22T20:00:00.000Z', youth: {}, links: {}, allowed: [], explained };
    const csec: SubgraphDisclosureScope = {
      decidesRecords: false,
      agency: undefined,
      coordinates: new Set(['Query.disclosureExplanation']),
    };

    expect(contextForSubgraph(context, csec, true).explained).toEqual(explained);
    expect(contextForSubgraph(context, csec, false).explained).toBeUndefined();
  });
});
