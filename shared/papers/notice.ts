// 考核结果通报 (draft): the official notice of the year's results. Units by grade in the
// official unit order ("优秀等次：南宁市、柳州市…"), vetoes with their reason, and the ranking
// table as its attachment. A draft: the office edits the wording in Word or WPS.
import type { Assessment, GradeId } from '../assessment/schema';
import { gradeLabel, methodLabel } from '../i18n/labels';
import type { Translate } from '../i18n/messages';
import { short } from '../report/context';
import { gradesText } from '../report/rule-text';
import type { Results } from '../scoring/types';
import type { DocBlock, DocModel } from './doc-model';
import { allUnitFindings } from './findings';
import { dateText, isProvisional, officeName, type PaperOptions } from './options';

const GRADES: GradeId[] = ['excellent', 'good', 'pass', 'fail'];

/** "优秀等次（3 个）：南宁市、柳州市、桂林市" per grade, units in the official order. */
export function gradeLines(doc: Assessment, results: Results, t: Translate): string[] {
  const byId = new Map(results.units.map((u) => [u.unitId, u]));
  const grades = doc.settings.grades.good === null ? GRADES.filter((g) => g !== 'good') : GRADES;
  return grades.map((g) => {
    const units = doc.units.filter((u) => byId.get(u.id)?.grade === g).map((u) => u.name);
    const grade = gradeLabel(g, doc.settings.gradeNames, t);
    return units.length
      ? t('papers.notice.grade', { grade, count: units.length, units: units.join(t('report.sep.list')) })
      : t('papers.notice.gradeNone', { grade });
  });
}

/** The notice as a document model: the text on its pages, the ranking table as the attachment. */
export function buildNotice(doc: Assessment, results: Results, options: PaperOptions, t: Translate): DocModel {
  const office = officeName(options, t);
  const findings = allUnitFindings(doc, results);
  const scheme = doc.scheme.title.trim() ? `《${doc.scheme.title.trim()}》` : doc.name;
  const body: DocBlock[] = [
    { kind: 'title', text: t('papers.notice.title', { name: doc.name }) },
    { kind: 'salutation', text: t('papers.notice.to') },
    {
      kind: 'para',
      text: t('papers.notice.scope', {
        scheme,
        office,
        count: doc.units.length,
        year: doc.year,
        total: short(doc.scheme.total),
        method: methodLabel(results.method, t),
        grades: gradesText(doc.settings, t),
      }),
    },
    { kind: 'heading', level: 1, text: t('papers.notice.gradesHeading') },
    ...gradeLines(doc, results, t).map((text): DocBlock => ({ kind: 'para', text })),
    { kind: 'heading', level: 1, text: t('papers.notice.vetoHeading') },
  ];
  const failLabel = gradeLabel('fail', doc.settings.gradeNames, t);
  const vetoes = findings.flatMap((f) =>
    f.vetoes.map((v): DocBlock => ({
      kind: 'para',
      text: t('papers.notice.veto', {
        unit: f.unit.unitName,
        item: v.item.title,
        reasons: v.reasons.join(t('report.sep.clause')) || t('papers.sheet.noReason'),
        effect:
          v.item.effect === 'veto' ? t('papers.notice.vetoEffect.veto', { grade: failLabel }) : t('papers.notice.vetoEffect.barExcellent'),
      }),
    })),
  );
  body.push(...(vetoes.length ? vetoes : [{ kind: 'para', text: t('papers.notice.noVeto') } as DocBlock]));
  body.push({ kind: 'heading', level: 1, text: t('papers.notice.tableHeading') });
  body.push({ kind: 'para', text: t('papers.notice.seeAttachment') });
  body.push({ kind: 'para', text: t('papers.notice.closing') });
  // 附件说明: one empty line after the text, then "附件：…" (GB/T 9704 7.3.4).
  body.push({ kind: 'para', text: '' });
  body.push({ kind: 'para', text: t('papers.notice.attachment', { name: doc.name }) });
  body.push({ kind: 'signature', lines: [office, dateText(options.date, t)] });
  const rows = findings.map((f) => {
    const u = f.unit;
    const note = [
      ...f.vetoes.map((v) =>
        v.item.effect === 'veto' ? t('papers.sheet.veto', { item: v.item.title }) : t('papers.sheet.bar', { item: v.item.title }),
      ),
      ...(u.rank === null ? [t('papers.notice.waiting')] : []),
    ].join(t('report.sep.clause'));
    return [
      u.rank === null ? '—' : String(u.rank),
      u.unitName,
      u.total.toFixed(2),
      short(u.bonus),
      gradeLabel(u.grade, doc.settings.gradeNames, t),
      note,
    ];
  });
  const attachment: DocBlock[] = [
    { kind: 'salutation', text: t('papers.notice.attachmentLabel') },
    { kind: 'title', text: t('papers.notice.attachmentTitle', { name: doc.name }) },
    {
      kind: 'table',
      columns: [
        { label: t('papers.notice.col.rank'), width: 8, align: 'center' },
        { label: t('papers.notice.col.unit'), width: 16, align: 'center' },
        { label: t('papers.notice.col.total'), width: 11, align: 'center' },
        { label: t('papers.notice.col.bonus'), width: 9, align: 'center' },
        { label: t('papers.notice.col.grade'), width: 10, align: 'center' },
        { label: t('papers.notice.col.note'), width: 30, align: 'left' },
      ],
      rows,
    },
  ];
  return {
    title: t('papers.notice.title', { name: doc.name }).replace(/\n/g, ''),
    creator: office,
    provisionalMark: isProvisional(doc) ? t('papers.provisional') : null,
    parts: [body, attachment],
  };
}
