import type { Resolvers } from './__generated__/resolvers-types.ts';
import { PlansAndAssessments } from './plans-and-assessments.ts';
import { checkedYouthId } from './write-input.ts';

/** Revising the safety plan (versioned) and recording CSE-IT screenings and Stages of Change. */
export const plansAndAssessmentsResolvers = {
  Mutation: {
    reviseSafetyPlan: (_root, { youthId, version, plan }, { source, requester, writeAudit, today }) =>
      new PlansAndAssessments(source.store).reviseSafetyPlan(writeAudit, requester, checkedYouthId(youthId), version, plan, today),
    recordCsecScreening: (_root, { youthId, screening, idempotencyKey }, { source, requester, writeAudit, today }) =>
      new PlansAndAssessments(source.store).recordScreening(
        writeAudit,
        requester,
        checkedYouthId(youthId),
        screening,
        idempotencyKey,
        today,
      ),
    recordStageOfChange: (_root, { youthId, assessment, idempotencyKey }, { source, requester, writeAudit, today }) =>
      new PlansAndAssessments(source.store).recordStageOfChange(
        writeAudit,
        requester,
        checkedYouthId(youthId),
        assessment,
        idempotencyKey,
        today,
      ),
  },
  Youth: {
    safetyPlanHistory: (youth, _args, { loaders }) => loaders.safetyPlanHistory.load(youth.id),
  },
  SafetyPlan: {
    updatedBy: (plan, _args, { loaders }) => (plan.updatedByUserId ? loaders.person.load(plan.updatedByUserId) : null),
  },
  StageOfChangeAssessment: {
    assessedBy: (assessment, _args, { loaders }) => (assessment.assessedByUserId ? loaders.person.load(assessment.assessedByUserId) : null),
  },
} satisfies Resolvers;
