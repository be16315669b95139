import { parseArgs } from 'node:util';
import { UserError } from '../../../shared/errors';
import { computeResults } from '../../../shared/scoring/compute';
import { groupsAtLevel } from '../../../shared/weights/groups';
import { groupData } from '../../../shared/weights/level-data';
import { fig, methodKey } from '../../../shared/weights/messages';
import { objectiveWeights, type ObjectiveMethod } from '../../../shared/weights/objective';
import { proposePoints } from '../../../shared/weights/proposal';
import { loadAssessmentFile } from '../../services/workspace/assessment-file';
import type { CliIO } from '../io';
import { formatTable } from '../table';

/** Points as a scheme writes them: 30, 12.5. */
const pts = (x: number) => String(Math.round(x * 100) / 100);

/**
 * `weights entropy|cv|critic <assessment> [--level N] [--json]`: objective weights of one level's
 * criteria from the assessment's own scores, group by group (level 1: the first-level
 * indicators; level 2: the parts of each first-level indicator), with the points they propose.
 */
export async function objectiveCommand(method: ObjectiveMethod, args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { level: { type: 'string' }, json: { type: 'boolean' } },
  });
  const level = Number(values.level ?? '1');
  if (!Number.isInteger(level) || level < 1 || level > 3) throw new UserError('weights.cli.badLevel', { value: values.level ?? '' });
  const path = positionals[0];
  if (!path) throw new UserError('cli.missingArgument', { name: '<assessment>' });
  const { doc } = await loadAssessmentFile(path);
  const results = computeResults(doc);
  const groups = groupsAtLevel(doc.scheme, level);
  if (groups.length === 0) throw new UserError('weights.cli.noGroups', { level });
  const out = groups.map((group) => {
    const data = groupData(doc, results, group);
    const res =
      data.rows.length >= 2
        ? objectiveWeights(
            data.rows.map((r) => r.rates),
            method,
          )
        : null;
    const proposed = res?.weights ? proposePoints(group.points, res.weights, doc.settings.defaultStep) : null;
    return { group, data, weights: res?.weights ?? null, proposed };
  });
  if (values.json) {
    const groupsJson = out.map(({ group, data, weights, proposed }) => ({
      parent: group.parent?.code ?? null,
      points: group.points,
      units: data.rows.length,
      excluded: data.excluded.map((x) => ({ unit: x.unitName, reason: x.reason, criterion: x.criterionCode })),
      criteria: data.criteria.map((c, i) => ({
        code: c.code,
        title: c.title,
        points: c.points,
        weight: weights?.[i] ?? null,
        proposed: proposed?.[i] ?? null,
      })),
    }));
    io.out(`${JSON.stringify({ method, level, year: doc.year, groups: groupsJson }, null, 2)}\n`);
    return 0;
  }
  const levelName = level === 1 ? io.t('weights.level.first') : `L${level}`;
  io.out(
    `${io.t('weights.cli.objectiveHeader', { method: io.t(methodKey(method)), year: doc.year, level: levelName, units: doc.units.length })}\n`,
  );
  for (const { group, data, weights, proposed } of out)
    printGroup(
      io,
      group.parent ? { code: group.parent.code, title: group.parent.title, points: group.points } : null,
      data,
      weights,
      proposed,
    );
  return 0;
}

function printGroup(
  io: CliIO,
  parent: { code: string; title: string; points: number } | null,
  data: ReturnType<typeof groupData>,
  weights: number[] | null,
  proposed: number[] | null,
): void {
  io.out('\n');
  if (parent) io.out(`${io.t('weights.cli.group', { code: parent.code, title: parent.title, points: pts(parent.points) })}\n`);
  for (const x of data.excluded)
    io.out(
      `${io.t('weights.cli.excluded', { unit: x.unitName, criterion: x.criterionCode, reason: io.t(`weights.cli.reason.${x.reason}`) })}\n`,
    );
  if (data.rows.length < 2) {
    io.out(`${io.t('weights.cli.tooFewUnits', { count: data.rows.length })}\n`);
    return;
  }
  if (!weights) {
    io.out(`${io.t('weights.cli.noVariation')}\n`);
    return;
  }
  const rows = data.criteria.map((c, i) => [`${c.code} ${c.title}`, fig(weights[i]!), pts(c.points), proposed ? pts(proposed[i]!) : '']);
  io.out(
    formatTable(
      [
        { header: io.t('weights.cli.col.criterion'), max: 40 },
        { header: io.t('weights.cli.col.weight'), align: 'right' },
        { header: io.t('weights.cli.col.points'), align: 'right' },
        { header: io.t('weights.cli.col.proposed'), align: 'right' },
      ],
      rows,
    ),
  );
}
