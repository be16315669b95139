import { describe, expect, it } from 'vitest';
import { classifyFront, detectYear, readFrontMatter, statedTotal } from '../../../shared/plan/front-matter';

describe('front matter', () => {
  it.each([
    ['广西壮族自治区应急管理厅关于印发《2020年全区应急管理工作要点》的通知', 'noticeTitle'],
    ['各市应急管理局，厅机关各处室：', 'salutation'],
    ['现将《2020年全区应急管理工作要点》印发给你们，请认真贯彻落实。', 'letter'],
    ['广西壮族自治区应急管理厅', 'signature'],
    ['2020年3月10日', 'signature'],
    ['二〇二〇年三月十日', 'signature'],
    ['附件：2020年全区应急管理工作要点', 'attachment'],
    ['2020年全區應急管理工作要點', 'planTitle'],
    ['2020年是決勝全面建成小康社會的收官之年，是關鍵之年。', 'prose'],
  ])('%s → %s', (text, kind) => expect(classifyFront(text)).toBe(kind));

  it('drops a cover letter without a plan title and keeps the rest as description', () => {
    const front = readFrontMatter([
      '关于做好考核工作的通知',
      '各市：',
      '现将有关事项通知如下，请遵照执行。',
      '某厅',
      '2020年1月2日',
      '总体要求是坚持安全发展。',
    ]);
    expect(front.title).toBeNull();
    expect(front.description).toBe('总体要求是坚持安全发展。');
  });

  it('takes the year from the title, then the description, then the file name', () => {
    expect(detectYear('2021年度考核细则', '2019年是……', 'x-2018.txt')).toBe(2021);
    expect(detectYear(null, '2019年是……', 'x-2018.txt')).toBe(2019);
    expect(detectYear(null, '没有年份', 'guangxi-2018-plan.txt')).toBe(2018);
    expect(detectYear(null, '没有年份')).toBeNull();
  });
});

describe('detectYear: the document names its own year', () => {
  it('takes the document number, then the signing date, before a year the preamble mentions', () => {
    expect(detectYear(null, '2003年以来……', undefined, ['桂安委〔2005〕3号', '2003年以来……'])).toBe(2005);
    expect(detectYear(null, '2003年以来……', undefined, ['广西壮族自治区安全生产委员会', '二○○五年一月十七日'])).toBe(2005);
    expect(detectYear('2006年度考核细则', '', undefined, ['〔2005〕3号'])).toBe(2006);
    expect(detectYear(null, '没有年份', undefined, ['各市人民政府：'])).toBeNull();
  });
});

describe('statedTotal', () => {
  it('reads a total stated in words', () => {
    expect(statedTotal('考核实行百分制，满分100分。')).toBe(100);
    expect(statedTotal('各项指标共计120分')).toBe(120);
    expect(statedTotal('没有说总分')).toBeNull();
  });
});

describe('a divider line in the front matter', () => {
  it('never makes body paragraphs look like repeats', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { parsePlan } = await import('../../../shared/plan/parse-plan');
    const { PLAN_FIXTURES } = await import('../../helpers/paths');
    const plan = parsePlan(readFileSync(join(PLAN_FIXTURES, 'divider-front.txt'), 'utf8'), 'text');
    expect(plan.warnings).toEqual([]);
    expect(plan.criteria[0]!.text).toContain('建立健全工作机制');
    expect(plan.criteria[0]!.children[0]!.text).toContain('层层签订责任书');
    expect(plan.criteria[1]!.text).toContain('实行闭环管理');
    expect(plan.year).toBe(2005);
  });
});
