import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { disclosureRanges } from '../../subgraphs/csec/src/steering/suppression/disclosure-ranges.ts';
import {
  distinctYouthOver,
  totalOf,
  type Release,
  type ReleaseCell,
  type Relation,
} from '../../subgraphs/csec/src/steering/suppression/release.ts';
import { suppressRelease } from '../../subgraphs/csec/src/steering/suppression/suppress-release.ts';

/** CalHHS Data De-identification Guidelines 4.4, as the policy's SUPPRESS_SMALL_CELLS obligation states it. */
const THRESHOLD = 11;

/** A table of counts with its row totals, column totals and grand total, each cell keyed `name|row|column`. */
function table(name: string, counts: number[][]): Release & { cells: ReleaseCell[]; relations: Relation[] } {
  const key = (row: number | 'T', column: number | 'T') => `${name}|${row}|${column}`;
  const cells: ReleaseCell[] = [];
  const relations: Relation[] = [];
  const columns = counts[0]?.length ?? 0;
  counts.forEach((row, r) => {
    row.forEach((value, c) => cells.push({ key: key(r, c), value }));
    cells.push({ key: key(r, 'T'), value: row.reduce((a, b) => a + b, 0) });
    relations.push(
      totalOf(
        key(r, 'T'),
        row.map((_v, c) => key(r, c)),
      ),
    );
  });
  for (let c = 0; c < columns; c++) {
    cells.push({ key: key('T', c), value: counts.reduce((sum, row) => sum + (row[c] ?? 0), 0) });
    relations.push(
      totalOf(
        key('T', c),
        counts.map((_row, r) => key(r, c)),
      ),
    );
  }
  const grand = counts.flat().reduce((a, b) => a + b, 0);
  cells.push({ key: key('T', 'T'), value: grand });
  relations.push(
    totalOf(
      key('T', 'T'),
      counts.map((_row, r) => key(r, 'T')),
    ),
  );
  relations.push(
    totalOf(
      key('T', 'T'),
      Array.from({ length: columns }, (_v, c) => key('T', c)),
    ),
  );
  return { cells, relations, threshold: THRESHOLD };
}

/** Checks a suppressed release as a reader would: nothing from 1 to 10 published, nothing pinned below 11. */
async function expectProtected(release: Release, suppressed: ReadonlySet<string>): Promise<void> {
  for (const cell of release.cells) {
    if (cell.value >= 1 && cell.value <= 10) expect(suppressed.has(cell.key), `${cell.key} = ${cell.value} is published`).toBe(true);
  }
  const small = release.cells.filter((cell) => cell.value >= 1 && cell.value <= 10).map((cell) => cell.key);
  const ranges = await disclosureRanges(release, suppressed, small);
  for (const [key, range] of ranges)
    expect(range.max, `${key} is pinned to [${range.min}, ${range.max}]`).toBeGreaterThanOrEqual(11 - 1e-6);
}

