import type { Coding, Resource } from '@medplum/fhirtypes';
import { ACT_CODE_SYSTEM, CONFIDENTIALITY_SYSTEM } from './fhir-conventions.ts';

/** A record's own HL7 security labels, exactly as its source labelled it. */
export interface SecurityLabels {
  /** v3 Confidentiality code (U, L, M, N, R, V); the most restrictive when several are given; null when none. */
  confidentiality: string | null;
  /** v3 sensitivity and privacy law codes (PSY, ETH, 42CFRPart2, HIV, ...), sorted. */
  sensitivity: string[];
}

/** Confidentiality codes from least to most restrictive. */
const CONFIDENTIALITY_ORDER = ['U', 'L', 'M', 'N', 'R', 'V'];

export const PSYCHOTHERAPY_NOTE = 'PSYTHPN';

export function securityLabelsOf(resource: Resource): SecurityLabels {
  return securityLabelsFrom(resource.meta?.security ?? []);
}

export function securityLabelsFrom(security: readonly Coding[]): SecurityLabels {
  let rank = -1;
  const sensitivity = new Set<string>();
  for (const coding of security) {
    if (!coding.code) continue;
    if (coding.system === CONFIDENTIALITY_SYSTEM) {
      const codeRank = CONFIDENTIALITY_ORDER.indexOf(coding.code);
      // Older sources put sensitivity codes (PSY, ETH, HIV, SDV) in the Confidentiality system.
      if (codeRank === -1) sensitivity.add(coding.code);
      else rank = Math.max(rank, codeRank);
    } else if (coding.system === ACT_CODE_SYSTEM) {
      sensitivity.add(coding.code);
    }
  }
  return {
    confidentiality: rank >= 0 ? (CONFIDENTIALITY_ORDER[rank] ?? null) : null,
    sensitivity: [...sensitivity].sort(),
  };
}

/** Psychotherapy notes are never returned, whatever else a request asks for. */
export function isPsychotherapyNote(labels: SecurityLabels): boolean {
  return labels.sensitivity.includes(PSYCHOTHERAPY_NOTE);
}
