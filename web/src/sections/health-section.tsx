import { graphql, getFragmentData, type FragmentType } from '../__generated__';
import { Field, ListNotices, ObligationNotices, PartState, Section } from '../disclosure';
import { formatDate, plain } from '../format';

export const HealthSectionFragment = graphql(`
  fragment HealthSection_youth on Youth {
    health {
      medicalRecordNumber
      publicHealthNursing { assignedNurseName caseStatus caseOpenedOn }
      mentalHealth {
        screenings { screeningId instrument interpretation screenedOn }
        diagnoses { diagnosisId description diagnosedOn clinicalStatus }
        services { serviceId program status startedOn clinician }
        medications { medicationId medication status prescribedOn dosage }
      }
      substanceUse {
        assessments { assessmentId instrument interpretation assessedOn }
        diagnoses { diagnosisId description diagnosedOn clinicalStatus }
        treatment { treatmentId program status startedOn endedOn counselor }
        medications { medicationId medication status prescribedOn dosage }
      }
    }
  }
`);

/** County health: public health nursing, mental health (no redisclosure) and substance use (42 CFR Part 2), each with its medications. */
export function HealthSection(props: { youth: FragmentType<typeof HealthSectionFragment> }) {
  const { health: record } = getFragmentData(HealthSectionFragment, props.youth);
  const base = 'youth.health';
  const mental = record?.mentalHealth;
  const substance = record?.substanceUse;
  return (
    <Section id="health" title="Health">
      <PartState path={base} hasValue={Boolean(record)} emptyText="County health has no record of this youth.">
        <ListNotices />
        <dl className="fields">
          <Field label="Medical record number" path={`${base}.medicalRecordNumber`}>{record?.medicalRecordNumber}</Field>
          <Field label="Public health nurse" path={`${base}.publicHealthNursing`}>
            {record?.publicHealthNursing ? `${record.publicHealthNursing.assignedNurseName ?? 'Not assigned'} (case ${plain(record.publicHealthNursing.caseStatus)?.toLowerCase() ?? 'status not recorded'})` : null}
          </Field>
        </dl>
        <section className="subsection" aria-labelledby="mental-health-heading" data-records="mental-health">
          <h3 id="mental-health-heading">Mental health</h3>
          <ObligationNotices codes={['WIC5328.04']} />
          <PartState path={`${base}.mentalHealth`} hasValue={Boolean(mental)} emptyText="No mental health record.">
            <ul className="records">
              {mental?.screenings?.map((screening) => <li key={screening.screeningId}>{formatDate(screening.screenedOn)}: screening {screening.instrument}, {screening.interpretation}</li>)}
              {mental?.diagnoses?.map((diagnosis) => <li key={diagnosis.diagnosisId}>Diagnosis: {diagnosis.description} ({plain(diagnosis.clinicalStatus)}, since {formatDate(diagnosis.diagnosedOn)})</li>)}
              {mental?.services?.map((service) => <li key={service.serviceId}>Service: {service.program}, {plain(service.status)} since {formatDate(service.startedOn)}{service.clinician ? `, with ${service.clinician}` : ''}</li>)}
              {mental?.medications?.map((medication) => <MedicationItem key={medication.medicationId} medication={medication} />)}
            </ul>
          </PartState>
        </section>
        <section className="subsection" aria-labelledby="substance-use-heading" data-records="substance-use">
          <h3 id="substance-use-heading">Substance use treatment</h3>
          <ObligationNotices codes={['42CFR2.32']} />
          <PartState path={`${base}.substanceUse`} hasValue={Boolean(substance)} emptyText="No substance use record.">
            <ul className="records">
              {substance?.assessments?.map((assessment) => <li key={assessment.assessmentId}>{formatDate(assessment.assessedOn)}: assessment {assessment.instrument}, {assessment.interpretation}</li>)}
              {substance?.diagnoses?.map((diagnosis) => <li key={diagnosis.diagnosisId}>Diagnosis: {diagnosis.description} ({plain(diagnosis.clinicalStatus)})</li>)}
              {substance?.treatment?.map((treatment) => (
                <li key={treatment.treatmentId}>Treatment: {treatment.program}, {plain(treatment.status)} from {formatDate(treatment.startedOn)}{treatment.endedOn ? ` to ${formatDate(treatment.endedOn)}` : ''}{treatment.counselor ? `, counselor ${treatment.counselor}` : ''}</li>
              ))}
              {substance?.medications?.map((medication) => <MedicationItem key={medication.medicationId} medication={medication} />)}
            </ul>
          </PartState>
        </section>
      </PartState>
    </Section>
  );
}

/** A prescription as the health system wrote it: what, where it stands, since when, how to take it. */
function MedicationItem({ medication }: { medication: { medication?: string | null; status?: string | null; prescribedOn?: string | null; dosage?: string | null } }) {
  return (
    <li>
      Medication: {medication.medication ?? 'not named'}, {plain(medication.status)?.toLowerCase() ?? 'status not recorded'}, prescribed {formatDate(medication.prescribedOn)}{medication.dosage ? ` (${medication.dosage})` : ''}
    </li>
  );
}
