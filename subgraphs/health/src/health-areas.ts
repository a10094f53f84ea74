/**
 * Which part of the youth's health profile a record belongs to. A record lands in exactly one
 * area: the most protected one that its security labels, its codes or its context point to
 * (`health-classification.ts`, from the value sets in the policy bundle), so a record that is
 * unlabelled or mislabelled at the source still lands with the stricter category.
 */
export type HealthArea =
  'COUNSELING_NOTES' | 'HIV' | 'SUBSTANCE_USE' | 'SENSITIVE_SERVICES' | 'MENTAL_HEALTH' | 'PUBLIC_HEALTH_NURSING' | 'GENERAL_MEDICAL';

export const HEALTH_AREAS: readonly HealthArea[] = [
  'COUNSELING_NOTES',
  'HIV',
  'SUBSTANCE_USE',
  'SENSITIVE_SERVICES',
  'MENTAL_HEALTH',
  'PUBLIC_HEALTH_NURSING',
  'GENERAL_MEDICAL',
];

export function isHealthArea(value: unknown): value is HealthArea {
  return typeof value === 'string' && (HEALTH_AREAS as readonly string[]).includes(value);
}
