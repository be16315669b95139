import { useAppState } from '../state/store';
import { errorText, useT } from '../i18n/setup';

function clock(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleTimeString('zh-CN', { hour12: false });
}

/** 保存中… / 已保存 HH:MM:SS / 保存失败：reason — always visible, so nobody wonders. */
export function SaveStatus() {
  const t = useT();
  const save = useAppState((s) => s.save);
  const text =
    save.status === 'saving' ? t('save.saving')
      : save.status === 'failed' && save.error ? t('save.failed', { reason: errorText(t, save.error) })
        : save.status === 'saved' ? t('save.saved', { time: clock(save.at) })
          : t('save.idle');
  return (
    <span className={`save-status save-${save.status}`} role="status" aria-live="polite" data-status={save.status}>
      {text}
    </span>
  );
}
