import { useEffect, useState } from 'react';
import { statusLabel } from '../../../shared/i18n/labels';
import type { MovedAssessmentView, YearCreated } from '../../../shared/ipc/year-views';
import { openYear } from '../../state/actions';
import { listMovedYears, moveYearAway, renameYear, restoreYear } from '../../state/year-actions';
import { setState, useAppState } from '../../state/store';
import { errorText, useT } from '../../i18n/setup';
import type { ErrorInfo } from '../../../shared/ipc/views';
import { NewYearForm } from './NewYearForm';
import { CreatedSummary } from './CreatedSummary';
import './years.css';
import { errorInfo } from '../../../shared/ipc/error-info';

type Mode =
  | { kind: 'list' }
  | { kind: 'new' }
  | { kind: 'created'; created: YearCreated }
  | { kind: 'rename'; file: string; name: string }
  | { kind: 'archive' | 'delete'; file: string };

/**
 * 年度考核: the years of the workspace with 打开 / 重命名 / 归档 / 删除, what lies in 归档 and 回收
 * with 恢复, and 新建年度考核. Archiving and deleting ask first, naming the assessment; both only
 * move the file into a folder of the workspace, so nothing is ever lost by a click.
 */
export function YearsDialog() {
  const t = useT();
  const workspace = useAppState((s) => s.workspace);
  const doc = useAppState((s) => s.view?.doc);
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const [moved, setMoved] = useState<MovedAssessmentView[]>([]);
  const [error, setError] = useState<ErrorInfo | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    listMovedYears().then(setMoved, (e) => setError(errorInfo(e)));
  }, []);
  const files = workspace?.files ?? [];
  const close = () => setState({ years: false });
  const run = async (work: () => Promise<MovedAssessmentView[] | void>) => {
    setBusy(true);
    setError(null);
    try {
      const next = await work();
      if (next) setMoved(next);
      setMode({ kind: 'list' });
    } catch (e) {
      setError(errorInfo(e));
    } finally {
      setBusy(false);
    }
  };
  const target = mode.kind === 'archive' || mode.kind === 'delete' ? files.find((f) => f.file === mode.file) : undefined;
  const folder = mode.kind === 'archive' ? 'archive' : 'recycle';
  const title =
    mode.kind === 'new' || mode.kind === 'created'
      ? t('year.new.title')
      : mode.kind === 'rename'
        ? t('year.rename.title')
        : mode.kind === 'archive'
          ? t('year.archive.title')
          : mode.kind === 'delete'
            ? t('year.delete.title')
            : t('year.title');
  return (
    <div className="modal-backdrop" role="dialog" aria-modal="true" aria-label={title}>
      <div className="modal years-modal">
        <h2>{title}</h2>
        {error && (
          <p className="banner banner-error" role="alert">
            {errorText(t, error)}
          </p>
        )}
        {mode.kind === 'new' && (
          <NewYearForm
            files={files}
            current={workspace?.current ?? null}
            onCancel={() => setMode({ kind: 'list' })}
            onCreated={(created) => setMode({ kind: 'created', created })}
          />
        )}
        {mode.kind === 'created' && <CreatedSummary created={mode.created} onClose={close} />}
        {mode.kind === 'rename' && (
          <>
            <label className="field">
              <span>{t('year.new.name')}</span>
              <input
                type="text"
                autoFocus
                aria-label={t('year.new.name')}
                value={mode.name}
                maxLength={200}
                onChange={(e) => setMode({ ...mode, name: e.target.value })}
              />
            </label>
            <p className="muted">{t('year.rename.help')}</p>
            <div className="modal-actions">
              <button type="button" onClick={() => setMode({ kind: 'list' })}>
                {t('year.cancel')}
              </button>
              <button
                type="button"
                className="primary"
                disabled={busy || !mode.name.trim()}
                onClick={() => void run(() => renameYear(mode.file, mode.name))}
              >
                {t('year.rename.ok')}
              </button>
            </div>
          </>
        )}
        {(mode.kind === 'archive' || mode.kind === 'delete') && target && (
          <>
            <p>{t(mode.kind === 'archive' ? 'year.archive.confirm' : 'year.delete.confirm', { name: target.name, year: target.year })}</p>
            <div className="modal-actions">
              <button type="button" autoFocus onClick={() => setMode({ kind: 'list' })}>
                {t('year.cancel')}
              </button>
              <button type="button" className="primary" disabled={busy} onClick={() => void run(() => moveYearAway(target.file, folder))}>
                {t(mode.kind === 'archive' ? 'year.archive.ok' : 'year.delete.ok')}
              </button>
            </div>
          </>
        )}
        {mode.kind === 'list' && (
          <>
            <div className="toolbar">
              <strong>{t('year.list')}</strong>
              <span className="spacer" />
              <button type="button" className="primary" onClick={() => setMode({ kind: 'new' })}>
                {t('year.new')}
              </button>
            </div>
            <table className="table" aria-label={t('year.list')}>
              <thead>
                <tr>
                  <th>{t('year.col.year')}</th>
                  <th>{t('year.col.name')}</th>
                  <th>{t('year.col.status')}</th>
                  <th />
                </tr>
              </thead>
              <tbody>
                {files.map((f) => {
                  const open = f.file === workspace?.current;
                  const status = open && doc ? doc.status : f.status;
                  return (
                    <tr key={f.file} data-file={f.file}>
                      <td>{f.year}</td>
                      <td className="years-name">
                        {f.name}
                        {open && <span className="muted">{t('year.current')}</span>}
                      </td>
                      <td>{statusLabel(status, t)}</td>
                      <td className="button-row">
                        <button type="button" disabled={open} onClick={() => void openYear(f.file).then(close)}>
                          {t('year.open')}
                        </button>
                        <button
                          type="button"
                          disabled={status === 'finalized'}
                          onClick={() => setMode({ kind: 'rename', file: f.file, name: f.name })}
                        >
                          {t('year.rename')}
                        </button>
                        <button type="button" onClick={() => setMode({ kind: 'archive', file: f.file })}>
                          {t('year.archive')}
                        </button>
                        <button type="button" onClick={() => setMode({ kind: 'delete', file: f.file })}>
                          {t('year.delete')}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
            <div className="years-section">
              <strong>
                {t('year.archived')} / {t('year.recycled')}
              </strong>
              {moved.length === 0 ? (
                <p className="muted">{t('year.noneArchived')}</p>
              ) : (
                <table className="table" aria-label={`${t('year.archived')} / ${t('year.recycled')}`}>
                  <tbody>
                    {moved.map((m) => (
                      <tr key={`${m.folder}/${m.file}`}>
                        <td>{t(m.folder === 'archive' ? 'year.archived' : 'year.recycled')}</td>
                        <td>{m.year ?? '—'}</td>
                        <td className="years-name">{m.name ?? m.file}</td>
                        <td>
                          <button type="button" disabled={busy} onClick={() => void run(() => restoreYear(m.folder, m.file))}>
                            {t('year.restore')}
                          </button>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </div>
            <div className="modal-actions">
              <button type="button" onClick={close}>
                {t('year.close')}
              </button>
            </div>
          </>
        )}
      </div>
    </div>
  );
}
