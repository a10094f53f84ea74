import type { MetricFamily } from '../../../runtime/metrics.ts';

/** What the disclosure gate has cost so far, for the gateway's `/metrics`. */
export class GateMetrics {
  private evaluations = 0;
  private evaluationSeconds = 0;
  private coordinates = 0;

  recordEvaluation(seconds: number, coordinates: number): void {
    this.evaluations += 1;
    this.evaluationSeconds += seconds;
    this.coordinates += coordinates;
  }

  families(): MetricFamily[] {
    return [
      { name: 'csec_policy_evaluations_total', help: 'Policy evaluations (one per gated request).', type: 'counter', samples: [{ value: this.evaluations }] },
      { name: 'csec_policy_evaluation_seconds_total', help: 'Time spent evaluating the disclosure policy.', type: 'counter', samples: [{ value: this.evaluationSeconds }] },
      { name: 'csec_policy_coordinates_total', help: 'Coordinates the policy decided.', type: 'counter', samples: [{ value: this.coordinates }] },
    ];
  }
}
