import { useEffect, useRef, useState } from 'react';
import type { SchemeCriterion } from '../../../shared/assessment/schema';
import type { SchemeDraft } from '../../../shared/ipc/contract';
import type { PlanPreview } from '../../../shared/ipc/views';
import { useT } from '../../i18n/setup';
import { convertScheme, looksTraditional } from './scheme-lists';

type Convert = (s: string) => string;

// opencc's dictionaries (≈190 kB) load only when a scheme is looked at for its script.
let converter: Promise<Convert> | null = null;
function loadConverter(): Promise<Convert> {
  converter ??= import('opencc-js/t2cn').then((m) => m.Converter({ from: 't', to: 'cn' }));
  return converter;
}

const titles = (list: SchemeCriterion[]): string => list.map((c) => `${c.title}${titles(c.children)}`).join('');

export interface ScriptState {
  /** The document (or the scheme) is in Traditional script and no choice was made yet. */
  offer: boolean;
  convert: () => void;
  keep: () => void;
}

/**
 * Traditional script (the seed and many mirrored documents): offers 转为简体 once per document,
 * and remembers the choice in the scheme (`script`), so the next import of this scheme follows
 * it without asking again.
 */
export function useScript(
  preview: PlanPreview | null,
  draft: SchemeDraft,
  edit: (f: (d: SchemeDraft) => SchemeDraft) => void,
): ScriptState {
  const [offer, setOffer] = useState(false);
  const handled = useRef<PlanPreview | null | undefined>(undefined);
  const sample = preview ? preview.text : draft.script ? '' : `${draft.title}${titles(draft.criteria)}`;
  useEffect(() => {
    let live = true;
    void loadConverter().then((convert) => {
      if (!live) return;
      const traditional = sample !== '' && looksTraditional(sample, convert);
      if (traditional && preview && handled.current !== preview && draft.script === 'simplified') {
        handled.current = preview;
        edit((d) => ({ ...convertScheme(d, convert), script: 'simplified' }));
        setOffer(false);
        return;
      }
      handled.current = preview;
      setOffer(traditional && !draft.script);
    });
    return () => {
      live = false;
    };
  }, [preview, sample, draft.script, edit]);
  return {
    offer,
    convert: () =>
      void loadConverter().then((convert) => {
        edit((d) => ({ ...convertScheme(d, convert), script: 'simplified' }));
        setOffer(false);
      }),
    keep: () => {
      edit((d) => ({ ...d, script: 'original' }));
      setOffer(false);
    },
  };
}

/** The offer itself: a banner with 转为简体 and 保留原文. */
export function ScriptOffer({ state, disabled }: { state: ScriptState; disabled: boolean }) {
  const t = useT();
  if (!state.offer || disabled) return null;
  return (
    <div className="banner banner-info" role="note" data-testid="script-offer">
      <span>{t('schemeEditor.script.offer')}</span>
      <button type="button" className="primary" onClick={state.convert}>
        {t('schemeEditor.script.convert')}
      </button>
      <button type="button" onClick={state.keep}>
        {t('schemeEditor.script.keep')}
      </button>
    </div>
  );
}
