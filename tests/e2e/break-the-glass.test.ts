import { describe, expect, inject, it } from 'vitest';
import { queryGateway, type GraphQLResponse } from '../support/gateway.ts';
import { MISSING_YOUTH, MISSING_YOUTH_DESCRIPTION } from '../support/test-situations.ts';

// Break the glass in a missing-youth emergency opens who the youth is, how to recognise them, the risk
// flags and the last known placement (policies/csec/break_glass/data.yaml), nothing else, and flags every
// decision for review.

const EMERGENCY = /* GraphQL */ `
  query Emergency($id: ID!) {
    youth(id: $id) {
      id
      name {
        givenName
        familyName
      }
      exploitationStatus
      missingSince
      screenings {
        levelOfConcern
      }
      safetyPlan {
        exploiterIsThreat
        summary
      }
      childWelfareClientId
      probationNumber
      medicalRecordNumber
      agencyLinks {
        agency
        identifier
      }
      mdt {
        status
        members {
          joinedOn
        }
      }
      childWelfare {
        case {
          caseNumber
        }
        currentPlacement {
          facilityName
        }
        lastKnownPlacement {
          placementType
          facilityName
          address {
            line1
            city
            postalCode
          }
        }
      }
      health {
        medicalRecordNumber
      }
    }
  }
`;

interface Emergency {
  youth: {
    id: string;
    name: { givenName: string | null; familyName: string | null } | null;
    exploitationStatus: string | null;
    missingSince: string | null;
    safetyPlan: { exploiterIsThreat: boolean | null; summary: string | null } | null;
    childWelfareClientId: string | null;
    probationNumber: string | null;
    medicalRecordNumber: string | null;
    agencyLinks: unknown;
    mdt: unknown;
    childWelfare: {
      case: unknown;
      currentPlacement: unknown;
      lastKnownPlacement: {
        placementType: string | null;
        facilityName: string | null;
        address: { line1: string | null; city: string | null } | null;
      } | null;
    } | null;
    health: { medicalRecordNumber: string | null } | null;
  } | null;
}

