import { readFile } from 'node:fs/promises';
import { Kind, parse, type TypeNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { classificationsFromSdl } from '../../runtime/policy/classifications.ts';

// The emergency set (policies/csec/break_glass/data.yaml) against the composed schema: a value is
// delivered only if every field on its path from Query.youth is open, so the set must be closed under
// "parent path", and must hold only what a missing-youth emergency needs.

interface Entry {
  id: string;
  fields: string[];
  conditions?: string[];
}

const supergraph = await readFile('schema/supergraph.graphql', 'utf8');
const emergencySet = (parseYaml(await readFile('policies/csec/break_glass/data.yaml', 'utf8')) as { break_glass: { opens: Entry[] } })
  .break_glass.opens;
const listed = emergencySet.flatMap((entry) => entry.fields);
const classifications = classificationsFromSdl(supergraph);

/** The named type each `Type.field` of the supergraph returns. */
function fieldTypes(sdl: string): Map<string, string> {
  const named = (type: TypeNode): string => (type.kind === Kind.NAMED_TYPE ? type.name.value : named(type.type));
  const types = new Map<string, string>();
  for (const definition of parse(sdl).definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    for (const field of definition.fields ?? []) types.set(`${definition.name.value}.${field.name.value}`, named(field.type));
  }
  return types;
}

const returns = fieldTypes(supergraph);

/** The types reached from the root through listed fields only (Query.youth is itself decided). */
function reachedTypes(fields: readonly string[]): Set<string> {
  const reached = new Set(['Query']);
  for (let grew = true; grew;) {
    grew = false;
    for (const field of fields) {
      const type = returns.get(field);
      if (type && reached.has(field.split('.')[0]!) && !reached.has(type)) {
        reached.add(type);
        grew = true;
      }
    }
  }
  return reached;
}

describe('the emergency set', () => {
  it('names only fields of the composed schema', () => {
    expect(listed.filter((field) => !returns.has(field))).toEqual([]);
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('is closed under parent path: every listed field is reached from Query.youth through listed fields', () => {
    expect(listed).toContain('Query.youth');
    expect(listed.filter((field) => field.startsWith('Query.'))).toEqual(['Query.youth']);
    const reached = reachedTypes(listed);
    expect(listed.filter((field) => !reached.has(field.split('.')[0]!))).toEqual([]);
    // Each entry is reachable on its own (with the identity entry, as a responder asks): a condition
    // of one entry never leaves another's values undeliverable.
    for (const entry of emergencySet) {
      const withRoot = [...entry.fields, ...(emergencySet.find((candidate) => candidate.id === 'BTG-IDENTITY')?.fields ?? [])];
      const alone = reachedTypes(withRoot);
      expect(
        entry.fields.filter((field) => !alone.has(field.split('.')[0]!)),
        entry.id,
      ).toEqual([]);
    }
  });

  it('delivers the last known placement address, its name and kind', () => {
    const reached = reachedTypes(listed);
    for (const field of ['Address.line1', 'Address.city', 'Address.postalCode', 'Placement.facilityName', 'Placement.placementType']) {
      expect(listed, field).toContain(field);
      expect(reached.has(field.split('.')[0]!), field).toBe(true);
    }
    expect(listed).toContain('ChildWelfareClient.lastKnownPlacement');
  });

  it('holds no MDT roster, case number, health record number or health, education or notes content', () => {
    const excluded = [
      'Youth.mdt',
      'Youth.agencyLinks',
      'Youth.childWelfareClientId',
      'Youth.probationNumber',
      'Youth.medicalRecordNumber',
      'Youth.statewideStudentId',
      'Youth.health',
      'Youth.probation',
      'Youth.education',
      'Youth.meetings',
      'ChildWelfareClient.clientId',
      'ChildWelfareClient.case',
      'ChildWelfareClient.assignedSocialWorker',
      'ChildWelfareClient.placements',
      'ChildWelfareClient.currentPlacement',
      'SafetyPlan.summary',
      'TriggeringEvent.summary',
    ];
    expect(listed.filter((field) => excluded.includes(field))).toEqual([]);
    const never = new Set([
      'MENTAL_HEALTH',
      'GENERAL_MEDICAL',
      'SENSITIVE_SERVICES',
      'HIV',
      'SUBSTANCE_USE',
      'EDUCATION',
      'DELINQUENCY',
      'CHILD_WELFARE_REFERRALS',
      'COURT_AND_CASE_PLAN',
      'CONSENT_RECORDS',
      'DISCLOSURE_ACCOUNTING',
      'DISCLOSURE_EXPLANATION',
      'AGGREGATE',
    ]);
    expect(listed.filter((field) => never.has(classifications.get(field)?.category ?? ''))).toEqual([]);
  });

  it('opens the placement only while the youth is missing', () => {
    for (const entry of emergencySet) {
      const placement = entry.fields.some((field) =>
        ['PLACEMENT', 'PLACEMENT_ADDRESS'].includes(classifications.get(field)?.category ?? ''),
      );
      if (placement) expect(entry.conditions, entry.id).toContain('YOUTH_MISSING');
    }
  });
});
