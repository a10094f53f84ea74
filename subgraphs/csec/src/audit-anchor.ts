import { AuditCheckpointer, checkpointSigner } from '../../../runtime/audit/audit-checkpoints.ts';
import type { SystemConfig } from '../../../runtime/config.ts';
import { createLogger } from '../../../runtime/logger.ts';
import type { RelationalStore } from '../../../runtime/relational-store.ts';
import { headToAnchor } from './disclosure-audit.ts';

/**
 * Anchors the audit of this store: a signed checkpoint of its chain at start, every
 * CSEC_AUDIT_CHECKPOINT_SECONDS while it grows, and at shutdown. Refuses to start without the key.
 */
export async function startAuditCheckpoints(store: RelationalStore, config: SystemConfig): Promise<{ stop: () => Promise<void> }> {
  const checkpointer = new AuditCheckpointer({
    head: () => headToAnchor(store),
    sign: await checkpointSigner(config.audit.checkpointKeyPath),
    path: config.audit.checkpointsPath,
    intervalMs: config.audit.checkpointIntervalMs,
    logger: createLogger('csec-audit-checkpoints'),
  });
  await checkpointer.start();
  return { stop: () => checkpointer.stop() };
}
