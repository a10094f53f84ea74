import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { TypedDocumentString } from './__generated__/graphql';
import { pageFetching } from './page-activity';
import { callBff } from './session';

export interface GatewayError {
  message: string;
  path?: Array<string | number>;
  extensions?: { code?: string };
}

export interface Obligation {
  kind: string;
  code: string;
  text?: string;
  /** The categories of the disclosed values it came with. */
  categories?: string[];
}

/** The gateway's whole answer: values, the reason for each withheld value, obligations and notices. */
export interface GatewayAnswer<TData> {
  data: TData | null;
  errors: GatewayError[];
  obligations: Obligation[];
  notices: string[];
}

interface RawAnswer<TData> {
  data?: TData | null;
  errors?: GatewayError[];
  extensions?: { disclosure?: { obligations?: Obligation[]; notices?: string[] } };
}

export const WITHHELD = 'UNAUTHORIZED_FIELD_OR_TYPE';
export const UNAVAILABLE = 'DOWNSTREAM_SERVICE_ERROR';

/** Sends one typed operation through the backend-for-frontend, which adds the token and purpose of use. */
export async function askGateway<TData, TVariables>(
  document: TypedDocumentString<TData, TVariables>,
  variables: TVariables,
): Promise<GatewayAnswer<TData>> {
  const raw = await callBff<RawAnswer<TData>>('/api/graphql', { method: 'POST', body: { query: document.toString(), variables } });
  return {
    data: raw.data ?? null,
    errors: raw.errors ?? [],
    obligations: raw.extensions?.disclosure?.obligations ?? [],
    notices: raw.extensions?.disclosure?.notices ?? [],
  };
}

export type Loading<TData> = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'done'; answer: GatewayAnswer<TData> };

const LOADING = { state: 'loading' } as const;

/** The answer to a typed operation, asked again whenever `key` (the variables and the purpose they are asked under) changes. */
export function useGatewayQuery<TData, TVariables>(
  document: TypedDocumentString<TData, TVariables>,
  variables: TVariables | null,
  key: string,
): Loading<TData> {
  const [settled, setSettled] = useState<{ key: string; result: Loading<TData> } | null>(null);
  useEffect(() => {
    if (variables === null) return;
    let current = true;
    const fetched = pageFetching();
    askGateway(document, variables)
      .then(
        (answer) => current && setSettled({ key, result: { state: 'done', answer } }),
        (error: unknown) => current && setSettled({ key, result: { state: 'failed', message: (error as Error).message } }),
      )
      .finally(fetched);
    return () => {
      current = false;
      fetched();
    };
    // The key stands for the variables and the purpose the answer was asked under; variables held
    // back (null) are asked for once given.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, variables === null]);
  // An answer to an earlier key is never shown as the answer to this one.
  return settled?.key === key ? settled.result : LOADING;
}

const AnswerContext = createContext<GatewayAnswer<unknown> | null>(null);

export function AnswerProvider({ answer, children }: { answer: GatewayAnswer<unknown>; children: ReactNode }) {
  return <AnswerContext.Provider value={answer}>{children}</AnswerContext.Provider>;
}

function useAnswer(): GatewayAnswer<unknown> {
  const answer = useContext(AnswerContext);
  if (!answer) throw new Error('No gateway answer around this component.');
  return answer;
}

/** The gateway's error exactly at a path, e.g. youth.health.substanceUse. */
export function useErrorAt(path: string, code: string): GatewayError | undefined {
  return useAnswer().errors.find((error) => error.extensions?.code === code && (error.path ?? []).join('.') === path);
}

/** Obligations that came with values of these categories, worded exactly as the gateway sent them. */
export function useObligations(categories: ReadonlySet<string>): Obligation[] {
  return useAnswer().obligations.filter(
    (obligation) => obligation.text && (obligation.categories ?? []).some((category) => categories.has(category)),
  );
}

export function useNotices(): string[] {
  return useAnswer().notices;
}
