import { useState } from 'react';
import type { LeafRule, Unit } from '../../../shared/assessment/schema';
import { useT } from '../../i18n/setup';
import { parseTargets } from './scheme-lists';

type Control = Extract<LeafRule, { kind: 'control' }>;

/**
 * A control target per unit (控制指标): one row per unit, empty meaning the default target. A
 * block pasted from Excel (names and figures, or a column of figures) fills many rows at once,
 * all or nothing.
 */
export function TargetsTable({
  rule,
  units,
  disabled,
  onChange,
}: {
  rule: Control;
  units: Unit[];
  disabled: boolean;
  onChange: (rule: Control) => void;
}) {
  const t = useT();
  const [problem, setProblem] = useState<string | null>(null);
  const setTarget = (unitId: string, text: string) => {
    const targets = { ...rule.targets };
    const n = Number(text);
    if (text.trim() === '' || !Number.isFinite(n) || n < 0) delete targets[unitId];
    else targets[unitId] = n;
    onChange({ ...rule, targets });
  };
  const paste = (e: React.ClipboardEvent, index: number) => {
    const text = e.clipboardData.getData('text/plain');
    if (!text.includes('\n') && !text.includes('\t')) return;
    e.preventDefault();
    const { targets, problems } = parseTargets(text, units, index);
    if (problems.length)
      return setProblem(
        t('schemeEditor.targets.pasteRefused', {
          lines: problems.map((p) => t('list.withNote', { text: String(p.line), note: p.text })).join(t('list.enumeration')),
        }),
      );
    setProblem(null);
    onChange({ ...rule, targets: { ...rule.targets, ...targets } });
  };
  return (
    <div className="targets">
      <div className="targets-head">
        <strong>{t('schemeEditor.targets.title')}</strong>
        <label className="field-inline">
          <span>{t('schemeEditor.targets.default')}</span>
          <input
            className="narrow num"
            type="number"
            min={0}
            disabled={disabled}
            value={rule.target}
            onChange={(e) => onChange({ ...rule, target: Math.max(0, Number(e.target.value) || 0) })}
          />
        </label>
      </div>
      <p className="small muted">{t('schemeEditor.targets.help')}</p>
      {problem && (
        <p className="small error-text" role="alert">
          {problem}
        </p>
      )}
      <table className="table targets-table" aria-label={t('schemeEditor.targets.title')}>
        <thead>
          <tr>
            <th>{t('schemeEditor.targets.unit')}</th>
            <th className="num">{t('schemeEditor.targets.target')}</th>
          </tr>
        </thead>
        <tbody>
          {units.map((u, i) => (
            <tr key={u.id}>
              <td>{u.name}</td>
              <td className="num">
                <input
                  className="narrow num"
                  inputMode="decimal"
                  aria-label={t('schemeEditor.targets.of', { unit: u.name })}
                  placeholder={String(rule.target)}
                  disabled={disabled}
                  value={rule.targets[u.id] ?? ''}
                  onChange={(e) => setTarget(u.id, e.target.value)}
                  onPaste={(e) => paste(e, i)}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
