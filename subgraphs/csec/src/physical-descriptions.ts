import { randomUUID } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { Queryable, RelationalStore } from '../../../runtime/relational-store.ts';
import type { Requester } from '../../../runtime/requester.ts';
import type { EyeColor, HairColor, PhysicalDescriptionInput } from './__generated__/resolvers-types.ts';
import { writeOnce } from './idempotent-writes.ts';
import { badInput, requireYouth } from './write-input.ts';
import type { WriteAudit } from './write-audit.ts';

/** One version of how to recognise a youth, as the MDT recorded it. */
export interface PhysicalDescriptionRow {
  youthId: string;
  version: number;
  heightInches: number;
  weightPounds: number;
  hairColor: HairColor;
  eyeColor: EyeColor;
  distinguishingMarks: string[];
  recordedOn: string;
  recordedByUserId: string | null;
}

const COLUMNS = `youth_id AS "youthId", version, height_inches AS "heightInches", weight_pounds AS "weightPounds",
  hair_color AS "hairColor", eye_color AS "eyeColor", distinguishing_marks AS "distinguishingMarks",
  recorded_on AS "recordedOn", recorded_by_user_id AS "recordedByUserId"`;

// The bounds of migration 031, checked here first so the refusal names the field.
const HEIGHT_INCHES = { min: 24, max: 96 };
const WEIGHT_POUNDS = { min: 20, max: 500 };
const MAX_MARKS = 20;
const MAX_MARK_LENGTH = 200;

/**
 * The youth's physical description for a missing-person report: every version kept, the highest one
 * current. One transaction per write.
 */
export class PhysicalDescriptions {
  private readonly store: RelationalStore;

  constructor(store: RelationalStore) {
    this.store = store;
  }

  /** The current description of each youth that has one. */
  current(youthIds: readonly string[]): Promise<PhysicalDescriptionRow[]> {
    return this.store.query<PhysicalDescriptionRow>(
      `SELECT DISTINCT ON (youth_id) ${COLUMNS} FROM physical_description
        WHERE youth_id = ANY($1::text[]) ORDER BY youth_id, version DESC`,
      [youthIds],
    );
  }

  /** Every version of each youth's description, newest first. */
  history(youthIds: readonly string[]): Promise<PhysicalDescriptionRow[]> {
    return this.store.query<PhysicalDescriptionRow>(
      `SELECT ${COLUMNS} FROM physical_description WHERE youth_id = ANY($1::text[]) ORDER BY youth_id, version DESC`,
      [youthIds],
    );
  }

  /**
   * Makes `description` the youth's next version, recorded by the requester today, if the current one
   * is still `version` (0 when the youth has none). Retried with the same idempotency key, it answers
   * the version first recorded.
   */
  async record(
    audit: WriteAudit,
    requester: Requester,
    youthId: string,
    version: number,
    description: PhysicalDescriptionInput,
    idempotencyKey: string | null | undefined,
    today: string,
  ): Promise<PhysicalDescriptionRow> {
    const marks = checkedDescription(description);
    const { recordId } = await writeOnce(
      this.store,
      audit,
      { userId: requester.userId, mutation: 'recordPhysicalDescription', youthId, idempotencyKey },
      async (tx) => {
        await lockYouth(tx, youthId);
        const [current] = await tx.query<{ version: number }>(
          'SELECT max(version) AS version FROM physical_description WHERE youth_id = $1',
          [youthId],
        );
        const currentVersion = current?.version ?? 0;
        if (currentVersion !== version) {
          throw new GraphQLError(
            `Someone changed this physical description since you read it (it is at version ${currentVersion}, you sent ${version}). Read it again, then make your change.`,
            {
              extensions: { code: 'BAD_USER_INPUT', argumentName: 'version' },
            },
          );
        }
        const descriptionId = `PD-${randomUUID()}`;
        await tx.query(
          `INSERT INTO physical_description (description_id, youth_id, version, height_inches, weight_pounds, hair_color, eye_color,
           distinguishing_marks, recorded_on, recorded_by_user_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8::text[], $9::date, $10)`,
          [
            descriptionId,
            youthId,
            version + 1,
            description.heightInches,
            description.weightPounds,
            description.hairColor,
            description.eyeColor,
            marks,
            today,
            requester.userId,
          ],
        );
        return descriptionId;
      },
    );
    const [row] = await this.store.query<PhysicalDescriptionRow>(`SELECT ${COLUMNS} FROM physical_description WHERE description_id = $1`, [
      recordId,
    ]);
    return row as PhysicalDescriptionRow;
  }
}

/** The distinguishing marks as they are kept (trimmed), once every field is within its bounds. */
function checkedDescription(description: PhysicalDescriptionInput): string[] {
  const { heightInches, weightPounds } = description;
  if (heightInches < HEIGHT_INCHES.min || heightInches > HEIGHT_INCHES.max) {
    throw badInput('description.heightInches', `Height is ${HEIGHT_INCHES.min} to ${HEIGHT_INCHES.max} inches.`);
  }
  if (weightPounds < WEIGHT_POUNDS.min || weightPounds > WEIGHT_POUNDS.max) {
    throw badInput('description.weightPounds', `Weight is ${WEIGHT_POUNDS.min} to ${WEIGHT_POUNDS.max} pounds.`);
  }
  const marks = description.distinguishingMarks.map((mark) => mark.trim());
  if (marks.length > MAX_MARKS) throw badInput('description.distinguishingMarks', `At most ${MAX_MARKS} marks.`);
  if (marks.some((mark) => mark.length === 0 || mark.length > MAX_MARK_LENGTH)) {
    throw badInput('description.distinguishingMarks', `Each mark is 1 to ${MAX_MARK_LENGTH} characters.`);
  }
  return marks;
}

/**
 * Refuses a write about a youth the program does not know, and makes writes about the same youth wait
 * for each other, so two updates made on the same version cannot both become the next one. NO KEY
 * UPDATE leaves the youth's other records free to be written meanwhile.
 */
async function lockYouth(tx: Queryable, youthId: string): Promise<void> {
  await requireYouth(tx, youthId);
  await tx.query('SELECT 1 FROM youth WHERE youth_id = $1 FOR NO KEY UPDATE', [youthId]);
}
