import { useEffect, useMemo, useState } from 'react';
import type { AhpMethod } from '../../../../shared/weights/ahp';
import type { WeightsYearData } from '../../../../shared/ipc/contract';
import { groupsAtLevel, weightGroup, type WeightGroup } from '../../../../shared/weights/groups';
import { groupData } from '../../../../shared/weights/level-data';
import type { RiTable } from '../../../../shared/weights/random-index';
import { call } from '../../../api/client';
import { useT } from '../../../i18n/setup';
import { acceptWeights, goTo } from '../../../state/actions';
import { setState, useAppState } from '../../../state/store';
import { AhpEditor } from './AhpEditor';
import { ObjectiveSource } from './ObjectiveSource';
import { ProposalView } from './ProposalView';
import {
  ahpOutcome,
  blankCells,
  buildRecord,
  matricesOf,
  objectiveOutcome,
  proposalFor,
  rankEffect,
  type Cells,
  type PanelMethod,
} from './weights-model';
import './weights.css';
import { errorInfo } from '../../../../shared/ipc/error-info';

const METHODS: PanelMethod[] = ['ahp', 'entropy', 'cv', 'critic'];

/** Every parent whose parts can be weighed: the first level, then the parts of each parent. */
function groupsOf(scheme: Parameters<typeof groupsAtLevel>[0]): WeightGroup[] {
  return [1, 2, 3].flatMap((level) => groupsAtLevel(scheme, level));
}

/**
 * 权重: derive a parent's points from pairwise comparisons (AHP) or from scores (entropy, CV,
 * CRITIC), see what they would do to every unit's rank and grade, and accept them (recorded).
 */
