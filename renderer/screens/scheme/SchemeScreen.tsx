import { useEffect, useMemo, useState } from 'react';
import { walkCriteria } from '../../../shared/assessment/criteria';
import type { SchemeCriterion } from '../../../shared/assessment/schema';
import type { PlanSource, SchemeDraft } from '../../../shared/ipc/contract';
import type { PlanPreview } from '../../../shared/ipc/views';
import { call } from '../../api/client';
import { infoOf, updateScheme } from '../../state/actions';
import { setState, useAppState } from '../../state/store';
import { errorText, useT } from '../../i18n/setup';
import { mergeImported, sumProblems, updateCriterion } from './scheme-draft';
import { SchemeTree } from './SchemeTree';
import { DocumentPane } from './DocumentPane';
import type { ColumnRole } from '../../../shared/tables/grid';
import { ColumnMapper } from './import/ColumnMapper';
import { recallColumns } from './import/column-memory';
import { RulesReview } from './import/RulesReview';

function draftOf(scheme: SchemeDraft & { version?: number }): SchemeDraft {
  const { version: _version, ...rest } = scheme;
  return rest;
}

/** 方案: import a plan (dialog or drop), edit the tree beside the document, check the sums, save. */
export function SchemeScreen() {
  const t = useT();
  const doc = useAppState((s) => s.view!.doc);
  const planRequest = useAppState((s) => s.planRequest);
  const [draft, setDraft] = useState<SchemeDraft>(() => draftOf(doc.scheme));
  const [dirty, setDirty] = useState(false);
  const [preview, setPreview] = useState<PlanPreview | null>(null);
  const [depth, setDepth] = useState<2 | 3>(doc.scheme.source?.depth ?? 2);
  const [selected, setSelected] = useState<string | null>(null);
  const [confirmDrop, setConfirmDrop] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [mapping, setMapping] = useState<PlanPreview | null>(null);
  const readOnly = doc.status === 'finalized';

  // A saved scheme elsewhere (another year opened, a save) resets an unchanged editor.
  useEffect(() => {
    if (!dirty) setDraft(draftOf(doc.scheme));
  }, [doc.scheme, dirty]);

  const load = async (source: PlanSource, atDepth: 2 | 3, columns?: ColumnRole[]): Promise<void> => {
    setBusy(true);
    try {
      const p = await call('plan:import', { source, depth: atDepth, ...(columns ? { columns } : {}) });
      if (!p) return;
      // A table without header words: a mapping remembered for its shape, else the user maps its columns.
      if (p.columnsNeeded) {
        const remembered = columns ? null : recallColumns(p.columnsNeeded);
        if (remembered && p.token) return await load({ kind: 'token', token: p.token }, atDepth, remembered);
        setMapping(p);
        return;
      }
      setMapping(null);
      setPreview(p);
      setDraft((current) => mergeImported(current, p.scheme));
      setDirty(true);
      setSelected(null);
    } catch (e) {
      setState({ notice: infoOf(e) });
    } finally {
      setBusy(false);
    }
  };

  useEffect(() => {
    if (!planRequest) return;
    const source = planRequest.source === 'dialog' ? { kind: 'dialog' as const } : { kind: 'token' as const, token: planRequest.source.token };
    void load(source, depth);
    setState({ planRequest: null });
    // Only a new request (its serial changes) opens a plan; `load` and `depth` are read as they are then.
  }, [planRequest]);

  const problems = useMemo(() => sumProblems(draft), [draft]);
  const selectedCriterion = useMemo(() => (selected ? walkCriteria(draft.criteria).find((c) => c.id === selected) ?? null : null), [draft, selected]);

  const change = (id: string, patch: Partial<SchemeCriterion>) => {
    setDraft((d) => ({ ...d, criteria: updateCriterion(d.criteria, id, patch) }));
    setDirty(true);
  };

  const save = async (dropStale: boolean) => {
    try {
      await updateScheme(draft, dropStale, dropStale ? t('scheme.dropReason') : '');
      setDirty(false);
      setPreview(null);
      setConfirmDrop(null);
    } catch (e) {
      const info = infoOf(e);
      if (info.key === 'error.schemeDropsEntries') setConfirmDrop(errorText(t, info));
      else setState({ notice: info });
    }
  };

  return (
    <section className="scheme-screen">
      <div className="toolbar">
        <button type="button" className="primary" disabled={readOnly || busy} onClick={() => void load({ kind: 'dialog' }, depth)}>{t('scheme.import')}</button>
        <div className="segmented" role="group" aria-label={t('scheme.depth')}>
          {([2, 3] as const).map((d) => (
            <button key={d} type="button" className={depth === d ? 'on' : ''} aria-pressed={depth === d} disabled={readOnly || busy} onClick={() => {
              setDepth(d);
              if (preview) void load(preview.token ? { kind: 'token', token: preview.token } : { kind: 'seed' }, d);
            }}>{t(d === 2 ? 'scheme.depth2' : 'scheme.depth3')}</button>
          ))}
        </div>
        <button type="button" disabled={readOnly || busy} onClick={() => void load({ kind: 'seed' }, depth)}>{t('scheme.restore')}</button>
        <span className="spacer" />
        <span className={problems.length ? 'sum-status off' : 'sum-status ok'} role="status" data-testid="sum-status">
          {problems.length ? t('scheme.problems', { count: problems.length }) : t('scheme.allAddUp', { total: draft.total })}
        </span>
        <button type="button" disabled={!dirty || busy} onClick={() => { setDraft(draftOf(doc.scheme)); setPreview(null); setDirty(false); }}>{t('scheme.discard')}</button>
        <button type="button" className="primary" disabled={!dirty || readOnly || busy} onClick={() => void save(false)}>{t('scheme.save')}</button>
      </div>
      {confirmDrop && (
        <div className="banner banner-warn" role="alert">
          <span>{confirmDrop}</span>
          <button type="button" className="primary" onClick={() => void save(true)}>{t('scheme.confirmDrop')}</button>
          <button type="button" onClick={() => setConfirmDrop(null)}>{t('scheme.cancel')}</button>
        </div>
      )}
      {preview && (
        <div className="banner banner-info" role="note">
          {t('scheme.previewOf', { file: preview.fileName, count: walkCriteria(preview.scheme.criteria).length })}
          {preview.warnings.map((w, i) => <div key={i} className="small">· {t(`warning.${w.code}`, w.params)}</div>)}
        </div>
      )}
      {mapping?.columnsNeeded && mapping.token && (
        <ColumnMapper key={mapping.token} fileName={mapping.fileName} rows={mapping.columnsNeeded} onCancel={() => setMapping(null)}
          onApply={(roles) => void load({ kind: 'token', token: mapping.token! }, depth, roles)} />
      )}
      {preview && <RulesReview preview={preview} />}
      {problems.length > 0 && (
        <ul className="sum-problems" aria-label={t('scheme.problems', { count: problems.length })}>
          {problems.slice(0, 6).map((p) => (
            <li key={p.id ?? 'total'}>{p.id ? t('scheme.partsOff', { title: p.title, sum: p.sum, points: p.points }) : t('scheme.totalOff', { sum: p.sum, total: p.points })}</li>
          ))}
        </ul>
      )}
      <div className="scheme-body">
        <div className="panel scheme-tree-panel">
          <header className="panel-header">
            <input className="scheme-title" aria-label={t('scheme.title')} disabled={readOnly} value={draft.title} onChange={(e) => { setDraft({ ...draft, title: e.target.value }); setDirty(true); }} />
            <label className="field-inline">
              <span>{t('scheme.total')}</span>
              <input className="narrow num" type="number" min={1} aria-label={t('scheme.total')} disabled={readOnly} value={draft.total} onChange={(e) => { setDraft({ ...draft, total: Math.max(1, Number(e.target.value) || 1) }); setDirty(true); }} />
            </label>
          </header>
          <SchemeTree criteria={draft.criteria} selected={selected} onSelect={setSelected} onChange={change} defaultStep={doc.settings.defaultStep} disabled={readOnly} />
        </div>
        <DocumentPane preview={preview} description={draft.description} selected={selectedCriterion} sourceName={draft.source?.fileName ?? null} />
      </div>
    </section>
  );
}
