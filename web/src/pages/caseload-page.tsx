import { useMemo, useState } from 'react';
import { Button, Input, Label, Link, SearchField } from 'react-aria-components';
import { graphql } from '../__generated__';
import { WithheldMarker } from '../disclosure';
import { AnswerProvider, WITHHELD, useErrorAt, useGatewayQuery } from '../gateway-answer';
import { formatDate, fullName, plain } from '../format';

const CaseloadQuery = graphql(`
  query Caseload {
    caseload {
      id
      name {
        givenName
        familyName
        preferredName
      }
      age
      mdt {
        status
        leadAgency
      }
      triggeringEvents {
        kind
        occurredOn
      }
    }
  }
`);

interface CaseloadRow {
  /** Where the youth is in the gateway's answer, which names withheld values by it. */
  index: number;
  id: string;
  name: string;
  age: number | null;
  mdtStatus: string | null;
  leadAgency: string | null;
  /** The newest triggering event, as "Runaway / AWOL, Nov 30, 2026". */
  latestEvent: string | null;
  /** When the newest triggering event happened: the column sorts by it, newest last when ascending. */
  latestEventOn: string | null;
}

/** A value of one youth's row, or the gateway's reason it was withheld. */
function RowValue({ path, children }: { path: string; children: string | number | null }) {
  const withheld = useErrorAt(path, WITHHELD);
  if (withheld)
    return (
      <span data-path={path}>
        <WithheldMarker reason={withheld.message} />
      </span>
    );
  return <>{children ?? <span className="muted">None recorded</span>}</>;
}

type SortColumn = 'name' | 'id' | 'age' | 'mdtStatus' | 'leadAgency' | 'latestEvent';
interface SortDescriptor {
  column: SortColumn;
  direction: 'ascending' | 'descending';
}

const COLUMNS: ReadonlyArray<{ id: SortColumn; title: string }> = [
  { id: 'name', title: 'Name' },
  { id: 'id', title: 'Youth id' },
  { id: 'age', title: 'Age' },
  { id: 'mdtStatus', title: 'MDT status' },
  { id: 'leadAgency', title: 'Lead agency' },
  { id: 'latestEvent', title: 'Latest triggering event' },
];

/**
 * A column header that sorts by its column, as the WAI-ARIA sortable table pattern has it. The
 * caseload is a native table rather than react-aria's grid: a caseload is read, not edited cell by
 * cell, and the grid's per-cell focus machinery was most of the page's time after its answer came.
 */
function SortableHeader({
  column,
  sort,
  onSort,
}: {
  column: (typeof COLUMNS)[number];
  sort: SortDescriptor;
  onSort: (next: SortDescriptor) => void;
}) {
  const sorted = sort.column === column.id ? sort.direction : undefined;
  const next = sorted === 'ascending' ? 'descending' : 'ascending';
  return (
    <th scope="col" aria-sort={sorted ?? 'none'}>
      <Button className="sort-button" onPress={() => onSort({ column: column.id, direction: next })}>
        {column.title}
      </Button>
    </th>
  );
}

/** The youth on the person's open MDTs: searchable by name or id, sortable by each column. */
export function CaseloadPage({ purposeKey }: { purposeKey: string }) {
  const result = useGatewayQuery(CaseloadQuery, {}, `caseload|${purposeKey}`);
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<SortDescriptor>({ column: 'name', direction: 'ascending' });
  const rows = useMemo<CaseloadRow[]>(() => {
    if (result.state !== 'done') return [];
    return (result.answer.data?.caseload ?? []).map((youth, index) => {
      const latest = youth.triggeringEvents?.[0];
      return {
        index,
        id: youth.id,
        name: youth.name ? fullName(youth.name) : 'Name withheld',
        age: youth.age ?? null,
        mdtStatus: plain(youth.mdt?.status),
        leadAgency: plain(youth.mdt?.leadAgency),
        latestEvent: latest ? [plain(latest.kind), formatDate(latest.occurredOn)].filter(Boolean).join(', ') : null,
        latestEventOn: latest?.occurredOn ?? null,
      };
    });
  }, [result]);
  const shown = useMemo(() => {
    const needle = search.trim().toLowerCase();
    const filtered = rows.filter((row) => !needle || row.name.toLowerCase().includes(needle) || row.id.toLowerCase().includes(needle));
    const column: keyof CaseloadRow = sort.column === 'latestEvent' ? 'latestEventOn' : sort.column;
    return filtered.sort((a, b) => {
      const order = String(a[column] ?? '').localeCompare(String(b[column] ?? ''), 'en', { numeric: true });
      return sort.direction === 'descending' ? -order : order;
    });
  }, [rows, search, sort]);

  return (
    <main id="main">
      <h1>Your caseload</h1>
      <p>Youth on the MDTs you sit on. Open a youth to read the profile as the MDT meeting does.</p>
      {result.state === 'loading' && <p role="status">Loading your caseload…</p>}
      {result.state === 'failed' && (
        <p role="alert" className="form-error">
          {result.message}
        </p>
      )}
      {result.state === 'done' && (
        <AnswerProvider answer={result.answer}>
          {result.answer.errors.length > 0 && !result.answer.data?.caseload && (
            <p role="alert" className="form-error">
              {result.answer.errors[0]?.message}
            </p>
          )}
          <SearchField value={search} onChange={setSearch} className="search-field">
            <Label>Search by name or youth id</Label>
            <Input />
          </SearchField>
          <p role="status" className="muted">
            {shown.length} of {rows.length} youth shown
          </p>
          <table aria-label="Caseload" className="table">
            <thead>
              <tr>
                {COLUMNS.map((column) => (
                  <SortableHeader key={column.id} column={column} sort={sort} onSort={setSort} />
                ))}
              </tr>
            </thead>
            <tbody>
              {shown.length === 0 && (
                <tr>
                  <td colSpan={COLUMNS.length}>No youth match your search.</td>
                </tr>
              )}
              {shown.map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    <Link href={`/youth/${encodeURIComponent(row.id)}`}>{row.name}</Link>
                  </th>
                  <td>{row.id}</td>
                  <td>
                    <RowValue path={`caseload.${row.index}.age`}>{row.age}</RowValue>
                  </td>
                  <td>
                    <RowValue path={`caseload.${row.index}.mdt.status`}>{row.mdtStatus}</RowValue>
                  </td>
                  <td>
                    <RowValue path={`caseload.${row.index}.mdt.leadAgency`}>{row.leadAgency}</RowValue>
                  </td>
                  <td>
                    <RowValue path={`caseload.${row.index}.triggeringEvents`}>{row.latestEvent}</RowValue>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </AnswerProvider>
      )}
    </main>
  );
}
