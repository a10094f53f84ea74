import { useState } from 'react';
import { Button, Cell, Column, Form, Input, Label, Row, Table, TableBody, TableHeader, Text, TextField } from 'react-aria-components';
import { graphql } from '../__generated__';
import type { ExplanationPageQuery, HealthRecordFilingsQuery } from '../__generated__/graphql';
import { askGateway } from '../gateway-answer';

const ExplanationQuery = graphql(`
  query ExplanationPage($youthId: ID!, $userId: ID!, $field: String!, $purposeOfUse: String!) {
    disclosureExplanation(youthId: $youthId, userId: $userId, field: $field, purposeOfUse: $purposeOfUse) {
      field
      requesterUserId
      requesterAgency
      requesterRoles
      purposeOfUse
      outcome
      rule
      legalBasis
      toldToRequester
      obligations
      flaggedForReview
      categoryTitle
      plainWords
      facts {
        name
        finding
      }
      agreementClauses {
        clause
        legalBasis
        opens
        problems
      }
      consents {
        consentId
        form
        signedOn
        expiresOn
        revokedOn
        applies
        problems
      }
    }
  }
`);

const FilingsQuery = graphql(`
  query HealthRecordFilings($youthId: ID!) {
    youth(id: $youthId) {
      health {
        recordFilings {
          record
          area
          basis
          rule
          valueSetsVersion
        }
      }
    }
  }
`);

type Explanation = NonNullable<ExplanationPageQuery['disclosureExplanation']>;
type Filings = NonNullable<NonNullable<NonNullable<HealthRecordFilingsQuery['youth']>['health']>['recordFilings']>;

const BASIS_WORDS: Record<string, string> = {
  LABEL: 'a label the health system sent',
  CODE: 'a code in a value set',
  CONTEXT: 'the record it belongs to',
  UNDETERMINED: 'nothing could be read: held back until the health system codes it',
  NO_MATCH: 'no value set holds its codes',
};

