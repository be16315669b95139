import { useMemo } from 'react';
import { useT } from '../../i18n/setup';
import type { CellWords } from './cell-input';

/** The words a cell shows for its marks and between reasons, in the user's language (one object per language). */
export function useCellWords(): CellWords {
  const t = useT();
  return useMemo(() => ({ na: t('scoring.na'), yes: t('scoring.yes'), no: t('scoring.no'), separator: t('list.separator') }), [t]);
}
