import { randomUUID } from 'node:crypto';
import { ageOn } from '../../../runtime/calendar.ts';
import type { ConsentCaptureRefusal, DisclosurePolicy } from '../../../runtime/policy/disclosure-policy.ts';
import type { RelationalStore } from '../../../runtime/relational-store.ts';
import type { Requester } from '../../../runtime/requester.ts';
import type { ConsentInput } from './__generated__/resolvers-types.ts';
import { writeOnce } from './idempotent-writes.ts';
import { CONSENT_COLUMNS, type ConsentRow } from './source.ts';
import { badInput, requireYouth } from './write-input.ts';
import type { WriteAudit } from './write-audit.ts';

const MAX_TEXT_LENGTH = 500;

/**
 * Records a consent or authorization with every element its form requires (42 CFR 2.31(a): the
 * patient, from whom, to whom by name or class, the purpose, what is disclosed, an expiry date or
 * event, the signature and its date, and that the right to revoke was explained), checked against
 * the policy in force: the form's categories, how it may name recipients, who may sign it, and
 * whether that signer may authorize each category at the youth's age. The consent counts from the
 * next request on (its table changes the disclosure facts version, migration 007).
 */
export async function recordConsent(
  store: RelationalStore,
  audit: WriteAudit,
  policy: DisclosurePolicy,
  requester: Requester,
  youthId: string,
  consent: ConsentInput,
  idempotencyKey: string | null | undefined,
  today: string,
): Promise<ConsentRow> {
  const vocabulary = policy.vocabulary;
  const form = vocabulary?.forms[consent.form];
  if (!vocabulary || !form)
    throw badInput('consent.form', 'The sharing policies in force do not know this form, so the consent was not recorded.');
  const disclosingProgram = requiredText(consent.disclosingProgram, 'consent.disclosingProgram');
  const description = requiredText(consent.description, 'consent.description');
  if (consent.categories.length === 0 || consent.categories.some((category) => !form.categories.includes(category))) {
    throw badInput('consent.categories', `This form covers only: ${form.categories.join(', ') || 'no category'}.`);
  }
  if (consent.purposes.length === 0 || consent.purposes.some((purpose) => !vocabulary.purposes.includes(purpose))) {
    throw badInput('consent.purposes', 'Name at least one purpose of use, each one the policies know (policies/csec/purposes).');
  }
  if (consent.recipients.length === 0)
    throw badInput('consent.recipients', 'Name at least one recipient, by name (userId) or by class (role or agency).');
  for (const recipient of consent.recipients) {
    const named = (['userId', 'role', 'agency'] as const).filter((way) => recipient[way] !== null && recipient[way] !== undefined);
    if (named.length !== 1) throw badInput('consent.recipients', 'Each recipient is one person (userId), one role or one agency.');
    if (!form.recipients_by.includes(named[0] as string))
      throw badInput('consent.recipients', `This form names recipients only by ${form.recipients_by.join(' or ')}.`);
  }
  if (!consent.expiresOn && !consent.expiryEvent?.trim())
    throw badInput('consent.expiresOn', 'A consent needs an expiry date or an expiry event.');
  if (consent.expiresOn && consent.expiresOn < consent.signedOn)
    throw badInput('consent.expiresOn', 'A consent cannot expire before it was signed.');
  if (consent.signedOn > today) throw badInput('consent.signedOn', 'A consent cannot be signed in the future.');
  if (!consent.revocationRightExplained)
    throw badInput('consent.revocationRightExplained', 'The signer must be told of the right to revoke (42 CFR 2.31(a)(6)).');

  const { recordId } = await writeOnce(
    store,
    audit,
    { userId: requester.userId, mutation: 'recordConsent', youthId, idempotencyKey, changesFacts: true },
    async (tx) => {
      await requireYouth(tx, youthId);
      const [youth] = await tx.query<{ birthDate: string }>('SELECT birth_date AS "birthDate" FROM youth WHERE youth_id = $1', [youthId]);
      const refusals = policy.consentCaptureRefusals({
        countyDate: today,
        consent: { form: consent.form, signedBy: consent.signedBy, signedOn: consent.signedOn, categories: consent.categories },
        youth: { birthDate: (youth as { birthDate: string }).birthDate },
      });
      if (!refusals)
        throw badInput(
          'consent.signedBy',
          'The sharing policies in force cannot check this signer now, so the consent was not recorded. Try again later.',
        );
      const [refusal] = refusals;
      if (refusal) throw badInput('consent.signedBy', refusalInWords(refusal, consent.signedBy));
      const age = ageOn((youth as { birthDate: string }).birthDate, consent.signedOn);
      const id = `CN-${randomUUID()}`;
      await tx.query(
        `INSERT INTO consent (consent_id, youth_id, form, categories, recipients, purposes, signed_by, signed_on, youth_age_at_signing,
         expires_on, disclosing_program, description, expiry_event, revocation_right_explained, recorded_by_user_id, recorded_at)
       VALUES ($1, $2, $3, $4::jsonb, $5::jsonb, $6::jsonb, $7, $8::date, $9, $10::date, $11, $12, $13, true, $14, now())`,
        [
          id,
          youthId,
          consent.form,
          JSON.stringify(consent.categories),
          JSON.stringify(
            consent.recipients.map((recipient) =>
              Object.fromEntries(Object.entries(recipient).filter(([, value]) => value !== null && value !== undefined)),
            ),
          ),
          JSON.stringify(consent.purposes),
          consent.signedBy,
          consent.signedOn,
          age,
          consent.expiresOn ?? null,
          disclosingProgram,
          description,
          consent.expiryEvent?.trim() || null,
          requester.userId,
        ],
      );
      return id;
    },
  );
  const [row] = await store.query<ConsentRow>(`SELECT ${CONSENT_COLUMNS} FROM consent WHERE consent_id = $1`, [recordId]);
  return row as ConsentRow;
}

/** The policy's refusal, in words for the person recording the consent. */
function refusalInWords(refusal: ConsentCaptureRefusal, signedBy: string): string {
  switch (refusal.reason) {
    case 'SIGNER_NOT_ON_FORM':
      return `This form is signed only by: ${refusal.signers.join(', ')}.`;
    case 'SIGNER_MAY_NOT_AUTHORIZE':
      return signedBy === 'YOUTH'
        ? `The youth could not authorize ${refusal.category} alone on the day signed: the youth signs from ${refusal.youthSigningAge}.`
        : `On the day signed, ${signedBy} could not authorize ${refusal.category}: from ${refusal.youthSigningAge} the youth controls these records and signs, and only while the youth is a minor does anyone else.`;
    case 'FORM_UNKNOWN':
      return 'The sharing policies in force do not know this form.';
  }
}

function requiredText(value: string, field: string): string {
  const text = value.trim();
  if (text.length === 0 || text.length > MAX_TEXT_LENGTH) throw badInput(field, `Required, at most ${MAX_TEXT_LENGTH} characters.`);
  return text;
}
