import { useSyncExternalStore } from 'react';

/** A tiny external store: one state object, replaced on every change, read by React through a selector. */
export interface Store<T> {
  get(): T;
  /** Merges a patch (or what a function of the current state returns) and tells every subscriber. */
  set(patch: Partial<T> | ((s: T) => Partial<T>)): void;
  /** A slice of the state; the component re-renders when the slice changes (by identity). */
  useSelector<S>(select: (s: T) => S): S;
}

/** The app's state and the 汇审 screen's own both live in one of these. */
export function createStore<T extends object>(initial: T): Store<T> {
  let state = initial;
  const listeners = new Set<() => void>();
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => void listeners.delete(listener);
  };
  return {
    get: () => state,
    set(patch) {
      state = { ...state, ...(typeof patch === 'function' ? patch(state) : patch) };
      for (const l of listeners) l();
    },
    useSelector: (select) => useSyncExternalStore(subscribe, () => select(state)),
  };
}
