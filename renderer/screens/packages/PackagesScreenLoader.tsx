import { lazy, Suspense } from 'react';
import { useT } from '../../i18n/setup';

// 汇审 is loaded when first opened: the audit view's words need zod's schemas, which the first
// screen does not, and the scoring grid should start without them.
const PackagesScreen = lazy(() => import('./PackagesScreen').then((m) => ({ default: m.PackagesScreen })));

export function PackagesScreenLoader() {
  const t = useT();
  return (
    <Suspense fallback={<div className="splash">{t('shell.loading')}</div>}>
      <PackagesScreen />
    </Suspense>
  );
}