describe(`break the glass (${inject('storeKind')} sources)`, () => {
  it('a social worker breaks the glass for a missing youth: sees name, risk flags and the last known placement address, and not the MDT roster, case numbers or health record number; every decision flagged for review', async () => {
    const response: GraphQLResponse<Emergency> = await queryGateway(
      EMERGENCY,
      { id: MISSING_YOUTH },
      {
        user: 'sw.demo',
        purpose: 'BTG',
        breakGlassReason: 'Youth missing since Friday; locating her tonight',
      },
    );
    // The client id is non-null in the schema: withheld, it takes its record with it, so it is asked alone.
    const clientId = await queryGateway(
      'query ClientId($id: ID!) { youth(id: $id) { childWelfare { clientId } } }',
      { id: MISSING_YOUTH },
      {
        user: 'sw.demo',
        purpose: 'BTG',
        breakGlassReason: 'Youth missing since Friday; locating her tonight',
      },
    );
    expect((clientId.body.errors ?? []).map((error) => (error.path ?? []).join('.'))).toContain('youth.childWelfare.clientId');
    expect(JSON.stringify(clientId.body.data)).not.toMatch(/\d{4}-\d{4}-\d{4}-\d{7}/);
    const youth = response.body.data?.youth;
    const withheld = (response.body.errors ?? [])
      .filter((error) => error.extensions?.['code'] === 'UNAUTHORIZED_FIELD_OR_TYPE')
      .map((error) => (error.path ?? []).join('.'));

    expect(response.status, JSON.stringify(response.body.errors)).toBe(200);
    // Who the youth is.
    expect(youth?.name?.givenName).toBeTruthy();
    expect(youth?.name?.familyName).toBeTruthy();
    // Risk flags.
    expect(youth?.exploitationStatus).toBeTruthy();
    expect(youth?.missingSince).toBeTruthy();
    expect(youth?.safetyPlan?.exploiterIsThreat).toBe(true);
    // The last known placement, though the youth has no current one.
    expect(youth?.childWelfare?.lastKnownPlacement?.address?.line1).toBeTruthy();
    expect(youth?.childWelfare?.lastKnownPlacement?.address?.city).toBeTruthy();
    expect(youth?.childWelfare?.lastKnownPlacement?.facilityName).toBeTruthy();
    // Not the roster, case numbers, the health record number or the safety plan's text.
    for (const path of [
      'youth.childWelfareClientId',
      'youth.probationNumber',
      'youth.medicalRecordNumber',
      'youth.agencyLinks',
      'youth.mdt',
      'youth.childWelfare.case',
      'youth.childWelfare.currentPlacement',
      'youth.health',
      'youth.safetyPlan.summary',
    ]) {
      expect(withheld, path).toContain(path);
    }
    expect(youth?.childWelfareClientId ?? null).toBeNull();
    expect(youth?.medicalRecordNumber ?? null).toBeNull();
    expect(youth?.health ?? null).toBeNull();
    expect(youth?.mdt ?? null).toBeNull();
    expect(youth?.childWelfare?.case ?? null).toBeNull();
    expect(response.body.extensions?.['disclosure']).toMatchObject({ review: { breakGlass: true, flaggedForReview: true } });

    // Every decision of the request, allowed or withheld, is flagged for review in the accounting.
    const accounting = await queryGateway<{
      accountingOfDisclosures: Array<{ requestId: string; fields: string[]; outcome: string; rule: string; flaggedForReview: boolean }>;
    }>(
      'query Accounting($youthId: ID!) { accountingOfDisclosures(youthId: $youthId) { requestId fields outcome rule flaggedForReview } }',
      { youthId: MISSING_YOUTH },
      { user: 'privacy.demo', purpose: 'HOPERAT' },
    );
    const decisions = (accounting.body.data?.accountingOfDisclosures ?? []).filter(
      (entry) => entry.requestId === response.headers.get('x-request-id'),
    );
    expect(decisions.length).toBeGreaterThan(0);
    expect(decisions.every((entry) => entry.flaggedForReview)).toBe(true);
    expect(decisions.find((entry) => entry.fields.includes('Address.line1'))).toMatchObject({
      outcome: 'DISCLOSED',
      rule: 'BTG-MISSING-YOUTH-LAST-PLACEMENT',
    });
    expect(decisions.find((entry) => entry.fields.includes('Youth.medicalRecordNumber'))).toMatchObject({
      outcome: 'WITHHELD',
      rule: 'BREAK_THE_GLASS_NOT_IN_SET',
    });
  });

  it('a law enforcement officer breaks the glass for a missing youth: receives her physical description, marks included, for the missing-person report, and still nothing outside the emergency set', async () => {
    const REPORT = /* GraphQL */ `
      query MissingPersonReport($id: ID!) {
        youth(id: $id) {
          name {
            givenName
            familyName
          }
          birthDate
          physicalDescription {
            heightInches
            weightPounds
            hairColor
            eyeColor
            distinguishingMarks
            recordedOn
            recordedBy {
              userId
            }
            version
          }
          stagesOfChange {
            stage
          }
          triggeringEvents {
            kind
            summary
          }
          mdt {
            status
          }
          childWelfareClientId
          health {
            medicalRecordNumber
          }
        }
      }
    `;
    interface Report {
      youth: {
        name: { givenName: string | null } | null;
        physicalDescription: {
          heightInches: number | null;
          weightPounds: number | null;
          hairColor: string | null;
          eyeColor: string | null;
          distinguishingMarks: string[] | null;
          recordedOn: string | null;
          recordedBy: unknown;
          version: number | null;
        } | null;
        triggeringEvents: Array<{ kind: string | null; summary: string | null }> | null;
      } | null;
    }
    const response: GraphQLResponse<Report> = await queryGateway(
      REPORT,
      { id: MISSING_YOUTH },
      {
        user: 'le.demo',
        purpose: 'BTG',
        breakGlassReason: 'Missing-person report: youth missing two days, exploiter a threat',
      },
    );
    const withheld = (response.body.errors ?? [])
      .filter((error) => error.extensions?.['code'] === 'UNAUTHORIZED_FIELD_OR_TYPE')
      .map((error) => (error.path ?? []).join('.'));
    const description = response.body.data?.youth?.physicalDescription;

    expect(response.status, JSON.stringify(response.body.errors)).toBe(200);
    expect(response.body.data?.youth?.name?.givenName).toBeTruthy();
    expect(description).toMatchObject(MISSING_YOUTH_DESCRIPTION);
    expect(description?.recordedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // Not who recorded it or its version; not the stages of change, the events' summaries, the MDT, case numbers or health.
    expect(description?.recordedBy ?? null).toBeNull();
    expect(description?.version ?? null).toBeNull();
    for (const path of [
      'youth.physicalDescription.recordedBy',
      'youth.physicalDescription.version',
      'youth.stagesOfChange',
      'youth.mdt',
      'youth.childWelfareClientId',
      'youth.health',
    ]) {
      expect(withheld, path).toContain(path);
    }
    expect(response.body.data?.youth?.triggeringEvents?.every((event) => event.summary === null)).toBe(true);
    expect(response.body.extensions?.['disclosure']).toMatchObject({ review: { breakGlass: true, flaggedForReview: true } });

    const accounting = await queryGateway<{
      accountingOfDisclosures: Array<{ requestId: string; fields: string[]; outcome: string; rule: string; flaggedForReview: boolean }>;
    }>(
      'query Accounting($youthId: ID!) { accountingOfDisclosures(youthId: $youthId) { requestId fields outcome rule flaggedForReview } }',
      { youthId: MISSING_YOUTH },
      { user: 'privacy.demo', purpose: 'HOPERAT' },
    );
    const decisions = (accounting.body.data?.accountingOfDisclosures ?? []).filter(
      (entry) => entry.requestId === response.headers.get('x-request-id'),
    );
    expect(decisions.find((entry) => entry.fields.includes('PhysicalDescription.distinguishingMarks'))).toMatchObject({
      outcome: 'DISCLOSED',
      rule: 'BTG-PHYSICAL-DESCRIPTION',
      flaggedForReview: true,
    });
  });
});
