import { readFile } from 'node:fs/promises';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { registryProblems } from '../../subgraphs/registry-agreement.ts';
import { SUBGRAPH_REGISTRY } from '../../subgraphs/registry.ts';

const schemaOf = async (name: string) => readFile(`subgraphs/${name}/schema.graphql`, 'utf8');

describe("the subgraph registry and the subgraphs' schemas", () => {
  it('agree on how every registered subgraph keys Youth', async () => {
    const subgraphs = await Promise.all(SUBGRAPH_REGISTRY.map(async ({ name }) => ({ name, typeDefs: parse(await schemaOf(name)) })));
    expect(registryProblems(subgraphs)).toEqual([]);
  });

  it('name a schema that ties its key to another agency than the registry does', async () => {
    const probation = (await schemaOf('probation')).replace(
      '@agencyIdentifier(agency: "PROBATION")',
      '@agencyIdentifier(agency: "EDUCATION")',
    );
    expect(registryProblems([{ name: 'probation', typeDefs: parse(probation) }])).toEqual([
      'probation: subgraphs/registry.ts keys Youth by probationNumber marked @agencyIdentifier(agency: "PROBATION"), its schema by probationNumber marked @agencyIdentifier(agency: "EDUCATION").',
    ]);
  });

  it('name a schema whose agency identifier is not marked for the gateway', async () => {
    const education = (await schemaOf('education')).replace(' @agencyIdentifier(agency: "EDUCATION")', '');
    expect(registryProblems([{ name: 'education', typeDefs: parse(education) }])).toEqual([
      'education: subgraphs/registry.ts keys Youth by statewideStudentId marked @agencyIdentifier(agency: "EDUCATION"), its schema by statewideStudentId.',
    ]);
  });
});
