import type { Service } from './__generated__/scenario-types.ts';
import { createRandom } from './random.ts';

const MS_PER_DAY = 86_400_000;

/**
 * What child welfare and probation most often provide or refer an exploited youth to (the Model
 * Interagency Protocol Framework's agency responsibilities): advocacy and mental health first.
 */
const SERVICE_WEIGHTS: Record<'CHILD_WELFARE' | 'PROBATION', ReadonlyArray<readonly [Service['serviceType'], number]>> = {
  CHILD_WELFARE: [
    ['CSEC_ADVOCACY', 25],
    ['MENTAL_HEALTH', 25],
    ['HEALTH_CARE', 12],
    ['EDUCATION_SUPPORT', 10],
    ['HOUSING', 8],
    ['FAMILY_SUPPORT', 12],
    ['SUBSTANCE_USE', 5],
    ['LEGAL', 3],
  ],
  PROBATION: [
    ['CSEC_ADVOCACY', 20],
    ['MENTAL_HEALTH', 20],
    ['SUBSTANCE_USE', 20],
    ['EDUCATION_SUPPORT', 15],
    ['LEGAL', 10],
    ['FAMILY_SUPPORT', 10],
    ['HOUSING', 5],
  ],
};

/**
 * The services an agency gave a youth between the day it came to know them (`from`, a day number)
 * and `today`: a few for a CSEC youth, fewer for another. Drawn from a random of their own, so the
 * rest of the county stays as it was; ids are the agency record's own id and a serial, unique by
 * construction.
 */
export function servicesFor(
  seed: number,
  youthId: string,
  agency: 'CHILD_WELFARE' | 'PROBATION',
  recordId: string,
  from: number,
  today: number,
  csec: boolean,
): Service[] {
  if (today <= from) return [];
  const r = createRandom(seed, 'services', agency, youthId);
  const count = csec
    ? r.weighted([
        [1, 30],
        [2, 35],
        [3, 25],
        [4, 10],
      ])
    : r.weighted([
        [0, 50],
        [1, 35],
        [2, 15],
      ]);
  const services: Service[] = [];
  for (let n = 1; n <= count; n += 1) {
    const startedOn = r.int(from, today);
    const endedOn = startedOn + r.int(30, 400);
    services.push({
      serviceId: `${recordId}-S${n}`,
      serviceType: r.weighted(SERVICE_WEIGHTS[agency]),
      startedOn: isoDay(startedOn),
      ...(endedOn < today ? { endedOn: isoDay(endedOn) } : {}),
    });
  }
  return services;
}

function isoDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}
