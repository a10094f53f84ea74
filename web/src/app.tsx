import { Suspense, useCallback, useEffect, useState } from 'react';
import { Button, Link, RouterProvider } from 'react-aria-components';
import { formatTime, plain } from './format';
import { lazyPage } from './lazy-page';
import { NoticesBadge } from './notices';
import { PageCodeLoading } from './page-activity';
import { CaseloadPage } from './pages/caseload-page';
import { PurposeChooser } from './purpose-chooser';
import { usePath } from './router';
import {
  choosePurpose,
  loadSession,
  onSessionProblem,
  PurposeRequired,
  SignInRequired,
  signInUrl,
  signOut,
  type SessionView,
} from './session';
import { SessionEndedDialog, SignedInWindow, SIGNED_IN_PATH } from './session-ended-dialog';

// The caseload is where everyone lands; every other page is its own chunk, loaded when first
// opened, so the first page does not wait for the code of pages most people never open.
const profile = lazyPage(() => import('./pages/profile-page').then((module) => module.ProfilePage));
const accounting = lazyPage(() => import('./pages/accounting-page').then((module) => module.AccountingPage));
const explanation = lazyPage(() => import('./pages/explanation-page').then((module) => module.ExplanationPage));
const accessMatrix = lazyPage(() => import('./pages/access-matrix-page').then((module) => module.AccessMatrixPage));
const steeringReport = lazyPage(() => import('./pages/steering-report-page').then((module) => module.SteeringReportPage));

const YOUTH_PATH = /^\/youth\/([^/?]+)/;
const ACCOUNTING_PATH = /^\/privacy\/accounting(?:\?youth=([^&]+))?/;
const EXPLANATION_PATH = /^\/privacy\/explain/;
const ACCESS_MATRIX_PATH = /^\/privacy\/access-matrix/;
const STEERING_REPORT_PATH = /^\/steering\/report/;

// The page a link or a reload opened starts loading its code now, beside the session, rather than
// once the session has been read; a failure here is met again, and shown, when the page renders.
const PAGE_CODE: ReadonlyArray<readonly [RegExp, { preload: () => Promise<unknown> }]> = [
  [YOUTH_PATH, profile],
  [ACCOUNTING_PATH, accounting],
  [EXPLANATION_PATH, explanation],
  [ACCESS_MATRIX_PATH, accessMatrix],
  [STEERING_REPORT_PATH, steeringReport],
];
const openedPath = window.location.pathname + window.location.search;
PAGE_CODE.find(([pattern]) => pattern.test(openedPath))?.[1]
  .preload()
  .catch(() => undefined);

type AppState =
  | { kind: 'loading' }
  | { kind: 'signed-out'; expired: boolean; message: string }
  | { kind: 'failed'; message: string }
  | { kind: 'signed-in'; session: SessionView; ended?: string };

