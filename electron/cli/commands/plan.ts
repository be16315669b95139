import { parseArgs } from 'node:util';
import { UserError } from '../../../shared/errors';
import { criterionLabel } from '../../../shared/plan/label';
import type { Criterion, PlanTree } from '../../../shared/plan/types';
import { planWarningMessage } from '../../../shared/plan/warnings';
import { loadPlan } from '../../services/plan-document';
import type { CliIO, Command } from '../io';
import { formatTable } from '../table';
import { parseColumns } from '../columns-option';
import { ruleShort } from '../../../shared/rules-text/rule-short';
import { partName } from '../../../shared/tables/scheme-parts';

const DEFAULT_STEP = 0.5;

/** The JSON shape of `plan --json`: the tree without internal fields. */
function criterionJson(c: Criterion): object {
  return {
    code: c.code,
    number: c.number,
    title: c.title,
    text: c.text,
    points: c.points,
    weight: c.weight,
    // Leaves: the rule in the assessment file's shape (plain where nothing was recognised) and the 评分标准 words.
    ...(c.children.length === 0 ? { rule: c.rule ?? { kind: 'plain', step: DEFAULT_STEP }, ruleText: c.ruleText ?? '' } : {}),
    children: c.children.map(criterionJson),
  };
}

function flatten(criteria: Criterion[], depth = 0): { c: Criterion; depth: number }[] {
  return criteria.flatMap((c) => [{ c, depth }, ...flatten(c.children, depth + 1)]);
}

function printTable(plan: PlanTree, io: CliIO): void {
  const unknown = io.t('cli.notDetected');
  io.out(`${io.t('cli.planHeader', { title: plan.title ?? unknown, year: plan.year ?? unknown })}\n\n`);
  const flat = flatten(plan.criteria);
  // A table's leaves carry 评分标准 words: show the rule read from them (prose plans have none, so no column).
  const rules = flat.map(({ c }) => (c.children.length ? null : ruleShort(c.rule, c.ruleText, io.t)));
  const withRules = rules.some((r) => r !== null);
  const rows = flat.map(({ c, depth }, i) => [
    c.code,
    `${'  '.repeat(depth)}${criterionLabel(c)}`,
    String(c.points),
    ...(withRules ? [rules[i] ?? ''] : []),
  ]);
  rows.push(['', io.t('cli.total'), String(plan.total), ...(withRules ? [''] : [])]);
  io.out(
    formatTable(
      [
        { header: io.t('cli.column.code') },
        { header: io.t('cli.column.title'), max: withRules ? 52 : 64 },
        { header: io.t('cli.column.points'), align: 'right' },
        ...(withRules ? [{ header: io.t('cli.ruleColumn'), max: 24 }] : []),
      ],
      rows,
    ),
  );
  if (rules.includes(io.t('cli.rule.unrecognised'))) io.out(`${io.t('cli.rule.legend')}\n`);
  printExtras(plan, io);
}

/** The bonus block and the veto list of a table, each item on one line with its levels or effect. */
function printExtras(plan: PlanTree, io: CliIO): void {
  const bonus = plan.bonus?.items ?? [];
  if (bonus.length) {
    io.out(`\n${io.t('cli.bonusHeader', { cap: plan.bonus?.cap ?? '—' })}\n`);
    const rows = bonus.map((b) => [b.id, b.title, b.levels.map((l) => `${l.label} +${l.points}`).join(' / '), `≤${b.cap}`]);
    io.out(
      formatTable([{ header: '' }, { header: '', max: 40 }, { header: '', max: 48 }, { header: '', align: 'right' }], rows).replace(
        /^.*\n/,
        '',
      ),
    );
  }
  const vetoes = plan.vetoes ?? [];
  if (vetoes.length) {
    io.out(`\n${io.t('cli.vetoHeader')}\n`);
    const rows = vetoes.map((v) => [v.id, v.title, io.t(v.effect === 'veto' ? 'cli.veto.veto' : 'cli.veto.barExcellent')]);
    io.out(formatTable([{ header: '' }, { header: '', max: 64 }, { header: '' }], rows).replace(/^.*\n/, ''));
  }
}

function parseDepth(value: string | undefined): 2 | 3 {
  if (value === undefined) return 2;
  if (value === '2' || value === '3') return Number(value) as 2 | 3;
  throw new UserError('cli.badDepth', { value });
}

function parseTotal(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UserError('cli.badTotal', { value });
  return n;
}

/** `plan <file> [--json] [--depth 2|3] [--total N] [--columns 一级指标=A,…] [--part 第二章]`: the criteria tree of a plan or scoring table. */
export const planCommand: Command = async (args, io) => {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      json: { type: 'boolean' },
      depth: { type: 'string' },
      total: { type: 'string' },
      columns: { type: 'string' },
      part: { type: 'string' },
    },
  });
  const path = positionals[0];
  if (!path) throw new UserError('cli.missingArgument', { name: '<file>' });
  const columns = values.columns === undefined ? undefined : parseColumns(values.columns);
  const { plan } = await loadPlan(path, { depth: parseDepth(values.depth), total: parseTotal(values.total), columns, part: values.part });
  const warnings = plan.warnings.map((w) => planWarningMessage(w, io.t));
  if (values.json) {
    const { title, year, description, total, criteria } = plan;
    const bonus = plan.bonus ?? { cap: null, items: [] };
    const vetoes = plan.vetoes ?? [];
    // A 考核办法: its parts and the one read, so a script can ask again with --part.
    const parts = plan.parts ? { parts: plan.parts } : {};
    const json = { title, year, description, total, criteria: criteria.map(criterionJson), bonus, vetoes, warnings, ...parts };
    io.out(`${JSON.stringify(json, null, 2)}\n`);
  } else {
    printTable(plan, io);
    for (const message of warnings) io.err(`${io.t('cli.warning', { message })}\n`);
    if (plan.parts) io.err(`${io.t('cli.partHint', { parts: plan.parts.list.map(partName).join(' | ') })}\n`);
  }
  return 0;
};
