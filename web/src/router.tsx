import { useEffect, useState } from 'react';

/** The page's path, kept in step with the browser's history. */
export function usePath(): [string, (path: string) => void] {
  const [path, setPath] = useState(() => window.location.pathname + window.location.search);
  useEffect(() => {
    const onPop = () => setPath(window.location.pathname + window.location.search);
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigate = (next: string) => {
    if (next === path) return;
    window.history.pushState(null, '', next);
    setPath(next);
    window.scrollTo(0, 0);
  };
  return [path, navigate];
}
