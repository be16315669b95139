import { createTranslator } from '../../shared/i18n/messages';
import { mergeSubmissions } from '../../shared/packages/merge';
import { RESULT_FORMAT, ResultPackage } from '../../shared/packages/schema';
import { auditLine } from '../../shared/packages/audit-text';
import { scoredItems } from '../../shared/assessment/criteria';
import { auditSheet } from '../../shared/report/audit-sheet';
import { reportContext } from '../../shared/report/context';
import { computeResults } from '../../shared/scoring/compute';
import { parseKaopingJson } from '../../electron/services/packages/package-files';
import { reviewView } from '../../electron/app/office-packages';
import { auditRows, cachedWords, EMPTY_AUDIT_FORM, lineWords } from '../../renderer/screens/packages/audit-view';
import { OFFICE } from '../helpers/packages';
import { timed, type Figure } from './measure';
import { scenario } from './packages.bench';

/**
 * The 汇审 screen and the report's audit sheet after 20 result packages for 14 units × 120
 * criteria were merged (33,600 entries, a trail of 33,620 records): what one 'packages:review'
 * computes, what the audit tab does per filter change (filter, sort, words for the first page),
 * and the audit sheet's rows as the report writes them.
 */
export async function reviewFigures(): Promise<Figure[]> {
  const { office, ledger, texts } = scenario();
  const incoming = texts.map((text, i) => ({
    pkg: parseKaopingJson(text, `${i}.kpr`, RESULT_FORMAT, ResultPackage).value,
    fileName: `${i}.kpr`,
  }));
  const merged = mergeSubmissions(office, ledger, incoming, OFFICE);
  const { doc } = merged;
  const t = createTranslator('zh-CN');
  const items = scoredItems(doc);
  const line = (r: (typeof doc.audit)[number]) => auditLine(r, doc, t, items);
  const search = (words: (r: (typeof doc.audit)[number]) => string) =>
    auditRows(doc.audit, { ...EMPTY_AUDIT_FORM, text: '第1单位' }, words)
      .slice(0, 200)
      .map((r) => line(r.record));
  const cached = cachedWords((r) => lineWords(line(r)));
  if (auditRows(doc.audit, { ...EMPTY_AUDIT_FORM, text: '第1单位' }, cached).length !== 120 * 20)
    throw new Error('bench audit search is wrong');
  const results = computeResults(doc);
  const sheetRows = () => {
    const sheet = auditSheet(reportContext({ doc, results, others: [], generatedAt: '', generatedIso: '', appVersion: 'bench' }, t));
    let n = 0;
    for (const _row of sheet.rows()) n++;
    return n;
  };
  if (sheetRows() !== doc.audit.length + 4) throw new Error('bench audit sheet is wrong');
  return [
    await timed('review after the merge: conflicts, disagreements, progress board, missing cells', () => reviewView(doc, merged.ledger), {
      runs: 10,
      warmup: 2,
      aim: { below: 300 },
    }),
    await timed(
      `audit tab: first search of ${doc.audit.length} records for a unit's name (every record put into words)`,
      () => search(cachedWords((r) => lineWords(line(r)))),
      { runs: 5, warmup: 1 },
    ),
    await timed('  each further keystroke (words remembered), newest first, first 200 in words', () => search(cached), {
      runs: 10,
      warmup: 2,
      aim: { below: 100 },
    }),
    await timed(`audit sheet of the report: ${doc.audit.length} rows in words`, sheetRows, { runs: 5, warmup: 1 }),
  ];
}
