import { useEffect, useState } from 'react';
import type { ReviewView } from '../../../shared/ipc/package-views';
import type { ErrorInfo } from '../../../shared/ipc/views';
import { call } from '../../api/client';
import { errorInfo } from '../../../shared/ipc/error-info';
import { usePackagesState } from '../../state/packages-store';
import { useAppState } from '../../state/store';

/**
 * The review of the open assessment (conflicts, disagreements, progress, finalize check), read
 * again from main whenever the document changes or packages were issued, since main derives
 * it from the files (assessment and package ledger) and nothing is kept apart to go stale.
 */
export function useReview(): { review: ReviewView | null; error: ErrorInfo | null } {
  const doc = useAppState((s) => s.view?.doc);
  const lastExport = usePackagesState((s) => s.lastExport);
  const [review, setReview] = useState<ReviewView | null>(null);
  const [error, setError] = useState<ErrorInfo | null>(null);
  useEffect(() => {
    let live = true;
    call('packages:review', {}).then(
      (r) => {
        if (!live) return;
        setReview(r);
        setError(null);
      },
      (e: unknown) => live && setError(errorInfo(e)),
    );
    return () => {
      live = false;
    };
  }, [doc, lastExport]);
  return { review, error };
}
