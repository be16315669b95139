// The look of a grid cell as a pure function of what it holds, so the marks (empty, N/A,
// veto, note, disagreement, selected) can be read and tested apart from rendering.
import type { ScoreEntry } from '../../../shared/assessment/schema';
import type { GridColumn } from './grid-model';

export interface CellLook {
  column: GridColumn['kind'];
  entry: ScoreEntry | undefined;
  covered: boolean;
  disagree: boolean;
  active: boolean;
  selected: boolean;
}

/** The class list of a value cell. */
export function cellClass({ column, entry, covered, disagree, active, selected }: CellLook): string {
  const score = column === 'score';
  const v = entry?.value;
  return [
    'grid-cell',
    score ? 'num value' : 'text',
    covered ? '' : 'off',
    covered && !entry && score ? 'empty' : '',
    v?.kind === 'na' ? 'na' : '',
    v?.kind === 'veto' && v.triggered ? 'veto' : '',
    v?.kind === 'deductions' && v.occurrences.length > 0 && score ? 'deducted' : '',
    entry?.note && score ? 'has-note' : '',
    disagree && score ? 'disagree' : '',
    selected && !active ? 'selected' : '',
    active ? 'active' : '',
  ]
    .filter(Boolean)
    .join(' ');
}
