import type { ReactNode } from 'react';
import { graphql, getFragmentData, type FragmentType } from '../__generated__';
import { Field, ListNotices, ObligationNotices, PartState, Section } from '../disclosure';
import { formatDate, plain } from '../format';

export const HealthSectionFragment = graphql(`
  fragment HealthSection_youth on Youth {
    health {
      medicalRecordNumber
      publicHealthNursing {
        assignedNurseName
        caseStatus
        caseOpenedOn
        visits {
          visitId
          kind
          status
          visitedOn
          nurse
          reason
        }
      }
      medicalEvaluation {
        evaluations {
          evaluationId
          kind
          status
          evaluatedOn
          clinician
          reason
        }
        diagnoses {
          diagnosisId
          description
          diagnosedOn
          clinicalStatus
        }
        medications {
          medicationId
          medication
          status
          source
          prescribedOn
          dosage
        }
      }
      mentalHealth {
        screenings {
          screeningId
          instrument
          interpretation
          screenedOn
        }
        diagnoses {
          diagnosisId
          description
          diagnosedOn
          clinicalStatus
        }
        services {
          serviceId
          program
          status
          startedOn
          clinician
        }
        medications {
          medicationId
          medication
          status
          source
          prescribedOn
          dosage
        }
      }
      substanceUse {
        assessments {
          assessmentId
          instrument
          interpretation
          assessedOn
        }
        diagnoses {
          diagnosisId
          description
          diagnosedOn
          clinicalStatus
        }
        treatment {
          treatmentId
          program
          status
          startedOn
          endedOn
          counselor
        }
        medications {
          medicationId
          medication
          status
          source
          prescribedOn
          dosage
        }
      }
      sensitiveServices {
        visits {
          visitId
          kind
          status
          visitedOn
          clinician
          reason
        }
        testResults {
          testId
          test
          result
          interpretation
          collectedOn
        }
        diagnoses {
          diagnosisId
          description
          diagnosedOn
          clinicalStatus
        }
        procedures {
          procedureId
          description
          status
          performedOn
        }
        medications {
          medicationId
          medication
          status
          source
          prescribedOn
          dosage
        }
      }
      hivTestResults {
        testId
        test
        result
        interpretation
        collectedOn
      }
      hivCare {
        diagnoses {
          diagnosisId
          description
          diagnosedOn
          clinicalStatus
        }
        visits {
          visitId
          kind
          status
          visitedOn
          clinician
          reason
        }
        medications {
          medicationId
          medication
          status
          source
          prescribedOn
          dosage
        }
      }
    }
  }
`);

/**
 * County health, in the parts the law protects differently: medical (with public health nursing),
 * mental health (no redisclosure), substance use (42 CFR Part 2), a minor's sensitive services and HIV
 * (each with its own authorization). Each part is shown, marked withheld or said to be empty on its own.
 */
