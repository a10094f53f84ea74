import { useMemo, useState } from 'react';
import {
  Button,
  Cell,
  Column,
  Dialog,
  DialogTrigger,
  Heading,
  Label,
  ListBox,
  ListBoxItem,
  Modal,
  ModalOverlay,
  Popover,
  Row,
  Select,
  SelectValue,
  Table,
  TableBody,
  TableHeader,
} from 'react-aria-components';
import { graphql } from '../__generated__';
import type { AccessMatrixPageQuery } from '../__generated__/graphql';
import { formatDateTime } from '../format';
import { useGatewayQuery } from '../gateway-answer';

const AccessMatrixQuery = graphql(`
  query AccessMatrixPage($purposeOfUse: String!) {
    accessMatrix(purposeOfUse: $purposeOfUse) {
      policyRevision
      purposeOfUse
      decidedAt
      roles {
        code
        title
      }
      categories {
        code
        title
        legalBasis
      }
      purposes {
        code
        title
      }
      cells {
        role
        category
        outcome
        rule
        legalBasis
        situations {
          situation
          allowed
          rule
          legalBasis
          obligations
        }
      }
    }
  }
`);

type Matrix = NonNullable<AccessMatrixPageQuery['accessMatrix']>;
type MatrixCell = NonNullable<Matrix['cells']>[number];

const FIRST_PURPOSE = 'CSEC-MDT';
const OUTCOME_WORDS: Record<string, string> = { ALLOWED: 'Allowed', CONDITIONAL: 'Allowed under conditions', WITHHELD: 'Withheld' };

/**
 * The access matrix of the sharing policy in force, for one purpose of use: each role and kind of
 * information with the policy's outcome, and behind each cell the rule, the law and the decision in
 * every situation the policy was asked about. Everything shown is the gateway's answer.
 */
export function AccessMatrixPage({ purposeKey }: { purposeKey: string }) {
  const [purpose, setPurpose] = useState(FIRST_PURPOSE);
  const loading = useGatewayQuery(AccessMatrixQuery, { purposeOfUse: purpose }, `${purposeKey}|${purpose}`);
  const matrix = loading.state === 'done' ? (loading.answer.data?.accessMatrix ?? null) : null;
  // The purposes stay pickable while the next purpose loads.
  const [purposes, setPurposes] = useState<NonNullable<Matrix['purposes']>>([]);
  if (matrix?.purposes && matrix.purposes !== purposes) setPurposes(matrix.purposes);

  return (
    <main id="main">
      <h1>Access matrix</h1>
      <p>
        Who the sharing policy in force lets see each kind of information, for a purpose of use, under which rule and law. No youth&apos;s
        information is shown.
      </p>
      {purposes.length > 0 && (
        <Select selectedKey={purpose} onSelectionChange={(key) => setPurpose(String(key))} className="select matrix-purpose">
          <Label>Matrix for the purpose</Label>
          <Button className="button">
            <SelectValue /> <span aria-hidden="true">▾</span>
          </Button>
          <Popover className="popover">
            <ListBox items={purposes.map((item) => ({ id: item.code ?? '', title: item.title ?? item.code ?? '' }))}>
              {(item) => <ListBoxItem id={item.id}>{item.title}</ListBoxItem>}
            </ListBox>
          </Popover>
        </Select>
      )}
      {loading.state === 'loading' && <p role="status">Loading the access matrix…</p>}
      {loading.state === 'failed' && (
        <p role="alert" className="form-error">
          {loading.message}
        </p>
      )}
      {loading.state === 'done' && !matrix && (
        <p role="alert" className="withheld-page">
          {loading.answer.errors[0]?.message ?? 'The access matrix could not be read.'}
        </p>
      )}
      {matrix && <MatrixTable matrix={matrix} />}
    </main>
  );
}

