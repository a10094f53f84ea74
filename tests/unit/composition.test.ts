import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { classificationProblems, readCategoryNames } from '../../gateway/src/classification/subgraph-classifications.ts';

const run = promisify(execFile);

describe('composition', () => {
  it('composes the subgraphs deterministically into the committed supergraph', async () => {
    const first = await run(process.execPath, ['scripts/compose.ts', '--check']);
    const second = await run(process.execPath, ['scripts/compose.ts', '--check']);
    expect(first.stdout).toContain('is up to date');
    expect(second.stdout).toContain('is up to date');
    // Two composing processes, each starting Node and loading the composition library: seconds on a busy machine.
  }, 60_000);

  it('names the subgraph, type and field of every field without a known classification', async () => {
    const categories = await readCategoryNames();
    const typeDefs = parse(`
      type Youth @key(fields: "childWelfareClientId") {
        childWelfareClientId: ID! @classified(category: "ROSTER", confidentiality: "N")
        favouriteColour: String
        shoeSize: Int @classified(category: "FOOTWEAR", confidentiality: "R")
      }
    `);

    const problems = classificationProblems([{ name: 'child-welfare', typeDefs }], categories);

    expect(problems).toEqual([
      'child-welfare: Youth.favouriteColour has no @classified directive',
      'child-welfare: Youth.shoeSize is classified with unknown category "FOOTWEAR"',
    ]);
  });
});
