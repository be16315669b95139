// What the UI does with the main process. Score changes are applied at once to the local copy
// (the same pure applyEntryChanges main uses, with results updated incrementally by
// live-scoring.ts), then saved; main's answer replaces the results, and a failure reloads the
// saved state and says why.
import { entryOf, isoSeconds } from '../../shared/assessment/mutations';
import type { CellRef, EntryInput, SchemeDraft } from '../../shared/ipc/contract';
import type { Language } from '../../shared/i18n/messages';
import type { People } from '../../shared/assessment/people';
import type { Settings } from '../../shared/assessment/schema';
import type { WeightsRecord } from '../../shared/weights/record';
import { errorInfo } from '../../shared/ipc/error-info';
import type { AssessmentView, EntriesSaved, ErrorInfo } from '../../shared/ipc/views';
import { call } from '../api/client';
import { setLanguage } from '../i18n/setup';
import { applyEntryEdit } from './live-scoring';
import { getState, setState, type Screen } from './store';

const LOCAL_ACTOR = { actor: 'local', at: '' };

/** Puts a new view of the open assessment on screen (after a change main answered with the whole view). */
export function showView(view: AssessmentView): void {
  setState((s) => ({ view, save: { status: s.save.status === 'failed' ? 'failed' : 'saved', at: view.savedAt, error: s.save.error } }));
}

export async function loadApp(): Promise<void> {
  try {
    const info = await call('app:getInfo', {});
    if (info.language !== 'zh-CN') await setLanguage(info.language);
    const workspace = await call('workspace:get', {});
    const view = await call('assessment:get', {});
    setState({ loading: false, workspace, view, version: info.version, save: { status: 'idle', at: view.savedAt, error: null } });
  } catch (e) {
    setState({ loading: false, fatal: errorInfo(e) });
  }
}

export async function openWorkspace(): Promise<void> {
  try {
    const workspace = await call('workspace:open', {});
    if (!workspace) return;
    const view = await call('assessment:get', {});
    setState({ workspace, view, notice: null, save: { status: 'idle', at: view.savedAt, error: null } });
  } catch (e) {
    setState({ notice: errorInfo(e) });
  }
}

export async function openYear(file: string): Promise<void> {
  try {
    const view = await call('assessment:open', { file });
    setState((s) => ({
      view,
      workspace: s.workspace ? { ...s.workspace, current: file } : null,
      notice: null,
      save: { status: 'idle', at: view.savedAt, error: null },
    }));
  } catch (e) {
    setState({ notice: errorInfo(e) });
  }
}

export async function changeLanguage(language: Language): Promise<void> {
  await setLanguage(language);
  try {
    await call('preferences:update', { language });
  } catch (e) {
    setState({ notice: errorInfo(e) });
  }
}

export function goTo(screen: Screen): void {
  setState({ screen });
}

function savedInto(saved: EntriesSaved): void {
  setState((s) => ({
    view: s.view
      ? { ...s.view, results: saved.results, comparison: saved.comparison, history: saved.history, savedAt: saved.savedAt }
      : s.view,
    save: { status: 'saved', at: saved.savedAt, error: null },
  }));
}

async function reloadAfterFailure(error: ErrorInfo): Promise<void> {
  setState({ save: { status: 'failed', at: getState().save.at, error }, notice: error });
  try {
    // In the scoring workspace of a task package, its own document is what was saved.
    const view = getState().scoringTask ? (await call('task:get', {}))?.view : await call('assessment:get', {});
    if (view) setState({ view });
  } catch {
    /* the notice already says what went wrong */
  }
}

let inFlight = 0;

async function saveChange(apply: (view: AssessmentView) => AssessmentView, send: () => Promise<EntriesSaved>): Promise<void> {
  const view = getState().view;
  if (!view) return;
  let next: AssessmentView;
  try {
    next = apply(view);
  } catch (e) {
    setState({ notice: errorInfo(e) });
    return;
  }
  setState({ view: next, save: { ...getState().save, status: 'saving', error: null } });
  inFlight++;
  try {
    const saved = await send();
    // Results of a later edit may already be on screen; only the last answer counts.
    if (--inFlight === 0) savedInto(saved);
  } catch (e) {
    inFlight--;
    await reloadAfterFailure(errorInfo(e));
  }
}

/**
 * Sets entries (typed, pasted or edited in the detail panel). Values were checked by the
 * caller; setEntry checks them again here, and main checks them once more before saving.
 */
export function saveEntries(entries: EntryInput[]): Promise<void> {
  const at = isoSeconds(new Date());
  return saveChange(
    (view) =>
      applyEntryEdit(
        view,
        entries.map((input) => ({ cell: input, entry: entryOf(input, at) })),
        { ...LOCAL_ACTOR, at },
      ),
    () => (getState().scoringTask ? call('task:setEntries', { entries }) : call('entry:set', { entries })),
  );
}

export function clearCells(cells: CellRef[]): Promise<void> {
  const at = isoSeconds(new Date());
  return saveChange(
    (view) =>
      applyEntryEdit(
        view,
        cells.map((cell) => ({ cell, entry: null })),
        { ...LOCAL_ACTOR, at },
      ),
    () => (getState().scoringTask ? call('task:clearEntries', { cells }) : call('entry:clear', { cells })),
  );
}

/** Saves a change that main answers with a whole new view (scheme, people, settings). */
async function saveWhole(send: () => Promise<AssessmentView>): Promise<AssessmentView> {
  setState((s) => ({ save: { ...s.save, status: 'saving', error: null } }));
  try {
    const view = await send();
    showView(view);
    setState({ save: { status: 'saved', at: view.savedAt, error: null } });
    return view;
  } catch (e) {
    const error = errorInfo(e);
    setState((s) => ({ save: { status: 'failed', at: s.save.at, error } }));
    throw e;
  }
}

export function updateScheme(scheme: SchemeDraft, dropStale: boolean, reason: string): Promise<AssessmentView> {
  return saveWhole(() => call('scheme:update', { scheme, dropStale, reason }));
}

export function updatePeople(people: People): Promise<AssessmentView> {
  return saveWhole(() => call('people:update', people));
}

/** Accepts proposed points (权重 panel); main records the method and its figures. */
export async function acceptWeights(record: WeightsRecord): Promise<AssessmentView> {
  const view = await saveWhole(() => call('weights:accept', record));
  // The proposal is the scheme now: 模拟 no longer has it to try.
  setState({ weightsTrial: null });
  return view;
}

export function updateSettings(patch: Partial<Settings>): Promise<AssessmentView> {
  return saveWhole(() => call('settings:update', { patch }));
}

export function requestPlan(source: 'dialog' | { token: string; fileName: string }): void {
  setState((s) => ({ screen: 'scheme', planRequest: { source, serial: (s.planRequest?.serial ?? 0) + 1 } }));
}

/** Shows a file main handed out (a report, a sheet, a package) in the system's file manager. */
export async function showInFolder(token: string): Promise<void> {
  try {
    await call('file:showInFolder', { token });
  } catch (e) {
    setState({ notice: errorInfo(e) });
  }
}
