import { describe, expect, it } from 'vitest';
import { buildRows } from '../../renderer/screens/scoring/grid-model';
import { planDelete, planPaste, planTyped, type PlanCell } from '../../renderer/screens/scoring/cell-plan';
import { cellClass } from '../../renderer/screens/scoring/cell-class';
import { cellDisplay } from '../../renderer/screens/scoring/cell-input';
import { pushStep, shiftStep, stepChanges, type UndoStacks } from '../../renderer/screens/scoring/undo';
import { blockOf, toTsv } from '../../renderer/screens/scoring/grid-copy';
import { parseTsv } from '../../renderer/screens/scoring/paste';
import { idleKeyAction } from '../../renderer/screens/scoring/idle-keys';
import type { EntryValue, ScoreEntry } from '../../shared/assessment/schema';
import { leaf, makeDoc } from '../helpers/assessment';

const doc = makeDoc({
  criteria: [
    leaf('plain', 5, { kind: 'plain', step: 0.5 }),
    leaf('ded', 4, { kind: 'deduction', perOccurrence: 1 }),
    leaf('tier', 4, {
      kind: 'tiered',
      levels: [
        { label: '完成', points: 4 },
        { label: '基本完成', points: 2 },
      ],
    }),
  ],
  vetoes: [
    { id: 'v', title: '重大事故', text: '', effect: 'veto' },
    { id: 'bar', title: '否优', text: '', effect: 'barExcellent' },
  ],
});
const rows = buildRows(doc, { bonus: '加分项', vetoes: '否决' });
const row = (id: string) => rows.find((r) => r.kind === 'item' && r.criterionId === id)!;
const column = { kind: 'score' as const, key: 's-A', unitId: 'A', title: 'A' };
const ctx = { evaluatorId: 'e1', readOnly: false, words: { na: '不适用', yes: '是', no: '否', separator: '；' } };
const entry = (criterionId: string, value: EntryValue, reason = ''): ScoreEntry => ({
  evaluatorId: 'e1',
  unitId: 'A',
  criterionId,
  value,
  reason,
  evidence: '',
  note: '',
  at: '',
  source: 'office',
});
const cell = (id: string, e?: ScoreEntry, covered = true): PlanCell => ({ row: row(id), column, entry: e, covered });

describe('the cell plan', () => {
  it('sets a typed value, keeping the reason and note, or refuses it with the reason', () => {
    expect(planTyped(cell('plain'), '３．５', ctx)).toEqual({
      kind: 'set',
      input: {
        evaluatorId: 'e1',
        unitId: 'A',
        criterionId: 'plain',
        value: { kind: 'score', score: 3.5 },
        reason: '',
        evidence: '',
        note: '',
      },
    });
    expect(planTyped(cell('plain'), '.5', ctx)).toMatchObject({ kind: 'problem', key: 'typed.leadingPoint' });
    expect(planTyped(cell('ded'), '2', ctx)).toMatchObject({ kind: 'problem', key: 'value.reasonRequired', hint: 'scoring.deductionHint' });
    expect(planTyped(cell('plain', undefined, false), '3', ctx)).toMatchObject({ kind: 'problem', key: 'scoring.notAssigned' });
    expect(planTyped(cell('plain'), '3', { ...ctx, readOnly: true })).toMatchObject({ kind: 'problem', key: 'error.finalized' });
  });

  it('changes nothing for the same value again, empties a cell on empty text', () => {
    const e = entry('tier', { kind: 'tier', level: 1 });
    expect(planTyped(cell('tier', e), '基本完成', ctx)).toEqual({ kind: 'none' });
    expect(planTyped(cell('tier', e), '2', ctx)).toEqual({ kind: 'none' });
    expect(planTyped(cell('tier', e), '', ctx)).toMatchObject({ kind: 'clear', cell: { criterionId: 'tier' } });
    expect(planTyped(cell('tier'), '', ctx)).toEqual({ kind: 'none' });
  });

  it('asks to confirm a veto or 否优项 newly marked 是, not one already marked', () => {
    expect(planTyped(cell('v'), '是', ctx)).toMatchObject({ kind: 'set', confirm: 'veto' });
    expect(planTyped(cell('bar'), '1', ctx)).toMatchObject({ kind: 'set', confirm: 'barExcellent' });
    expect(planTyped(cell('v', entry('v', { kind: 'veto', triggered: true }, '瞒报')), '是', ctx)).toEqual({ kind: 'none' });
    expect(planTyped(cell('v'), '否', ctx)).toMatchObject({ kind: 'set' });
    expect(planTyped(cell('v'), '否', ctx)).not.toHaveProperty('confirm');
  });

  it('pastes all or nothing, skips empty cells, and never pastes a veto', () => {
    expect(
      planPaste(
        [
          { cell: cell('plain'), text: '4' },
          { cell: cell('tier'), text: '' },
        ],
        ctx,
      ),
    ).toMatchObject({ sets: [{ value: { score: 4 } }] });
    expect(
      planPaste(
        [
          { cell: cell('plain'), text: '4' },
          { cell: cell('tier'), text: '9' },
        ],
        ctx,
      ),
    ).toMatchObject({ refused: 1 });
    expect(planPaste([{ cell: cell('v'), text: '是' }], ctx)).toMatchObject({ refused: 0, plan: { key: 'grid.vetoPaste' } });
  });

  it('deletes a block: only the cells with entries', () => {
    const plan = planDelete(
      [cell('plain', entry('plain', { kind: 'score', score: 3 })), cell('ded'), cell('tier', entry('tier', { kind: 'tier', level: 0 }))],
      ctx,
    );
    expect(plan).toMatchObject({ clears: [{ criterionId: 'plain' }, { criterionId: 'tier' }], sets: [] });
  });
});

