import { setState, useAppState } from '../state/store';
import { errorText, useT } from '../i18n/setup';

/** The last refused or failed action, until the user dismisses it. */
export function Notice() {
  const t = useT();
  const notice = useAppState((s) => s.notice);
  const broken = useAppState((s) => s.workspace?.broken ?? []);
  return (
    <>
      {broken.length > 0 && (
        <div className="banner banner-warn" role="note">
          {t('shell.brokenFiles', { count: broken.length })} {broken.map((b) => errorText(t, b.error)).join(t('list.separator'))}
        </div>
      )}
      {notice && (
        <div className="banner banner-error" role="alert">
          <span>{errorText(t, notice)}</span>
          <button type="button" className="link-button" onClick={() => setState({ notice: null })}>
            {t('shell.close')}
          </button>
        </div>
      )}
    </>
  );
}
