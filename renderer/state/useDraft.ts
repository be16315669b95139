import { useCallback } from 'react';
import { setState, useAppState, type Screen } from './store';

/**
 * A screen's unsaved edit, kept in the store rather than in the component: leaving the screen
 * (another screen, another year) keeps it as a draft, and coming back shows it again, so an
 * edit is never lost silently. A draft belongs to one assessment file; for any other the
 * saved value shows. `value` is the draft, else `saved`; `dirty` whether a draft exists.
 */
export function useDraft<T>(screen: Screen, file: string, saved: T): { value: T; dirty: boolean; edit: (next: T | ((current: T) => T)) => void; discard: () => void } {
  const draft = useAppState((s) => s.drafts[screen]);
  const mine = draft && draft.file === file ? (draft.value as T) : null;
  const edit = useCallback(
    (next: T | ((current: T) => T)) =>
      setState((s) => {
        const own = s.drafts[screen];
        const current = own && own.file === file ? (own.value as T) : saved;
        const value = typeof next === 'function' ? (next as (c: T) => T)(current) : next;
        return { drafts: { ...s.drafts, [screen]: { file, value } } };
      }),
    [screen, file, saved],
  );
  const discard = useCallback(() => setState((s) => ({ drafts: { ...s.drafts, [screen]: undefined } })), [screen]);
  return { value: mine ?? saved, dirty: mine !== null, edit, discard };
}

/** The screens holding an unsaved draft for the open assessment (the nav marks them). */
export function useUnsavedScreens(): Screen[] {
  const drafts = useAppState((s) => s.drafts);
  const file = useAppState((s) => s.view?.file ?? '');
  return (Object.keys(drafts) as Screen[]).filter((k) => drafts[k] && drafts[k]!.file === file);
}