export function WeightsDialog({ onClose }: { onClose: () => void }) {
  const t = useT();
  const view = useAppState((s) => s.view!);
  const { doc, results } = view;
  const groups = useMemo(() => groupsOf(doc.scheme), [doc.scheme]);
  const [parentId, setParentId] = useState<string | null>(groups[0]?.parent?.id ?? null);
  const group = useMemo(() => weightGroup(doc.scheme, parentId), [doc.scheme, parentId]);
  const n = group?.criteria.length ?? 0;
  const [method, setMethod] = useState<PanelMethod>('ahp');
  // Matrices belong to the group they were typed for: another group starts from a blank one.
  const [typed, setTyped] = useState<{ parentId: string | null; experts: Cells[] }>({ parentId, experts: [blankCells(n)] });
  const experts = useMemo(
    () => (typed.parentId === parentId && typed.experts[0]?.length === n ? typed.experts : [blankCells(n)]),
    [typed, parentId, n],
  );
  const setExperts = (next: Cells[]) => setTyped({ parentId, experts: next });
  const [ahpMethod, setAhpMethod] = useState<AhpMethod>('eigen');
  const [riTable, setRiTable] = useState<RiTable>('cn');
  const [year, setYear] = useState(doc.year);
  // Another year's data, kept with the request it answers so a stale answer is never shown.
  const [fetched, setFetched] = useState<{ key: string; value: WeightsYearData } | null>(null);
  const requestKey = `${parentId ?? ''}|${year}`;
  const other = fetched?.key === requestKey ? fetched.value : null;
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const years = useMemo(() => view.history.years.filter((y) => y < doc.year).sort((a, b) => b - a), [view.history, doc.year]);

  useEffect(() => {
    if (method === 'ahp' || year === doc.year) return;
    let live = true;
    call('weights:yearData', { parentId, year }).then(
      (value) => live && setFetched({ key: `${parentId ?? ''}|${year}`, value }),
      (e) => setState({ notice: errorInfo(e) }),
    );
    return () => {
      live = false;
    };
  }, [method, year, parentId, doc.year]);

  const outcome = useMemo(() => ahpOutcome(experts, n, ahpMethod, riTable), [experts, n, ahpMethod, riTable]);
  const data = useMemo(
    () => (group && method !== 'ahp' ? (year === doc.year ? groupData(doc, results, group) : (other?.data ?? null)) : null),
    [group, method, year, doc, results, other],
  );
  const weights = useMemo(
    () => (method === 'ahp' ? (outcome.result?.weights ?? null) : data ? objectiveOutcome(data, method) : null),
    [method, outcome, data],
  );
  const proposed = useMemo(
    () => (group ? proposalFor(group, weights, doc.settings.defaultStep) : null),
    [group, weights, doc.settings.defaultStep],
  );
  const effect = useMemo(() => (proposed ? rankEffect(doc, results, parentId, proposed) : null), [doc, results, parentId, proposed]);
  const inconsistent = method === 'ahp' && outcome.result !== null && !outcome.result.acceptable;
  const groupName = (g: WeightGroup) =>
    g.parent
      ? t('weights.ui.groupOf', { code: g.parent.code, title: g.parent.title, points: g.points })
      : t('weights.ui.groupFirst', { points: g.points });

  const accept = async () => {
    if (!group || !weights || !proposed) return;
    setBusy(true);
    try {
      const source =
        method === 'ahp' ? { kind: 'ahp' as const, outcome, matrices: matricesOf(experts, n) } : { kind: method, year, data: data! };
      await acceptWeights(buildRecord(group, weights, proposed, source));
      onClose();
    } catch (e) {
      setState({ notice: errorInfo(e) });
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  return (
    <div className="modal-backdrop" role="dialog" aria-modal="true" aria-label={t('weights.ui.title')}>
      <div className="modal weights-modal">
        <h2>{t('weights.ui.title')}</h2>
        <div className="weights-options">
          <label className="field-inline">
            <span>{t('weights.ui.group')}</span>
            <select value={parentId ?? ''} aria-label={t('weights.ui.group')} onChange={(e) => setParentId(e.target.value || null)}>
              {groups.map((g) => (
                <option key={g.parent?.id ?? ''} value={g.parent?.id ?? ''}>
                  {groupName(g)}
                </option>
              ))}
            </select>
          </label>
          <div className="segmented" role="group">
            {METHODS.map((m) => (
              <button key={m} type="button" className={m === method ? 'on' : ''} aria-pressed={m === method} onClick={() => setMethod(m)}>
                {t(`weights.ui.method.${m}`)}
              </button>
            ))}
          </div>
        </div>
        {group && (
          <div className="weights-body">
            <div className="weights-input">
              {method === 'ahp' ? (
                <AhpEditor
                  key={parentId ?? ''}
                  names={group.criteria.map((c) => c.title)}
                  experts={experts}
                  onExperts={setExperts}
                  method={ahpMethod}
                  onMethod={setAhpMethod}
                  riTable={riTable}
                  onRiTable={setRiTable}
                  outcome={outcome}
                />
              ) : (
                <ObjectiveSource
                  year={doc.year}
                  years={years}
                  chosen={year}
                  onChoose={setYear}
                  data={data}
                  unmatched={other?.unmatched ?? []}
                />
              )}
            </div>
            <ProposalView group={group} weights={weights} proposed={proposed} effect={effect} gradeNames={doc.settings.gradeNames} />
          </div>
        )}
        {parentId === null && <p className="small muted">{t('weights.ui.firstLevelNote')}</p>}
        {inconsistent && (
          <p className="weights-flag" role="alert">
            {t('weights.ui.inconsistent')}
          </p>
        )}
        {confirming && group && (
          <div className="banner banner-warn" role="alert">
            <span>{t('weights.ui.confirm', { group: groupName(group) })}</span>
            <button type="button" className="primary" disabled={busy} onClick={() => void accept()}>
              {t('weights.ui.confirmYes')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('weights.ui.cancel')}
            </button>
          </div>
        )}
        <div className="modal-actions">
          <button
            type="button"
            className="primary"
            disabled={!proposed || inconsistent || busy || doc.status === 'finalized'}
            onClick={() => setConfirming(true)}
          >
            {t('weights.ui.accept')}
          </button>
          <button
            type="button"
            disabled={!proposed || !group}
            onClick={() => {
              setState({ weightsTrial: { parentId, points: proposed!, group: groupName(group!) } });
              onClose();
              goTo('results');
            }}
          >
            {t('weights.ui.tryInWhatIf')}
          </button>
          <button type="button" onClick={onClose}>
            {t('weights.ui.close')}
          </button>
        </div>
      </div>
    </div>
  );
}
