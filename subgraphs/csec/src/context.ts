import type { SourceDisclosure } from '../../../runtime/policy/subgraph-enforcement.ts';
import type { Requester } from '../../../runtime/requester.ts';
import type { CsecLoaders } from './loaders.ts';
import type { CsecSource } from './source.ts';
import type { WriteAudit } from './write-audit.ts';

/** What every CSEC program resolver receives for one request. */
export interface CsecContext {
  /** Who is asking, as the gateway vouched for them. */
  requester: Requester;
  loaders: CsecLoaders;
  /** For writes, which never go through a loader's cache. */
  source: CsecSource;
  /** Today's date (YYYY-MM-DD) for this request, so every age in one response agrees. */
  today: string;
  /**
   * The gateway's decisions for this request, the facts they were made on, the classification of a
   * field an explanation asks about, and the policy in force.
   */
  disclosure: SourceDisclosure;
  /** The audit records the gateway sent with a mutation, written in its writes' transactions. */
  writeAudit: WriteAudit;
  /** What child welfare and probation answered for a steering report the request asks for (runtime/steering-facts.ts). */
  steeringFacts: unknown;
}
