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
  const stored = useAppState((s) => s.save);
  // A question main asks before writing (the scheme would drop scores: confirm?) wrote nothing
  // and is answered on its screen: it is not a failed save, so no red 保存失败 pill.
  const question = stored.status === 'failed' && stored.error?.key === 'error.schemeDropsEntries';
  const save = question ? { ...stored, status: stored.at ? ('saved' as const) : ('idle' as const) } : stored;
  const text =
    save.status === 'saving'
      ? t('save.saving')
      : save.status === 'failed' && save.error
        ? t('save.failed', { reason: errorText(t, save.error) })
        : save.status === 'saved'
          ? t('save.saved', { time: clock(save.at) })
          : t('save.idle');
  return (
    <span className={`save-status save-${save.status}`} role="status" aria-live="polite" data-status={save.status}>
      {text}
    </span>
  );
}
