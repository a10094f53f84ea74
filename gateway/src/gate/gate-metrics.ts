import { Counter, Histogram, type Registry } from 'prom-client';
import type { Lap } from '../../../runtime/core-waits.ts';

/**
 * Bounds of the evaluation time histograms, in seconds: fine below the 1 ms budget of a profile
 * request, so their p99 can be read against the budget.
 */
const EVALUATION_SECONDS_BOUNDS = [0.0001, 0.00025, 0.0005, 0.00075, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1];

/** What the disclosure gate has cost so far, for the gateway's `/metrics`. */
export class GateMetrics {
  private readonly evaluationSeconds: Histogram;
  private readonly evaluationOnCoreSeconds: Histogram;
  private readonly coordinates: Counter;
  private readonly decidedAgainCount: Counter;
  private readonly factsAnswers: Counter<'subgraph' | 'answer'>;

  constructor(registry: Registry) {
    const registers = [registry];
    this.evaluationSeconds = new Histogram({
      name: 'csec_policy_evaluation_seconds',
      help: 'Time the disclosure policy took to decide each gated request, all its evaluations together, on the wall clock.',
      buckets: EVALUATION_SECONDS_BOUNDS,
      registers,
    });
    // On a machine with more runnable threads than cores, the wall clock also counts the moments
    // the scheduler gave the core to another process; this one is the policy's own time.
    this.evaluationOnCoreSeconds = new Histogram({
      name: 'csec_policy_evaluation_on_core_seconds',
      help:
        'The same time less the moments the gateway thread waited for a core meanwhile (Linux scheduler statistics); ' +
        'observed only where the kernel counts them.',
      buckets: EVALUATION_SECONDS_BOUNDS,
      registers,
    });
    this.coordinates = new Counter({ name: 'csec_policy_coordinates_total', help: 'Coordinates the policy decided.', registers });
    this.factsAnswers = new Counter({
      name: 'csec_gate_facts_answers_total',
      help: 'Disclosure facts answers the gate used, by subgraph: remembered from an earlier request, or asked.',
      labelNames: ['subgraph', 'answer'],
      registers,
    });
    this.decidedAgainCount = new Counter({
      name: 'csec_gate_decided_again_total',
      help: 'Requests decided again because the disclosure facts changed after they were decided and before their answer left.',
      registers,
    });
  }

  recordEvaluation(time: Lap, coordinates: number): void {
    this.evaluationSeconds.observe(time.seconds);
    if (time.coreWaitSeconds !== undefined) this.evaluationOnCoreSeconds.observe(time.seconds - time.coreWaitSeconds);
    this.coordinates.inc(coordinates);
  }

  /** The gate used a disclosure facts answer of `subgraph`, remembered or asked afresh. */
  factsAnswered(subgraph: string, remembered: boolean): void {
    this.factsAnswers.inc({ subgraph, answer: remembered ? 'remembered' : 'asked' });
  }

  /** A request was decided again because the facts it was decided on changed before its answer left. */
  decidedAgain(): void {
    this.decidedAgainCount.inc();
  }
}
