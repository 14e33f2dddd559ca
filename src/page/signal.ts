// A minimal signal: one value that tells its subscribers when it changes. @preact/signals (4.3 KB gzip with its
// Preact bindings, 2.8 KB for signals-core alone) did the same job here, but a Part I page may ship 20 KB of JS in
// all; the page needs only get, set and subscribe.

/** A value with subscribers; setting it to a new value (by identity) tells each of them. */
export type Signal<T> = {
  value: T;
  /** The value, without subscribing (the same as reading `value`; kept for the signals API). */
  peek(): T;
  /** Calls `listener` now and after every change; returns a function that stops it. */
  subscribe(listener: (value: T) => void): () => void;
};

/** A new signal holding `initial`. */
export function signal<T>(initial: T): Signal<T> {
  let current = initial;
  const listeners = new Set<(value: T) => void>();
  return {
    get value() {
      return current;
    },
    set value(next: T) {
      if (next === current) return;
      current = next;
      listeners.forEach((listener) => listener(next));
    },
    peek: () => current,
    subscribe(listener) {
      listeners.add(listener);
      listener(current);
      return () => void listeners.delete(listener);
    },
  };
}
