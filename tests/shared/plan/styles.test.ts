import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePlan } from '../../../shared/plan/parse-plan';
import type { TextKind } from '../../../shared/plan/paragraphs';
import type { ParseOptions } from '../../../shared/plan/types';
import { PLAN_FIXTURES } from '../../helpers/paths';
import { everyLevelAddsUp } from '../../helpers/tree';

function parseFixture(name: string, options: ParseOptions = {}) {
  const kind: TextKind = name.endsWith('.md') ? 'markdown' : 'text';
  return parsePlan(readFileSync(join(PLAN_FIXTURES, name), 'utf8'), kind, { fileName: name, ...options });
}

const outline = (plan: ReturnType<typeof parseFixture>) =>
  plan.criteria.map((c) => [c.number + c.title, c.children.map((i) => [i.number + i.title, i.children.map((p) => p.number + p.title)])]);

describe('numbering styles', () => {
  it('cover letter, title, preamble, then 一、 / 1. 1、 1． / (1)', () => {
    const plan = parseFixture('cover-letter-arabic.txt', { depth: 3 });
    expect(plan.title).toBe('2021年度安全生产工作考核细则');
    expect(plan.year).toBe(2021);
    expect(plan.description).toBe(
      '为推动安全生产责任落实，依据有关法律法规，制定本细则。考核采取听取汇报、查阅资料、实地抽查相结合的方式进行。',
    );
    expect(outline(plan)).toEqual([
      [
        '一、组织领导',
        [
          ['1.落实党政同责', []],
          ['2、健全工作机构', []],
          ['3．落实经费保障', []],
        ],
      ],
      [
        '二、风险防控',
        [
          ['1.开展风险辨识', ['(1)危险化学品企业完成风险辨识评估', '(2)非煤矿山企业完成风险辨识评估']],
          ['2.隐患排查治理', []],
        ],
      ],
      [
        '三、应急救援',
        [
          ['1.完善应急预案', []],
          ['2.加强救援队伍建设', []],
        ],
      ],
    ]);
    expect(plan.warnings.map((w) => w.code)).toEqual(['trailingTextIgnored']);
    expect(everyLevelAddsUp(plan.criteria)).toBe(true);
  });

  it('at depth 2 folds third-level parts into their item text', () => {
    const plan = parseFixture('cover-letter-arabic.txt', { depth: 2 });
    const item = plan.criteria[1]!.children[0]!;
    expect(item.children).toEqual([]);
    expect(item.text).toBe(
      '开展风险辨识。建立重大风险清单，实行分级管控。\n(1)危险化学品企业完成风险辨识评估。\n(2)非煤矿山企业完成风险辨识评估。',
    );
  });

  it('Markdown with 第一章 chapters and 第一条 articles running on across chapters', () => {
    const plan = parseFixture('chapters-articles.md');
    expect(plan.title).toBe('2022年应急管理工作考核办法');
    expect(plan.description).toBe('为规范考核工作，制定本办法。');
    expect(outline(plan)).toEqual([
      [
        '第一章考核内容',
        [
          ['第一条责任落实', []],
          ['第二条隐患治理', []],
        ],
      ],
      [
        '第二章考核方式',
        [
          ['第三条日常考核', []],
          ['第四条年终考核', []],
        ],
      ],
    ]);
    // A Markdown paragraph wrapped over two lines is one paragraph; emphasis marks are dropped.
    expect(plan.criteria[0]!.children[1]!.text).toBe('隐患治理。各地要开展隐患排查治理，建立台账，实行闭环管理。');
  });

  it('full-width （一） and circled ① as third level', () => {
    const plan = parseFixture('full-width-circled.txt', { depth: 3 });
    expect(outline(plan)).toEqual([
      [
        '一、监测预警',
        [
          ['（一）强化灾害监测', ['①完善监测站网布局', '②提升预报精度']],
          ['（二）及时发布预警', []],
        ],
      ],
      [
        '二、救灾救助',
        [
          ['（三）做好物资储备', []],
          ['（四）落实救助政策', []],
        ],
      ],
    ]);
  });

  it('flat 1. numbering that runs across sections, split by item count', () => {
    const plan = parseFixture('flat-arabic.txt');
    expect(plan.criteria.map((c) => c.children.map((i) => i.number))).toEqual([['1.', '2.'], ['3.', '4.', '5.'], ['6.']]);
    expect(plan.criteria.map((c) => c.points)).toEqual([33, 50, 17]);
    expect(plan.criteria[1]!.children.map((i) => i.points)).toEqual([17, 17, 16]);
    expect(everyLevelAddsUp(plan.criteria)).toBe(true);
  });
});

