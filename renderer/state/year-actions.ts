// The year's lifecycle from the UI: every change answers the refreshed workspace and open
// assessment, which replace the store's; a refusal is shown where the user acted.
import type { RequestOf } from '../../shared/ipc/contract';
import type { PlanPreview } from '../../shared/ipc/views';
import type { MovedAssessmentView, WorkspaceChanged, YearCreated } from '../../shared/ipc/year-views';
import { call } from '../api/client';
import { setState } from './store';

function adopt(changed: WorkspaceChanged): void {
  setState({
    workspace: changed.workspace,
    view: changed.view,
    notice: null,
    save: { status: 'idle', at: changed.view.savedAt, error: null },
  });
}

export async function createYear(request: RequestOf<'assessment:create'>): Promise<YearCreated> {
  const created = await call('assessment:create', request);
  adopt(created);
  return created;
}

export async function renameYear(file: string, name: string): Promise<MovedAssessmentView[]> {
  const changed = await call('assessment:rename', { file, name });
  adopt(changed);
  return changed.moved;
}

export async function moveYearAway(file: string, folder: 'archive' | 'recycle'): Promise<MovedAssessmentView[]> {
  const changed = await call(folder === 'archive' ? 'assessment:archive' : 'assessment:delete', { file });
  adopt(changed);
  return changed.moved;
}

export async function restoreYear(folder: 'archive' | 'recycle', file: string): Promise<MovedAssessmentView[]> {
  const changed = await call('assessment:restore', { folder, file });
  adopt(changed);
  return changed.moved;
}

export function listMovedYears(): Promise<MovedAssessmentView[]> {
  return call('assessment:listMoved', {});
}

/** A work plan chosen in the open dialog and read (the scheme screen's import path); null when cancelled. */
export function choosePlanForYear(): Promise<PlanPreview | null> {
  return call('plan:import', { source: { kind: 'dialog' }, depth: 2 });
}
