import { readFile } from 'node:fs/promises';
import type { IncomingMessage } from 'node:http';
import { parse as parseYaml } from 'yaml';
import { RequestRejection } from '../../../runtime/requester.ts';

const PURPOSES_PATH = 'policies/csec/purposes/data.yaml';
const BREAK_GLASS_PATH = 'policies/csec/break_glass/data.yaml';
const MAX_REASON_LENGTH = 500;

export const PURPOSE_HEADER = 'x-purpose-of-use';
export const BREAK_GLASS_REASON_HEADER = 'x-break-glass-reason';

export interface StatedPurpose {
  purposeOfUse: string;
  breakGlassReason: string | null;
}

/**
 * Reads the purpose of use a request states (header, else a `purpose_of_use` token claim) against
 * the purposes the privacy officers publish in policies/csec/purposes. Break-the-glass purposes
 * also need a reason.
 */
export class PurposeOfUseReader {
  private readonly purposes: ReadonlySet<string>;
  private readonly breakGlassPurposes: ReadonlySet<string>;

  private constructor(purposes: ReadonlySet<string>, breakGlassPurposes: ReadonlySet<string>) {
    this.purposes = purposes;
    this.breakGlassPurposes = breakGlassPurposes;
  }

  static async fromPolicies(): Promise<PurposeOfUseReader> {
    const purposes = parseYaml(await readFile(PURPOSES_PATH, 'utf8')) as { purposes: Record<string, unknown> };
    const breakGlass = parseYaml(await readFile(BREAK_GLASS_PATH, 'utf8')) as { break_glass: { purposes: string[] } };
    return new PurposeOfUseReader(new Set(Object.keys(purposes.purposes)), new Set(breakGlass.break_glass.purposes));
  }

  read(request: IncomingMessage, fromToken: string | undefined): StatedPurpose {
    const header = request.headers[PURPOSE_HEADER];
    const stated = (Array.isArray(header) ? header[0] : header)?.trim() || fromToken;
    const known = [...this.purposes].join(', ');
    if (!stated) {
      throw new RequestRejection(400, 'PURPOSE_OF_USE_REQUIRED', `State why you are asking in the X-Purpose-Of-Use header, one of: ${known}.`);
    }
    if (!this.purposes.has(stated)) {
      throw new RequestRejection(400, 'PURPOSE_OF_USE_UNKNOWN', `The purpose of use is not one the county recognizes; use one of: ${known}.`);
    }
    if (!this.breakGlassPurposes.has(stated)) return { purposeOfUse: stated, breakGlassReason: null };
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
