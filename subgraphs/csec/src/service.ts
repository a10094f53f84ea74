import { AUDIT_RECORDS_PATH, DISCLOSURE_AUDIT_EXTENSION } from '../../../runtime/audit/disclosure-record.ts';
import type { RelationalSubgraphDefinition } from '../../../runtime/relational-subgraph.ts';
import type { CsecContext } from './context.ts';
import { startAuditCheckpoints } from './audit-anchor.ts';
import { answeredOnceHeard } from './announced-writes.ts';
import { auditRecordsRoute } from './disclosure-audit.ts';
import { csecDisclosureFactsRoute } from './disclosure-facts.ts';
import { STAFF_DIRECTORY_PATH } from '../../../runtime/policy/facts-request.ts';
import { staffDirectoryRoute } from './staff-directory.ts';
import { createCsecLoaders } from './loaders.ts';
import { startNoticeScheduler } from './notice-scheduler.ts';
import { noticeChangesRoute } from './notice-changes-feed.ts';
import { NOTICE_CHANGES_PATH } from '../../../runtime/notice-changes.ts';
import { csecResolvers } from './resolvers.ts';
import { CsecSource } from './source.ts';
import { WriteAudit } from './write-audit.ts';
import { countyToday } from '../../../runtime/calendar.ts';
import { STEERING_COHORT_PATH, STEERING_FACTS_EXTENSION } from '../../../runtime/steering-facts.ts';
import { steeringCohortRoute } from './steering/steering-cohort.ts';

export const csecSubgraph: RelationalSubgraphDefinition<CsecContext> = {
  name: 'csec',
  resolvers: { ...csecResolvers, Mutation: answeredOnceHeard(csecResolvers.Mutation ?? {}) },
  createContext: (store) => {
    const source = new CsecSource(store);
    return (requester, disclosure, extensions) => ({
      requester,
      source,
      loaders: createCsecLoaders(source),
      today: countyToday(),
      disclosure,
      writeAudit: new WriteAudit(),
      steeringFacts: extensions[STEERING_FACTS_EXTENSION],
    });
  },
  gatewayRoutes: (store) => ({
    '/disclosure-facts': csecDisclosureFactsRoute(store),
    [STAFF_DIRECTORY_PATH]: staffDirectoryRoute(store),
    [AUDIT_RECORDS_PATH]: auditRecordsRoute(store),
    [NOTICE_CHANGES_PATH]: noticeChangesRoute(store),
    [STEERING_COHORT_PATH]: steeringCohortRoute(store),
  }),
  // The gateway sends a request's audit records with the plan's csec fetch when they fit.
  carriedRoutes: { [DISCLOSURE_AUDIT_EXTENSION]: AUDIT_RECORDS_PATH },
  // A mutation's records are written in its writes' own transactions instead.
  carriedWithWrites: { [DISCLOSURE_AUDIT_EXTENSION]: { take: (context, requester, body) => context.writeAudit.carry(requester, body) } },
  // Signed checkpoints of the audit's chain, kept outside the database, and the notices of reconvening
  // deadlines (docs/configuration.md).
  background: async (store, config) => {
    const checkpoints = await startAuditCheckpoints(store, config);
    const notices = await startNoticeScheduler(store, config);
    return {
      stop: async () => {
        await notices.stop();
        await checkpoints.stop();
      },
    };
  },
};
