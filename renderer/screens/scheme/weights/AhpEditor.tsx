import { useState } from 'react';
import type { AhpMethod } from '../../../../shared/weights/ahp';
import { fig, methodKey, riTableKey } from '../../../../shared/weights/messages';
import type { RiTable } from '../../../../shared/weights/random-index';
import { useT } from '../../../i18n/setup';
import { blankCells, cellValue, reciprocalText, type AhpOutcome, type Cells } from './weights-model';

const METHODS: AhpMethod[] = ['eigen', 'geometric', 'column'];
const TABLES: RiTable[] = ['cn', 'saaty'];

interface Props {
  names: string[];
  experts: Cells[];
  onExperts: (experts: Cells[]) => void;
  method: AhpMethod;
  onMethod: (m: AhpMethod) => void;
  riTable: RiTable;
  onRiTable: (t: RiTable) => void;
  outcome: AhpOutcome;
}

/** The pairwise comparison matrix of each expert: the upper triangle is typed, the lower mirrors it. */
export function AhpEditor({ names, experts, onExperts, method, onMethod, riTable, onRiTable, outcome }: Props) {
  const t = useT();
  const [active, setActive] = useState(0);
  const k = Math.min(active, experts.length - 1);
  const cells = experts[k]!;
  const n = names.length;
  const setCell = (i: number, j: number, text: string) =>
    onExperts(experts.map((c, e) => (e === k ? c.map((row, r) => (r === i ? row.map((x, col) => (col === j ? text : x)) : row)) : c)));
  const r = outcome.result;
  return (
    <div className="weights-ahp">
      <div className="weights-options">
        <label className="field-inline">
          <span>{t('weights.ui.ahpMethod')}</span>
          <select value={method} onChange={(e) => onMethod(e.target.value as AhpMethod)}>
            {METHODS.map((m) => (
              <option key={m} value={m}>
                {t(methodKey(m))}
              </option>
            ))}
          </select>
        </label>
        <label className="field-inline">
          <span>{t('weights.ui.riTable')}</span>
          <select value={riTable} onChange={(e) => onRiTable(e.target.value as RiTable)}>
            {TABLES.map((x) => (
              <option key={x} value={x}>
                {t(riTableKey(x))}
              </option>
            ))}
          </select>
        </label>
        <span className="spacer" />
        <div className="segmented" role="tablist">
          {experts.map((_, e) => (
            <button key={e} type="button" role="tab" aria-selected={e === k} className={e === k ? 'on' : ''} onClick={() => setActive(e)}>
              {t('weights.ui.expert', { n: e + 1 })}
              {outcome.experts[e] && !outcome.experts[e].acceptable ? ' ⚠' : ''}
            </button>
          ))}
        </div>
        <button
          type="button"
          onClick={() => {
            onExperts([...experts, blankCells(n)]);
            setActive(experts.length);
          }}
        >
          {t('weights.ui.addExpert')}
        </button>
        {experts.length > 1 && (
          <button
            type="button"
            onClick={() => {
              onExperts(experts.filter((_, e) => e !== k));
              setActive(0);
            }}
          >
            {t('weights.ui.removeExpert')}
          </button>
        )}
      </div>
      <p className="small muted">{t('weights.ui.hint')}</p>
      <div className="weights-matrix-wrap">
        <table className="weights-matrix" aria-label={t('weights.ui.expert', { n: k + 1 })}>
          <thead>
            <tr>
              <th />
              {names.map((name, j) => (
                <th key={j} title={name}>
                  {j + 1}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {names.map((name, i) => (
              <tr key={i}>
                <th className="row-name" title={name}>{`${i + 1} ${name}`}</th>
                {names.map((_, j) => {
                  if (i === j)
                    return (
                      <td key={j} className="diag">
                        1
                      </td>
                    );
                  if (j < i)
                    return (
                      <td key={j} className="mirror">
                        {reciprocalText(cells[j]![i]!)}
                      </td>
                    );
                  const text = cells[i]![j]!;
                  const bad = cellValue(text) === null;
                  return (
                    <td key={j}>
                      <input
                        className={bad ? 'judgement bad' : 'judgement'}
                        value={text}
                        aria-label={`${i + 1}-${j + 1}`}
                        aria-invalid={bad}
                        title={bad ? t('weights.ui.badCell') : undefined}
                        onChange={(e) => setCell(i, j, e.target.value)}
                      />
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {outcome.bad.length > 0 && (
        <p className="weights-flag" role="alert">
          {t('weights.ui.badCells', { count: outcome.bad.length })}
        </p>
      )}
      {r && (
        <div className="weights-consistency" data-testid="ahp-consistency">
          <div>{t('weights.cli.consistency', { lambda: fig(r.lambdaMax), ci: fig(r.ci), ri: r.ri.toFixed(2), cr: fig(r.cr) })}</div>
          {experts.length > 1 && (
            <div className="small">
              {[
                t('weights.cli.experts', { count: experts.length }),
                ...outcome.experts.map((x, e) => t('weights.ui.expertCr', { n: e + 1, cr: fig(x.cr) })),
              ].join(t('report.sep.list'))}
            </div>
          )}
          <div className={r.acceptable ? 'ok' : 'weights-flag'}>
            {t(r.acceptable ? 'weights.cli.acceptable' : 'weights.cli.notAcceptable')}
          </div>
          {!r.acceptable &&
            r.worstPairs.map((p) => (
              <div key={`${p.i}-${p.j}`} className="small">
                ·{' '}
                {t('weights.cli.worstPair', { a: names[p.i]!, b: names[p.j]!, judgement: fig(p.judgement, 2), implied: fig(p.implied, 2) })}
              </div>
            ))}
        </div>
      )}
    </div>
  );
}
