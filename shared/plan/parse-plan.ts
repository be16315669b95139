import { PLAN_LIMITS } from './limits';
import { checkLevelNumbers } from './level-limits';
import { UserError } from '../errors';
import { buildBody, type BodyNode } from './body';
import { detectYear, readFrontMatter, statedTotal } from './front-matter';
import { criterionLabel } from './label';
import { readLabel } from './numbering';
import { splitParagraphs, type TextKind } from './paragraphs';
import { allocate, declaredPoints, type Allocation, type AllocationIssue } from './points';
import { applyDepth } from './third-level';
import type { Criterion, ParseOptions, PlanTree, PlanWarning } from './types';

export const DEFAULT_TOTAL = 100;

function toCriteria(nodes: BodyNode[], allocations: Allocation[], total: number, prefix: string): Criterion[] {
  return nodes.map((node, i) => {
    const code = prefix ? `${prefix}.${i + 1}` : String(i + 1);
    const points = allocations[i]!.points;
    return {
      code,
      number: node.number,
      title: node.title,
      text: node.paragraphs.join('\n'),
      points,
      weight: total > 0 ? points / total : 0,
      pointsFromText: node.inlinePoints !== null,
      children: toCriteria(node.children, allocations[i]!.children, total, code),
    };
  });
}

function nodeAt(roots: BodyNode[], path: number[]): BodyNode | null {
  let nodes = roots;
  let node: BodyNode | null = null;
  for (const i of path) {
    node = nodes[i] ?? null;
    nodes = node?.children ?? [];
  }
  return node;
}

function issueToWarning(issue: AllocationIssue, roots: BodyNode[]): PlanWarning {
  const node = nodeAt(roots, issue.path);
  const at = node ? criterionLabel(node) : String(issue.points);
  return issue.kind === 'mismatch'
    ? { code: 'inlinePointsMismatch', params: { at, points: issue.points, sum: issue.sum } }
    : { code: 'pointsTooFewForChildren', params: { at, points: issue.points, count: issue.count } };
}

/** Lines in `text`, counting no further than just past `stop` (cheap on any size). */
export function lineCount(text: string, stop: number): number {
  let count = 1;
  for (let i = text.indexOf('\n'); i !== -1 && count <= stop; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/**
 * Turns the text of a work plan (工作要点) into a weighted criteria tree.
 * Throws UserError when the text is empty, has no numbered structure or more than PLAN_LIMITS
 * allow; everything else that
 * needs a look (repeats merged, points that do not add up) comes back as warnings.
 */
export function parsePlan(text: string, kind: TextKind, options: ParseOptions = {}): PlanTree {
  const file = options.fileName ?? '';
  const lines = lineCount(text, PLAN_LIMITS.lines);
  if (lines > PLAN_LIMITS.lines)
    throw new UserError('hardening.planTooManyLines', { file, count: `> ${PLAN_LIMITS.lines}`, limit: PLAN_LIMITS.lines });
  const paragraphs = splitParagraphs(text, kind);
  if (paragraphs.length === 0) throw new UserError('error.planEmpty', { file });
  const labelled = paragraphs.filter((p) => readLabel(p) !== null).length;
  if (labelled < 2) throw new UserError('error.planNoStructure', { file });
  if (labelled > PLAN_LIMITS.numbered)
    throw new UserError('hardening.planTooManyItems', { file, count: labelled, limit: PLAN_LIMITS.numbered });
  checkLevelNumbers(paragraphs, file);

  const bodyStart = paragraphs.findIndex((p) => readLabel(p) !== null);
  const front = readFrontMatter(paragraphs.slice(0, bodyStart));
  const warnings: PlanWarning[] = [];
  const roots = buildBody(paragraphs.slice(bodyStart), front.paragraphs, warnings);
  if (roots.length > PLAN_LIMITS.sections)
    throw new UserError('hardening.planTooManySections', { file, count: roots.length, limit: PLAN_LIMITS.sections });
  applyDepth(roots, options.depth ?? 2);

  const written = declaredPoints({ inlinePoints: null, children: roots });
  // A total the preamble states ("满分100分") stands in for the default, never for the user's --total.
  const stated = statedTotal(front.description);
  let total = options.total ?? stated ?? DEFAULT_TOTAL;
  if (written !== null && written !== total) {
    if (options.total !== undefined || stated !== null) warnings.push({ code: 'inlineTotalDiffers', params: { sum: written, total } });
    total = written;
  }
  const { allocations, issues } = allocate(roots, total);
  warnings.push(...issues.map((issue) => issueToWarning(issue, roots)));

  return {
    title: front.title,
    year: detectYear(front.title, front.description, options.fileName, [...front.paragraphs, ...paragraphs.slice(-6)]),
    description: front.description,
    total,
    criteria: toCriteria(roots, allocations, total, ''),
    warnings,
  };
}
