// The 汇审 screen's and the scoring-only window's own state: the open tab and what the last
// export, import or submission said (kept while the user looks at other screens).
import { useSyncExternalStore } from 'react';
import type { ExportedTasks, ImportedResults, TaskSubmitted } from '../../shared/ipc/package-views';

export type PackagesTab = 'exchange' | 'conflicts' | 'disagreements' | 'progress' | 'audit';

export interface PackagesState {
  tab: PackagesTab;
  lastExport: ExportedTasks | null;
  lastImport: Omit<ImportedResults, 'view'> | null;
  submitted: Omit<TaskSubmitted, 'task'> | null;
}

let state: PackagesState = { tab: 'exchange', lastExport: null, lastImport: null, submitted: null };
const listeners = new Set<() => void>();

export function getPackagesState(): PackagesState {
  return state;
}

export function setPackagesState(patch: Partial<PackagesState>): void {
  state = { ...state, ...patch };
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function usePackagesState<T>(select: (s: PackagesState) => T): T {
  return useSyncExternalStore(subscribe, () => select(state));
}
