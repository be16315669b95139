import { useState } from 'react';
import type { WorkspaceFileInfo } from '../../../shared/ipc/views';
import type { YearCreated } from '../../../shared/ipc/year-views';
import { choosePlanForYear, createYear } from '../../state/year-actions';
import { errorText, useT } from '../../i18n/setup';
import type { ErrorInfo } from '../../../shared/ipc/views';
import { errorInfo } from '../../../shared/ipc/error-info';

type Source = 'previous' | 'plan' | 'empty';

/** Last year's name with its year replaced, as the office would write it, else `fallback`. */
function suggestedName(name: string, from: number, to: number, fallback: string): string {
  return name.includes(String(from)) ? name.split(String(from)).join(String(to)) : fallback;
}

/**
 * 新建年度考核: the year and the name typed explicitly (suggested from the latest year), and
 * where to start: a year of the workspace (copied without scores), a document read through
 * the scheme's import path (units, people and settings from that year), or empty.
 */
export function NewYearForm({
  files,
  current,
  onCancel,
  onCreated,
}: {
  files: WorkspaceFileInfo[];
  current: string | null;
  onCancel: () => void;
  onCreated: (created: YearCreated) => void;
}) {
  const t = useT();
  const defaultName = (y: number) => t('years.defaultName', { year: y });
  const latest = files.at(-1);
  const [from, setFrom] = useState(current ?? latest?.file ?? '');
  const base = files.find((f) => f.file === from) ?? latest;
  const [year, setYear] = useState(String((latest?.year ?? new Date().getFullYear() - 1) + 1));
  const [name, setName] = useState(
    latest ? suggestedName(latest.name, latest.year, latest.year + 1, defaultName(latest.year + 1)) : defaultName(Number(year)),
  );
  const [source, setSource] = useState<Source>(files.length > 0 ? 'previous' : 'empty');
  const [plan, setPlan] = useState<{ token: string; fileName: string } | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [busy, setBusy] = useState(false);
  const changeYear = (text: string) => {
    setYear(text);
    const n = Number(text);
    // The suggested name follows the year until the user writes their own.
    if (base && Number.isInteger(n) && name === suggestedName(base.name, base.year, Number(year), defaultName(Number(year))))
      setName(suggestedName(base.name, base.year, n, defaultName(n)));
  };
  const choose = async () => {
    setError(null);
    try {
      const preview = await choosePlanForYear();
      if (preview?.token) setPlan({ token: preview.token, fileName: preview.fileName });
    } catch (e) {
      setError(errorInfo(e));
    }
  };
  const create = async () => {
    setBusy(true);
    setError(null);
    try {
      const fromRequest =
        source === 'empty'
          ? { kind: 'empty' as const }
          : source === 'plan'
            ? { kind: 'plan' as const, file: from, token: plan!.token, depth: 2 as const }
            : { kind: 'previous' as const, file: from };
      onCreated(await createYear({ year: Number(year), name, from: fromRequest }));
    } catch (e) {
      setError(errorInfo(e));
    } finally {
      setBusy(false);
    }
  };
  const ready =
    name.trim() !== '' && /^\d{4}$/.test(year.trim()) && (source !== 'plan' || plan !== null) && (source === 'empty' || from !== '');
  return (
    <>
      {error && (
        <p className="banner banner-error" role="alert">
          {errorText(t, error)}
        </p>
      )}
      <div className="years-form">
        <label htmlFor="new-year-year">{t('year.new.year')}</label>
        <input
          id="new-year-year"
          className="narrow"
          type="text"
          inputMode="numeric"
          autoFocus
          value={year}
          onChange={(e) => changeYear(e.target.value)}
        />
        <label htmlFor="new-year-name">{t('year.new.name')}</label>
        <input id="new-year-name" type="text" maxLength={200} value={name} onChange={(e) => setName(e.target.value)} />
        <span>{t('year.new.from')}</span>
        <div className="years-sources" role="radiogroup" aria-label={t('year.new.from')}>
          <label className="radio">
            <input
              type="radio"
              name="new-year-source"
              checked={source === 'previous'}
              disabled={files.length === 0}
              onChange={() => setSource('previous')}
            />
            {t('year.new.fromPrevious')}
          </label>
          <label className="radio">
            <input
              type="radio"
              name="new-year-source"
              checked={source === 'plan'}
              disabled={files.length === 0}
              onChange={() => setSource('plan')}
            />
            {t('year.new.fromPlan')}
          </label>
          {source === 'plan' && (
            <span className="button-row">
              <button type="button" onClick={() => void choose()}>
                {t('year.new.choosePlan')}
              </button>
              {plan && <span className="muted">{t('year.new.planChosen', { file: plan.fileName })}</span>}
            </span>
          )}
          <label className="radio">
            <input type="radio" name="new-year-source" checked={source === 'empty'} onChange={() => setSource('empty')} />
            {t('year.new.fromEmpty')}
          </label>
        </div>
        {source !== 'empty' && (
          <>
            <label htmlFor="new-year-from">{t('year.new.fromPreviousWhich')}</label>
            <select id="new-year-from" value={from} onChange={(e) => setFrom(e.target.value)}>
              {files.map((f) => (
                <option key={f.file} value={f.file}>{`${f.year} · ${f.name}`}</option>
              ))}
            </select>
          </>
        )}
      </div>
      <div className="modal-actions">
        <button type="button" onClick={onCancel}>
          {t('year.cancel')}
        </button>
        <button type="button" className="primary" disabled={!ready || busy} onClick={() => void create()}>
          {t('year.new.create')}
        </button>
      </div>
    </>
  );
}
