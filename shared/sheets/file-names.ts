// What an evaluator's score sheet is called on disk: the year, the kind of sheet, the team and
// the evaluator by name, never an internal id ("2020-评分表-第一考核组-张伟.xlsx").
import type { Assessment } from '../assessment/schema';
import { distinctNames, safeFileName } from '../text/file-name';

/**
 * File names of every evaluator's sheet, by evaluator id. Made distinct over all evaluators of
 * the assessment in their listed order (two 张伟 in one team: "…-张伟.xlsx" and "…-张伟 (2).xlsx"),
 * so an evaluator's file has the same name whether exported alone or with the others.
 * `word` is the kind of sheet in the user's language (评分表, 评分表（已填）).
 */
export function scoreSheetFileNames(doc: Pick<Assessment, 'year' | 'teams' | 'evaluators'>, word: string): Map<string, string> {
  const team = new Map(doc.teams.map((x) => [x.id, x.name]));
  const stems = doc.evaluators.map((e) => {
    const teamName = e.teamId ? team.get(e.teamId) : undefined;
    const parts = [String(doc.year), safeFileName(word), ...(teamName ? [safeFileName(teamName)] : []), safeFileName(e.name)];
    return parts.join('-');
  });
  const names = distinctNames(stems);
  return new Map(doc.evaluators.map((e, i) => [e.id, `${names[i]}.xlsx`]));
}
