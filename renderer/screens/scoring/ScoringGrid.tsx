import { useEffect, useMemo, useRef, useState } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Assessment } from '../../../shared/assessment/schema';
import { formatScore } from '../../../shared/scoring/format';
import type { Results } from '../../../shared/scoring/types';
import type { EntryInput } from '../../../shared/ipc/contract';
import { clearCells, saveEntries } from '../../state/actions';
import { useT } from '../../i18n/setup';
import { cellShortText, cellText, parseCellInput, type CellWords } from './cell-input';
import { itemRowIndices, type GridColumn, type GridRow } from './grid-model';
import { keyMove, move, type Position } from './grid-keys';
import { parseTsv, pasteTargets } from './paste';
import type { Progress } from './progress';
import { columnWidth, FIXED, FIXED_LEFT, FIXED_WIDTH, GridFooter, GridHeader } from './GridFrame';
import { useCellLookup } from './use-cell-lookup';
import { ruleSummary } from './rule-summary';

const ROW_HEIGHT = 30;

export interface ScoringGridProps {
  doc: Assessment;
  results: Results;
  evaluatorId: string;
  rows: GridRow[];
  columns: GridColumn[];
  active: Position;
  onActive: (p: Position) => void;
  readOnly: boolean;
  /** The rank row under the totals; default shown. */
  showRank?: boolean;
  unitProgress: (unitId: string) => Progress | undefined;
}

type Editing = { text: string } | null;

/**
 * Criteria × units as a spreadsheet: arrows, Tab and Enter move; typing overwrites, F2 edits,
 * Enter or Tab commits, Esc cancels; Delete clears; a block pasted from Excel fills from the
 * active cell. Every value is checked against its rule before it is saved, and a refusal says
 * why on the spot. Rows are virtualised, so 120 criteria cost what 30 do.
 */
