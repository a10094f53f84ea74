import { useEffect, useState, type ReactNode } from 'react';

/**
 * Whether the page is still fetching what it shows (its code or its gateway answers). The header's
 * notices wait for it: asked beside the page, they compete with the page's own answer for the
 * backend-for-frontend, the gateway and the subgraphs, and the person waits longer for the youth
 * they opened in order to see a count they can read a moment later.
 */
let pending = 0;
const listeners = new Set<() => void>();

/** Marks the page as fetching until the returned function is called (once). */
export function pageFetching(): () => void {
  pending += 1;
  let done = false;
  return () => {
    if (done) return;
    done = true;
    pending -= 1;
    for (const listener of listeners) listener();
  };
}

/** Rendered while a page's code loads, so that loading counts as fetching. */
export function PageCodeLoading({ children }: { children: ReactNode }) {
  useEffect(() => pageFetching(), []);
  return children;
}

const whenIdle = (work: () => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: 1000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(work, 0);
  return () => clearTimeout(handle);
};

/**
 * False until the page has nothing left to fetch and the browser is idle, then true for as long as
 * the component stays mounted. Checked after the current render's effects have run, so that a page
 * rendered together with the caller has started its fetches by then.
 */
export function usePageSettled(): boolean {
  const [settled, setSettled] = useState(false);
  useEffect(() => {
    if (settled) return;
    let cancel = (): void => undefined;
    const check = () => {
      cancel();
      cancel = whenIdle(() => {
        if (pending === 0) setSettled(true);
      });
    };
    listeners.add(check);
    check();
    return () => {
      listeners.delete(check);
      cancel();
    };
  }, [settled]);
  return settled;
}
