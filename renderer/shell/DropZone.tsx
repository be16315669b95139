import { useState, type ReactNode } from 'react';
import { registerDroppedFile } from '../api/client';
import { errorInfo } from '../../shared/ipc/error-info';
import { requestPlan } from '../state/actions';
import { setState } from '../state/store';
import { useT } from '../i18n/setup';

/** Dropping a plan document anywhere on the window opens it in the scheme screen. */
export function DropZone({ children }: { children: ReactNode }) {
  const t = useT();
  const [over, setOver] = useState(false);
  const hasFiles = (e: React.DragEvent) => [...e.dataTransfer.types].includes('Files');
  return (
    <div
      className="drop-zone"
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setOver(false);
      }}
      onDrop={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        setOver(false);
        const file = e.dataTransfer.files[0];
        if (!file) return;
        registerDroppedFile(file).then(
          (token) => requestPlan(token),
          (err: unknown) => setState({ notice: errorInfo(err) }),
        );
      }}
    >
      {children}
      {over && (
        <div className="drop-overlay" aria-hidden="true">
          {t('shell.dropHint')}
        </div>
      )}
    </div>
  );
}
