import type { TaskName } from '../../../shared/progress';
import { useT } from '../../i18n/setup';
import { showInFolder } from '../../state/actions';
import { useAppState } from '../../state/store';
import { barFraction, stageText } from './export-model';

/** The bar and the stage line of a task while it runs; nothing otherwise. */
export function TaskStatus({ name }: { name: TaskName }) {
  const t = useT();
  const task = useAppState((s) => s.task);
  if (task?.name !== name) return null;
  const fraction = barFraction(name, task.progress);
  return (
    <div className="task-status" data-task={name}>
      <div
        className="task-bar"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={fraction === null ? undefined : Math.round(fraction * 100)}
        aria-label={t('export.title')}
      >
        <span
          className={fraction === null ? 'indeterminate' : ''}
          style={fraction === null ? undefined : { width: `${Math.round(fraction * 100)}%` }}
        />
      </div>
      <span className="task-stage" aria-live="polite">
        {task.progress ? stageText(task.progress, t) : t('export.choosing')}
      </span>
    </div>
  );
}

/** A finished task's line: what was done, and the button that shows the file in its folder. */
export function Done({ text, token, children }: { text: string; token: string | null; children?: React.ReactNode }) {
  const t = useT();
  return (
    <div className="banner banner-done" role="status">
      <span className="done-text">{text}</span>
      {token && (
        <button type="button" onClick={() => void showInFolder(token)}>
          {t('export.showInFolder')}
        </button>
      )}
      {children}
    </div>
  );
}
