import type { Assessment } from '../assessment/schema';
import { cellScores, indexEntries } from '../scoring/compute';

/** A cell where the evaluators' scores for one unit lie further apart than the setting allows. */
export interface Disagreement {
  unitId: string;
  unitName: string;
  criterionId: string;
  code: string;
  title: string;
  points: number;
  /** Highest minus lowest score, in points. */
  spread: number;
  /** spread / points. */
  share: number;
  scores: { evaluatorId: string; name: string; score: number }[];
}

const EPS = 1e-9;

/**
 * Cells for the team to look at before finalizing: the evaluators' scores (what each one's
 * value earns under the rule; N/A left out) spread more than `threshold` × the item's points.
 * The threshold is Settings.disagreementThreshold unless given. Widest first, then in the
 * document's unit and criterion order.
 */
export function disagreements(doc: Assessment, threshold = doc.settings.disagreementThreshold): Disagreement[] {
  const ix = indexEntries(doc);
  const L = ix.leaves.length;
  const found: (Disagreement & { order: number })[] = [];
  doc.units.forEach((unit, u) => {
    ix.leaves.forEach((leaf, c) => {
      const values = cellScores(ix, u * L + c);
      if (values.length < 2) return;
      const scores = values.map((v) => v.value);
      const spread = Math.max(...scores) - Math.min(...scores);
      const points = leaf.criterion.points;
      if (points <= 0 || spread <= threshold * points + EPS) return;
      found.push({
        order: u * L + c,
        unitId: unit.id,
        unitName: unit.name,
        criterionId: leaf.criterion.id,
        code: leaf.criterion.code,
        title: leaf.criterion.title,
        points,
        spread,
        share: spread / points,
        scores: values.map((v) => ({
          evaluatorId: doc.evaluators[v.evaluator]!.id,
          name: doc.evaluators[v.evaluator]!.name,
          score: v.value,
        })),
      });
    });
  });
  return found.sort((a, b) => b.share - a.share || a.order - b.order).map(({ order: _order, ...d }) => d);
}
