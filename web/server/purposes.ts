import type { PolicyVocabulary } from '../../runtime/policy/policy-vocabulary.ts';

/** A purpose of use as the person chooses it: the county's code, a plain description and the law that allows it. */
export interface PurposeChoice {
  code: string;
  title: string;
  description: string;
  legalBasis: string;
  breakGlass: boolean;
  /** For a purpose that breaks the glass: what it opens and never opens, in the policy bundle's words. */
  emergencyAccess: { opens: string[]; neverOpens: string } | null;
}

/** The purposes the policy bundle in force accepts, in the privacy officers' words, and which of them break the glass. */
export function purposeChoices(vocabulary: PolicyVocabulary | undefined): PurposeChoice[] {
  if (!vocabulary) return [];
  const emergency = new Set(vocabulary.breakGlass.purposes);
  const emergencyAccess = {
    opens: vocabulary.breakGlass.opens.map((entry) => entry.description),
    neverOpens: vocabulary.breakGlass.never_opens,
  };
  return vocabulary.purposes.map((code) => {
    const details = vocabulary.purposeDetails[code];
    return {
      code,
      title: details?.title ?? code,
      description: details?.description ?? code,
      legalBasis: details?.legalBasis ?? '',
      breakGlass: emergency.has(code),
      emergencyAccess: emergency.has(code) ? emergencyAccess : null,
    };
  });
}
