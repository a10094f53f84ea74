import { GraphQLError } from 'graphql';
import { ageOn } from '../../../runtime/calendar.ts';
import { DateScalar, DateTimeScalar } from '../../../runtime/scalars.ts';
import type { Resolvers } from './__generated__/resolvers-types.ts';
import { accessMatrixResolvers } from './access-matrix-resolvers.ts';
import { accountingCursor, accountingPageSize, readAccountingCursor } from './accounting-pages.ts';
import { explainDisclosure } from './disclosure-explanation.ts';
import type { CsecLoaders } from './loaders.ts';
import { agencyLinkResolvers } from './agency-link-resolvers.ts';
import { recordConsent } from './consent-capture.ts';
import { badInput, checkedYouthId } from './write-input.ts';
import { mdtMeetingResolvers } from './mdt-meeting-resolvers.ts';
import { physicalDescriptionResolvers } from './physical-description-resolvers.ts';
import { plansAndAssessmentsResolvers } from './plans-and-assessments-resolvers.ts';
import { reconveningResolvers } from './reconvening-resolvers.ts';
import { steeringResolvers } from './steering/steering-resolvers.ts';
import type { PersonRow, YouthRow } from './source.ts';
import { AGENCY_IDENTIFIERS } from '../../registry.ts';

const YOUTH_ID_PATTERN = /^Y-\d{6}$/;