export function ScoringGrid({ doc, results, evaluatorId, rows, columns, active, onActive, readOnly, showRank = true, unitProgress }: ScoringGridProps) {
  const t = useT();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [message, setMessage] = useState<string | null>(null);
  const editorRef = useRef<HTMLInputElement>(null);
  // Set once the editor's text has been dealt with (committed or cancelled), so the blur that
  // follows does not commit it a second time.
  const settled = useRef(false);
  const lookup = useCellLookup(doc, evaluatorId);
  const itemRows = useMemo(() => itemRowIndices(rows), [rows]);
  const words: CellWords = { na: t('scoring.na'), yes: t('scoring.yes'), no: t('scoring.no') };
  const unitNames = useMemo(() => new Map(doc.units.map((u) => [u.id, u.name])), [doc.units]);
  const resultByUnit = useMemo(() => new Map(results.units.map((u) => [u.unitId, u])), [results]);
  const leafIndex = useMemo(() => new Map(results.leafIds.map((id, i) => [id, i])), [results.leafIds]);
  const template = `${FIXED.map((w) => `${w}px`).join(' ')} ${columns.map((c) => `${columnWidth(c)}px`).join(' ')}`;
  const width = FIXED_WIDTH + columns.reduce((a, c) => a + columnWidth(c), 0);

  // The app does not use the React Compiler, which is what this warning is about.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });

  useEffect(() => {
    virtualizer.scrollToIndex(active.row, { align: 'auto' });
    const el = scrollRef.current?.querySelector<HTMLElement>(`[data-cell="${active.row}:${active.col}"]`);
    el?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [active, virtualizer]);

  const cellName = (p: Position) => {
    const row = rows[p.row];
    const col = columns[p.col];
    return row && col ? `${row.number}${row.title} · ${unitNames.get(col.unitId) ?? ''}` : '';
  };

  const focusGrid = () => scrollRef.current?.focus({ preventScroll: true });

  /** Turns a typed text at a cell into an entry change, or a problem to show. */
  function planCell(p: Position, text: string): { set?: EntryInput; clear?: { unitId: string; criterionId: string }; problem?: string } {
    const row = rows[p.row];
    const col = columns[p.col];
    if (!row || row.kind !== 'item' || !col) return {};
    if (readOnly) return { problem: t('error.finalized') };
    if (!lookup.covers(col.unitId, row.criterionId)) return { problem: t('scoring.notAssigned') };
    const existing = lookup.entry(col.unitId, row.criterionId);
    const keep = { reason: existing?.reason ?? '', evidence: existing?.evidence ?? '', note: existing?.note ?? '' };
    const cell = { evaluatorId, unitId: col.unitId, criterionId: row.criterionId };
    if (col.kind !== 'score') {
      if (!existing) return { problem: t('scoring.scoreFirst') };
      return { set: { ...cell, value: existing.value, ...keep, [col.kind]: text.trim() } };
    }
    const parsed = parseCellInput(text, row.item);
    if (parsed.kind === 'problem') {
      const hint = row.item.kind === 'leaf' && row.item.leaf.rule.kind === 'deduction' ? ` ${t('scoring.deductionHint')}` : '';
      return { problem: `${t(parsed.problem.key, parsed.problem.params)}${hint}` };
    }
    if (parsed.kind === 'clear') return existing ? { clear: cell } : {};
    return { set: { ...cell, value: parsed.value, ...keep } };
  }

  function commit(p: Position, text: string): boolean {
    const plan = planCell(p, text);
    if (plan.problem) {
      setMessage(`${cellName(p)}：${plan.problem}`);
      return false;
    }
    setMessage(null);
    if (plan.set) void saveEntries([plan.set]);
    if (plan.clear) void clearCells([{ evaluatorId, ...plan.clear }]);
    return true;
  }

  function startEditing(initial: string) {
    const row = rows[active.row];
    if (!row || row.kind !== 'item') return;
    settled.current = false;
    setEditing({ text: initial });
  }

  function onGridKey(e: React.KeyboardEvent) {
    if (editing) return;
    const direction = keyMove(e.key, e.shiftKey);
    if (direction && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      onActive(move(active, direction, itemRows, columns.length));
      return;
    }
    if (e.key === 'F2') {
      e.preventDefault();
      const row = rows[active.row];
      const col = columns[active.col];
      if (row?.kind === 'item' && col) {
        const entry = lookup.entry(col.unitId, row.criterionId);
        startEditing(col.kind === 'score' ? cellText(entry, row.item, words) : (entry?.[col.kind] ?? ''));
      }
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      commit(active, '');
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      startEditing(e.key);
    }
  }

  function onEditorKey(e: React.KeyboardEvent<HTMLInputElement>) {
    if (e.nativeEvent.isComposing) return;
    const text = e.currentTarget.value;
    const after: Record<string, Position> = {
      Enter: move(active, e.shiftKey ? 'up' : 'down', itemRows, columns.length),
      Tab: move(active, e.shiftKey ? 'previous' : 'next', itemRows, columns.length),
      ArrowUp: move(active, 'up', itemRows, columns.length),
      ArrowDown: move(active, 'down', itemRows, columns.length),
    };
    if (e.key === 'Escape') {
      e.preventDefault();
      settled.current = true;
      setEditing(null);
      setMessage(null);
      focusGrid();
    } else if (after[e.key]) {
      e.preventDefault();
      if (commit(active, text)) {
        settled.current = true;
        setEditing(null);
        onActive(after[e.key]!);
        focusGrid();
      }
    }
  }

  function onPaste(e: React.ClipboardEvent) {
    if (editing) return;
    e.preventDefault();
    const block = parseTsv(e.clipboardData.getData('text/plain'));
    const { targets } = pasteTargets(block, active, itemRows, columns.length);
    const sets: EntryInput[] = [];
    for (const target of targets) {
      const plan = planCell(target, target.text);
      if (plan.problem) {
        setMessage(t('scoring.pasteRefused', { cell: cellName(target), message: plan.problem }));
        return;
      }
      if (plan.set) sets.push(plan.set);
    }
    setMessage(sets.length ? t('scoring.pasted', { count: sets.length }) : null);
    if (sets.length) void saveEntries(sets);
  }

  return (
    <div className="grid-wrap">
      <div
        ref={scrollRef}
        className={showRank ? 'grid-scroll' : 'grid-scroll no-rank'}
        tabIndex={0}
        role="grid"
        aria-label={t('nav.scoring')}
        aria-rowcount={rows.length + 3}
        aria-colcount={columns.length + 4}
        onKeyDown={onGridKey}
        onPaste={onPaste}
      >
        <GridHeader columns={columns} template={template} width={width} unitProgress={unitProgress} />
        <div className="grid-body" style={{ height: virtualizer.getTotalSize(), width }}>
          {virtualizer.getVirtualItems().map((v) => {
            const row = rows[v.index]!;
            const style = { transform: `translateY(${v.start}px)`, gridTemplateColumns: template, width, height: ROW_HEIGHT };
            if (row.kind === 'heading') {
              return (
                <div key={row.key} className={`grid-row grid-heading depth-${row.depth}`} style={style} role="row" aria-rowindex={v.index + 2}>
                  <div className="grid-cell fixed" style={{ left: 0 }}>{row.number}</div>
                  <div className="grid-cell fixed title" style={{ left: FIXED_LEFT[1] }} title={row.title}>{row.title}</div>
                  <div className="grid-cell fixed num" style={{ left: FIXED_LEFT[2] }}>{row.points ?? ''}</div>
                  <div className="grid-cell fixed" style={{ left: FIXED_LEFT[3] }} />
                  {columns.map((c) => <div key={c.key} className="grid-cell" />)}
                </div>
              );
            }
            const leaf = leafIndex.get(row.criterionId);
            return (
              <div key={row.key} className="grid-row" style={style} role="row" aria-rowindex={v.index + 2}>
                <div className="grid-cell fixed muted" style={{ left: 0 }} role="rowheader">{row.number}</div>
                <div className={`grid-cell fixed title depth-${row.depth}`} style={{ left: FIXED_LEFT[1] }} title={row.title}>{row.title}</div>
                <div className="grid-cell fixed num" style={{ left: FIXED_LEFT[2] }}>{row.points ?? ''}</div>
                <div className="grid-cell fixed rule" style={{ left: FIXED_LEFT[3] }} title={ruleSummary(row.item, t)}>{ruleSummary(row.item, t)}</div>
                {columns.map((c, ci) => {
                  const isActive = active.row === v.index && active.col === ci;
                  const entry = lookup.entry(c.unitId, row.criterionId);
                  const covered = lookup.covers(c.unitId, row.criterionId);
                  const combined = leaf !== undefined ? results.cells[c.unitId]?.[leaf] : undefined;
                  const disagree = !!combined && row.points !== null && row.points > 0 && combined.spread > doc.settings.disagreementThreshold * row.points;
                  const text = c.kind === 'score' ? cellShortText(entry, row.item, words) : (entry?.[c.kind] ?? '');
                  const cls = ['grid-cell', c.kind === 'score' ? 'num value' : 'text', covered ? '' : 'off', covered && !entry && c.kind === 'score' ? 'empty' : '', entry?.value.kind === 'na' ? 'na' : '', entry?.value.kind === 'veto' && entry.value.triggered ? 'veto' : '', entry?.note && c.kind === 'score' ? 'has-note' : '', disagree && c.kind === 'score' ? 'disagree' : '', isActive ? 'active' : ''].filter(Boolean).join(' ');
                  return (
                    <div
                      key={c.key}
                      className={cls}
                      role="gridcell"
                      aria-selected={isActive}
                      data-cell={`${v.index}:${ci}`}
                      title={[entry?.note, disagree ? t('scoring.disagree') : ''].filter(Boolean).join(' · ') || undefined}
                      onMouseDown={(e) => {
                        if (editing && isActive) return;
                        e.preventDefault();
                        if (editing && !settled.current) {
                          // Clicking away commits, as in Excel; a refused value keeps the editor open.
                          const value = editorRef.current?.value ?? editing.text;
                          if (value !== editing.text && !commit(active, value)) return;
                          settled.current = true;
                        }
                        setEditing(null);
                        onActive({ row: v.index, col: ci });
                        focusGrid();
                      }}
                      onDoubleClick={() => startEditing(c.kind === 'score' ? cellText(entry, row.item, words) : (entry?.[c.kind] ?? ''))}
                    >
                      {isActive && editing ? (
                        <input
                          ref={editorRef}
                          className="cell-editor"
                          autoFocus
                          aria-label={cellName(active)}
                          defaultValue={editing.text}
                          onKeyDown={onEditorKey}
                          onBlur={(e) => {
                            if (!settled.current) {
                              settled.current = true;
                              if (e.currentTarget.value !== editing.text) commit(active, e.currentTarget.value);
                            }
                            setEditing(null);
                          }}
                        />
                      ) : text}
                    </div>
                  );
                })}
              </div>
            );
          })}
        </div>
        <GridFooter label={t('scoring.total')} kind="total" columns={columns} template={template} width={width} value={(u) => {
          const r = resultByUnit.get(u);
          return r ? formatScore(r.total) : '';
        }} />
        {showRank && <GridFooter label={t('scoring.rank')} kind="rank" columns={columns} template={template} width={width} value={(u) => String(resultByUnit.get(u)?.rank ?? '—')} />}
      </div>
      <div className={message ? 'grid-message visible' : 'grid-message'} role="alert" aria-live="assertive">{message ?? t('scoring.keysHelp')}</div>
    </div>
  );
}