describe('what a cell shows and how it looks', () => {
  const item = (id: string) => (row(id) as Extract<(typeof rows)[number], { kind: 'item' }>).item;
  it('shows the points earned in every leaf row, so a column reads one way', () => {
    expect(cellDisplay(entry('ded', { kind: 'deductions', occurrences: [{ count: 3, reason: '迟报' }] }), item('ded'), ctx.words)).toBe(
      '1',
    );
    expect(cellDisplay(entry('tier', { kind: 'tier', level: 1 }), item('tier'), ctx.words)).toBe('2');
    expect(cellDisplay(entry('plain', { kind: 'na' }), item('plain'), ctx.words)).toBe('不适用');
    expect(cellDisplay(undefined, item('plain'), ctx.words)).toBe('');
  });
  it('marks empty, N/A, veto, selected and active cells', () => {
    const look = { column: 'score' as const, covered: true, disagree: false, active: false, selected: false };
    expect(cellClass({ ...look, entry: undefined })).toBe('grid-cell num value empty');
    expect(cellClass({ ...look, entry: entry('v', { kind: 'veto', triggered: true }), selected: true })).toBe(
      'grid-cell num value veto selected',
    );
    expect(cellClass({ ...look, entry: entry('plain', { kind: 'na' }), active: true, selected: true })).toBe(
      'grid-cell num value na active',
    );
  });
});

describe('undo steps and copying out', () => {
  const before = { value: { kind: 'score' as const, score: 3 }, reason: '', evidence: '', note: '' };
  const after = { value: { kind: 'score' as const, score: 4 }, reason: '', evidence: '', note: '' };
  const step = { label: 'x', cells: [{ cell: { evaluatorId: 'e1', unitId: 'A', criterionId: 'plain' }, before, after }] };
  it('undoes to the value before, redoes to the value after, and refuses when the cell changed since', () => {
    const stacks: UndoStacks = pushStep({ undo: [], redo: [{ ...step, label: 'old' }] }, step);
    expect(stacks.redo).toEqual([]);
    expect(stepChanges(step, 'undo', () => ({ ...entry('plain', after.value) }))).toMatchObject({
      sets: [{ value: { score: 3 } }],
      clears: [],
    });
    expect(stepChanges(step, 'undo', () => entry('plain', { kind: 'score', score: 5 }))).toBeNull();
    expect(stepChanges(step, 'redo', () => entry('plain', before.value))).toMatchObject({ sets: [{ value: { score: 4 } }] });
    const undone = shiftStep(stacks, 'undo');
    expect([undone.undo.length, undone.redo.length]).toEqual([0, 1]);
  });
  it('copies a block as Excel does, and the paste reader reads it back cell for cell', () => {
    const cells = [
      ['3.5', '2 迟报；"瞒报"'],
      ['不适用', 'a\tb'],
    ];
    expect(parseTsv(toTsv(cells))).toEqual(cells);
    expect(blockOf({ row: 5, col: 3 }, { row: 2, col: 1 })).toEqual({ top: 2, bottom: 5, left: 1, right: 3 });
  });
});

describe('keys while the grid editor is idle', () => {
  const k = (key: string, mods: Partial<{ ctrl: boolean; shift: boolean; alt: boolean }> = {}) =>
    idleKeyAction({ key, ctrl: false, shift: false, alt: false, ...mods });
  it('undoes, redoes, jumps to the ends, selects, moves, edits and clears', () => {
    expect(k('z', { ctrl: true })).toEqual({ kind: 'undo' });
    expect(k('Z', { ctrl: true, shift: true })).toEqual({ kind: 'redo' });
    expect(k('y', { ctrl: true })).toEqual({ kind: 'redo' });
    expect(k('End', { ctrl: true, shift: true })).toEqual({ kind: 'last', extend: true });
    expect(k('Home', { ctrl: true })).toEqual({ kind: 'first', extend: false });
    expect(k('ArrowDown', { shift: true })).toEqual({ kind: 'move', direction: 'down', extend: true });
    expect(k('Tab', { shift: true })).toEqual({ kind: 'move', direction: 'previous', extend: false });
    expect(k('F2')).toEqual({ kind: 'edit' });
    expect(k('Delete')).toEqual({ kind: 'delete' });
    expect(k('c', { ctrl: true })).toEqual({ kind: 'none' });
    // A printable key (or an input method's "Process") goes into the editor, not into this map.
    expect(k('3')).toEqual({ kind: 'none' });
    expect(k('Process')).toEqual({ kind: 'none' });
  });
});
