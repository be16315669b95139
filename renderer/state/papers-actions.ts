// The papers of the export screen: per-unit score sheets, feedback letters, the results notice,
// run as long tasks (one at a time, progress from main, outcome kept in the store).
import { call } from '../api/client';
import { run } from './task-actions';

/** What the screen sets for the papers: which units (null: all), the office's name and the dates. */
export interface PaperChoice {
  units: string[] | null;
  office: string;
  date: string;
  appealBy: string;
}

export function exportUnitSheets(c: PaperChoice): Promise<void> {
  return run('papers:unitSheets', () => call('papers:unitSheets', { units: c.units, office: c.office }));
}

export function exportFeedback(c: PaperChoice): Promise<void> {
  return run('papers:feedback', () => call('papers:feedback', { units: c.units, office: c.office, date: c.date, appealBy: c.appealBy }));
}

export function exportNotice(c: PaperChoice): Promise<void> {
  return run('papers:notice', () => call('papers:notice', { office: c.office, date: c.date }));
}
