import { freshId } from '../../../shared/assessment/scheme-edit';
import type { Settings, VetoItem } from '../../../shared/assessment/schema';
import type { SchemeDraft } from '../../../shared/ipc/contract';
import { useT } from '../../i18n/setup';
import { newVeto, patchInList, usedIds } from './scheme-lists';
import { RowButtons } from './RowButtons';

/**
 * 一票否决/否优项: each item with its effect (一票否决, or 否优项: cannot be 优秀). What a veto
 * does to the result (不合格, or a total of 0) is the assessment's setting, shown here.
 */
export function VetoSection({
  draft,
  vetoEffect,
  disabled,
  onChange,
}: {
  draft: SchemeDraft;
  vetoEffect: Settings['vetoEffect'];
  disabled: boolean;
  onChange: (vetoes: VetoItem[]) => void;
}) {
  const t = useT();
  const add = (effect: VetoItem['effect']) =>
    onChange([
      ...draft.vetoes,
      newVeto(freshId(usedIds(draft), 'v'), t(effect === 'veto' ? 'schemeEditor.veto.newVeto' : 'schemeEditor.veto.newBar'), effect),
    ]);
  return (
    <section className="scheme-extra" aria-label={t('schemeEditor.veto')}>
      <header className="extra-head">
        <h3>{t('schemeEditor.veto')}</h3>
        <span className="small muted" data-testid="veto-effect">
          {t('schemeEditor.veto.effectSetting', { effect: t(`schemeEditor.veto.effect.${vetoEffect}`) })}
        </span>
        <span className="spacer" />
        <button type="button" disabled={disabled} onClick={() => add('veto')}>
          {t('schemeEditor.veto.addVeto')}
        </button>
        <button type="button" disabled={disabled} onClick={() => add('barExcellent')}>
          {t('schemeEditor.veto.addBar')}
        </button>
      </header>
      {draft.vetoes.length === 0 ? (
        <p className="small muted">{t('schemeEditor.veto.none')}</p>
      ) : (
        <table className="table extra-table">
          <thead>
            <tr>
              <th>{t('schemeEditor.col.title')}</th>
              <th>{t('schemeEditor.veto.kind')}</th>
              <th>{t('schemeEditor.col.text')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {draft.vetoes.map((v) => (
              <tr key={v.id}>
                <td>
                  <input
                    className="title-input"
                    aria-label={t('schemeEditor.veto.titleOf', { title: v.title })}
                    disabled={disabled}
                    value={v.title}
                    onChange={(e) => onChange(patchInList(draft.vetoes, v.id, { title: e.target.value }))}
                  />
                </td>
                <td>
                  <select
                    aria-label={t('schemeEditor.veto.kindOf', { title: v.title })}
                    disabled={disabled}
                    value={v.effect}
                    onChange={(e) => onChange(patchInList(draft.vetoes, v.id, { effect: e.target.value as VetoItem['effect'] }))}
                  >
                    <option value="veto">{t('schemeEditor.veto.kind.veto')}</option>
                    <option value="barExcellent">{t('schemeEditor.veto.kind.barExcellent')}</option>
                  </select>
                </td>
                <td>
                  <input
                    className="title-input"
                    aria-label={t('schemeEditor.veto.textOf', { title: v.title })}
                    disabled={disabled}
                    value={v.text}
                    onChange={(e) => onChange(patchInList(draft.vetoes, v.id, { text: e.target.value }))}
                  />
                </td>
                <RowButtons list={draft.vetoes} item={v} title={v.title} disabled={disabled} onChange={onChange} />
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
