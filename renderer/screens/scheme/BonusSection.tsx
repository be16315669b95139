import { useState } from 'react';
import { freshId } from '../../../shared/assessment/scheme-edit';
import type { BonusItem } from '../../../shared/assessment/schema';
import type { SchemeDraft } from '../../../shared/ipc/contract';
import { useT } from '../../i18n/setup';
import { levelsText, parseLevels } from './scheme-draft';
import { newBonus, patchInList, usedIds } from './scheme-lists';
import { RowButtons } from './RowButtons';

/** Levels typed as "国家级:2；省级:1", kept as typed while malformed. */
function LevelsInput({
  item,
  disabled,
  onChange,
}: {
  item: BonusItem;
  disabled: boolean;
  onChange: (levels: BonusItem['levels']) => void;
}) {
  const t = useT();
  const [text, setText] = useState(levelsText(item.levels, t('list.separator')));
  const [bad, setBad] = useState(false);
  return (
    <input
      className={bad ? 'levels invalid' : 'levels'}
      aria-label={t('schemeEditor.bonus.levelsOf', { title: item.title })}
      title={t('scheme.rule.levelsHelp')}
      disabled={disabled}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        const parsed = parseLevels(e.target.value);
        setBad(!parsed);
        if (parsed) onChange(parsed);
      }}
    />
  );
}

/** 加分项: the overall cap and each bonus item with its levels and its own cap. */
export function BonusSection({
  draft,
  disabled,
  onChange,
}: {
  draft: SchemeDraft;
  disabled: boolean;
  onChange: (bonus: SchemeDraft['bonus']) => void;
}) {
  const t = useT();
  const { bonus } = draft;
  const items = (next: BonusItem[]) => onChange({ ...bonus, items: next });
  return (
    <section className="scheme-extra" aria-label={t('schemeEditor.bonus')}>
      <header className="extra-head">
        <h3>{t('schemeEditor.bonus')}</h3>
        <label className="field-inline">
          <span>{t('schemeEditor.bonus.cap')}</span>
          <input
            className="narrow num"
            type="number"
            min={0}
            step="any"
            placeholder={t('schemeEditor.bonus.noCap')}
            aria-label={t('schemeEditor.bonus.cap')}
            disabled={disabled}
            value={bonus.cap ?? ''}
            onChange={(e) => onChange({ ...bonus, cap: e.target.value === '' ? null : Math.max(0, Number(e.target.value) || 0) })}
          />
        </label>
        <span className="spacer" />
        <button
          type="button"
          disabled={disabled}
          onClick={() =>
            items([
              ...bonus.items,
              newBonus(freshId(usedIds(draft), 'b'), t('schemeEditor.bonus.newTitle'), [
                t('schemeEditor.bonus.level1'),
                t('schemeEditor.bonus.level2'),
                t('schemeEditor.bonus.level3'),
              ]),
            ])
          }
        >
          {t('schemeEditor.bonus.add')}
        </button>
      </header>
      {bonus.items.length === 0 ? (
        <p className="small muted">{t('schemeEditor.bonus.none')}</p>
      ) : (
        <table className="table extra-table">
          <thead>
            <tr>
              <th>{t('schemeEditor.col.title')}</th>
              <th>{t('scheme.rule.levels')}</th>
              <th className="num">{t('schemeEditor.bonus.itemCap')}</th>
              <th>{t('schemeEditor.col.text')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {bonus.items.map((b) => (
              <tr key={b.id}>
                <td>
                  <input
                    className="title-input"
                    aria-label={t('schemeEditor.bonus.titleOf', { title: b.title })}
                    disabled={disabled}
                    value={b.title}
                    onChange={(e) => items(patchInList(bonus.items, b.id, { title: e.target.value }))}
                  />
                </td>
                <td>
                  <LevelsInput item={b} disabled={disabled} onChange={(levels) => items(patchInList(bonus.items, b.id, { levels }))} />
                </td>
                <td className="num">
                  <input
                    className="narrow num"
                    type="number"
                    min={0}
                    step="any"
                    aria-label={t('schemeEditor.bonus.capOf', { title: b.title })}
                    disabled={disabled}
                    value={b.cap}
                    onChange={(e) => items(patchInList(bonus.items, b.id, { cap: Math.max(0, Number(e.target.value) || 0) }))}
                  />
                </td>
                <td>
                  <input
                    className="title-input"
                    aria-label={t('schemeEditor.bonus.textOf', { title: b.title })}
                    disabled={disabled}
                    value={b.text}
                    onChange={(e) => items(patchInList(bonus.items, b.id, { text: e.target.value }))}
                  />
                </td>
                <RowButtons list={bonus.items} item={b} title={b.title} disabled={disabled} onChange={items} />
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