export function App() {
  const [path, navigate] = usePath();
  const [state, setState] = useState<AppState>({ kind: 'loading' });
  const [choosing, setChoosing] = useState(false);

  useEffect(() => {
    loadSession().then(
      (session) => setState({ kind: 'signed-in', session }),
      (error: unknown) =>
        setState(
          error instanceof SignInRequired
            ? { kind: 'signed-out', expired: error.expired, message: error.message }
            : { kind: 'failed', message: (error as Error).message },
        ),
    );
    return onSessionProblem((problem) => {
      if (problem instanceof SignInRequired) {
        // Mid-work, the page stays as it is and asks for a new sign-in over it.
        setState((current) =>
          current.kind === 'signed-in'
            ? { ...current, ended: problem.message }
            : { kind: 'signed-out', expired: problem.expired, message: problem.message },
        );
      }
      if (problem instanceof PurposeRequired) {
        // Emergency access ended, or the purpose was never chosen: ask again.
        loadSession().then(
          (session) => setState({ kind: 'signed-in', session }),
          () => undefined,
        );
      }
    });
  }, []);

  /** Signed in again from the dialog: the same purpose carries on, unless it was emergency access. */
  const resume = useCallback(() => {
    const previous = state.kind === 'signed-in' ? state.session : undefined;
    void (async () => {
      let session = await loadSession();
      if (previous?.purpose && !previous.purpose.breakGlass && !session.purpose) session = await choosePurpose(previous.purpose.code);
      setState({ kind: 'signed-in', session });
    })().catch((error: unknown) => setState({ kind: 'failed', message: (error as Error).message }));
  }, [state]);

  if (path === SIGNED_IN_PATH) return <SignedInWindow />;
  if (path === '/signed-out') {
    return (
      <main id="main" className="narrow">
        <h1>You are signed out</h1>
        <p>
          <a href={signInUrl('/')}>Sign in again</a>
        </p>
      </main>
    );
  }
  if (state.kind === 'loading')
    return (
      <main id="main">
        <p role="status">Loading…</p>
      </main>
    );
  if (state.kind === 'failed')
    return (
      <main id="main">
        <h1>Something went wrong</h1>
        <p role="alert">{state.message}</p>
      </main>
    );
  if (state.kind === 'signed-out') {
    return (
      <main id="main" className="narrow">
        <h1>CSEC MDT youth profiles</h1>
        {state.expired && (
          <p role="alert" className="session-ended">
            {state.message}
          </p>
        )}
        <p>Sign in with your county account to see the youth on your MDTs.</p>
        <p>
          <a className="button primary" href={signInUrl()}>
            Sign in
          </a>
        </p>
      </main>
    );
  }

  const { session } = state;
  const update = (next: SessionView) => {
    setState({ kind: 'signed-in', session: next });
    setChoosing(false);
  };
  const purposeKey = `${session.purpose?.code ?? ''}|${session.breakGlass?.expiresAt ?? ''}`;
  const youthMatch = YOUTH_PATH.exec(path);
  const accountingMatch = ACCOUNTING_PATH.exec(path);

  let page;
  if (!session.purpose || choosing) {
    page = <PurposeChooser session={session} onChosen={update} {...(session.purpose ? { onCancel: () => setChoosing(false) } : {})} />;
  } else if (youthMatch) {
    page = <profile.Page youthId={decodeURIComponent(youthMatch[1] ?? '')} purposeKey={purposeKey} />;
  } else if (accountingMatch) {
    page = <accounting.Page initialYouthId={decodeURIComponent(accountingMatch[1] ?? '')} />;
  } else if (EXPLANATION_PATH.test(path)) {
    page = <explanation.Page />;
  } else if (ACCESS_MATRIX_PATH.test(path)) {
    page = <accessMatrix.Page purposeKey={purposeKey} />;
  } else if (STEERING_REPORT_PATH.test(path)) {
    page = <steeringReport.Page purposeKey={purposeKey} />;
  } else {
    page = <CaseloadPage purposeKey={purposeKey} />;
  }

  return (
    <RouterProvider navigate={navigate}>
      <a href="#main" className="skip-link">
        Skip to content
      </a>
      <header className="app-header">
        <div className="brand">CSEC MDT youth profiles</div>
        <nav aria-label="Main">
          <Link href="/">Caseload</Link>
          <Link href="/privacy/accounting">Accounting of disclosures</Link>
          <Link href="/privacy/explain">Explain a decision</Link>
          {/* Only a hint: the gateway decides who reads the matrix, and the page shows its refusal. */}
          {session.user.roles.includes('PRIVACY_OFFICER') && <Link href="/privacy/access-matrix">Access matrix</Link>}
          {session.user.roles.includes('STEERING_COMMITTEE_MEMBER') && <Link href="/steering/report">Steering committee report</Link>}
        </nav>
        <div className="who">
          {session.purpose && !choosing && <NoticesBadge purposeKey={purposeKey} />}
          <span>
            {session.user.name} ({session.user.roles.map((role) => plain(role)?.toLowerCase()).join(', ')})
          </span>
          <Button className="button small" onPress={() => void signOut()}>
            Sign out
          </Button>
        </div>
      </header>
      {session.purpose && (
        <div className="purpose-bar" role="region" aria-label="Your purpose of use">
          <span>
            Purpose: <strong>{session.purpose.title}</strong> <span className="muted">({session.purpose.legalBasis})</span>
          </span>
          {!choosing && (
            <Button className="button small" onPress={() => setChoosing(true)}>
              Change purpose
            </Button>
          )}
        </div>
      )}
      {session.breakGlass && (
        <div className="break-glass-banner" role="region" aria-label="Emergency access">
          <strong>Emergency access is on until {formatTime(session.breakGlass.expiresAt)}.</strong> Reason: {session.breakGlass.reason}.
          Every record you open is flagged for review.
          <Button className="button small" onPress={() => setChoosing(true)}>
            End emergency access
          </Button>
        </div>
      )}
      <Suspense
        fallback={
          <PageCodeLoading>
            <main id="main">
              <p role="status">Loading…</p>
            </main>
          </PageCodeLoading>
        }
      >
        {page}
      </Suspense>
      {state.ended && <SessionEndedDialog message={state.ended} onSignedIn={resume} />}
    </RouterProvider>
  );
}
