import type { SystemConfig } from '../runtime/config.ts';
import { openSubgraphStore } from '../runtime/relational-subgraph.ts';
import { verifyDisclosureChain } from '../subgraphs/csec/src/disclosure-audit.ts';
import { WRITE_NOTE } from './workloads.ts';

/**
 * After a run with concurrent writers, the CSEC program's audit against what was written: every
 * event the write workload recorded must have exactly one audit record of its write, and no record
 * may claim a write that is not there. Read from the csec store once its subgraph has stopped (the
 * embedded store has one process at a time).
 */
export interface WriteAuditCheck {
  /** Triggering events the write workload recorded (warm-ups, checks and measured runs). */
  eventsWritten: number;
  /** Decisions in the chain saying a triggering event was written (DISCLOSED Mutation.recordTriggeringEvent). */
  writeRecords: number;
  /** Requests with more than one such decision: a write recorded twice. */
  duplicated: number;
  /** Events without a record (events − records, when positive). */
  lost: number;
  /** Records without an event (records − events, when positive). */
  unbacked: number;
  chainIntact: boolean;
  recordsChecked: number;
}

export async function checkWriteAudit(config: SystemConfig): Promise<WriteAuditCheck> {
  const store = await openSubgraphStore({ name: 'csec' }, config, 'owner');
  try {
    const [events] = await store.query<{ count: string }>('SELECT count(*)::text AS count FROM triggering_event WHERE note = $1', [
      WRITE_NOTE,
    ]);
    const [records] = await store.query<{ total: string; duplicated: string }>(
      `SELECT count(*)::text AS total, (count(*) - count(DISTINCT r.request_id || ' ' || y.youth_id))::text AS duplicated
         FROM disclosure_record r
         CROSS JOIN LATERAL jsonb_array_elements(r.decisions) AS d(decision)
         CROSS JOIN LATERAL jsonb_array_elements_text(d.decision->'youthIds') AS y(youth_id)
        WHERE d.decision->'fields' ? 'Mutation.recordTriggeringEvent' AND d.decision->>'outcome' = 'DISCLOSED'`,
    );
    const chain = await verifyDisclosureChain(store);
    const eventsWritten = Number(events?.count ?? 0);
    const writeRecords = Number(records?.total ?? 0);
    return {
      eventsWritten,
      writeRecords,
      duplicated: Number(records?.duplicated ?? 0),
      lost: Math.max(0, eventsWritten - writeRecords),
      unbacked: Math.max(0, writeRecords - eventsWritten),
      chainIntact: chain.intact,
      recordsChecked: chain.recordsChecked,
    };
  } finally {
    await store.close();
  }
}
