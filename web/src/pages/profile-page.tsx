import { Link } from 'react-aria-components';
import { graphql } from '../__generated__';
import { AnswerProvider, useGatewayQuery, WITHHELD } from '../gateway-answer';
import { fullName, plain } from '../format';
import { ChildWelfareSection } from '../sections/child-welfare-section';
import { CsecStatusSection } from '../sections/csec-status-section';
import { EducationSection } from '../sections/education-section';
import { HealthSection } from '../sections/health-section';
import { IdentitySection } from '../sections/identity-section';
import { JuvenileCourtSection } from '../sections/juvenile-court-section';
import { MdtSection } from '../sections/mdt-section';
import { ProbationSection } from '../sections/probation-section';

const ProfileQuery = graphql(`
  query YouthProfile($id: ID!) {
    youth(id: $id) {
      id
      name {
        givenName
        familyName
        preferredName
      }
      age
      mdt {
        status
      }
      ...IdentitySection_youth
      ...CsecStatusSection_youth
      ...MdtSection_youth
      ...ChildWelfareSection_youth
      ...ProbationSection_youth
      ...JuvenileCourtSection_youth
      ...HealthSection_youth
      ...EducationSection_youth
    }
  }
`);

/** One youth's consolidated profile, in the order an MDT meeting reads it. */
export function ProfilePage({ youthId, purposeKey }: { youthId: string; purposeKey: string }) {
  const result = useGatewayQuery(ProfileQuery, { id: youthId }, `profile|${youthId}|${purposeKey}`);
  if (result.state === 'loading')
    return (
      <main id="main">
        <p role="status">Loading the profile…</p>
      </main>
    );
  if (result.state === 'failed')
    return (
      <main id="main">
        <p role="alert" className="form-error">
          {result.message}
        </p>
      </main>
    );
  const { answer } = result;
  const youth = answer.data?.youth;
  if (!youth) {
    const refusal = answer.errors.find((error) => error.extensions?.code === WITHHELD) ?? answer.errors[0];
    return (
      <main id="main">
        <h1>Youth {youthId}</h1>
        <p role="alert" className="withheld-page">
          {refusal?.message ?? 'There is no youth with this id.'}
        </p>
        <Link href="/">Back to your caseload</Link>
      </main>
    );
  }
  return (
    <AnswerProvider answer={answer}>
      <main id="main" className="profile">
        <header className="youth-banner" aria-label="Youth">
          <h1>{youth.name ? fullName(youth.name) : `Youth ${youth.id}`}</h1>
          <p>
            <span>Youth id {youth.id}</span>
            {youth.age !== null && youth.age !== undefined && <span>Age {youth.age}</span>}
            {youth.mdt?.status && <span>MDT {plain(youth.mdt.status)?.toLowerCase()}</span>}
          </p>
        </header>
        <nav aria-label="Profile sections" className="section-nav">
          <a href="#identity">Identity</a> <a href="#csec">CSEC status</a> <a href="#mdt">MDT</a> <a href="#child-welfare">Child welfare</a>{' '}
          <a href="#probation">Probation</a> <a href="#juvenile-court">Juvenile court</a> <a href="#health">Health</a>{' '}
          <a href="#education">Education</a>
        </nav>
        <IdentitySection youth={youth} />
        <CsecStatusSection youth={youth} />
        <MdtSection youth={youth} />
        <ChildWelfareSection youth={youth} />
        <ProbationSection youth={youth} />
        <JuvenileCourtSection youth={youth} />
        <HealthSection youth={youth} />
        <EducationSection youth={youth} />
      </main>
    </AnswerProvider>
  );
}
