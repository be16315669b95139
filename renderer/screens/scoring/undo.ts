// Undo and redo of score entries, per evaluator, for this session of the app (sessionStorage:
// a reload of the window keeps it, closing the app ends it). A step remembers each cell as it
// was before and after; undoing it is an ordinary change (saved, checked by main and written
// to the audit trail like any entry), and it is refused when the cell changed elsewhere since.
import type { CellRef, EntryInput } from '../../../shared/ipc/contract';
import type { ScoreEntry } from '../../../shared/assessment/schema';

/** What a cell holds, as far as undo is concerned (not when or by whom). */
export type Snapshot = Pick<ScoreEntry, 'value' | 'reason' | 'evidence' | 'note'>;

export interface UndoStep {
  /** Names the first cell, for the message ("已撤销：3.2 … · 南宁市"). */
  label: string;
  cells: { cell: CellRef; before: Snapshot | null; after: Snapshot | null }[];
}

export interface UndoStacks {
  undo: UndoStep[];
  redo: UndoStep[];
}

const LIMIT = 200;

export function snapshotOf(entry: ScoreEntry | EntryInput | undefined | null): Snapshot | null {
  return entry ? { value: entry.value, reason: entry.reason ?? '', evidence: entry.evidence ?? '', note: entry.note ?? '' } : null;
}

/** JSON with keys sorted, so a value read back from the file compares equal to the one typed. */
function stable(x: unknown): string {
  if (Array.isArray(x)) return `[${x.map(stable).join(',')}]`;
  if (x && typeof x === 'object')
    return `{${Object.keys(x)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${stable((x as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(x);
}

const same = (a: Snapshot | null, b: Snapshot | null) => stable(a) === stable(b);

/** A change was made: it goes on the undo stack, and the redo stack is dropped (as in Excel). */
export function pushStep(stacks: UndoStacks, step: UndoStep): UndoStacks {
  if (step.cells.length === 0) return stacks;
  return { undo: [...stacks.undo, step].slice(-LIMIT), redo: [] };
}

/** The changes that take the cells of a step back (undo) or forward again (redo). */
export interface StepChanges {
  sets: EntryInput[];
  clears: CellRef[];
}

/**
 * What undoing (or redoing) the last step would change, given each cell's entry now; null
 * when a cell no longer holds what the step left there (someone changed it since), so an undo
 * never overwrites a later change it does not know about.
 */
export function stepChanges(
  step: UndoStep,
  direction: 'undo' | 'redo',
  now: (cell: CellRef) => ScoreEntry | undefined,
): StepChanges | null {
  const sets: EntryInput[] = [];
  const clears: CellRef[] = [];
  for (const { cell, before, after } of step.cells) {
    const [expected, target] = direction === 'undo' ? [after, before] : [before, after];
    if (!same(snapshotOf(now(cell)), expected)) return null;
    if (target) sets.push({ ...cell, ...target });
    else clears.push(cell);
  }
  return { sets, clears };
}

/** Moves the last step from one stack to the other (after its changes were sent). */
export function shiftStep(stacks: UndoStacks, direction: 'undo' | 'redo'): UndoStacks {
  const from = direction === 'undo' ? stacks.undo : stacks.redo;
  const step = from[from.length - 1];
  if (!step) return stacks;
  return direction === 'undo'
    ? { undo: stacks.undo.slice(0, -1), redo: [...stacks.redo, step] }
    : { undo: [...stacks.undo, step], redo: stacks.redo.slice(0, -1) };
}

const storageKey = (assessmentId: string, evaluatorId: string) => `kaoping.undo\u0000${assessmentId}\u0000${evaluatorId}`;

// The stacks are kept here and written to sessionStorage just after the edit's frame, so an
// edit does not wait for a synchronous storage write; a window about to go writes at once.
const known = new Map<string, UndoStacks>();
const unwritten = new Set<string>();
let writeSoon: ReturnType<typeof setTimeout> | null = null;

function writeStacks(): void {
  writeSoon = null;
  for (const key of unwritten) {
    try {
      sessionStorage.setItem(key, JSON.stringify(known.get(key)));
    } catch {
      /* storage full or absent: undo still works until the window reloads */
    }
  }
  unwritten.clear();
}
if (typeof window !== 'undefined') window.addEventListener('pagehide', writeStacks);

/** The evaluator's stacks for this session (empty when there are none or they cannot be read). */
export function loadStacks(assessmentId: string, evaluatorId: string): UndoStacks {
  const key = storageKey(assessmentId, evaluatorId);
  const kept = known.get(key);
  if (kept) return kept;
  let stacks: UndoStacks = { undo: [], redo: [] };
  try {
    const text = sessionStorage.getItem(key);
    const parsed = text ? (JSON.parse(text) as UndoStacks) : null;
    if (parsed && Array.isArray(parsed.undo) && Array.isArray(parsed.redo)) stacks = parsed;
  } catch {
    /* no storage (or a damaged one): start empty */
  }
  known.set(key, stacks);
  return stacks;
}

export function storeStacks(assessmentId: string, evaluatorId: string, stacks: UndoStacks): void {
  const key = storageKey(assessmentId, evaluatorId);
  known.set(key, stacks);
  unwritten.add(key);
  writeSoon ??= setTimeout(writeStacks, 0);
}
