import { measure, warmUntilSteady, type Measurement, type MeasurementSettings, type MeasurementTarget } from './measurement.ts';
import type { Workload } from './workloads.ts';

/**
 * Every target measured once per round, workload by workload, the configurations in turn. The
 * order of the configurations shifts by one each round, so that none always runs first. Before
 * the first round every target is warmed up until its throughput is steady: the gateways and the
 * shared sources start cold, and whichever configuration ran first would otherwise pay for
 * warming them.
 */
export async function measureInRounds(
  targets: readonly MeasurementTarget[],
  workloads: readonly Workload[],
  settings: MeasurementSettings,
  rounds: number,
  onMeasured: (measurement: Measurement, done: number, total: number) => void,
  onWarmedUp: (target: MeasurementTarget, slicesRequestsPerSecond: number[]) => void,
): Promise<Measurement[]> {
  const measurements: Measurement[] = [];
  const total = rounds * targets.length;
  for (const target of targets) {
    const slices = await warmUntilSteady(target, settings, `${target.workload.name}-${target.configuration.name}-first`);
    onWarmedUp(target, slices);
  }
  for (let round = 1; round <= rounds; round += 1) {
    for (const workload of workloads) {
      const forWorkload = targets.filter((target) => target.workload.name === workload.name);
      const shift = (round - 1) % Math.max(1, forWorkload.length);
      for (const target of [...forWorkload.slice(shift), ...forWorkload.slice(0, shift)]) {
        const measurement = await measure(target, settings, round);
        measurements.push(measurement);
        onMeasured(measurement, measurements.length, total);
      }
    }
  }
  return measurements;
}
