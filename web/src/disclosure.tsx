import type { ReactNode } from 'react';
import { FRAGMENT_CATEGORIES, YOUTH_PATH_CATEGORIES } from './__generated__/youth-path-categories';
import { UNAVAILABLE, WITHHELD, useErrorAt, useNotices, useObligations } from './gateway-answer';

/** The gateway withheld this value: show its reason, word for word. */
export function WithheldMarker({ reason }: { reason: string }) {
  return (
    <span className="withheld" data-withheld="true">
      <span className="withheld-label">Withheld</span> <span className="withheld-reason">{reason}</span>
    </span>
  );
}

/** One labelled value: the value, the gateway's reason it was withheld, or that nothing is recorded. */
export function Field({ label, path, children }: { label: string; path: string; children: ReactNode }) {
  const withheld = useErrorAt(path, WITHHELD);
  const empty = children === null || children === undefined || children === '';
  return (
    <div className="field" data-path={path}>
      <dt>{label}</dt>
      <dd>{withheld ? <WithheldMarker reason={withheld.message} /> : empty ? <span className="muted">Not recorded</span> : children}</dd>
    </div>
  );
}

/**
 * The state of a part of the profile: withheld (with the reason), not fetched because a system did
 * not answer, or shown. Returns the children only when there is something to show.
 */
export function PartState({
  path,
  hasValue,
  emptyText,
  children,
}: {
  path: string;
  hasValue: boolean;
  emptyText: string;
  children: ReactNode;
}) {
  const withheld = useErrorAt(path, WITHHELD);
  const unavailable = useErrorAt(path, UNAVAILABLE);
  if (unavailable) {
    return (
      <p className="unavailable" role="status" data-unavailable="true" data-path={path}>
        <strong>Could not be fetched.</strong> {unavailable.message}
      </p>
    );
  }
  if (withheld)
    return (
      <p data-path={path}>
        <WithheldMarker reason={withheld.message} />
      </p>
    );
  if (!hasValue) return <p className="muted">{emptyText}</p>;
  return <>{children}</>;
}

/**
 * Notices the gateway attached to what it disclosed (42 CFR 2.32, no redisclosure), worded exactly
 * as sent: those that came with the categories of the fields a fragment on the youth selects, or of
 * the fields under these paths from the youth.
 */
export function ObligationNotices({ fragment, youthFields = [] }: { fragment?: string; youthFields?: readonly string[] }) {
  const categories = [
    ...(fragment ? (FRAGMENT_CATEGORIES[fragment] ?? []) : []),
    ...youthFields.flatMap((path) => YOUTH_PATH_CATEGORIES[path] ?? []),
  ];
  const obligations = useObligations(new Set(categories));
  if (obligations.length === 0) return null;
  return (
    <div className="obligations">
      {obligations.map((obligation) => (
        <p key={obligation.code} className={`obligation obligation-${obligation.kind.toLowerCase()}`} data-obligation={obligation.code}>
          <strong>{obligation.kind === 'NOTICE' ? 'Notice' : 'Do not share further'}:</strong> {obligation.text}
        </p>
      ))}
    </div>
  );
}

/** The gateway's notices about list items it left out. */
export function ListNotices() {
  const notices = useNotices();
  if (notices.length === 0) return null;
  return (
    <div className="notices" aria-label="About what is shown">
      {notices.map((notice) => (
        <p key={notice} className="notice" data-notice="true">
          {notice}
        </p>
      ))}
    </div>
  );
}

/** A section of the profile, with the notices that came with the fields its `fragment` selects. */
export function Section({ id, title, fragment, children }: { id: string; title: string; fragment?: string; children: ReactNode }) {
  return (
    <section className="profile-section" aria-labelledby={`${id}-heading`} id={id}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {fragment ? <ObligationNotices fragment={fragment} /> : null}
      {children}
    </section>
  );
}