export function HealthSection(props: { youth: FragmentType<typeof HealthSectionFragment> }) {
  const { health: record } = getFragmentData(HealthSectionFragment, props.youth);
  const base = 'youth.health';
  const nursing = record?.publicHealthNursing;
  const medical = record?.medicalEvaluation;
  const mental = record?.mentalHealth;
  const substance = record?.substanceUse;
  const sensitive = record?.sensitiveServices;
  const hivCare = record?.hivCare;
  return (
    <Section id="health" title="Health">
      <PartState path={base} hasValue={Boolean(record)} emptyText="County health has no record of this youth.">
        <ListNotices />
        <dl className="fields">
          <Field label="Medical record number" path={`${base}.medicalRecordNumber`}>
            {record?.medicalRecordNumber}
          </Field>
          <Field label="Public health nurse" path={`${base}.publicHealthNursing`}>
            {nursing
              ? `${nursing.assignedNurseName ?? 'Not assigned'} (case ${plain(nursing.caseStatus)?.toLowerCase() ?? 'status not recorded'})`
              : null}
          </Field>
        </dl>
        <HealthPart
          id="medical"
          title="Medical"
          path={`${base}.medicalEvaluation`}
          hasValue={Boolean(medical)}
          youthFields={['health.medicalEvaluation', 'health.publicHealthNursing']}
          emptyText="No medical record."
        >
          {medical?.evaluations?.map((evaluation) => (
            <li key={evaluation.evaluationId}>
              {formatDate(evaluation.evaluatedOn)}: {evaluation.kind ?? 'evaluation'}
              {evaluation.reason ? `, for ${evaluation.reason}` : ''}
              {evaluation.clinician ? `, with ${evaluation.clinician}` : ''}
            </li>
          ))}
          {medical?.diagnoses?.map((diagnosis) => (
            <DiagnosisItem key={diagnosis.diagnosisId} diagnosis={diagnosis} />
          ))}
          {medical?.medications?.map((medication) => (
            <MedicationItem key={medication.medicationId} medication={medication} />
          ))}
          {nursing?.visits?.map((visit) => (
            <VisitItem key={visit.visitId} what="nurse visit" visit={visit} />
          ))}
        </HealthPart>
        <HealthPart
          id="mental-health"
          title="Mental health"
          path={`${base}.mentalHealth`}
          hasValue={Boolean(mental)}
          youthFields={['health.mentalHealth']}
          emptyText="No mental health record."
        >
          {mental?.screenings?.map((screening) => (
            <li key={screening.screeningId}>
              {formatDate(screening.screenedOn)}: screening {screening.instrument}, {screening.interpretation}
            </li>
          ))}
          {mental?.diagnoses?.map((diagnosis) => (
            <DiagnosisItem key={diagnosis.diagnosisId} diagnosis={diagnosis} />
          ))}
          {mental?.services?.map((service) => (
            <li key={service.serviceId}>
              Service: {service.program}, {plain(service.status)} since {formatDate(service.startedOn)}
              {service.clinician ? `, with ${service.clinician}` : ''}
            </li>
          ))}
          {mental?.medications?.map((medication) => (
            <MedicationItem key={medication.medicationId} medication={medication} />
          ))}
        </HealthPart>
        <HealthPart
          id="substance-use"
          title="Substance use treatment"
          path={`${base}.substanceUse`}
          hasValue={Boolean(substance)}
          youthFields={['health.substanceUse']}
          emptyText="No substance use record."
        >
          {substance?.assessments?.map((assessment) => (
            <li key={assessment.assessmentId}>
              {formatDate(assessment.assessedOn)}: assessment {assessment.instrument}, {assessment.interpretation}
            </li>
          ))}
          {substance?.diagnoses?.map((diagnosis) => (
            <DiagnosisItem key={diagnosis.diagnosisId} diagnosis={diagnosis} />
          ))}
          {substance?.treatment?.map((treatment) => (
            <li key={treatment.treatmentId}>
              Treatment: {treatment.program}, {plain(treatment.status)} from {formatDate(treatment.startedOn)}
              {treatment.endedOn ? ` to ${formatDate(treatment.endedOn)}` : ''}
              {treatment.counselor ? `, counselor ${treatment.counselor}` : ''}
            </li>
          ))}
          {substance?.medications?.map((medication) => (
            <MedicationItem key={medication.medicationId} medication={medication} />
          ))}
        </HealthPart>
        <HealthPart
          id="sensitive-services"
          title="Sensitive services"
          path={`${base}.sensitiveServices`}
          hasValue={Boolean(sensitive)}
          youthFields={['health.sensitiveServices']}
          emptyText="No sensitive services record."
        >
          {sensitive?.visits?.map((visit) => (
            <VisitItem key={visit.visitId} what="visit" visit={visit} />
          ))}
          {sensitive?.testResults?.map((test) => (
            <TestItem key={test.testId} test={test} />
          ))}
          {sensitive?.diagnoses?.map((diagnosis) => (
            <DiagnosisItem key={diagnosis.diagnosisId} diagnosis={diagnosis} />
          ))}
          {sensitive?.procedures?.map((procedure) => (
            <li key={procedure.procedureId}>
              {formatDate(procedure.performedOn)}: {procedure.description}, {plain(procedure.status)?.toLowerCase()}
            </li>
          ))}
          {sensitive?.medications?.map((medication) => (
            <MedicationItem key={medication.medicationId} medication={medication} />
          ))}
        </HealthPart>
        <HealthPart
          id="hiv"
          title="HIV"
          path={`${base}.hivCare`}
          hasValue={Boolean(hivCare) || (record?.hivTestResults?.length ?? 0) > 0}
          youthFields={['health.hivCare', 'health.hivTestResults']}
          emptyText="No HIV record."
        >
          {record?.hivTestResults?.map((test) => (
            <TestItem key={test.testId} test={test} />
          ))}
          {hivCare?.diagnoses?.map((diagnosis) => (
            <DiagnosisItem key={diagnosis.diagnosisId} diagnosis={diagnosis} />
          ))}
          {hivCare?.visits?.map((visit) => (
            <VisitItem key={visit.visitId} what="visit" visit={visit} />
          ))}
          {hivCare?.medications?.map((medication) => (
            <MedicationItem key={medication.medicationId} medication={medication} />
          ))}
        </HealthPart>
      </PartState>
    </Section>
  );
}

