import type { Translate } from '../i18n/messages';
import { fig, methodKey, riTableKey } from './messages';
import { WeightsRecord } from './record';

const pointsList = (items: { code: string; points: number }[], t: Translate): string =>
  items.map((c) => t('weights.audit.points', { code: c.code, points: Math.round(c.points * 100) / 100 })).join(t('report.sep.list'));

/**
 * An accepted-weights record in words, for the audit view, the audit sheet and the 说明 sheet:
 * the new points with the method that gave them (and its consistency figures). Null when the
 * record is not one (an old or foreign record is shown as data instead).
 */
export function weightsText(after: unknown, t: Translate): { before: string; after: string } | null {
  const parsed = WeightsRecord.safeParse(after);
  if (!parsed.success) return null;
  const r = parsed.data;
  const before = pointsList(
    r.criteria.map((c) => ({ code: c.code, points: c.before })),
    t,
  );
  const points = pointsList(
    r.criteria.map((c) => ({ code: c.code, points: c.after })),
    t,
  );
  const text = r.ahp
    ? t('weights.audit.ahp', {
        points,
        method: t(methodKey(r.ahp.method)),
        experts: r.ahp.matrices.length,
        table: t(riTableKey(r.ahp.riTable)),
        cr: fig(r.ahp.cr),
      })
    : t('weights.audit.objective', {
        points,
        method: t(methodKey(r.method as 'entropy')),
        year: r.objective?.year ?? '',
        units: r.objective?.units ?? '',
      });
  return { before, after: text };
}
