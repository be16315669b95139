import { useState } from 'react';
import type { LeafRule, SchemeCriterion } from '../../../shared/assessment/schema';
import { useT } from '../../i18n/setup';
import { partsSum } from './scheme-draft';
import { RuleCell } from './RuleCell';

export interface SchemeTreeProps {
  criteria: SchemeCriterion[];
  selected: string | null;
  onSelect: (id: string) => void;
  onChange: (id: string, patch: Partial<SchemeCriterion>) => void;
  /** A row dragged by its handle and dropped before or after another one. */
  onDrop: (id: string, targetId: string, side: 'before' | 'after') => void;
  defaultStep: number;
  disabled: boolean;
}

/** The criteria tree as an editable table: titles, points, each parent's sum of parts, leaf rules; rows move by dragging their handle. */
export function SchemeTree({ criteria, selected, onSelect, onChange, onDrop, defaultStep, disabled }: SchemeTreeProps) {
  const t = useT();
  const [dragging, setDragging] = useState<string | null>(null);
  const [over, setOver] = useState<{ id: string; side: 'before' | 'after' } | null>(null);
  const rows: { c: SchemeCriterion; depth: number }[] = [];
  const visit = (c: SchemeCriterion, depth: number) => {
    rows.push({ c, depth });
    c.children.forEach((x) => visit(x, depth + 1));
  };
  criteria.forEach((c) => visit(c, 0));
  const sideOf = (e: React.DragEvent<HTMLTableRowElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    return e.clientY < box.top + box.height / 2 ? 'before' : 'after';
  };
  return (
    <table className="table scheme-tree">
      <thead>
        <tr>
          <th className="col-handle" aria-label={t('schemeEditor.drag')} />
          <th className="col-number">{t('scoring.col.number')}</th>
          <th>{t('scoring.col.criterion')}</th>
          <th className="num col-points">{t('scoring.col.points')}</th>
          <th className="num col-sum">{t('scheme.partsSum')}</th>
          <th className="col-rule">{t('scoring.col.rule')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ c, depth }) => {
          const sum = partsSum(c);
          const drop = over?.id === c.id ? `drop-${over.side}` : '';
          return (
            <tr
              key={c.id}
              className={[`depth-${depth}`, selected === c.id ? 'selected' : '', sum?.off ? 'off' : '', drop].filter(Boolean).join(' ')}
              onClick={() => onSelect(c.id)}
              data-criterion={c.code}
              onDragOver={(e) => {
                if (!dragging || dragging === c.id) return;
                e.preventDefault();
                setOver({ id: c.id, side: sideOf(e) });
              }}
              onDragLeave={() => setOver((o) => (o?.id === c.id ? null : o))}
              onDrop={(e) => {
                e.preventDefault();
                if (dragging && dragging !== c.id) onDrop(dragging, c.id, sideOf(e));
                setDragging(null);
                setOver(null);
              }}
            >
              <td className="col-handle">
                {!disabled && (
                  <span
                    className="drag-handle"
                    draggable
                    title={t('schemeEditor.drag')}
                    aria-label={t('schemeEditor.dragOf', { code: c.code })}
                    onDragStart={(e) => {
                      e.dataTransfer.setData('text/plain', c.id);
                      e.dataTransfer.effectAllowed = 'move';
                      setDragging(c.id);
                      onSelect(c.id);
                    }}
                    onDragEnd={() => {
                      setDragging(null);
                      setOver(null);
                    }}
                  >
                    ⋮⋮
                  </span>
                )}
              </td>
              <td className="col-number muted">{c.number || c.code}</td>
              <td>
                <input
                  className="title-input"
                  style={{ marginLeft: depth * 16 }}
                  aria-label={t('scheme.titleOf', { code: c.code })}
                  disabled={disabled}
                  value={c.title}
                  onFocus={() => onSelect(c.id)}
                  onChange={(e) => onChange(c.id, { title: e.target.value })}
                />
              </td>
              <td className="num">
                <input
                  className="narrow num"
                  type="number"
                  min={0}
                  step="any"
                  aria-label={t('scheme.pointsOf', { code: c.code })}
                  disabled={disabled}
                  value={c.points}
                  onFocus={() => onSelect(c.id)}
                  onChange={(e) => onChange(c.id, { points: Math.max(0, Number(e.target.value) || 0) })}
                />
              </td>
              <td
                className={sum?.off ? 'num sum-off' : 'num muted'}
                data-sum={c.code}
                title={sum?.off ? t('scheme.sumOff', { sum: sum.sum, points: c.points }) : undefined}
              >
                {sum ? (sum.off ? `${sum.sum} ≠ ${c.points}` : `${sum.sum} ✓`) : ''}
              </td>
              <td>
                {c.children.length === 0 && (
                  <RuleCell
                    key={`${c.id}-${c.rule?.kind ?? 'plain'}`}
                    criterion={c}
                    defaultStep={defaultStep}
                    disabled={disabled}
                    onChange={(rule: LeafRule) => onChange(c.id, { rule })}
                  />
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
