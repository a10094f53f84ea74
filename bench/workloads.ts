/**
 * What is asked during the bench: the operations an MDT actually sends, and who sends them.
 */

/**
 * One youth's consolidated profile as a social worker on the MDT reads it before a meeting:
 * fields from all five subgraphs, all of them fields that social worker may see, so that every
 * configuration returns the same data (the bench checks that it does).
 */
export const PROFILE_QUERY = /* GraphQL */ `
  query Profile($id: ID!) {
    youth(id: $id) {
      id
      name {
        givenName
        familyName
        preferredName
      }
      birthDate
      age
      exploitationStatus
      identifiedOn
      missingSince
      mdt {
        status
        leadAgency
        openedOn
        members {
          person {
            userId
            name
            agency
            roles
          }
          joinedOn
          active
        }
      }
      screenings {
        screenedOn
        levelOfConcern
      }
      stagesOfChange {
        stage
        assessedOn
      }
      triggeringEvents {
        kind
        occurredOn
        summary
      }
      investigations {
        reportedOn
        goodCauseExtendedUntil
      }
      safetyPlan {
        updatedOn
        summary
        exploiterIsThreat
      }
      meetings {
        heldOn
        kind
        notes
      }
      childWelfare {
        clientId
        assignedSocialWorker {
          name
        }
        case {
          status
          serviceComponent
          openedOn
        }
        referrals {
          receivedOn
          allegations {
            allegationType
            disposition
          }
        }
        currentPlacement {
          placementType
          facilityName
          startedOn
        }
        placements {
          placementType
          startedOn
          endedOn
          endReason
        }
        casePlan {
          updatedOn
          goals
        }
        courtHearings {
          hearingType
          scheduledFor
          outcome
        }
      }
      probation {
        probationNumber
        bookedName
        assignedOfficer {
          name
        }
      }
      health {
        medicalRecordNumber
        firstName
        lastName
        birthDate
      }
      education {
        statewideStudentId
        legalFirstName
        legalLastName
      }
    }
  }
`;

/**
 * The caseload screen: every youth on the requester's open MDTs, a handful of fields per agency,
 * all of them fields a social worker on the MDT may see, so that every configuration returns the
 * same data.
 */
export const CASELOAD_QUERY = /* GraphQL */ `
  query Caseload {
    caseload {
      id
      name {
        givenName
        familyName
      }
      exploitationStatus
      missingSince
      mdt {
        status
      }
      childWelfare {
        assignedSocialWorker {
          name
        }
        case {
          status
        }
        currentPlacement {
          placementType
          startedOn
        }
      }
      probation {
        probationNumber
        assignedOfficer {
          name
        }
      }
      health {
        medicalRecordNumber
        birthDate
      }
      education {
        statewideStudentId
        legalFirstName
      }
    }
  }
`;

/** The note of every event the write workload records, by which the bench counts them afterwards. */
export const WRITE_NOTE = 'Bench write: left the placement after school.';

/**
 * A write of the MDT's records: a runaway recorded for one youth of the caseload, which our gateway
 * decides (policies/csec/writes) and audits in the write's own transaction. It selects only what
 * every configuration answers alike (no generated id), so the answers can be compared.
 */
export const WRITE_MUTATION = /* GraphQL */ `
  mutation Write($id: ID!) {
    recordTriggeringEvent(youthId: $id, event: { kind: AWOL, occurredAt: "2026-01-05T18:40:00Z", note: "${WRITE_NOTE}" }) {
      kind
      occurredAt
      note
    }
  }
`;

export type WorkloadName = 'profile' | 'caseload' | 'profile-little' | 'write';

export interface Workload {
  name: WorkloadName;
  title: string;
  query: string;
  /** The user who asks (a demo user of the scenario). */
  userId: string;
  /** Profiles rotate over the requester's caseload; the caseload has no variables. */
  perYouth: boolean;
  /** Which configurations are measured: without a gate, who asks makes no difference. */
  configurations: readonly ConfigurationName[];
}

export type ConfigurationName = 'ours' | 'baseline' | 'peer' | 'floor';

export const CONFIGURATIONS: readonly ConfigurationName[] = ['ours', 'baseline', 'peer', 'floor'];

export const PURPOSE_OF_USE = 'CSEC-MDT';

/** Who sees a lot (the social worker on the MDT) and who sees little (law enforcement). */
export const SEES_A_LOT = 'sw.demo';
export const SEES_LITTLE = 'le.demo';

export const WORKLOADS: readonly Workload[] = [
  {
    name: 'profile',
    title: `(1) consolidated profile, ${SEES_A_LOT}`,
    query: PROFILE_QUERY,
    userId: SEES_A_LOT,
    perYouth: true,
    configurations: CONFIGURATIONS,
  },
  {
    name: 'caseload',
    title: `(2) caseload of 50, ${SEES_A_LOT}`,
    query: CASELOAD_QUERY,
    userId: SEES_A_LOT,
    perYouth: false,
    configurations: CONFIGURATIONS,
  },
  {
    name: 'profile-little',
    title: `(3) consolidated profile, ${SEES_LITTLE}`,
    query: PROFILE_QUERY,
    userId: SEES_LITTLE,
    perYouth: true,
    configurations: ['ours'],
  },
  {
    name: 'write',
    title: `(4) record a triggering event, ${SEES_A_LOT}`,
    query: WRITE_MUTATION,
    userId: SEES_A_LOT,
    perYouth: true,
    // The stock gateway is the comparison the issue asks for; the peer and floor read only.
    configurations: ['ours', 'baseline'],
  },
];

/** The names of the workloads, for `--workloads`. */
export const WORKLOAD_NAMES: readonly WorkloadName[] = WORKLOADS.map((workload) => workload.name);

/** The header that tells an ungated configuration which precomputed disclosure context to send. */
export const SCOPE_HEADER = 'x-bench-scope';
export const CASELOAD_SCOPE = 'caseload';
/** The scope of a write about one youth: what the ungated configurations send with it. */
export const WRITE_SCOPE_PREFIX = 'write:';

/** One HTTP request of a workload, as the load generator sends it. */
export interface BenchRequest {
  headers: Record<string, string>;
  body: string;
}

export function requestBody(workload: Workload, youthId: string | undefined): string {
  return JSON.stringify({ query: workload.query, ...(workload.perYouth ? { variables: { id: youthId } } : {}) });
}