export const csecResolvers: Resolvers = {
  Date: DateScalar,
  DateTime: DateTimeScalar,
  Query: {
    youth: async (_root, { id }, { loaders }) => {
      if (!YOUTH_ID_PATTERN.test(id)) {
        throw new GraphQLError('A youth id is "Y-" followed by six digits, for example Y-000123.', {
          extensions: { code: 'BAD_USER_INPUT', argumentName: 'id' },
        });
      }
      const youth = await loaders.youth.load(id);
      if (!youth) {
        throw new GraphQLError(`No youth with id ${id} is available to you.`, {
          extensions: { code: 'YOUTH_NOT_FOUND' },
        });
      }
      return youth;
    },
    caseload: async (_root, _args, { loaders, requester }) => {
      const seats = await loaders.caseload.load(requester.userId);
      const youth = await loaders.youth.loadMany(seats.map((seat) => seat.youthId));
      return youth.filter((row): row is YouthRow => row !== null && !(row instanceof Error));
    },
    accountingOfDisclosures: (_root, { youthId, first, after }, { source }) => {
      if (!YOUTH_ID_PATTERN.test(youthId)) {
        throw new GraphQLError('A youth id is "Y-" followed by six digits, for example Y-000123.', {
          extensions: { code: 'BAD_USER_INPUT', argumentName: 'youthId' },
        });
      }
      return source.disclosureAccountingPage(youthId, accountingPageSize(first), readAccountingCursor(after));
    },
    disclosureExplanation: (_root, args, context) => explainDisclosure(args, context),
    ...accessMatrixResolvers.Query,
    ...reconveningResolvers.Query,
    ...steeringResolvers.Query,
  },
  DisclosureAccountingEntry: {
    cursor: (entry) => accountingCursor(entry),
    recordNumber: (entry) => entry.sequence,
    decidedAt: (entry) => entry.recordedAt,
    requester: (entry) => ({ userId: entry.requesterUserId, agency: entry.requesterAgency, roles: entry.requesterRoles }),
    flaggedForReview: (entry) => entry.review,
  },
  Mutation: {
    recordConsentRevocation: (_root, { youthId, consentId, revokedOn }, { source, today, writeAudit }) => {
      // A revocation dated ahead would keep the consent in force until then, as if it had not been revoked.
      if (revokedOn > today) throw badInput('revokedOn', `A revocation cannot be dated in the future (today is ${today} in the county).`);
      // Refused inside the transaction, so a revocation of no consent leaves no record of a write.
      return writeAudit.transaction(source.store, { mutation: 'recordConsentRevocation', youthId, changesFacts: true }, async (tx) => {
        const consent = await source.recordConsentRevocation(tx, youthId, consentId, revokedOn);
        if (!consent) {
          throw new GraphQLError('No consent with this id is recorded for this youth.', {
            extensions: { code: 'BAD_USER_INPUT', argumentName: 'consentId' },
          });
        }
        return consent;
      });
    },
    ...reconveningResolvers.Mutation,
    ...mdtMeetingResolvers.Mutation,
    ...plansAndAssessmentsResolvers.Mutation,
    ...physicalDescriptionResolvers.Mutation,
    ...agencyLinkResolvers.Mutation,
    recordConsent: (_root, { youthId, consent, idempotencyKey }, { source, requester, disclosure, today, writeAudit }) =>
      recordConsent(source.store, writeAudit, disclosure.policy, requester, checkedYouthId(youthId), consent, idempotencyKey, today),
  },
  Youth: {
    __resolveReference: (reference, { loaders }) => resolveYouthReference(reference, loaders),
    name: (youth) => ({
      givenName: youth.givenName,
      familyName: youth.familyName,
      preferredName: youth.preferredName,
    }),
    age: (youth, _args, { today }) => ageOn(youth.birthDate, today),
    agencyLinks: (youth, _args, { loaders }) => loaders.agencyLinks.load(youth.id),
    mdt: (youth, _args, { loaders }) => loaders.mdt.load(youth.id),
    screenings: (youth, _args, { loaders }) => loaders.screenings.load(youth.id),
    stagesOfChange: (youth, _args, { loaders }) => loaders.stagesOfChange.load(youth.id),
    triggeringEvents: (youth, _args, { loaders }) => loaders.triggeringEvents.load(youth.id),
    investigations: (youth, _args, { loaders }) => loaders.investigations.load(youth.id),
    safetyPlan: (youth, _args, { loaders }) => loaders.safetyPlan.load(youth.id),
    meetings: (youth, _args, { loaders }) => loaders.meetings.load(youth.id),
    consents: (youth, _args, { loaders }) => loaders.consents.load(youth.id),
    ...reconveningResolvers.Youth,
    ...plansAndAssessmentsResolvers.Youth,
    ...physicalDescriptionResolvers.Youth,
    ...agencyLinkResolvers.Youth,
  },
  TriggeringEvent: reconveningResolvers.TriggeringEvent,
  Reconvening: reconveningResolvers.Reconvening,
  SafetyPlan: plansAndAssessmentsResolvers.SafetyPlan,
  PhysicalDescription: physicalDescriptionResolvers.PhysicalDescription,
  AgencyLinkChange: agencyLinkResolvers.AgencyLinkChange,
  Consent: {
    recordedBy: (consent, _args, { loaders }) => (consent.recordedByUserId ? loaders.person.load(consent.recordedByUserId) : null),
  },
  StageOfChangeAssessment: plansAndAssessmentsResolvers.StageOfChangeAssessment,
  SteeringReport: steeringResolvers.SteeringReport,
  SteeringReportTable: steeringResolvers.SteeringReportTable,
  AgencyLink: {
    linkedBy: (link, _args, { loaders }) => loaders.person.load(link.linkedByUserId),
  },
  ProgramStaff: {
    name: (person) => person.displayName,
  },
  Mdt: {
    members: (mdt, _args, { loaders }) => loaders.mdtMembers.load(mdt.id),
  },
  MdtMember: {
    person: (member, _args, { loaders }) => loaders.person.load(member.userId),
    active: (member) => member.leftOn === null,
  },
  CsecScreening: {
    screener: (screening, _args, { loaders }) => loaders.person.load(screening.screenerUserId),
  },
  MdtMeeting: {
    attendees: async (meeting, _args, { loaders }) =>
      (await loaders.person.loadMany(meeting.attendeeUserIds)).filter(
        (person): person is PersonRow => person !== null && !(person instanceof Error),
      ),
  },
  ConsentRecipient: {
    person: (recipient, _args, { loaders }) => (recipient.userId ? loaders.person.load(recipient.userId) : null),
    role: (recipient) => recipient.role ?? null,
    agency: (recipient) => recipient.agency ?? null,
  },
};

/** A reference arrives with the program's youth id or with one agency's own identifier. */
async function resolveYouthReference(reference: Partial<YouthRow>, loaders: CsecLoaders): Promise<YouthRow | null> {
  if (reference.id) return loaders.youth.load(reference.id);
  // Each alternative `@key` of `Youth` carries one agency's identifier.
  for (const { field, agency } of AGENCY_IDENTIFIERS) {
    const identifier = reference[field as keyof YouthRow];
    if (typeof identifier === 'string') return loaders.youthByAgencyIdentifier.load(`${agency}|${identifier}`);
  }
  return null;
}
