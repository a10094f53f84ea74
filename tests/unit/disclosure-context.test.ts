import { readFile } from 'node:fs/promises';
import { Supergraph } from '@apollo/federation-internals';
import { describe, expect, it } from 'vitest';
import { subgraphsDecidingRecords } from '../../gateway/src/subgraph-requests.ts';
import { groupAllowed, withoutFacts, type DisclosureContext } from '../../runtime/policy/disclosure-context.ts';

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

  it('sends the facts only to the subgraphs that decide records by their own labels', async () => {
    const supergraph = Supergraph.build(await readFile('schema/supergraph.graphql', 'utf8'));
    expect([...subgraphsDecidingRecords(supergraph)]).toEqual(['health']);
    const context: DisclosureContext = {
      now: '2026-11-22T20:00:00.000Z',
      youth: { 'Y-000001': { birthDate: '2011-03-15', mdt: null, assignedWorkers: {}, consents: [], investigations: [], lawEnforcementInProceedings: [], exploiterIsThreat: false, missing: false, adjudicated: false } },
      links: { 'Y-000001': { HEALTH: 'MRN-1' } },
      allowed: [{ youth: ['Y-000001'], fields: ['Youth.id'] }],
    };
    expect(withoutFacts(context)).toEqual({ ...context, youth: {} });
  });
});
