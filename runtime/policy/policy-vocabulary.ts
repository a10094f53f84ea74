/**
 * The words of the disclosure policy as its data files define them (policies/csec/<concern>/data.yaml,
 * compiled into the bundle's data.json under `csec`): roles, categories, purposes, consent forms,
 * agreement clauses and break-the-glass. The privacy officer's toolkit builds its evaluation space
 * and the services check the purposes of use with them; why a decision is made comes from the policy
 * itself (`DisclosurePolicy.explain`), never from these.
 */

export interface CategoryInfo {
  title: string;
  confidentiality: string;
  sensitivity: string[];
  legal_basis: string;
}

export interface ConsentForm {
  title: string;
  legal_basis: string;
  categories: string[];
  signers: string[];
  recipients_by: string[];
}

export interface AgreementClause {
  id: string;
  text?: string;
  categories: string[];
  roles: string[];
  agencies?: string[];
  purposes: string[];
  conditions: string[];
  legal_basis: string;
  very_restricted?: boolean;
  obligations?: string[];
}

export interface PolicyVocabulary {
  roles: string[];
  roleTitles: Record<string, string>;
  categories: Record<string, CategoryInfo>;
  purposes: string[];
  purposeTitles: Record<string, string>;
  /** What each purpose means, in plain words for the person choosing it, and the law that allows it. */
  purposeDetails: Record<string, { title: string; description: string; legalBasis: string }>;
  forms: Record<string, ConsentForm>;
  minorConsent: Record<string, { min_age: number; legal_basis: string }>;
  adultAge: number;
  clauses: AgreementClause[];
  /** The emergency set: the fields each entry opens, under which conditions (policies/csec/break_glass). */
  breakGlass: {
    purposes: string[];
    roles: string[];
    /** Each entry says what it opens in plain words (`description`), for the person breaking the glass. */
    opens: Array<{ id: string; description: string; fields: string[]; conditions?: string[]; legal_basis: string }>;
    /** What emergency access never opens, in plain words. */
    never_opens: string;
  };
  /**
   * The categories that make up a youth's juvenile case file (policies/csec/court_orders), which a
   * W&IC 827 order can open; none for a revision without that concern.
   */
  caseFileCategories: string[];
}

/** The data files the vocabulary is read from, by concern (the folder under policies/csec/). */
const VOCABULARY_CONCERNS = ['roles', 'categories', 'purposes', 'consent', 'agreements', 'break_glass'] as const;

type PolicyData = Record<(typeof VOCABULARY_CONCERNS)[number], Record<string, unknown>> & {
  court_orders?: { court_orders?: { case_file_categories?: unknown } };
};

/** The vocabulary of the policy data, keyed by concern as in data.json's `csec` document. */
function policyVocabularyFrom(data: PolicyData): PolicyVocabulary {
  const roleEntries = data.roles['roles'] as Record<string, { title?: string }>;
  const purposeEntries = data.purposes['purposes'] as Record<string, { title?: string; description?: string; legal_basis?: string }>;
  const consent = data.consent['consent'] as {
    adult_age: number;
    minor_consent: PolicyVocabulary['minorConsent'];
    forms: Record<string, ConsentForm>;
  };
  const agreements = data.agreements['agreements'] as Array<{ clauses: AgreementClause[] }>;
  return {
    roles: Object.keys(roleEntries),
    roleTitles: Object.fromEntries(Object.entries(roleEntries).map(([role, entry]) => [role, entry.title ?? role])),
    categories: data.categories['categories'] as Record<string, CategoryInfo>,
    purposes: Object.keys(purposeEntries),
    purposeTitles: Object.fromEntries(Object.entries(purposeEntries).map(([code, entry]) => [code, entry.title ?? code])),
    purposeDetails: Object.fromEntries(
      Object.entries(purposeEntries).map(([code, entry]) => [
        code,
        { title: entry.title ?? code, description: entry.description ?? entry.title ?? code, legalBasis: entry.legal_basis ?? '' },
      ]),
    ),
    forms: consent.forms,
    minorConsent: consent.minor_consent,
    adultAge: consent.adult_age,
    clauses: agreements.flatMap((agreement) => agreement.clauses),
    breakGlass: data.break_glass['break_glass'] as PolicyVocabulary['breakGlass'],
    caseFileCategories: caseFileCategoriesOf(data),
  };
}

function caseFileCategoriesOf(data: PolicyData): string[] {
  const categories = data.court_orders?.court_orders?.case_file_categories;
  return Array.isArray(categories) ? categories.filter((category): category is string => typeof category === 'string') : [];
}

/** The vocabulary of a bundle's data.json, or undefined when it lacks one of the concerns. */
export function policyVocabularyFromBundleData(document: unknown): PolicyVocabulary | undefined {
  const csec = (document as { csec?: Record<string, unknown> } | null)?.csec;
  if (!csec || !VOCABULARY_CONCERNS.every((concern) => typeof csec[concern] === 'object' && csec[concern] !== null)) return undefined;
  try {
    return policyVocabularyFrom(csec as PolicyData);
  } catch {
    return undefined;
  }
}