/** Why a person would be shown or refused one piece of information about a youth, decided now. */
export function ExplanationPage() {
  const [form, setForm] = useState({ youthId: '', userId: '', field: 'HealthPatient.substanceUse', purposeOfUse: 'CSEC-MDT' });
  const [explanation, setExplanation] = useState<Explanation | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [filings, setFilings] = useState<Filings | null>(null);
  const set = (key: keyof typeof form) => (value: string) => setForm((previous) => ({ ...previous, [key]: value }));
  const explain = async () => {
    setProblem(null);
    try {
      const answer = await askGateway(ExplanationQuery, form);
      setExplanation(answer.data?.disclosureExplanation ?? null);
      if (!answer.data?.disclosureExplanation) setProblem(answer.errors[0]?.message ?? 'No explanation came back.');
    } catch (error) {
      setProblem((error as Error).message);
    }
  };
  const showFilings = async () => {
    setProblem(null);
    try {
      const answer = await askGateway(FilingsQuery, { youthId: form.youthId });
      const listed = answer.data?.youth?.health?.recordFilings ?? null;
      setFilings(listed);
      if (!listed) setProblem(answer.errors[0]?.message ?? 'The health system has no records for this youth, or none you may review.');
    } catch (error) {
      setProblem((error as Error).message);
    }
  };
  return (
    <main id="main">
      <h1>Explain a decision</h1>
      <p>See why the sharing policies in force would show or refuse one piece of information about a youth to one person.</p>
      <Form
        className="stacked-form"
        onSubmit={(event) => {
          event.preventDefault();
          void explain();
        }}
      >
        <TextField value={form.youthId} onChange={set('youthId')} isRequired className="text-field">
          <Label>Youth id</Label>
          <Input placeholder="Y-000001" />
        </TextField>
        <TextField value={form.userId} onChange={set('userId')} isRequired className="text-field">
          <Label>Person (user id)</Label>
          <Input placeholder="sw.demo" />
        </TextField>
        <TextField value={form.field} onChange={set('field')} isRequired className="text-field">
          <Label>Piece of information</Label>
          <Input />
          <Text slot="description">Type and field of the profile, for example HealthPatient.substanceUse or Youth.missingSince.</Text>
        </TextField>
        <TextField value={form.purposeOfUse} onChange={set('purposeOfUse')} isRequired className="text-field">
          <Label>Purpose of use</Label>
          <Input />
        </TextField>
        <Button type="submit" className="button primary">
          Explain
        </Button>
        <Button className="button" isDisabled={form.youthId === ''} onPress={() => void showFilings()}>
          How the youth's health records are filed
        </Button>
      </Form>
      {problem && (
        <p role="alert" className="form-error">
          {problem}
        </p>
      )}
      {explanation && (
        <section aria-labelledby="explanation-heading" className="explanation">
          <h2 id="explanation-heading">
            {explanation.outcome === 'DISCLOSED' ? 'Would be shown' : 'Would be withheld'}: {explanation.field}
          </h2>
          <dl className="fields">
            <div className="field">
              <dt>Person</dt>
              <dd>
                {explanation.requesterUserId} ({explanation.requesterAgency}; {(explanation.requesterRoles ?? []).join(', ')})
              </dd>
            </div>
            <div className="field">
              <dt>Kind of information</dt>
              <dd>{explanation.categoryTitle}</dd>
            </div>
            <div className="field">
              <dt>Rule</dt>
              <dd>{explanation.rule}</dd>
            </div>
            <div className="field">
              <dt>Legal basis</dt>
              <dd>{explanation.legalBasis}</dd>
            </div>
            <div className="field">
              <dt>What the person is told</dt>
              <dd>{explanation.toldToRequester ?? 'Nothing: the information leaves no trace.'}</dd>
            </div>
            <div className="field">
              <dt>Obligations</dt>
              <dd>{(explanation.obligations ?? []).join('; ') || 'None'}</dd>
            </div>
          </dl>
          {(explanation.plainWords ?? []).length > 0 && (
            <>
              <h3>In plain words</h3>
              <ul>
                {explanation.plainWords?.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          )}
          {(explanation.facts ?? []).length > 0 && (
            <>
              <h3>Facts the decision rests on</h3>
              <ul>
                {explanation.facts?.map((fact) => (
                  <li key={fact.name}>
                    {fact.name}: {fact.finding}
                  </li>
                ))}
              </ul>
            </>
          )}
          {(explanation.agreementClauses ?? []).length > 0 && (
            <>
              <h3>Agreement clauses</h3>
              <ul>
                {explanation.agreementClauses?.map((clause) => (
                  <li key={clause.clause}>
                    {clause.clause} ({clause.legalBasis}):{' '}
                    {clause.opens
                      ? 'opens it'
                      : `does not open it${(clause.problems ?? []).length ? `: ${clause.problems?.join('; ')}` : ''}`}
                  </li>
                ))}
              </ul>
            </>
          )}
          {(explanation.consents ?? []).length > 0 && (
            <>
              <h3>Consents on file</h3>
              <ul>
                {explanation.consents?.map((consent) => (
                  <li key={consent.consentId}>
                    {consent.form} signed {consent.signedOn}:{' '}
                    {consent.applies
                      ? 'applies'
                      : `does not apply${(consent.problems ?? []).length ? `: ${consent.problems?.join('; ')}` : ''}`}
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
      {filings && (
        <section aria-labelledby="filings-heading" className="explanation">
          <h2 id="filings-heading">How {form.youthId}'s health records are filed</h2>
          <p>
            Each record the health system holds, the part of the profile it is filed under, and what put it there. Never the record itself.
          </p>
          <Table aria-label={`Filing of ${form.youthId}'s health records`} className="table">
            <TableHeader>
              <Column isRowHeader>Record</Column>
              <Column>Filed under</Column>
              <Column>Because of</Column>
              <Column>Rule</Column>
            </TableHeader>
            <TableBody items={filings.map((filing) => ({ ...filing, id: filing.record }))}>
              {(filing) => (
                <Row id={filing.id}>
                  <Cell>{filing.record}</Cell>
                  <Cell>{filing.area?.replaceAll('_', ' ').toLowerCase() ?? 'not filed'}</Cell>
                  <Cell>{BASIS_WORDS[filing.basis ?? ''] ?? 'not said'}</Cell>
                  <Cell>{filing.rule}</Cell>
                </Row>
              )}
            </TableBody>
          </Table>
        </section>
      )}
    </main>
  );
}
