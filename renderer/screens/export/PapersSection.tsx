import { useState } from 'react';
import type { TaskName } from '../../../shared/progress';
import { errorText, useT } from '../../i18n/setup';
import { exportFeedback, exportNotice, exportUnitSheets, type PaperChoice } from '../../state/papers-actions';
import { useAppState } from '../../state/store';
import { Done, TaskStatus } from './TaskStatus';

type PaperTask = Extract<TaskName, 'papers:unitSheets' | 'papers:feedback' | 'papers:notice'>;

/** One paper's outcome: the done line with 在文件夹中显示, or the error. */
function Outcome({ name }: { name: PaperTask }) {
  const t = useT();
  const file = useAppState((s) => s.view!.file);
  const outcome = useAppState((s) => s.outcomes[name]);
  if (!outcome || outcome.assessment !== file) return null;
  if (!outcome.ok)
    return (
      <p className="banner banner-error" role="alert">
        {errorText(t, outcome.error)}
      </p>
    );
  const v = outcome.value;
  const first = v.files[0] ?? null;
  const text =
    name === 'papers:unitSheets'
      ? t('papers.ui.unitSheetsDone', { file: first?.fileName ?? '', count: v.count })
      : name === 'papers:feedback'
        ? t('papers.ui.feedbackDone', { count: v.count, folder: v.folder ?? '' })
        : t('papers.ui.noticeDone', { file: first?.fileName ?? '' });
  return <Done text={text} token={first?.token ?? null} />;
}

/**
 * 各单位考评材料: which units, the office and dates the papers carry (for this export only, not
 * stored in the assessment), and the three papers: score sheets, feedback letters, the notice.
 */
export function PapersSection() {
  const t = useT();
  const view = useAppState((s) => s.view!);
  const busy = useAppState((s) => s.task !== null);
  const units = view.doc.units;
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(units.map((u) => u.id)));
  const [office, setOffice] = useState('');
  const [date, setDate] = useState('');
  const [appealBy, setAppealBy] = useState('');
  const picked = units.filter((u) => chosen.has(u.id)).map((u) => u.id);
  const choice: PaperChoice = { units: picked.length === units.length ? null : picked, office, date, appealBy };
  const toggle = (id: string) =>
    setChosen((s) => {
      const n = new Set(s);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });
  const hint = busy ? t('export.busyHint') : undefined;
  const button = (name: PaperTask, label: string, act: (c: PaperChoice) => Promise<void>, needsUnits: boolean) => (
    <div className="export-actions" key={name}>
      <button type="button" disabled={busy || (needsUnits && picked.length === 0)} title={hint} onClick={() => void act(choice)}>
        {label}
      </button>
      <TaskStatus name={name} />
    </div>
  );
  return (
    <section className="panel export-section papers-section" aria-labelledby="export-papers">
      <header className="panel-header">
        <h2 id="export-papers">{t('papers.ui.title')}</h2>
      </header>
      <p className="muted">{t('papers.ui.help')}</p>
      {view.doc.status !== 'finalized' && <p className="banner banner-warn">{t('papers.ui.provisional')}</p>}
      <fieldset className="papers-units" disabled={busy}>
        <legend>
          {t('list.withNote', { text: t('papers.ui.units'), note: t('papers.ui.chosen', { count: picked.length, total: units.length }) })}
          <button type="button" className="link-button" onClick={() => setChosen(new Set(units.map((u) => u.id)))}>
            {t('papers.ui.all')}
          </button>
          <button type="button" className="link-button" onClick={() => setChosen(new Set())}>
            {t('papers.ui.none')}
          </button>
        </legend>
        {units.map((u) => (
          <label key={u.id} className="papers-unit">
            <input type="checkbox" checked={chosen.has(u.id)} onChange={() => toggle(u.id)} /> {u.name}
          </label>
        ))}
      </fieldset>
      <div className="papers-fields">
        <label className="field">
          <span>{t('papers.ui.office')}</span>
          <input
            type="text"
            value={office}
            maxLength={200}
            placeholder={t('papers.ui.officePlaceholder')}
            onChange={(e) => setOffice(e.target.value)}
            disabled={busy}
          />
        </label>
        <label className="field">
          <span>{t('papers.ui.date')}</span>
          <input type="date" value={date} onChange={(e) => setDate(e.target.value)} disabled={busy} />
        </label>
        <label className="field">
          <span>{t('papers.ui.appealBy')}</span>
          <input type="date" value={appealBy} onChange={(e) => setAppealBy(e.target.value)} disabled={busy} />
        </label>
      </div>
      <p className="muted">{t('papers.ui.datesHelp')}</p>
      {button('papers:unitSheets', t('papers.ui.unitSheets'), exportUnitSheets, true)}
      <Outcome name="papers:unitSheets" />
      {button('papers:feedback', t('papers.ui.feedback'), exportFeedback, true)}
      <Outcome name="papers:feedback" />
      {button('papers:notice', t('papers.ui.notice'), exportNotice, false)}
      <Outcome name="papers:notice" />
    </section>
  );
}
