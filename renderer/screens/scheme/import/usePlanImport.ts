import { useState } from 'react';
import type { PlanSource, SchemeDraft } from '../../../../shared/ipc/contract';
import { errorInfo } from '../../../../shared/ipc/error-info';
import type { PlanPreview } from '../../../../shared/ipc/views';
import type { ColumnRole } from '../../../../shared/tables/grid';
import { call } from '../../../api/client';
import { setState } from '../../../state/store';
import { mergeImported } from '../scheme-draft';
import { recallColumns } from './column-memory';

/**
 * The 方案 screen's import: reads a document through plan:import and merges its scheme into the
 * draft, or stops at the question the document raises first — which column is which (a table
 * without header words) or which part holds the items (a 考核办法) — held in `pending`.
 */
export function usePlanImport(edit: (change: (d: SchemeDraft) => SchemeDraft) => void, onImported: () => void) {
  const [preview, setPreview] = useState<PlanPreview | null>(null);
  const [pending, setPending] = useState<PlanPreview | null>(null);
  const [busy, setBusy] = useState(false);

  const load = async (source: PlanSource, depth: 2 | 3, columns?: ColumnRole[], part?: string): Promise<void> => {
    setBusy(true);
    try {
      const p = await call('plan:import', { source, depth, ...(columns ? { columns } : {}), ...(part ? { part } : {}) });
      if (!p) return;
      // A 考核办法 whose items part was not recognised: the user chooses it before any tree is shown.
      if (p.parts && p.parts.chosen === null) return setPending(p);
      // A table without header words: a mapping remembered for its shape, else the user maps its columns.
      if (p.columnsNeeded) {
        const remembered = columns ? null : recallColumns(p.columnsNeeded);
        if (remembered && p.token) return await load({ kind: 'token', token: p.token }, depth, remembered);
        return setPending(p);
      }
      setPending(null);
      setPreview(p);
      edit((current) => ({ ...mergeImported(current, p.scheme), ...(current.script ? { script: current.script } : {}) }));
      onImported();
    } catch (e) {
      setState({ notice: errorInfo(e) });
    } finally {
      setBusy(false);
    }
  };

  return { preview, setPreview, pending, setPending, busy, load };
}
