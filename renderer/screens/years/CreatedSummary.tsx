import type { YearCreated } from '../../../shared/ipc/year-views';
import { useT } from '../../i18n/setup';

/** What was created and which criteria have no partner in the year it came from (not compared by section). */
export function CreatedSummary({ created, onClose }: { created: YearCreated; onClose: () => void }) {
  const t = useT();
  const { match } = created;
  const label = (c: { code: string; title: string }) => `${c.code} ${c.title}`;
  return (
    <>
      <p role="status">{t('year.new.created', { file: created.file })}</p>
      {match && (
        <>
          <p>{t('year.new.matched', { year: match.previousYear, matched: match.matched })}</p>
          {match.current.length > 0 && (
            <>
              <p>{t('year.new.unmatchedCurrent')}</p>
              <ul className="years-unmatched" data-testid="unmatched-current">
                {match.current.map((c, i) => (
                  <li key={i}>{label(c)}</li>
                ))}
              </ul>
            </>
          )}
          {match.previous.length > 0 && (
            <>
              <p>{t('year.new.unmatchedPrevious')}</p>
              <ul className="years-unmatched" data-testid="unmatched-previous">
                {match.previous.map((c, i) => (
                  <li key={i}>{label(c)}</li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      <div className="modal-actions">
        <button type="button" className="primary" autoFocus onClick={onClose}>
          {t('year.close')}
        </button>
      </div>
    </>
  );
}
