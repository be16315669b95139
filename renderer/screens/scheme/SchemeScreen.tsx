import { useEffect, useEffectEvent, useMemo, useState } from 'react';
import { walkCriteria } from '../../../shared/assessment/criteria';
import {
  addCriterion,
  blankCriterion,
  deleteCriterion,
  freshId,
  indentCriterion,
  moveBeside,
  moveCriterion,
  outdentCriterion,
  placeOf,
} from '../../../shared/assessment/scheme-edit';
import type { SchemeCriterion } from '../../../shared/assessment/schema';
import { staleEntries } from '../../../shared/assessment/stale-entries';
import type { SchemeDraft } from '../../../shared/ipc/contract';
import { errorInfo } from '../../../shared/ipc/error-info';
import { updateScheme } from '../../state/actions';
import { setState, useAppState } from '../../state/store';
import { useDraft, useDraftOwner } from '../../state/useDraft';
import { useT } from '../../i18n/setup';
import { sumProblems, updateCriterion } from './scheme-draft';
import { statusOf, usedIds } from './scheme-lists';
import { SchemeTree } from './SchemeTree';
import { DocumentPane } from './DocumentPane';
import { WeightsDialog } from './weights/WeightsDialog';
import { TreeActions, type TreeAction } from './TreeActions';
import { ItemDetail } from './ItemDetail';
import { BonusSection } from './BonusSection';
import { VetoSection } from './VetoSection';
import { SaveCheck, type PendingSave } from './SaveCheck';
import './scheme-editor.css';
import { ScriptOffer, useScript } from './ScriptOffer';
import { ColumnMapper } from './import/ColumnMapper';
import { RulesReview } from './import/RulesReview';
import { usePlanImport } from './import/usePlanImport';
import { PartChooser } from './import/PartChooser';

function draftOf(scheme: SchemeDraft & { version?: number }): SchemeDraft {
  const { version: _version, ...rest } = scheme;
  return rest;
}

/**
 * 方案: import a plan (dialog or drop) or build one from nothing; edit the tree beside the
 * document (add, delete, move, drag, indent, outdent), each item's 评分标准, rule and control
 * targets, the bonus and veto items; check the sums; save after a yes where sums are off or
 * scores would go. The edit lives in the store as a draft, so leaving the screen keeps it.
 */
