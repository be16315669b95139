import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n/messages';
import { docTexts } from '../../../shared/papers/doc-model';
import { buildFeedbackLetters } from '../../../shared/papers/feedback';
import { allUnitFindings, mergeReasons, totalLost } from '../../../shared/papers/findings';
import { sheetNames } from '../../../shared/papers/names';
import { buildNotice, gradeLines } from '../../../shared/papers/notice';
import { addDays, dateText, isIsoDate, type PaperOptions } from '../../../shared/papers/options';
import { buildUnitSheets } from '../../../shared/papers/unit-sheets';
import { computeResults } from '../../../shared/scoring/compute';
import { entry, leaf, makeDoc, section } from '../../helpers/assessment';

const zh = createTranslator('zh-CN');
const en = createTranslator('en');
const options: PaperOptions = {
  office: '考核办',
  date: '2020-12-28',
  appealBy: '2021-01-04',
  generatedAt: '2020-12-28 10:00',
  generatedIso: '2020-12-28T02:00:00.000Z',
};

/** Three evaluators; A loses points on `d` (the same reason three times, worded slightly apart) and on `p`; B is vetoed. */
function doc() {
  const d = makeDoc({
    criteria: [
      section('s1', 20, [
        { ...leaf('d', 10, { kind: 'deduction', perOccurrence: 1 }), number: '(一)', title: '事故信息报送' },
        { ...leaf('p', 10), number: '(二)', title: '隐患排查' },
      ]),
    ],
    units: ['A', 'B'],
    evaluators: ['e1', 'e2', 'e3'],
    settings: { grades: { excellent: 19, good: 17, pass: 10 } },
    bonus: {
      cap: 5,
      items: [
        {
          id: 'b1',
          title: '表彰',
          text: '',
          cap: 3,
          levels: [
            { label: '国家级', points: 2 },
            { label: '省级', points: 1 },
          ],
        },
      ],
    },
    vetoes: [{ id: 'v1', title: '发生重大事故', text: '', effect: 'veto' }],
    entries: [
      entry('e1', 'A', 'd', { kind: 'deductions', occurrences: [{ count: 2, reason: '迟报事故信息' }] }),
      entry('e2', 'A', 'd', { kind: 'deductions', occurrences: [{ count: 2, reason: '迟报事故信息。' }] }),
      entry('e3', 'A', 'd', {
        kind: 'deductions',
        occurrences: [
          { count: 2, reason: ' 迟报事故信息 ' },
          { count: 1, reason: '漏报一起' },
        ],
      }),
      entry('e1', 'A', 'p', 8, '台账不全'),
      entry('e2', 'A', 'p', 8, '台账不全'),
      entry('e3', 'A', 'p', 10, '很好'),
      entry('e1', 'A', 'b1', { kind: 'bonus', achievements: [{ name: '国家表彰', level: 0, reason: '获国家安全生产先进' }] }),
      entry('e2', 'A', 'b1', { kind: 'bonus', achievements: [{ name: '国家表彰', level: 0, reason: '获国家安全生产先进' }] }),
      entry('e3', 'A', 'b1', { kind: 'bonus', achievements: [{ name: '国家表彰', level: 0, reason: '获国家安全生产先进' }] }),
      ...['e1', 'e2', 'e3'].flatMap((e) => [
        entry(e, 'B', 'd', { kind: 'deductions', occurrences: [] }),
        entry(e, 'B', 'p', 10),
        entry(e, 'B', 'b1', { kind: 'bonus', achievements: [] }),
      ]),
      ...['e1', 'e2', 'e3'].map((e) => entry(e, 'A', 'v1', { kind: 'veto', triggered: false })),
      ...['e1', 'e2', 'e3'].map((e) => entry(e, 'B', 'v1', { kind: 'veto', triggered: true }, '“8·26”事故，死亡 11 人')),
    ],
  });
  return { doc: d, results: computeResults(d) };
}

describe('reasons merged', () => {
  it('keeps a reason once whatever the spaces and closing punctuation, in the order first written', () => {
    expect(mergeReasons(['迟报事故信息', '迟报事故信息。', ' 迟报事故信息 ', '', '漏报一起', '迟報事故信息'])).toEqual([
      '迟报事故信息',
      '漏报一起',
      '迟報事故信息',
    ]);
  });
});

