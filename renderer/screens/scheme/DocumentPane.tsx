import { useEffect, useMemo, useRef } from 'react';
import type { SchemeCriterion } from '../../../shared/assessment/schema';
import type { PlanPreview } from '../../../shared/ipc/views';
import { useT } from '../../i18n/setup';

/**
 * The plan document beside the tree: the imported text with the selected criterion's passage
 * marked and scrolled into view; without an import, the selected criterion's own text.
 */
export function DocumentPane({
  preview,
  description,
  selected,
  sourceName,
}: {
  preview: PlanPreview | null;
  description: string;
  selected: SchemeCriterion | null;
  sourceName: string | null;
}) {
  const t = useT();
  const mark = useRef<HTMLElement>(null);
  const parts = useMemo(() => {
    if (!preview) return null;
    const needle = selected?.text.split('\n')[0]?.trim() ?? '';
    const at = needle.length >= 4 ? preview.text.indexOf(needle) : -1;
    return at < 0
      ? { before: preview.text, hit: '', after: '' }
      : { before: preview.text.slice(0, at), hit: needle, after: preview.text.slice(at + needle.length) };
  }, [preview, selected]);
  useEffect(() => {
    // Braces matter: newer Chromium returns a promise from scrollIntoView, and an effect may return only a clean-up function.
    mark.current?.scrollIntoView({ block: 'center' });
  }, [parts]);
  return (
    <div className="panel document-pane">
      <header className="panel-header">
        <h2>{preview ? preview.fileName : t('scheme.criterionText')}</h2>
        {!preview && sourceName && <span className="muted">{t('scheme.source', { file: sourceName })}</span>}
      </header>
      {parts ? (
        <pre className="document-text">
          {parts.before}
          {parts.hit && <mark ref={mark}>{parts.hit}</mark>}
          {parts.after}
        </pre>
      ) : selected ? (
        <div className="document-text">
          <h3>
            {selected.number}
            {selected.title}
          </h3>
          <p>{selected.text || t('scheme.noText')}</p>
        </div>
      ) : (
        <div className="document-text">
          <p className="muted">{t('scheme.pickCriterion')}</p>
          {description && <p>{description}</p>}
        </div>
      )}
    </div>
  );
}