function MatrixTable({ matrix }: { matrix: Matrix }) {
  const roles = matrix.roles ?? [];
  const cells = useMemo(() => new Map((matrix.cells ?? []).map((cell) => [`${cell.category}|${cell.role}`, cell])), [matrix]);
  const purposeTitle = matrix.purposes?.find((item) => item.code === matrix.purposeOfUse)?.title ?? matrix.purposeOfUse;
  return (
    <>
      <dl className="fields matrix-revision">
        <div className="field">
          <dt>Policy revision in force</dt>
          <dd>{matrix.policyRevision}</dd>
        </div>
        <div className="field">
          <dt>Purpose of use</dt>
          <dd>
            {purposeTitle} ({matrix.purposeOfUse})
          </dd>
        </div>
        <div className="field">
          <dt>Decided as on</dt>
          <dd>{formatDateTime(matrix.decidedAt)}</dd>
        </div>
      </dl>
      <p className="muted">
        Allowed under conditions: allowed in some of the situations the policy was asked about (for example on the youth&apos;s team, with a
        consent in force, or at some ages) and withheld in others. Open a cell for its rule, its legal basis and each situation.
      </p>
      <div className="matrix-scroll">
        <Table aria-label={`Access matrix for ${purposeTitle}`} className="table matrix">
          <TableHeader>
            <Column isRowHeader>Kind of information</Column>
            {roles.map((role) => (
              <Column key={role.code}>{role.title}</Column>
            ))}
          </TableHeader>
          <TableBody items={(matrix.categories ?? []).map((category) => ({ ...category, id: category.code ?? '' }))}>
            {(category) => (
              <Row id={category.id}>
                <Cell>{category.title}</Cell>
                {roles.map((role) => {
                  const cell = cells.get(`${category.code}|${role.code}`);
                  return (
                    <Cell key={role.code}>
                      {cell ? <CellDetails cell={cell} roleTitle={role.title ?? ''} categoryTitle={category.title ?? ''} /> : '—'}
                    </Cell>
                  );
                })}
              </Row>
            )}
          </TableBody>
        </Table>
      </div>
    </>
  );
}

/** A cell's outcome in words, opening its rule, legal basis and every situation's decision. */
function CellDetails({ cell, roleTitle, categoryTitle }: { cell: MatrixCell; roleTitle: string; categoryTitle: string }) {
  const outcome = OUTCOME_WORDS[cell.outcome ?? ''] ?? 'Withheld';
  const situations = (cell.situations ?? []).map((situation) => ({ ...situation, id: situation.situation ?? '' }));
  return (
    <DialogTrigger>
      <Button
        className={`matrix-cell outcome-${(cell.outcome ?? 'WITHHELD').toLowerCase()}`}
        aria-label={`${outcome}: ${categoryTitle}, ${roleTitle}`}
      >
        {outcome}
      </Button>
      <ModalOverlay isDismissable className="modal-overlay">
        <Modal className="modal matrix-details">
          <Dialog className="dialog">
            <Heading slot="title">
              {categoryTitle}: {roleTitle}
            </Heading>
            <p>
              <strong>{outcome}</strong> under {cell.rule}; {cell.legalBasis}
            </p>
            <Table aria-label="The decision in each situation" className="table">
              <TableHeader>
                <Column isRowHeader>Situation</Column>
                <Column>Decision</Column>
                <Column>Rule and law</Column>
              </TableHeader>
              <TableBody items={situations}>
                {(situation) => (
                  <Row id={situation.id}>
                    <Cell>{situation.situation}</Cell>
                    <Cell>
                      {situation.allowed ? 'Allowed' : 'Withheld'}
                      {(situation.obligations ?? []).length > 0 ? ` (${situation.obligations?.join(', ')})` : ''}
                    </Cell>
                    <Cell>
                      {situation.rule}; {situation.legalBasis}
                    </Cell>
                  </Row>
                )}
              </TableBody>
            </Table>
            <div className="actions">
              <Button slot="close" className="button">
                Close
              </Button>
            </div>
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