describe('small-cell suppression (CalHHS Data De-identification Guidelines 4.4)', () => {
  it('suppresses a category of 4 youth and the cells that would reveal it by subtraction', async () => {
    // Rows: exploitation categories; columns: child welfare, probation.
    const release = table('served', [
      [4, 20],
      [30, 25],
    ]);
    const { suppressed } = await suppressRelease(release);
    expect(suppressed.get('served|0|0')).toBe('SMALL_CELL');
    // Without the other three inner cells, the row or column total gives the 4 away; they cost
    // 75 counts, less than any pattern through the totals.
    expect([...suppressed.keys()].sort()).toEqual(['served|0|0', 'served|0|1', 'served|1|0', 'served|1|1']);
    for (const key of ['served|0|1', 'served|1|0', 'served|1|1']) expect(suppressed.get(key)).toBe('COMPLEMENTARY');
    const ranges = await disclosureRanges(release, new Set(suppressed.keys()), ['served|0|0']);
    expect(ranges.get('served|0|0')).toEqual({ min: 1, max: 23 });
    await expectProtected(release, new Set(suppressed.keys()));
  });

  it('publishes zero and counts of 11 or more untouched', async () => {
    const release = table('t', [
      [0, 12],
      [40, 11],
    ]);
    const { suppressed } = await suppressRelease(release);
    expect(suppressed.size).toBe(0);
  });

  it('suppresses one more cell when the suppressed cells of a row are all 3 or less', async () => {
    // Row 0 holds 2 and 3 beside 50; published totals elsewhere alone would not force more.
    const release = table('t', [
      [2, 3, 50],
      [40, 60, 70],
    ]);
    const { suppressed } = await suppressRelease(release);
    expect(suppressed.has('t|0|0') && suppressed.has('t|0|1')).toBe(true);
    const rowZero = ['t|0|0', 't|0|1', 't|0|2', 't|0|T'].filter((key) => suppressed.has(key));
    expect(rowZero.length).toBeGreaterThanOrEqual(3);
    await expectProtected(release, new Set(suppressed.keys()));
  });

  it('protects a small cell across tables released together: the same counts by age band and by agency', async () => {
    const byAge = table('age', [
      [5, 30],
      [14, 22],
    ]);
    const byAgency = table('agency', [
      [12, 23],
      [17, 19],
    ]);
    // Both tables count the same youth per category: their row totals are the same cells.
    const shared: Relation[] = [0, 1].map((r) => ({
      sense: 'EQUAL',
      terms: [
        { cell: `age|${r}|T`, coefficient: 1 },
        { cell: `agency|${r}|T`, coefficient: -1 },
      ],
    }));
    const release: Release = {
      cells: [...byAge.cells, ...byAgency.cells],
      relations: [...byAge.relations, ...byAgency.relations, ...shared],
      threshold: THRESHOLD,
    };
    const { suppressed } = await suppressRelease(release);
    await expectProtected(release, new Set(suppressed.keys()));
  });

  it('protects a quarter against the year to date published before and now', async () => {
    // Youth served: the year to date through Q2 was published before (22, no suppression); Q3 has 6.
    const cells: ReleaseCell[] = [
      { key: 'ytd-q2|cw', value: 22, earlier: 'PUBLISHED' },
      { key: 'q3|cw', value: 6 },
      { key: 'ytd-q3|cw', value: 28 },
      { key: 'q3|probation', value: 40 },
      { key: 'q3|total', value: 46 },
    ];
    const relations: Relation[] = [totalOf('ytd-q3|cw', ['ytd-q2|cw', 'q3|cw']), totalOf('q3|total', ['q3|cw', 'q3|probation'])];
    const release: Release = { cells, relations, threshold: THRESHOLD };
    const { suppressed } = await suppressRelease(release);
    expect(suppressed.has('ytd-q3|cw')).toBe(true);
    await expectProtected(release, new Set(suppressed.keys()));
  });

  it('keeps every small cell of random tables out of reach of subtraction', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .integer({ min: 2, max: 4 })
          .chain((columns) =>
            fc.array(fc.array(smallishCount(), { minLength: columns, maxLength: columns }), { minLength: 2, maxLength: 5 }),
          ),
        async (counts) => {
          const release = table('t', counts);
          const { suppressed } = await suppressRelease(release);
          await expectProtected(release, new Set(suppressed.keys()));
        },
      ),
      { numRuns: 1500 },
    );
  }, 300_000);

  it('keeps every small cell of random table sets (by age band, by agency, quarter and year to date) out of reach', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 3 }).chain((rows) =>
          fc.record({
            byAge: fc.array(fc.array(smallishCount(), { minLength: 3, maxLength: 3 }), { minLength: rows, maxLength: rows }),
            agencyShare: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: rows, maxLength: rows }),
            earlierYtd: fc.array(smallishCount(), { minLength: rows, maxLength: rows }),
          }),
        ),
        async ({ byAge, agencyShare, earlierYtd }) => {
          const release = tableSet(byAge, agencyShare, earlierYtd);
          const { suppressed } = await suppressRelease(release);
          await expectProtected(release, new Set(suppressed.keys()));
        },
      ),
      { numRuns: 600 },
    );
  }, 300_000);
});

/** Counts as a county's steering report sees them: many zeros and small cells, some large. */
function smallishCount(): fc.Arbitrary<number> {
  return fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 10 }), fc.integer({ min: 11, max: 60 }));
}

/**
 * A quarter's counts by category and age band, the same by category and lead agency (two agencies,
 * split by `agencyShare`), and the year to date by category, whose earlier part was published
 * before (its small cells then suppressed).
 */
function tableSet(byAge: number[][], agencyShare: number[], earlierYtd: number[]): Release {
  const age = table('age', byAge);
  const byAgency = byAge.map((row, r) => {
    const total = row.reduce((a, b) => a + b, 0);
    const first = Math.round(total * (agencyShare[r] ?? 0));
    return [first, total - first];
  });
  const agency = table('agency', byAgency);
  const cells = [...age.cells, ...agency.cells];
  const relations = [...age.relations, ...agency.relations];
  byAge.forEach((_row, r) => {
    relations.push({
      sense: 'EQUAL',
      terms: [
        { cell: `age|${r}|T`, coefficient: 1 },
        { cell: `agency|${r}|T`, coefficient: -1 },
      ],
    });
    const before = earlierYtd[r] ?? 0;
    const quarter = byAge[r]?.reduce((a, b) => a + b, 0) ?? 0;
    cells.push({ key: `ytd-before|${r}`, value: before, earlier: before >= 1 && before <= 10 ? 'SUPPRESSED' : 'PUBLISHED' });
    cells.push({ key: `ytd|${r}`, value: before + quarter });
    relations.push(...distinctYouthOver(`ytd|${r}`, [`ytd-before|${r}`, `age|${r}|T`]));
  });
  return { cells, relations, threshold: THRESHOLD };
}
