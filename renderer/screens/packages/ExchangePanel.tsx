import { useState } from 'react';
import type { ImportedResults } from '../../../shared/ipc/package-views';
import { useAppState } from '../../state/store';
import { showInFolder } from '../../state/actions';
import { exportTasks, importResults } from '../../state/package-actions';
import { setPackagesState, usePackagesState } from '../../state/packages-store';
import { useT } from '../../i18n/setup';
import { problemLines } from './names';

const PROBLEMS_SHOWN = 5;

/** Issuing task packages (per evaluator or team) and collecting result packages, with what each import did. */
export function ExchangePanel() {
  const t = useT();
  const doc = useAppState((s) => s.view!.doc);
  const lastExport = usePackagesState((s) => s.lastExport);
  const lastImport = usePackagesState((s) => s.lastImport);
  const [by, setBy] = useState<'evaluator' | 'team'>('evaluator');
  const [who, setWho] = useState('all');
  const [busy, setBusy] = useState(false);
  const finalized = doc.status === 'finalized';
  const teamName = (id: string | null) => doc.teams.find((x) => x.id === id)?.name;
  const options =
    by === 'evaluator'
      ? doc.evaluators.map((e) => ({
          id: e.id,
          label: teamName(e.teamId) ? t('list.withNote', { text: e.name, note: teamName(e.teamId)! }) : e.name,
        }))
      : doc.teams.map((x) => ({ id: x.id, label: x.name }));
  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="exchange">
      <article className="panel exchange-card" aria-label={t('pkg.export.title')}>
        <h2>{t('pkg.export.title')}</h2>
        <p className="muted">{t('pkg.export.help')}</p>
        <div className="toolbar">
          <div className="segmented" role="group" aria-label={t('pkg.export.who')}>
            {(['evaluator', 'team'] as const).map((kind) => (
              <button
                key={kind}
                type="button"
                className={by === kind ? 'on' : ''}
                aria-pressed={by === kind}
                onClick={() => {
                  setBy(kind);
                  setWho('all');
                }}
              >
                {t(kind === 'evaluator' ? 'pkg.export.byEvaluator' : 'pkg.export.byTeam')}
              </button>
            ))}
          </div>
          <label className="field-inline">
            <span>{t('pkg.export.who')}</span>
            <select value={who} onChange={(e) => setWho(e.target.value)} aria-label={t('pkg.export.who')}>
              <option value="all">{t('pkg.export.all')}</option>
              {options.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.label}
                </option>
              ))}
            </select>
          </label>
          <button
            type="button"
            className="primary"
            disabled={busy || finalized}
            onClick={() => void run(() => exportTasks(by === 'evaluator' ? { evaluator: who } : { team: who }))}
          >
            {t('pkg.export.button')}
          </button>
        </div>
        {lastExport && (
          <div className="exchange-result" data-testid="export-result">
            <p className="strong">{t('pkg.export.done', { count: lastExport.files.length, dir: lastExport.dir })}</p>
            <ul className="file-list">
              {lastExport.files.map((f) => (
                <li key={f.token}>
                  <span className="file-name">{f.fileName}</span>
                  <span className="muted">{f.evaluators.join(t('list.enumeration'))}</span>
                  <button type="button" className="link-button" onClick={() => void showInFolder(f.token)}>
                    {t('pkg.showInFolder')}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
      </article>

      <article className="panel exchange-card" aria-label={t('pkg.import.title')}>
        <h2>{t('pkg.import.title')}</h2>
        <p className="muted">{t('pkg.import.help')}</p>
        <div className="toolbar">
          <button
            type="button"
            className="primary"
            disabled={busy || finalized}
            onClick={() => void run(() => importResults({ kind: 'dialog' }))}
          >
            {t('pkg.import.button')}
          </button>
        </div>
        {lastImport && <ImportLog report={lastImport} />}
      </article>
    </div>
  );
}

/** One line per package (imported, the same as before, or refused with its reasons), then what changed. */
function ImportLog({ report }: { report: Omit<ImportedResults, 'view'> }) {
  const t = useT();
  return (
    <div className="exchange-result" data-testid="import-result">
      <ul className="import-log">
        {report.accepted.map((a, i) => (
          <li key={`a${i}`} className={a.duplicate ? 'same' : 'ok'}>
            {a.duplicate
              ? t('pkg.import.duplicate', { file: a.fileName })
              : t('pkg.import.accepted', { file: a.fileName, entries: a.entries })}
          </li>
        ))}
        {report.rejected.map((r, i) => {
          const lines = problemLines(r.error, t);
          return (
            <li key={`r${i}`} className="refused" role="alert">
              <span className="strong">{t('pkg.import.rejected', { file: r.fileName })}</span>
              <ul>
                {lines.slice(0, PROBLEMS_SHOWN).map((line, j) => (
                  <li key={j}>{line}</li>
                ))}
                {lines.length > PROBLEMS_SHOWN && (
                  <li className="muted">{t('pkg.import.more', { count: lines.length - PROBLEMS_SHOWN })}</li>
                )}
              </ul>
            </li>
          );
        })}
      </ul>
      <p className="import-summary">
        {report.written ? t('pkg.import.summary', { changed: report.changed, conflicts: report.conflicts }) : t('pkg.import.unchanged')}
        {report.conflicts > 0 && (
          <button type="button" className="link-button" onClick={() => setPackagesState({ tab: 'conflicts' })}>
            {t('pkg.import.showConflicts')}
          </button>
        )}
      </p>
    </div>
  );
}
