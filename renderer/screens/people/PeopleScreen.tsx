import { useMemo } from 'react';
import type { People } from '../../../shared/assessment/people';
import { GUANGXI_CITIES } from '../../../shared/assessment/units';
import { errorInfo } from '../../../shared/ipc/error-info';
import { updatePeople } from '../../state/actions';
import { setState, useAppState } from '../../state/store';
import { useT } from '../../i18n/setup';
import { useDraft, useDraftOwner } from '../../state/useDraft';
import { UnitsTable } from './UnitsTable';
import { EvaluatorsTable } from './EvaluatorsTable';
import { TeamsTable } from './TeamsTable';

/** 单位与考核组: the assessed units, the evaluators, the teams and what each team scores. */
export function PeopleScreen() {
  const t = useT();
  const doc = useAppState((s) => s.view!.doc);
  const owner = useDraftOwner();
  const saved: People = useMemo(
    () => ({ units: doc.units, evaluators: doc.evaluators, teams: doc.teams }),
    [doc.units, doc.evaluators, doc.teams],
  );
  // Kept in the store: leaving the screen keeps the edit as a draft (the nav marks it).
  const { value: draft, dirty, edit: setDraft, discard } = useDraft<People>('people', owner, saved);
  const readOnly = doc.status === 'finalized';
  const edit = (patch: Partial<People>) => setDraft((d) => ({ ...d, ...patch }));
  const save = async () => {
    try {
      await updatePeople(draft);
      discard();
    } catch (e) {
      setState({ notice: errorInfo(e) });
    }
  };
  return (
    <section className="people-screen">
      <div className="toolbar">
        <button type="button" disabled={readOnly} onClick={() => edit({ units: GUANGXI_CITIES })}>
          {t('people.preset')}
        </button>
        <span className="spacer" />
        <span className="muted">
          {t('people.counts', { units: draft.units.length, evaluators: draft.evaluators.length, teams: draft.teams.length })}
        </span>
        <button type="button" disabled={!dirty} onClick={discard}>
          {t('scheme.discard')}
        </button>
        <button type="button" className="primary" disabled={!dirty || readOnly} onClick={() => void save()}>
          {t('people.save')}
        </button>
      </div>
      <div className="people-body">
        <UnitsTable units={draft.units} disabled={readOnly} onChange={(units) => edit({ units })} />
        <div className="people-right">
          <TeamsTable doc={doc} people={draft} disabled={readOnly} onChange={(teams) => edit({ teams })} />
          <EvaluatorsTable people={draft} disabled={readOnly} onChange={(evaluators) => edit({ evaluators })} />
        </div>
      </div>
    </section>
  );
}