describe('points written in the text', () => {
  it('win over the default split; the rest is shared out; titles lose the "(N分)"', () => {
    const plan = parseFixture('inline-points.txt');
    expect(plan.criteria.map((c) => [c.title, c.points, c.pointsFromText])).toEqual([
      ['安全生产责任', 30, true],
      ['安全风险防控', 40, true],
      ['应急管理基础', 30, false],
    ]);
    expect(plan.criteria[0]!.children.map((i) => i.points)).toEqual([10, 12, 8]);
    expect(plan.criteria[1]!.children.map((i) => [i.title, i.points])).toEqual([
      ['风险辨识与管控', 12],
      ['隐患排查治理', 16],
      ['重点行业整治', 12],
    ]);
    expect(plan.criteria[2]!.children.map((i) => i.points)).toEqual([15, 15]);
    expect(plan.warnings).toEqual([]);
    expect(everyLevelAddsUp(plan.criteria)).toBe(true);
  });

  it('sets the total when every section carries points, and says so when --total disagrees', () => {
    const text = '一、甲（20分）\n（一）子甲。\n二、乙（30分）\n（二）子乙。\n';
    expect(parsePlan(text, 'text').total).toBe(50);
    const plan = parsePlan(text, 'text', { total: 100 });
    expect(plan.total).toBe(50);
    expect(plan.warnings).toEqual([{ code: 'inlineTotalDiffers', params: { sum: 50, total: 100 } }]);
  });

  it('reports a section whose items do not add up to its written points', () => {
    const plan = parsePlan('一、甲（20分）\n（一）子甲（5分）。\n（二）子乙（5分）。\n二、乙\n（三）子丙。\n', 'text');
    expect(plan.criteria[0]!.points).toBe(20);
    expect(plan.warnings).toContainEqual({ code: 'inlinePointsMismatch', params: { at: '一、甲', points: 20, sum: 10 } });
  });
});

describe('a body pasted twice', () => {
  it('keeps the item only the second, fuller copy has', () => {
    const plan = parseFixture('duplicate-partial.txt');
    expect(outline(plan)).toEqual([
      [
        '一、第一部分工作',
        [
          ['（一）甲项工作', []],
          ['（二）乙项工作', []],
        ],
      ],
      [
        '二、第二部分工作',
        [
          ['（三）丙项工作', []],
          ['（四）丁项工作', []],
        ],
      ],
    ]);
  });

  it('merges a partial second copy that starts mid-section, keeping the fuller text of each item', () => {
    const plan = parseFixture('duplicate-truncated.txt');
    expect(plan.criteria.flatMap((c) => c.children.map((i) => i.number))).toEqual(['（一）', '（二）', '（三）', '（四）']);
    expect(plan.criteria[0]!.children[1]!.text).toBe('乙项工作。乙项工作的内容。');
    expect(plan.criteria[1]!.children[0]!.text).toBe('丙项工作。丙项工作的内容，另外补充了一句完整的要求。');
    expect(plan.criteria[1]!.children[1]!.text).toBe('丁项工作。丁项工作的内容。');
    expect(plan.description).toBe('总体要求：坚持安全发展，统筹发展和安全。');
    expect(plan.warnings.map((w) => w.code)).toEqual(['duplicateBodySkipped']);
  });

  it('says so when two copies of an item really differ, and keeps the longer', () => {
    const plan = parsePlan('一、甲\n（一）乙。按月报送。\n（二）丙。\n一、甲\n（一）乙。按季度报送并通报。\n', 'text');
    expect(plan.criteria[0]!.children[0]!.text).toBe('乙。按季度报送并通报。');
    expect(plan.warnings).toContainEqual({ code: 'duplicateTextDiffers', params: { at: '（一）乙' } });
  });

  it('recognises a repeat written in the other script (Traditional vs Simplified)', () => {
    const plan = parsePlan('一、加强领导\n（一）落实责任。内容。\n一、加強領導\n（一）落實責任。內容。\n（二）新增條目。\n', 'text');
    expect(plan.criteria).toHaveLength(1);
    expect(plan.criteria[0]!.children.map((i) => i.title)).toEqual(['落实责任', '新增條目']);
  });

  it('does not merge items that share a title under different sections when numbering restarts', () => {
    const plan = parsePlan('一、安全生产\n1.组织领导。\n2.风险防控。\n二、消防工作\n1.组织领导。\n2.火灾防控。\n', 'text');
    expect(plan.criteria.map((c) => c.children.length)).toEqual([2, 2]);
  });
});

describe('deeper and odd documents', () => {
  it('folds a fourth level into its third-level parent and says so', () => {
    const plan = parsePlan('一、甲\n（一）乙\n1.丙\n(1)丁\n2.戊\n', 'text', { depth: 3 });
    const item = plan.criteria[0]!.children[0]!;
    expect(item.children.map((p) => [p.title, p.text])).toEqual([
      ['丙', '丙\n(1)丁'],
      ['戊', '戊'],
    ]);
    expect(plan.warnings.map((w) => w.code)).toContain('levelsFolded');
  });

  it('takes a plan of one level (items only) as first-level criteria', () => {
    const plan = parsePlan('（一）甲。\n（二）乙。\n（三）丙。\n（四）丁。\n', 'text');
    expect(plan.criteria.map((c) => c.points)).toEqual([25, 25, 25, 25]);
  });

  it('refuses an empty text and a text with no numbered structure', () => {
    expect(() => parsePlan(' \n\u3000\n', 'text', { fileName: 'a.txt' })).toThrow(
      expect.objectContaining({ key: 'error.planEmpty', params: { file: 'a.txt' } }),
    );
    expect(() => parsePlan('只有一段说明。\n1.唯一一条', 'text', { fileName: 'b.txt' })).toThrow(
      expect.objectContaining({ key: 'error.planNoStructure' }),
    );
  });

  it('reads the year from a title in Chinese numerals', () => {
    expect(parsePlan('二〇二一年度考核方案\n一、甲\n二、乙\n', 'text').year).toBe(2021);
  });
});