describe("what a unit's papers say", () => {
  it("gives per item the combined points lost and the evaluators' reasons once each, bonus and veto with reasons", () => {
    const { doc: d, results } = doc();
    const [first, second] = allUnitFindings(d, results);
    const a = [first, second].find((f) => f!.unit.unitId === 'A')!;
    const b = [first, second].find((f) => f!.unit.unitId === 'B')!;
    const dItem = a.items.find((i) => i.leaf.criterion.id === 'd')!;
    expect(dItem.reasons).toEqual(['迟报事故信息', '漏报一起']);
    expect(dItem.lost).toBeCloseTo(10 - results.cells.A![0]!.score!, 6);
    const pItem = a.items.find((i) => i.leaf.criterion.id === 'p')!;
    // The evaluator who gave full marks wrote "很好": not a reason for lost points.
    expect(pItem.reasons).toEqual(['台账不全']);
    expect(totalLost(a)).toBeCloseTo(dItem.lost + pItem.lost, 6);
    expect(a.bonus).toEqual({ points: 2, reasons: ['获国家安全生产先进'] });
    expect(b.vetoes.map((v) => [v.item.title, v.reasons])).toEqual([['发生重大事故', ['“8·26”事故，死亡 11 人']]]);
    expect(b.items.every((i) => i.lost === 0)).toBe(true);
  });

  it('writes one sheet per unit named by the unit, every item with rule, points, score, lost and reasons, and the signature lines', () => {
    const { doc: d, results } = doc();
    const model = buildUnitSheets(d, results, options, zh);
    expect(model.sheets.map((s) => s.name).sort()).toEqual(['A市', 'B市']);
    const sheet = model.sheets.find((s) => s.name === 'A市')!;
    const rows = [...sheet.rows()].map((r) => r.cells.map((c) => c?.v ?? null));
    const dRow = rows.find((r) => r[1] === '事故信息报送')!;
    expect(dRow[0]).toBe('(一)');
    expect(dRow[2]).toBe('满分 10 分，每次扣 1 分，扣完为止');
    expect(dRow[3]).toBe(10);
    expect(dRow[6]).toBe('迟报事故信息\n漏报一起');
    const flat = rows.flat().map(String);
    expect(flat).toContain('考核组成员签字：');
    expect(flat).toContain('被考核单位确认（签字、盖章）：');
    expect(flat.some((t) => t.includes('未定稿'))).toBe(true);
    expect(sheet.print!.titleRows).toEqual([3, 3]);
    expect(sheet.print!.header).toContain('未定稿');
  });

  it('drops the 未定稿 mark once the assessment is finalized', () => {
    const { doc: d, results } = doc();
    const model = buildUnitSheets({ ...d, status: 'finalized' }, results, options, zh);
    expect(model.sheets[0]!.print!.header).not.toContain('未定稿');
    expect(buildNotice({ ...d, status: 'finalized' }, results, options, zh).provisionalMark).toBeNull();
  });

  it('writes a feedback letter per unit with the lost items as a table, bonus, veto, total, rank and the appeal date', () => {
    const { doc: d, results } = doc();
    const letters = buildFeedbackLetters(d, results, options, zh, ['A']);
    expect(letters.map((l) => l.unitName)).toEqual(['A市']);
    const texts = docTexts(letters[0]!.model);
    expect(texts).toContain('A市：');
    expect(texts).toContain('迟报事故信息；漏报一起');
    expect(texts.join('\n')).toContain('2021年1月4日前');
    expect(texts.join('\n')).toContain('加 2 分：获国家安全生产先进');
    expect(texts.join('\n')).toMatch(/在 1 个被考核单位中排名第 1|在 2 个被考核单位中排名第 1/);
    expect(texts).toContain('2020年12月28日');
  });

  it('notices units by grade in official order, vetoes with their reason, and the ranking table', () => {
    const { doc: d, results } = doc();
    const model = buildNotice(d, results, options, zh);
    const texts = docTexts(model);
    expect(gradeLines(d, results, zh)).toEqual(['优秀等次：无', '良好等次（1 个）：A市', '合格等次：无', '不合格等次（1 个）：B市']);
    expect(texts.join('\n')).toContain('B市：发生重大事故（“8·26”事故，死亡 11 人），实行一票否决，等次确定为不合格。');
    const table = model.parts[1]!.find((b) => b.kind === 'table');
    expect(table && table.kind === 'table' ? table.rows.map((r) => r[1]) : []).toEqual(results.order.map((id) => `${id}市`));
    expect(docTexts(buildNotice(d, results, options, en)).join('\n')).toContain('Fail (1): B市');
  });
});

describe('names and dates', () => {
  it('makes worksheet names from unit names that Excel accepts, never empty, distinct', () => {
    const long = '一'.repeat(40);
    expect(sheetNames([long, long, 'x[1]'])).toEqual(['一'.repeat(31), `${'一'.repeat(27)} (2)`, 'x_1_']);
  });

  it('checks real calendar dates and writes them in words', () => {
    expect(isIsoDate('2020-02-29')).toBe(true);
    expect(isIsoDate('2021-02-29')).toBe(false);
    expect(isIsoDate('2020/12/28')).toBe(false);
    expect(addDays('2020-12-28', 7)).toBe('2021-01-04');
    expect(dateText('2021-01-04', zh)).toBe('2021年1月4日');
  });
});
