import { useEffect, useState } from 'preact/hooks';

/**
 * False during the first (hydrating) render, true after it. Preact does not correct text that differs from the
 * server's HTML, so an island renders the server's state first and switches to the live state once mounted.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
