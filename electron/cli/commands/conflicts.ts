import { parseArgs } from 'node:util';
import { scoredItems } from '../../../shared/assessment/criteria';
import type { Assessment } from '../../../shared/assessment/schema';
import { UserError } from '../../../shared/errors';
import type { Origin } from '../../../shared/packages/cell-state';
import type { Conflict } from '../../../shared/packages/conflicts';
import { contentText } from '../../../shared/packages/value-text';
import { conflictsOf } from '../../services/packages/office';
import type { CliIO, Command } from '../io';
import { localTime } from '../package-lines';
import { formatTable } from '../table';
import { codeAndTitle } from '../../../shared/assessment/item-code';

function originText(o: Origin, io: CliIO): string {
  return o.kind === 'document'
    ? io.t('packages.origin.document', { source: io.t(`packages.source.${o.source}`) })
    : io.t('packages.origin.package', { file: o.fileName, submittedAt: localTime(o.submittedAt) });
}

function names(doc: Assessment) {
  const items = scoredItems(doc);
  const criterion = (id: string) => {
    const item = items.get(id);
    if (!item) return { id, code: '', title: id };
    return item.kind === 'leaf'
      ? { id, code: item.leaf.criterion.code, title: item.leaf.criterion.title }
      : { id, code: '', title: item.item.title };
  };
  const unit = (id: string) => ({ id, name: doc.units.find((u) => u.id === id)?.name ?? id });
  const evaluator = (id: string) => ({ id, name: doc.evaluators.find((e) => e.id === id)?.name ?? id });
  return { items, criterion, unit, evaluator };
}

function conflictJson(c: Conflict, doc: Assessment, io: CliIO) {
  const n = names(doc);
  const item = n.items.get(c.cell.criterionId);
  return {
    evaluator: n.evaluator(c.cell.evaluatorId),
    unit: n.unit(c.cell.unitId),
    criterion: n.criterion(c.cell.criterionId),
    kind: c.kind,
    current: c.current ? { value: c.current.value, reason: c.current.reason, source: c.current.source, at: c.current.at } : null,
    candidates: c.candidates.map((k) => ({
      key: k.key,
      cleared: k.content === null,
      ...(k.content ?? {}),
      text: contentText(k.content, item, io.t),
      origins: k.origins,
    })),
  };
}

/** `conflicts <assessment> [--json]`: the scoring conflicts waiting for the office to pick. */
export const conflictsCommand: Command = async (args, io) => {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } });
  const path = positionals[0];
  if (!path) throw new UserError('cli.missingArgument', { name: '<assessment file>' });
  const { doc, conflicts } = await conflictsOf(path);
  if (values.json) {
    io.out(
      `${JSON.stringify({ assessment: { id: doc.id, name: doc.name }, count: conflicts.length, conflicts: conflicts.map((c) => conflictJson(c, doc, io)) }, null, 2)}\n`,
    );
    return 0;
  }
  if (conflicts.length === 0) {
    io.out(`${io.t('packages.noConflicts')}\n`);
    return 0;
  }
  const n = names(doc);
  const rows = conflicts.flatMap((c) => {
    const crit = n.criterion(c.cell.criterionId);
    const item = n.items.get(c.cell.criterionId);
    return c.candidates.map((k, i) => [
      i === 0 ? n.unit(c.cell.unitId).name : '',
      i === 0 ? codeAndTitle(crit) : '',
      i === 0 ? n.evaluator(c.cell.evaluatorId).name : '',
      i === 0 ? io.t(`packages.kind.${c.kind}`) : '',
      `${i + 1}. ${contentText(k.content, item, io.t)} ← ${k.origins.map((o) => originText(o, io)).join(io.t('packages.value.separator'))}`,
    ]);
  });
  io.out(`${io.t('packages.conflictsHeader', { name: doc.name, count: conflicts.length })}\n\n`);
  io.out(
    formatTable(
      [
        { header: io.t('packages.col.unit') },
        { header: io.t('packages.col.criterion'), max: 28 },
        { header: io.t('packages.col.evaluator') },
        { header: io.t('packages.col.kind') },
        { header: io.t('packages.col.candidates') },
      ],
      rows,
    ),
  );
  return 0;
};
