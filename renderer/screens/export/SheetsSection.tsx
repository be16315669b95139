import { useMemo, useState } from 'react';
import { errorText, useT } from '../../i18n/setup';
import { useAppState } from '../../state/store';
import { exportSheets } from '../../state/task-actions';
import { plannedSheets, plannedText, sheetChoices } from './export-model';
import { Done, TaskStatus } from './TaskStatus';

/**
 * 考核人员评分表: whose sheets (everyone, a team, one evaluator), blank or with what they already
 * entered (to check on paper), what that will write, the export and the files written.
 */
export function SheetsSection() {
  const t = useT();
  const view = useAppState((s) => s.view!);
  const busy = useAppState((s) => s.task !== null);
  const outcome = useAppState((s) => s.outcomes['sheets:export']);
  const [value, setValue] = useState('all');
  const [filled, setFilled] = useState(false);
  const choices = useMemo(() => sheetChoices(view.doc, t), [view.doc, t]);
  const choice = choices.find((c) => c.value === value) ?? choices[0]!;
  const planned = useMemo(() => plannedSheets(view.doc, choice.who), [view.doc, choice]);
  const group = (g: 'team' | 'evaluator') =>
    choices
      .filter((c) => c.group === g)
      .map((c) => (
        <option key={c.value} value={c.value}>
          {c.label}
        </option>
      ));
  return (
    <section className="panel export-section" aria-labelledby="export-sheets">
      <header className="panel-header">
        <h2 id="export-sheets">{t('export.sheets')}</h2>
      </header>
      <p className="muted">{t('export.sheetsHelp')}</p>
      <label className="field">
        <span>{t('export.who')}</span>
        <select value={choice.value} onChange={(e) => setValue(e.target.value)} disabled={busy}>
          <option value="all">{choices[0]!.label}</option>
          {view.doc.teams.length > 0 && <optgroup label={t('export.who.teams')}>{group('team')}</optgroup>}
          <optgroup label={t('export.who.evaluators')}>{group('evaluator')}</optgroup>
        </select>
      </label>
      <label className="check">
        <input type="checkbox" checked={filled} disabled={busy} onChange={(e) => setFilled(e.target.checked)} />
        <span>{t('export.sheetsFilled')}</span>
      </label>
      {filled && <p className="muted">{t('export.sheetsFilledHelp')}</p>}
      <p data-testid="sheets-plan">{planned.length > 0 ? plannedText(planned, t) : t('export.sheetsNone')}</p>
      <div className="export-actions">
        <button
          type="button"
          className="primary"
          disabled={busy || planned.length === 0}
          title={busy ? t('export.busyHint') : undefined}
          onClick={() => void exportSheets(choice.who, filled)}
        >
          {t(filled ? 'export.sheetsFilledButton' : 'export.sheetsButton')}
        </button>
        <TaskStatus name="sheets:export" />
      </div>
      {outcome?.assessment === view.file &&
        (outcome.ok ? (
          <Done
            text={t('export.sheetsDone', { count: outcome.value.files.length, folder: outcome.value.folder })}
            token={outcome.value.files[0]?.token ?? null}
          >
            <ul className="done-notes">
              {outcome.value.files.map((f) => (
                <li key={f.token}>
                  {t('export.sheetFile', { file: f.fileName, evaluator: f.evaluatorName, units: f.units, items: f.items })}
                </li>
              ))}
            </ul>
          </Done>
        ) : (
          <p className="banner banner-error" role="alert">
            {errorText(t, outcome.error)}
          </p>
        ))}
    </section>
  );
}
