import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { RelationalStore } from '../../../runtime/relational-store.ts';
import type { Requester } from '../../../runtime/requester.ts';
import type { CsecScreeningInput, SafetyPlanInput, StageOfChangeInput } from './__generated__/resolvers-types.ts';
import { writeOnce } from './idempotent-writes.ts';
import { badInput, requireYouth } from './write-input.ts';
import type { WriteAudit } from './write-audit.ts';
import { SAFETY_PLAN_COLUMNS, type SafetyPlanRow, type ScreeningRow, type StageOfChangeRow } from './source.ts';

const MAX_PLAN_LENGTH = 4_000;

/**
 * The youth's safety plan, versioned, and the dated assessments the MDT records (CSE-IT screenings,
 * Stages of Change), each by the person who made it. One transaction per write.
 */
export class PlansAndAssessments {
  private readonly store: RelationalStore;

  constructor(store: RelationalStore) {
    this.store = store;
  }

  /**
   * Makes `plan` the youth's next safety plan version, if the current one is still `version` (0 when
   * the youth has none yet). The version it replaces stays in the history.
   */
  async reviseSafetyPlan(
    audit: WriteAudit,
    requester: Requester,
    youthId: string,
    version: number,
    plan: SafetyPlanInput,
    today: string,
  ): Promise<SafetyPlanRow> {
    const summary = plan.summary.trim();
    if (summary.length === 0 || summary.length > MAX_PLAN_LENGTH)
      throw badInput('plan.summary', `The plan is 1 to ${MAX_PLAN_LENGTH} characters.`);
    return audit.transaction(this.store, { mutation: 'reviseSafetyPlan', youthId, changesFacts: true }, async (tx) => {
      await requireYouth(tx, youthId);
      const [current] = await tx.query<{ version: number }>('SELECT version FROM safety_plan WHERE youth_id = $1 FOR UPDATE', [youthId]);
      const currentVersion = current?.version ?? 0;
      if (currentVersion !== version) {
        throw new GraphQLError(
          `Someone changed this safety plan since you read it (it is at version ${currentVersion}, you sent ${version}). Read it again, then make your change.`,
          {
            extensions: { code: 'BAD_USER_INPUT', argumentName: 'version' },
          },
        );
      }
      // The version being replaced is kept (a seeded plan has no history row yet).
      await tx.query(
        `INSERT INTO safety_plan_version (youth_id, version, updated_on, summary, exploiter_is_threat, updated_by_user_id)
         SELECT youth_id, version, updated_on, summary, exploiter_is_threat, updated_by_user_id FROM safety_plan WHERE youth_id = $1
         ON CONFLICT (youth_id, version) DO NOTHING`,
        [youthId],
      );
      const values = [youthId, version + 1, today, summary, plan.exploiterIsThreat, requester.userId];
      await tx.query(
        `INSERT INTO safety_plan_version (youth_id, version, updated_on, summary, exploiter_is_threat, updated_by_user_id)
         VALUES ($1, $2, $3::date, $4, $5, $6)`,
        values,
      );
      const [revised] = await tx.query<SafetyPlanRow>(
        `INSERT INTO safety_plan (youth_id, version, updated_on, summary, exploiter_is_threat, updated_by_user_id)
         VALUES ($1, $2, $3::date, $4, $5, $6)
         ON CONFLICT (youth_id) DO UPDATE SET version = excluded.version, updated_on = excluded.updated_on, summary = excluded.summary,
           exploiter_is_threat = excluded.exploiter_is_threat, updated_by_user_id = excluded.updated_by_user_id
         RETURNING ${SAFETY_PLAN_COLUMNS}`,
        values,
      );
      return revised as SafetyPlanRow;
    });
  }

  /** Every version of the youth's safety plan, newest first (the current one included). */
  async safetyPlanHistory(youthIds: readonly string[]): Promise<SafetyPlanRow[]> {
    return this.store.query<SafetyPlanRow>(
      `SELECT ${SAFETY_PLAN_COLUMNS} FROM safety_plan_version WHERE youth_id = ANY($1::text[])
       UNION SELECT ${SAFETY_PLAN_COLUMNS} FROM safety_plan current WHERE youth_id = ANY($1::text[])
         AND NOT EXISTS (SELECT 1 FROM safety_plan_version kept WHERE kept.youth_id = current.youth_id AND kept.version = current.version)
       ORDER BY "youthId", version DESC`,
      [youthIds],
    );
  }

  async recordScreening(
    audit: WriteAudit,
    requester: Requester,
    youthId: string,
    screening: CsecScreeningInput,
    idempotencyKey: string | null | undefined,
    today: string,
  ): Promise<ScreeningRow> {
    if (screening.screenedOn > today) throw badInput('screening.screenedOn', 'A screening cannot be dated in the future.');
    const { recordId: id } = await writeOnce(
      this.store,
      audit,
      { userId: requester.userId, mutation: 'recordCsecScreening', youthId, idempotencyKey },
      async (tx) => {
        await requireYouth(tx, youthId);
        const screeningId = `SCR-${randomUUID()}`;
        await tx.query(
          `INSERT INTO screening (screening_id, youth_id, tool, screened_on, screener_user_id, level_of_concern) VALUES ($1, $2, $3, $4::date, $5, $6)`,
          [screeningId, youthId, screening.tool, screening.screenedOn, requester.userId, screening.levelOfConcern],
        );
        return screeningId;
      },
    );
    const [row] = await this.store.query<ScreeningRow>(
      `SELECT screening_id AS id, youth_id AS "youthId", tool, screened_on AS "screenedOn", screener_user_id AS "screenerUserId",
              level_of_concern AS "levelOfConcern" FROM screening WHERE screening_id = $1`,
      [id],
    );
    return row as ScreeningRow;
  }

  async recordStageOfChange(
    audit: WriteAudit,
    requester: Requester,
    youthId: string,
    assessment: StageOfChangeInput,
    idempotencyKey: string | null | undefined,
    today: string,
  ): Promise<StageOfChangeRow> {
    if (assessment.assessedOn > today) throw badInput('assessment.assessedOn', 'An assessment cannot be dated in the future.');
    const { recordId: id } = await writeOnce(
      this.store,
      audit,
      { userId: requester.userId, mutation: 'recordStageOfChange', youthId, idempotencyKey },
      async (tx) => {
        await requireYouth(tx, youthId);
        const assessmentId = `SOC-${randomUUID()}`;
        await tx.query(
          `INSERT INTO stage_of_change (assessment_id, youth_id, stage, assessed_on, assessed_by_user_id, recorded_at) VALUES ($1, $2, $3, $4::date, $5, now())`,
          [assessmentId, youthId, assessment.stage, assessment.assessedOn, requester.userId],
        );
        return assessmentId;
      },
    );
    const [row] = await this.store.query<StageOfChangeRow>(
      `SELECT youth_id AS "youthId", stage, assessed_on AS "assessedOn", assessed_by_user_id AS "assessedByUserId" FROM stage_of_change WHERE assessment_id = $1`,
      [id],
    );
    return row as StageOfChangeRow;
  }
}
