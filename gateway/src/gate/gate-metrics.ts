import { Histogram, type MetricFamily } from '../../../runtime/metrics.ts';

/**
 * Bounds of the evaluation time histogram, in seconds: fine below the 1 ms budget of a profile
 * request, so its p99 can be read against the budget.
 */
const EVALUATION_SECONDS_BOUNDS = [0.0001, 0.00025, 0.0005, 0.00075, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1];

/** What the disclosure gate has cost so far, for the gateway's `/metrics`. */
export class GateMetrics {
  private readonly evaluationSeconds = new Histogram(EVALUATION_SECONDS_BOUNDS);
  private coordinates = 0;
  private decidedAgainCount = 0;

  recordEvaluation(seconds: number, coordinates: number): void {
    this.evaluationSeconds.observe(seconds);
    this.coordinates += coordinates;
  }

  /** A request was decided again because the facts it was decided on changed before its answer left. */
  decidedAgain(): void {
    this.decidedAgainCount += 1;
  }

  families(): MetricFamily[] {
    return [
      this.evaluationSeconds.family('csec_policy_evaluation_seconds', 'Time the disclosure policy took to decide each gated request, all its evaluations together.'),
      { name: 'csec_policy_coordinates_total', help: 'Coordinates the policy decided.', type: 'counter', samples: [{ value: this.coordinates }] },
      {
        name: 'csec_gate_decided_again_total',
        help: 'Requests decided again because the disclosure facts changed after they were decided and before their answer left.',
        type: 'counter',
        samples: [{ value: this.decidedAgainCount }],
      },
    ];
  }
}