/** One part of the health record, with the notices its law attaches, shown, withheld or empty on its own. */
function HealthPart(props: {
  id: string;
  title: string;
  path: string;
  hasValue: boolean;
  /** The paths from the youth whose obligations the part shows. */
  youthFields: readonly string[];
  emptyText: string;
  children: ReactNode;
}) {
  return (
    <section className="subsection" aria-labelledby={`${props.id}-heading`} data-records={props.id}>
      <h3 id={`${props.id}-heading`}>{props.title}</h3>
      <ObligationNotices youthFields={props.youthFields} />
      <PartState path={props.path} hasValue={props.hasValue} emptyText={props.emptyText}>
        <ul className="records">{props.children}</ul>
      </PartState>
    </section>
  );
}

function VisitItem({ what, visit }: { what: string; visit: { visitedOn?: string | null; kind?: string | null; reason?: string | null } }) {
  return (
    <li>
      {formatDate(visit.visitedOn)}: {what}
      {visit.kind ? `, ${visit.kind}` : ''}
      {visit.reason ? `, for ${visit.reason}` : ''}
    </li>
  );
}

function DiagnosisItem({
  diagnosis,
}: {
  diagnosis: { description?: string | null; clinicalStatus?: string | null; diagnosedOn?: string | null };
}) {
  return (
    <li>
      Diagnosis: {diagnosis.description} ({plain(diagnosis.clinicalStatus)}
      {diagnosis.diagnosedOn ? `, since ${formatDate(diagnosis.diagnosedOn)}` : ''})
    </li>
  );
}

function TestItem({
  test,
}: {
  test: { test?: string | null; result?: string | null; interpretation?: string | null; collectedOn?: string | null };
}) {
  return (
    <li>
      {formatDate(test.collectedOn)}: {test.test ?? 'test'}, {test.interpretation ?? test.result ?? 'no result yet'}
    </li>
  );
}

/** A medication as the health system has it, prescribed or reported: what, where it stands, since when, how to take it. */
function MedicationItem({
  medication,
}: {
  medication: {
    medication?: string | null;
    status?: string | null;
    source?: string | null;
    prescribedOn?: string | null;
    dosage?: string | null;
  };
}) {
  return (
    <li>
      Medication: {medication.medication ?? 'not named'}, {plain(medication.status)?.toLowerCase() ?? 'status not recorded'},{' '}
      {medication.source === 'REPORTED' ? 'reported' : 'prescribed'} {formatDate(medication.prescribedOn)}
      {medication.dosage ? ` (${medication.dosage})` : ''}
    </li>
  );
}
