import { useCallback } from 'react';
import { getState, setState, useAppState, type AppState, type Screen } from './store';

// Drafts also survive closing the window: they are kept in the page's storage (the app's own
// origin), restored when the app starts, and dropped when saved or discarded.
const STORAGE_KEY = 'kaoping.drafts';

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

function persist(drafts: AppState['drafts']): void {
  try {
    const kept = Object.fromEntries(Object.entries(drafts).filter(([, d]) => d !== undefined));
    if (Object.keys(kept).length === 0) storage()?.removeItem(STORAGE_KEY);
    else storage()?.setItem(STORAGE_KEY, JSON.stringify(kept));
  } catch {
    /* storage full or unavailable: the draft still lives in memory for this session */
  }
}

function restore(): void {
  try {
    const text = storage()?.getItem(STORAGE_KEY);
    const saved = text ? (JSON.parse(text) as AppState['drafts']) : null;
    if (saved && typeof saved === 'object') setState((s) => ({ drafts: { ...saved, ...s.drafts } }));
  } catch {
    storage()?.removeItem(STORAGE_KEY);
  }
}
restore();

function setDrafts(update: (drafts: AppState['drafts']) => AppState['drafts']): void {
  setState((s) => ({ drafts: update(s.drafts) }));
  persist(getState().drafts);
}

/** The key a draft belongs to: the assessment file in its workspace folder. */
export function useDraftOwner(): string {
  const dir = useAppState((s) => s.workspace?.dir ?? '');
  const file = useAppState((s) => s.view?.file ?? '');
  return `${dir}\u0000${file}`;
}

/**
 * A screen's unsaved edit, kept in the store rather than in the component: leaving the screen
 * (another screen, another year, closing the window) keeps it as a draft, and coming back shows
 * it again, so an edit is never lost silently. A draft belongs to one assessment file; for any
 * other the saved value shows. `value` is the draft, else `saved`; `dirty` whether a draft exists.
 */
export function useDraft<T>(
  screen: Screen,
  owner: string,
  saved: T,
): { value: T; dirty: boolean; edit: (next: T | ((current: T) => T)) => void; discard: () => void } {
  const draft = useAppState((s) => s.drafts[screen]);
  const mine = draft && draft.file === owner ? (draft.value as T) : null;
  const edit = useCallback(
    (next: T | ((current: T) => T)) =>
      setDrafts((drafts) => {
        const own = drafts[screen];
        const current = own && own.file === owner ? (own.value as T) : saved;
        const value = typeof next === 'function' ? (next as (c: T) => T)(current) : next;
        return { ...drafts, [screen]: { file: owner, value } };
      }),
    [screen, owner, saved],
  );
  const discard = useCallback(() => setDrafts((drafts) => ({ ...drafts, [screen]: undefined })), [screen]);
  return { value: mine ?? saved, dirty: mine !== null, edit, discard };
}

/** The screens holding an unsaved draft for the open assessment (the nav marks them). */
export function useUnsavedScreens(): Screen[] {
  const drafts = useAppState((s) => s.drafts);
  const owner = useDraftOwner();
  return (Object.keys(drafts) as Screen[]).filter((k) => drafts[k] && drafts[k]!.file === owner);
}
