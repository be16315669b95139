import type { ScoredItem } from '../../../shared/assessment/criteria';
import { targetFor } from '../../../shared/assessment/rules';
import type { EntryValue } from '../../../shared/assessment/schema';
import { useT } from '../../i18n/setup';
import { formatNumber } from './cell-input';

/**
 * The value an item starts from in the details panel when nothing is entered: blank, never
 * full marks or the first level, so saving an untouched panel cannot score a cell by itself.
 */
export function emptyValue(item: ScoredItem): EntryValue {
  if (item.kind === 'bonus') return { kind: 'bonus', achievements: [] };
  if (item.kind === 'veto') return { kind: 'veto', triggered: false };
  switch (item.leaf.rule.kind) {
    case 'deduction':
      return { kind: 'deductions', occurrences: [] };
    case 'tiered':
      return { kind: 'tier', level: -1 };
    case 'control':
      return { kind: 'control', actual: NaN };
    default:
      return { kind: 'score', score: NaN };
  }
}

const num = (s: string) => (s.trim() === '' ? NaN : Number(s));

/** Edits one value in the form its rule takes: a score, deductions with reasons, a level, an actual figure, achievements, a veto mark. */
export function ValueEditor({
  item,
  value,
  onChange,
  unitId,
}: {
  item: ScoredItem;
  value: EntryValue;
  onChange: (v: EntryValue) => void;
  unitId: string;
}) {
  const t = useT();
  if (value.kind === 'na') {
    return (
      <div className="value-editor">
        <p className="badge badge-muted">{t('scoring.naMarked')}</p>
        <button type="button" className="link-button" onClick={() => onChange(emptyValue(item))}>
          {t('scoring.unmarkNa')}
        </button>
      </div>
    );
  }
  switch (value.kind) {
    case 'score':
      return (
        <label className="field">
          <span>{t('scoring.score')}</span>
          <input
            type="number"
            step="any"
            min={0}
            value={Number.isFinite(value.score) ? value.score : ''}
            onChange={(e) => onChange({ kind: 'score', score: num(e.target.value) })}
          />
        </label>
      );
    case 'control': {
      const rule = item.kind === 'leaf' && item.leaf.rule.kind === 'control' ? item.leaf.rule : null;
      return (
        <label className="field">
          <span>{t('scoring.actual', { target: rule ? formatNumber(targetFor(rule, unitId)) : '' })}</span>
          <input
            type="number"
            step="any"
            min={0}
            value={Number.isFinite(value.actual) ? value.actual : ''}
            onChange={(e) => onChange({ kind: 'control', actual: num(e.target.value) })}
          />
        </label>
      );
    }
    case 'tier': {
      const levels = item.kind === 'leaf' && item.leaf.rule.kind === 'tiered' ? item.leaf.rule.levels : [];
      return (
        <label className="field">
          <span>{t('scoring.level')}</span>
          <select value={value.level} onChange={(e) => onChange({ kind: 'tier', level: Number(e.target.value) })}>
            {value.level < 0 && <option value={-1}>{t('grid.chooseLevel')}</option>}
            {levels.map((l, i) => (
              <option key={l.label} value={i}>{`${i + 1}. ${t('list.withNote', { text: l.label, note: formatNumber(l.points) })}`}</option>
            ))}
          </select>
        </label>
      );
    }
    case 'veto':
      return (
        <div className="field" role="radiogroup" aria-label={t('scoring.vetoMark')}>
          <span>{t('scoring.vetoMark')}</span>
          <label className="radio">
            <input type="radio" checked={value.triggered} onChange={() => onChange({ kind: 'veto', triggered: true })} />
            {t('scoring.vetoYes')}
          </label>
          <label className="radio">
            <input type="radio" checked={!value.triggered} onChange={() => onChange({ kind: 'veto', triggered: false })} />
            {t('scoring.vetoNo')}
          </label>
        </div>
      );
    case 'deductions': {
      const list = value.occurrences;
      const set = (i: number, patch: Partial<(typeof list)[number]>) =>
        onChange({ kind: 'deductions', occurrences: list.map((o, j) => (j === i ? { ...o, ...patch } : o)) });
      return (
        <div className="field">
          <span>{t('scoring.deductions')}</span>
          <table className="table compact">
            <thead>
              <tr>
                <th>{t('scoring.count')}</th>
                <th>{t('scoring.deductionReason')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {list.map((o, i) => (
                <tr key={i}>
                  <td>
                    <input
                      type="number"
                      min={1}
                      step={1}
                      className="narrow"
                      aria-label={t('scoring.count')}
                      value={o.count}
                      onChange={(e) => set(i, { count: Math.max(1, Math.round(num(e.target.value) || 1)) })}
                    />
                  </td>
                  <td>
                    <input
                      aria-label={t('scoring.deductionReason')}
                      value={o.reason}
                      onChange={(e) => set(i, { reason: e.target.value })}
                    />
                  </td>
                  <td>
                    <button
                      type="button"
                      className="link-button"
                      onClick={() => onChange({ kind: 'deductions', occurrences: list.filter((_, j) => j !== i) })}
                    >
                      {t('scoring.remove')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" onClick={() => onChange({ kind: 'deductions', occurrences: [...list, { count: 1, reason: '' }] })}>
            {t('scoring.addDeduction')}
          </button>
        </div>
      );
    }
    case 'bonus': {
      const levels = item.kind === 'bonus' ? item.item.levels : [];
      const list = value.achievements;
      const set = (i: number, patch: Partial<(typeof list)[number]>) =>
        onChange({ kind: 'bonus', achievements: list.map((a, j) => (j === i ? { ...a, ...patch } : a)) });
      return (
        <div className="field">
          <span>{t('scoring.achievements')}</span>
          {list.map((a, i) => (
            <div key={i} className="achievement">
              <input
                aria-label={t('scoring.achievementName')}
                placeholder={t('scoring.achievementName')}
                value={a.name}
                onChange={(e) => set(i, { name: e.target.value, reason: a.reason || e.target.value })}
              />
              <select aria-label={t('scoring.level')} value={a.level} onChange={(e) => set(i, { level: Number(e.target.value) })}>
                {levels.map((l, k) => (
                  <option key={l.label} value={k}>
                    {t('list.withNote', { text: l.label, note: `+${formatNumber(l.points)}` })}
                  </option>
                ))}
              </select>
              <button
                type="button"
                className="link-button"
                onClick={() => onChange({ kind: 'bonus', achievements: list.filter((_, j) => j !== i) })}
              >
                {t('scoring.remove')}
              </button>
            </div>
          ))}
          <button type="button" onClick={() => onChange({ kind: 'bonus', achievements: [...list, { name: '', level: 0, reason: '' }] })}>
            {t('scoring.addAchievement')}
          </button>
        </div>
      );
    }
  }
}