export function SchemeScreen() {
  const t = useT();
  const doc = useAppState((s) => s.view!.doc);
  const owner = useDraftOwner();
  const planRequest = useAppState((s) => s.planRequest);
  const saved = useMemo(() => draftOf(doc.scheme), [doc.scheme]);
  const { value: draft, dirty, edit, discard } = useDraft<SchemeDraft>('scheme', owner, saved);
  const [depth, setDepth] = useState<2 | 3>(doc.scheme.source?.depth ?? 2);
  const [selected, setSelected] = useState<string | null>(null);
  const [pending, setPending] = useState<PendingSave | null>(null);
  const [weightsOpen, setWeightsOpen] = useState(false);
  const { preview, setPreview, pending: mapping, setPending: setMapping, busy, load } = usePlanImport(edit, () => setSelected(null));
  const script = useScript(preview, draft, edit);
  const readOnly = doc.status === 'finalized';

  // Only a new request (its serial changes) opens a plan; the depth is read as it is then, and a
  // change of depth alone does not open the plan again (an effect event, not a dependency).
  const openRequested = useEffectEvent((request: NonNullable<typeof planRequest>) => {
    const source = request.source === 'dialog' ? { kind: 'dialog' as const } : { kind: 'token' as const, token: request.source.token };
    void load(source, depth);
    setState({ planRequest: null });
  });
  useEffect(() => {
    // A request from the menu or a drop (in the external store) starts a load, which shows it is busy.
    if (planRequest) openRequested(planRequest);
  }, [planRequest]);

  const problems = useMemo(() => sumProblems(draft), [draft]);
  const selectedCriterion = useMemo(
    () => (selected ? (walkCriteria(draft.criteria).find((c) => c.id === selected) ?? null) : null),
    [draft, selected],
  );
  const status = statusOf(problems.length, preview?.warnings.length ?? 0);
  // A 考核办法's parts: still to choose (mapping) or chosen for the tree shown (preview).
  const partsOf = mapping?.parts ? mapping : preview?.parts ? preview : null;

  const change = (id: string, patch: Partial<SchemeCriterion>) => edit((d) => ({ ...d, criteria: updateCriterion(d.criteria, id, patch) }));
  const setCriteria = (criteria: SchemeCriterion[]) => edit((d) => ({ ...d, criteria }));

  const act = (action: TreeAction) => {
    const c = draft.criteria;
    const id = freshId(usedIds(draft));
    const blank = blankCriterion(id, t('schemeEditor.newItem'));
    if (action === 'addSection') {
      setCriteria(addCriterion(c, blankCriterion(id, t('schemeEditor.newSection')), { parentId: null }));
      return setSelected(id);
    }
    if (!selected) return;
    if (action === 'addSibling') {
      setCriteria(addCriterion(c, blank, { afterId: selected }));
      return setSelected(id);
    }
    if (action === 'addChild') {
      setCriteria(addCriterion(c, blank, { parentId: selected }));
      return setSelected(id);
    }
    if (action === 'delete') {
      const at = placeOf(c, selected);
      setCriteria(deleteCriterion(c, selected));
      return setSelected(at ? ((at.siblings[at.index + 1] ?? at.siblings[at.index - 1] ?? at.parent)?.id ?? null) : null);
    }
    if (action === 'up' || action === 'down') return setCriteria(moveCriterion(c, selected, action === 'up' ? -1 : 1));
    if (action === 'indent') return setCriteria(indentCriterion(c, selected));
    if (action === 'outdent') return setCriteria(outdentCriterion(c, selected));
  };

  const send = async (dropStale: boolean) => {
    setPending(null);
    try {
      await updateScheme(draft, dropStale, dropStale ? t('scheme.dropReason') : '');
      discard();
      setPreview(null);
    } catch (e) {
      setState({ notice: errorInfo(e) });
    }
  };

  const save = () => {
    const stale = staleEntries(doc, { ...draft, version: doc.scheme.version + 1 });
    if (problems.length > 0 || stale.length > 0) setPending({ sums: problems, stale });
    else void send(false);
  };

  return (
    <section className="scheme-screen">
      <div className="toolbar">
        <button type="button" className="primary" disabled={readOnly || busy} onClick={() => void load({ kind: 'dialog' }, depth)}>
          {t('scheme.import')}
        </button>
        <div className="segmented" role="group" aria-label={t('scheme.depth')}>
          {([2, 3] as const).map((d) => (
            <button
              key={d}
              type="button"
              className={depth === d ? 'on' : ''}
              aria-pressed={depth === d}
              disabled={readOnly || busy}
              onClick={() => {
                setDepth(d);
                if (preview)
                  void load(
                    preview.token ? { kind: 'token', token: preview.token } : { kind: 'seed' },
                    d,
                    undefined,
                    preview.parts?.chosen ?? undefined,
                  );
              }}
            >
              {t(d === 2 ? 'scheme.depth2' : 'scheme.depth3')}
            </button>
          ))}
        </div>
        <button type="button" disabled={readOnly || busy} onClick={() => void load({ kind: 'seed' }, depth)}>
          {t('scheme.restore')}
        </button>
        <span className="spacer" />
        <span className={status.ok ? 'sum-status ok' : 'sum-status off'} role="status" data-testid="sum-status">
          {status.ok ? t('scheme.allAddUp', { total: draft.total }) : t(status.key, { count: status.count })}
        </span>
        <button
          type="button"
          disabled={dirty || busy}
          title={dirty ? t('weights.ui.saveFirst') : undefined}
          onClick={() => setWeightsOpen(true)}
        >
          {t('weights.ui.open')}
        </button>
        {dirty && (
          <span className="draft-mark" title={t('draft.unsaved')}>
            {t('draft.unsaved')}
          </span>
        )}
        <button
          type="button"
          disabled={!dirty || busy}
          onClick={() => {
            discard();
            setPreview(null);
          }}
        >
          {t('scheme.discard')}
        </button>
        <button type="button" className="primary" disabled={!dirty || readOnly || busy} onClick={save}>
          {t('scheme.save')}
        </button>
      </div>
      {preview && (
        <div className="banner banner-info" role="note">
          {t('scheme.previewOf', { file: preview.fileName, count: walkCriteria(preview.scheme.criteria).length })}
          {preview.warnings.map((w, i) => (
            <div key={i} className="small">
              · {t(`warning.${w.code}`, w.params)}
            </div>
          ))}
        </div>
      )}
      <ScriptOffer state={script} disabled={readOnly} />
      {mapping?.columnsNeeded && mapping.token && (
        <ColumnMapper
          key={mapping.token}
          fileName={mapping.fileName}
          rows={mapping.columnsNeeded}
          onCancel={() => setMapping(null)}
          onApply={(roles) => void load({ kind: 'token', token: mapping.token! }, depth, roles)}
        />
      )}
      {partsOf?.parts && partsOf.token && (
        <PartChooser
          key={`${partsOf.token}:${partsOf.parts.chosen}`}
          parts={partsOf.parts.list}
          chosen={partsOf.parts.chosen}
          disabled={readOnly || busy}
          onRead={(part) => void load({ kind: 'token', token: partsOf.token! }, depth, undefined, part)}
        />
      )}
      {preview && <RulesReview preview={preview} onLocate={setSelected} />}
      {problems.length > 0 && (
        <ul className="sum-problems" aria-label={t('scheme.problems', { count: problems.length })}>
          {problems.slice(0, 6).map((p) => (
            <li key={p.id ?? 'total'}>
              {p.id
                ? t('scheme.partsOff', { title: p.title, sum: p.sum, points: p.points })
                : t('scheme.totalOff', { sum: p.sum, total: p.points })}
            </li>
          ))}
          {problems.length > 6 && <li>{t('schemeEditor.moreProblems', { count: problems.length - 6 })}</li>}
        </ul>
      )}
      {weightsOpen && <WeightsDialog onClose={() => setWeightsOpen(false)} />}
      <div className="scheme-body">
        <div className="panel scheme-tree-panel">
          <header className="panel-header">
            <input
              className="scheme-title"
              aria-label={t('scheme.title')}
              disabled={readOnly}
              value={draft.title}
              onChange={(e) => edit((d) => ({ ...d, title: e.target.value }))}
            />
            <label className="field-inline">
              <span>{t('scheme.total')}</span>
              <input
                className="narrow num"
                type="number"
                min={1}
                aria-label={t('scheme.total')}
                disabled={readOnly}
                value={draft.total}
                onChange={(e) => edit((d) => ({ ...d, total: Math.max(1, Number(e.target.value) || 1) }))}
              />
            </label>
          </header>
          <TreeActions criteria={draft.criteria} selected={selected} disabled={readOnly} onAction={act} />
          {draft.criteria.length === 0 && <p className="muted empty-tree">{t('schemeEditor.emptyTree')}</p>}
          <SchemeTree
            criteria={draft.criteria}
            selected={selected}
            onSelect={setSelected}
            onChange={change}
            onDrop={(id, target, side) => setCriteria(moveBeside(draft.criteria, id, target, side))}
            defaultStep={doc.settings.defaultStep}
            disabled={readOnly}
          />
          <BonusSection draft={draft} disabled={readOnly} onChange={(bonus) => edit((d) => ({ ...d, bonus }))} />
          <VetoSection
            draft={draft}
            vetoEffect={doc.settings.vetoEffect}
            disabled={readOnly}
            onChange={(vetoes) => edit((d) => ({ ...d, vetoes }))}
          />
        </div>
        <div className="scheme-side">
          {selectedCriterion && (
            <ItemDetail
              criterion={selectedCriterion}
              units={doc.units}
              disabled={readOnly}
              onChange={(patch) => change(selectedCriterion.id, patch)}
            />
          )}
          <DocumentPane
            preview={preview}
            description={draft.description}
            selected={selectedCriterion}
            sourceName={draft.source?.fileName ?? null}
          />
        </div>
      </div>
      {pending && (
        <SaveCheck pending={pending} doc={doc} onConfirm={() => void send(pending.stale.length > 0)} onCancel={() => setPending(null)} />
      )}
    </section>
  );
}
