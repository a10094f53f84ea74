import { createClient } from 'graphql-sse';
import { useEffect, useState } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Link, Popover } from 'react-aria-components';
import { graphql } from './__generated__';
import type { MyNoticesQuery } from './__generated__/graphql';
import { formatDateTime, fullName } from './format';
import { useGatewayQuery } from './gateway-answer';
import { usePageSettled } from './page-activity';
import { csrfHeaders } from './session';

const MyNoticesQuery = graphql(`
  query MyNotices {
    caseload {
      id
      name {
        givenName
        familyName
        preferredName
      }
      notices {
        id
        kind
        givenAt
        dueAt
      }
    }
  }
`);

/** A notice as the gateway answered it, with the youth it is about. */
type ShownNotice = NonNullable<MyNoticesQuery['caseload'][number]['notices']>[number] & { youthId: string; youthName: string };

const HEADLINES: Record<string, string> = {
  NEW_EVENT: 'The team must meet',
  DEADLINE_APPROACHING: 'A meeting is due soon',
  DEADLINE_PASSED: 'A meeting is overdue',
};

/**
 * The member's notices from every youth of their caseload, newest first. A youth whose notices the
 * gateway withheld has none listed: the member may not know of its events, so is not told of them.
 */
function noticesIn(data: MyNoticesQuery | null): ShownNotice[] {
  return (data?.caseload ?? [])
    .flatMap((youth) => (youth.notices ?? []).map((notice) => ({ ...notice, youthId: youth.id, youthName: fullName(youth.name) })))
    .toSorted((a, b) => (b.givenAt ?? '').localeCompare(a.givenAt ?? ''));
}

/**
 * How many times the gateway's push channel said the member's notices changed since the page opened
 * (GraphQL over server-sent events, through the backend-for-frontend). The event says nothing else:
 * the notices are read again through the gated query. A broken connection is opened again.
 */
function useNoticesChanged(purposeKey: string, listening: boolean): number {
  const [changes, setChanges] = useState(0);
  useEffect(() => {
    if (!listening) return;
    const client = createClient({ url: '/api/graphql/stream', headers: csrfHeaders, retryAttempts: Number.POSITIVE_INFINITY });
    const unsubscribe = client.subscribe(
      { query: 'subscription NoticesChanged { noticesChanged }' },
      { next: () => setChanges((count) => count + 1), error: () => undefined, complete: () => undefined },
    );
    return () => {
      unsubscribe();
      client.dispose();
    };
  }, [purposeKey, listening]);
  return changes;
}

/**
 * The header's notices: a count of the open ones and, when opened, the list, each linking to the
 * youth's profile. Read once the page has what it shows, and again each time the push channel says
 * they changed.
 */
export function NoticesBadge({ purposeKey }: { purposeKey: string }) {
  const pageSettled = usePageSettled();
  const revision = useNoticesChanged(purposeKey, pageSettled);
  const result = useGatewayQuery(MyNoticesQuery, pageSettled ? {} : null, `notices|${purposeKey}|${revision}`);
  const [open, setOpen] = useState(false);
  const notices = result.state === 'done' ? noticesIn(result.answer.data) : [];
  const label = result.state === 'done' ? `Notices (${notices.length})` : 'Notices';
  return (
    <DialogTrigger isOpen={open} onOpenChange={setOpen}>
      <Button className="button small" aria-label={result.state === 'done' ? `Notices: ${notices.length}` : 'Notices'}>
        {label}
      </Button>
      <Popover className="popover" placement="bottom end">
        <Dialog className="notices" aria-labelledby="notices-heading">
          <Heading slot="title" id="notices-heading">
            Your notices
          </Heading>
          {result.state === 'failed' && <p role="alert">{result.message}</p>}
          {result.state === 'done' && notices.length === 0 && <p>No notices. Meetings your MDTs must hold appear here.</p>}
          {notices.length > 0 && (
            <ul aria-label="Your notices">
              {notices.map((notice) => (
                <li key={notice.id}>
                  <strong>{HEADLINES[notice.kind ?? ''] ?? 'Notice'}</strong> for{' '}
                  <Link href={`/youth/${encodeURIComponent(notice.youthId)}`} onPress={() => setOpen(false)}>
                    {notice.youthName} ({notice.youthId})
                  </Link>
                  . {notice.kind === 'DEADLINE_PASSED' ? 'It was due by' : 'Due by'} {formatDateTime(notice.dueAt) ?? 'a time withheld'}.
                </li>
              ))}
            </ul>
          )}
        </Dialog>
      </Popover>
    </DialogTrigger>
  );
}
