import type { IncomingMessage } from 'node:http';
import type { PolicyVocabulary } from '../../../runtime/policy/policy-vocabulary.ts';
import { RequestRejection } from '../../../runtime/requester.ts';

const MAX_REASON_LENGTH = 500;
/** A purpose code as HL7 and the county write them, when no policy says which exist. */
const PURPOSE_CODE = /^[A-Z][A-Z0-9-]{1,39}$/;

export const PURPOSE_HEADER = 'x-purpose-of-use';
export const BREAK_GLASS_REASON_HEADER = 'x-break-glass-reason';

export interface StatedPurpose {
  purposeOfUse: string;
  breakGlassReason: string | null;
}

/**
 * Reads the purpose of use a request states (header, else a `purpose_of_use` token claim) against
 * the purposes of the signed policy bundle in force (policies/csec/purposes), so a purpose the
 * privacy officers add or withdraw counts from the revision that carries it. Break-the-glass
 * purposes also need a reason. Without a policy in force every decision withholds anyway: a
 * well-formed purpose is then taken as stated.
 */
export class PurposeOfUseReader {
  private readonly vocabulary: () => PolicyVocabulary | undefined;

  constructor(vocabulary: () => PolicyVocabulary | undefined) {
    this.vocabulary = vocabulary;
  }

  read(request: IncomingMessage, fromToken: string | undefined): StatedPurpose {
    const header = request.headers[PURPOSE_HEADER];
    const stated = (Array.isArray(header) ? header[0] : header)?.trim() || fromToken;
    const vocabulary = this.vocabulary();
    const known = vocabulary ? vocabulary.purposes.join(', ') : 'a purpose of use code';
    if (!stated) {
      throw new RequestRejection(
        400,
        'PURPOSE_OF_USE_REQUIRED',
        `State why you are asking in the X-Purpose-Of-Use header, one of: ${known}.`,
      );
    }
    if (vocabulary ? !vocabulary.purposes.includes(stated) : !PURPOSE_CODE.test(stated)) {
      throw new RequestRejection(
        400,
        'PURPOSE_OF_USE_UNKNOWN',
        `The purpose of use is not one the county recognizes; use one of: ${known}.`,
      );
    }
    if (!vocabulary?.breakGlass.purposes.includes(stated)) return { purposeOfUse: stated, breakGlassReason: null };
    const rawReason = request.headers[BREAK_GLASS_REASON_HEADER];
    const reason = (Array.isArray(rawReason) ? rawReason[0] : rawReason)?.trim() ?? '';
    if (reason === '' || reason.length > MAX_REASON_LENGTH) {
      throw new RequestRejection(
        400,
        'BREAK_GLASS_REASON_REQUIRED',
        `Breaking the glass (${stated}) needs the emergency stated in the X-Break-Glass-Reason header, in at most ${MAX_REASON_LENGTH} characters.`,
      );
    }
    return { purposeOfUse: stated, breakGlassReason: reason };
  }
}
