import { effect } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import { queryFromState, readStateFromQuery } from '../../lib/url-state.ts';
import { DEFAULT_STATE, type WorkedState } from '../../lib/worked-example.ts';
import { typesetNumbersOf } from '../shared/live-dom.ts';
import { viewFor, type WorkedStore } from './state.ts';

// The page's one door to the outside, used by the setup panel: it reads the setup from the query string, writes
// it back as the reader edits and keeps the numbers typeset in the chapter's math up to date.

/** Runs the page's state (see above) for the current state; returns the notices about unusable URL settings. */
export function usePageState(state: WorkedStore, current: WorkedState): [string[], (notices: string[]) => void] {
  const [notices, setNotices] = useState<string[]>([]);
  const [urlRead, setUrlRead] = useState(false);

  useEffect(() => {
    const { state: fromUrl, notices } = readStateFromQuery(window.location.search, DEFAULT_STATE);
    state.value = fromUrl;
    setNotices(notices);
    setUrlRead(true);
  }, []);

  // The URL follows a quarter of a second after the last change: browsers throttle a page that rewrites its
  // address every frame, as a training run would.
  useEffect(() => {
    if (!urlRead) return;
    const timer = setTimeout(() => {
      const { pathname, hash } = window.location;
      const url = `${pathname}${queryFromState(current, DEFAULT_STATE)}${hash}`;
      if (url !== `${pathname}${window.location.search}${hash}`) history.replaceState(history.state, '', url);
    }, 250);
    return () => clearTimeout(timer);
  }, [current, urlRead]);

  // The typeset math follows the store synchronously, in the same frame as the islands.
  useEffect(() => {
    const update = typesetNumbersOf(document);
    return effect(() => update(viewFor(state.value).quantities));
  }, []);

  return [notices, setNotices];
}

/** The settings in the URL that the page could not use, each said in words, with a way to dismiss them. */
export function UrlNotices({ notices, onDismiss }: { notices: string[]; onDismiss: () => void }) {
  if (notices.length === 0) return null;
  return (
    <div class="url-notice" role="status">
      <p>This link held settings the page could not use:</p>
      <ul>
        {notices.map((notice) => (
          <li>{notice}</li>
        ))}
      </ul>
      <button type="button" class="link-button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
