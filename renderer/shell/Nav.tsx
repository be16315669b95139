import { goTo } from '../state/actions';
import { SCREENS, useAppState } from '../state/store';
import { useT } from '../i18n/setup';
import { useUnsavedScreens } from '../state/useDraft';

export function Nav() {
  const t = useT();
  const screen = useAppState((s) => s.screen);
  const unsaved = useUnsavedScreens();
  return (
    <nav className="nav" aria-label={t('app.name')}>
      {SCREENS.map((s, i) => (
        <button
          key={s}
          type="button"
          className={s === screen ? 'nav-item active' : 'nav-item'}
          aria-current={s === screen ? 'page' : undefined}
          onClick={() => goTo(s)}
          title={`Ctrl+${i + 1}`}
        >
          <span className="nav-index">{i + 1}</span>
          <span>{t(`nav.${s}`)}</span>
          {unsaved.includes(s) && (
            <span className="nav-draft" title={t('draft.unsaved')} aria-label={t('draft.unsaved')}>
              ●
            </span>
          )}
        </button>
      ))}
    </nav>
  );
}
