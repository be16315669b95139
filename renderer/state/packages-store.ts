// The 汇审 screen's and the scoring-only window's own state: the open tab and what the last
// export, import or submission said (kept while the user looks at other screens).
import type { ExportedTasks, ImportedResults, TaskSubmitted } from '../../shared/ipc/package-views';
import { createStore } from './create-store';

export type PackagesTab = 'exchange' | 'conflicts' | 'disagreements' | 'progress' | 'audit';

export interface PackagesState {
  tab: PackagesTab;
  lastExport: ExportedTasks | null;
  lastImport: Omit<ImportedResults, 'view'> | null;
  submitted: Omit<TaskSubmitted, 'task'> | null;
}

const store = createStore<PackagesState>({ tab: 'exchange', lastExport: null, lastImport: null, submitted: null });

export const setPackagesState = store.set;
export const usePackagesState = store.useSelector;
