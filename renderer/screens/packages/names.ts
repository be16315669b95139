// How the review names cells, candidates and problems: units, criteria and evaluators by name.
import { scoredItems, type ScoredItem } from '../../../shared/assessment/criteria';
import type { Assessment } from '../../../shared/assessment/schema';
import type { Translate } from '../../../shared/i18n/messages';
import type { ErrorInfo } from '../../../shared/ipc/views';
import type { Origin } from '../../../shared/packages/cell-state';
import type { Cell } from '../../../shared/packages/schema';
import { localDateTime } from '../../../shared/text/local-time';
import { itemName } from '../../../shared/assessment/item-code';

export interface Names {
  items: Map<string, ScoredItem>;
  unit(id: string): string;
  evaluator(id: string): string;
  /** "1.1 加强思想理论武装", or a bonus or veto item's title. */
  criterion(id: string): string;
  /** "南宁市 · 1.1 加强思想理论武装 · 张伟". */
  cell(cell: Cell): string;
}

export function namesOf(doc: Pick<Assessment, 'scheme' | 'settings' | 'units' | 'evaluators'>): Names {
  const items = scoredItems(doc);
  const units = new Map(doc.units.map((u) => [u.id, u.name]));
  const evaluators = new Map(doc.evaluators.map((e) => [e.id, e.name]));
  const criterion = (id: string) => {
    const item = items.get(id);
    if (!item) return id;
    return itemName(item);
  };
  const unit = (id: string) => units.get(id) ?? id;
  const evaluator = (id: string) => evaluators.get(id) ?? id;
  return {
    items,
    unit,
    evaluator,
    criterion,
    cell: (c) => `${unit(c.unitId)} · ${criterion(c.criterionId)} · ${evaluator(c.evaluatorId)}`,
  };
}

/** Where a conflict's candidate came from, with who entered it and when. */
export function originText(o: Origin, who: string, t: Translate): string {
  return o.kind === 'package'
    ? t('pkg.conflicts.fromPackage', { who, at: localDateTime(o.at), submittedAt: localDateTime(o.submittedAt), file: o.fileName })
    : t('pkg.conflicts.fromDocument', { source: t(`packages.source.${o.source}`), at: localDateTime(o.at) });
}

/**
 * A refused package's reasons in plain words: each problem's message, with its place when the
 * place names an entry (evaluator · unit · criterion); field names such as "signature" are left
 * out, the message says it all.
 */
export function problemLines(error: ErrorInfo, t: Translate): string[] {
  if (!error.problems?.length) return [t(error.key, error.params)];
  return error.problems.map((p) =>
    p.place.includes('·')
      ? t('packages.problemAt', { place: p.place.replace(/^(entries|cleared)\[\d+\] · /, ''), message: t(p.key, p.params) })
      : t(p.key, p.params),
  );
}
