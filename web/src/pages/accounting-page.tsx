import { useMemo, useState } from 'react';
import {
  Button,
  Cell,
  Column,
  Form,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Row,
  Select,
  SelectValue,
  Table,
  TableBody,
  TableHeader,
  TextField,
} from 'react-aria-components';
import { graphql } from '../__generated__';
import type { AccountingPageQuery } from '../__generated__/graphql';
import { askGateway } from '../gateway-answer';
import { formatDateTime } from '../format';

const AccountingQuery = graphql(`
  query AccountingPage($youthId: ID!, $first: Int, $after: String) {
    accountingOfDisclosures(youthId: $youthId, first: $first, after: $after) {
      cursor
      decisionId
      decidedAt
      requester {
        userId
        agency
        roles
      }
      purposeOfUse
      breakGlassReason
      fields
      category
      outcome
      rule
      legalBasis
      flaggedForReview
    }
  }
`);

type Entry = NonNullable<AccountingPageQuery['accountingOfDisclosures']>[number];
const PAGE_SIZE = 100;
const CSV_COLUMNS = [
  'decidedAt',
  'requester',
  'agency',
  'purposeOfUse',
  'breakGlassReason',
  'category',
  'fields',
  'outcome',
  'rule',
  'legalBasis',
  'flaggedForReview',
] as const;

/** The accounting of disclosures for one youth: every decision about them, page by page, filterable and downloadable. */
export function AccountingPage({ initialYouthId }: { initialYouthId: string }) {
  const [youthId, setYouthId] = useState(initialYouthId);
  const [loadedFor, setLoadedFor] = useState<string | null>(null);
  const [entries, setEntries] = useState<Entry[]>([]);
  const [more, setMore] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<'ALL' | 'DISCLOSED' | 'WITHHELD' | 'NOT_DELIVERED'>('ALL');
  const [text, setText] = useState('');

  const load = async (id: string, after: string | null) => {
    setBusy(true);
    setProblem(null);
    try {
      const answer = await askGateway(AccountingQuery, { youthId: id, first: PAGE_SIZE, after });
      const page = answer.data?.accountingOfDisclosures;
      if (!page) {
        setProblem(answer.errors[0]?.message ?? 'The accounting could not be read.');
        if (!after) setEntries([]);
        return;
      }
      setEntries((previous) => (after ? [...previous, ...page] : page));
      setMore(page.length === PAGE_SIZE);
      setLoadedFor(id);
    } catch (error) {
      setProblem((error as Error).message);
    } finally {
      setBusy(false);
    }
  };

  const shown = useMemo(() => {
    const needle = text.trim().toLowerCase();
    return entries.filter((entry) => {
      if (outcome !== 'ALL' && entry.outcome !== outcome) return false;
      if (!needle) return true;
      return [entry.requester?.userId, entry.purposeOfUse, entry.category, entry.rule, ...(entry.fields ?? [])].some((value) =>
        value?.toLowerCase().includes(needle),
      );
    });
  }, [entries, outcome, text]);

  const download = () => {
    const rows = shown.map((entry) => [
      entry.decidedAt,
      entry.requester?.userId,
      entry.requester?.agency,
      entry.purposeOfUse,
      entry.breakGlassReason,
      entry.category,
      (entry.fields ?? []).join(' '),
      entry.outcome,
      entry.rule,
      entry.legalBasis,
      entry.flaggedForReview ? 'yes' : 'no',
    ]);
    const csv = [CSV_COLUMNS, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n');
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
    link.download = `accounting-of-disclosures-${loadedFor ?? 'youth'}.csv`;
    link.click();
    URL.revokeObjectURL(link.href);
  };

  return (
    <main id="main">
      <h1>Accounting of disclosures</h1>
      <p>
        Every time someone was shown or refused information about a youth through this system: who, when, why, and under which rule. Never
        the information itself.
      </p>
      <Form
        className="inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          if (youthId.trim()) void load(youthId.trim(), null);
        }}
      >
        <TextField value={youthId} onChange={setYouthId} isRequired className="text-field">
          <Label>Youth id</Label>
          <Input placeholder="Y-000001" />
        </TextField>
        <Button type="submit" className="button primary" isDisabled={busy}>
          Show the accounting
        </Button>
      </Form>
      {problem && (
        <p role="alert" className="form-error">
          {problem}
        </p>
      )}
      {loadedFor && (
        <>
          <h2>Youth {loadedFor}</h2>
          <div className="filters">
            <Select selectedKey={outcome} onSelectionChange={(key) => setOutcome(key as typeof outcome)} className="select">
              <Label>Outcome</Label>
              <Button className="button">
                <SelectValue /> <span aria-hidden="true">▾</span>
              </Button>
              <Popover className="popover">
                <ListBox>
                  <ListBoxItem id="ALL">All</ListBoxItem>
                  <ListBoxItem id="DISCLOSED">Disclosed</ListBoxItem>
                  <ListBoxItem id="WITHHELD">Withheld</ListBoxItem>
                  <ListBoxItem id="NOT_DELIVERED">Allowed, not delivered</ListBoxItem>
                </ListBox>
              </Popover>
            </Select>
            <TextField value={text} onChange={setText} className="text-field">
              <Label>Person, purpose, category, rule or field</Label>
              <Input />
            </TextField>
            <Button className="button" onPress={download} isDisabled={shown.length === 0}>
              Download CSV ({shown.length})
            </Button>
          </div>
          <p role="status" className="muted">
            {shown.length} of {entries.length} loaded entries shown{more ? '; older entries not loaded yet' : ''}.
          </p>
          <Table aria-label={`Accounting of disclosures for ${loadedFor}`} className="table">
            <TableHeader>
              <Column isRowHeader>When</Column>
              <Column>Who</Column>
              <Column>Purpose</Column>
              <Column>What</Column>
              <Column>Outcome</Column>
              <Column>Rule and law</Column>
            </TableHeader>
            <TableBody
              items={shown.map((entry, index) => ({ ...entry, key: entry.cursor ?? String(index) }))}
              renderEmptyState={() => 'No entries match.'}
            >
              {(entry) => (
                <Row id={entry.key}>
                  <Cell>{formatDateTime(entry.decidedAt)}</Cell>
                  <Cell>
                    {entry.requester?.userId} ({entry.requester?.agency})
                  </Cell>
                  <Cell>
                    {entry.purposeOfUse}
                    {entry.breakGlassReason ? `: ${entry.breakGlassReason}` : ''}
                    {entry.flaggedForReview ? ' (flagged for review)' : ''}
                  </Cell>
                  <Cell>
                    {entry.category}: {(entry.fields ?? []).join(', ')}
                  </Cell>
                  <Cell>
                    {entry.outcome === 'DISCLOSED'
                      ? 'Disclosed'
                      : entry.outcome === 'NOT_DELIVERED'
                        ? 'Allowed, not delivered'
                        : 'Withheld'}
                  </Cell>
                  <Cell>
                    {entry.rule}; {entry.legalBasis}
                  </Cell>
                </Row>
              )}
            </TableBody>
          </Table>
          {more && (
            <Button className="button" isDisabled={busy} onPress={() => void load(loadedFor, entries.at(-1)?.cursor ?? null)}>
              Load older entries
            </Button>
          )}
        </>
      )}
    </main>
  );
}

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  // A leading formula character would run in a spreadsheet: keep it text.
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
