import { readFile } from 'node:fs/promises';
import { parse as parseYaml } from 'yaml';

/** A purpose of use as the person chooses it: the county's code, a plain description and the law that allows it. */
export interface PurposeChoice {
  code: string;
  title: string;
  description: string;
  legalBasis: string;
  breakGlass: boolean;
}

/** What each purpose means for the person choosing it; the codes and law come from the policies. */
const PLAIN_DESCRIPTIONS: Record<string, string> = {
  'CSEC-MDT': 'Preparing for or taking part in the youth\'s MDT: coordinating the team\'s work.',
  COC: 'Coordinating the youth\'s care with the other people who provide it.',
  CAREMGT: 'Managing the youth\'s care: planning and arranging services.',
  TREAT: 'Treating the youth yourself.',
  'JUV-SUPERVISION': 'Supervising the youth on probation.',
  'CSEC-EDUCATION': 'Addressing the youth\'s education needs.',
  HLEGAL: 'Preparing for or taking part in a court proceeding about the youth.',
  PUBHLTH: 'Public health work, such as following up on a communicable disease.',
  HOPERAT: 'Oversight of the program: privacy reviews, audits, accounting of disclosures.',
  ETREAT: 'Emergency: the youth needs urgent treatment now. Opens a minimal set of records for one hour and is reviewed.',
  BTG: 'Emergency: break the glass, for example the youth is missing and at risk. Opens a minimal set of records for one hour and is reviewed.',
};

/** The purposes the privacy officers publish (policies/csec/purposes) and which of them break the glass. */
export async function loadPurposes(root = '.'): Promise<PurposeChoice[]> {
  const purposes = parseYaml(await readFile(`${root}/policies/csec/purposes/data.yaml`, 'utf8')) as {
    purposes: Record<string, { title: string; legal_basis: string }>;
  };
  const breakGlass = parseYaml(await readFile(`${root}/policies/csec/break_glass/data.yaml`, 'utf8')) as { break_glass: { purposes: string[] } };
  const emergency = new Set(breakGlass.break_glass.purposes);
  return Object.entries(purposes.purposes).map(([code, purpose]) => ({
    code,
    title: purpose.title,
    description: PLAIN_DESCRIPTIONS[code] ?? purpose.title,
    legalBasis: purpose.legal_basis,
    breakGlass: emergency.has(code),
  }));
}
