import { describe, expect, it } from 'vitest';
import { GUANGXI_CITIES } from '../../shared/assessment/units';
import { convertScheme, looksTraditional, moveInList, parseTargets, statusOf } from '../../renderer/screens/scheme/scheme-lists';
import { simplify } from '../../shared/text/normalize';

const units = GUANGXI_CITIES;

describe('control targets pasted from Excel', () => {
  it('reads unit ⇥ target lines in any order, by name (with or without 市) or code, full-width digits too', () => {
    const { targets, problems } = parseTargets(`柳州市\t8\r\n南宁\t１２\n${units[2]!.code}\t6.5\n`, units);
    expect(problems).toEqual([]);
    expect(targets).toEqual({ [units[1]!.id]: 8, [units[0]!.id]: 12, [units[2]!.id]: 6.5 });
  });

  it('fills a column of bare figures from the row it was pasted into', () => {
    expect(parseTargets('3\n4\n5', units, 12).problems).toEqual([{ line: 3, text: '5' }]);
    expect(parseTargets('3\n4', units, 12).targets).toEqual({ [units[12]!.id]: 3, [units[13]!.id]: 4 });
  });

  it('takes nothing when a line fits no unit or has no figure, and names the lines', () => {
    expect(parseTargets('南宁市\t12\n北京市\t3\n柳州市\t多', units)).toEqual({
      targets: {},
      problems: [
        { line: 2, text: '北京市\t3' },
        { line: 3, text: '柳州市\t多' },
      ],
    });
  });
});

describe('the rest of the editor beside the tree', () => {
  it('never says all points add up while sums are off or import notes are listed', () => {
    expect(statusOf(2, 3)).toEqual({ key: 'scheme.problems', ok: false, count: 2 });
    expect(statusOf(0, 3)).toEqual({ key: 'schemeEditor.warningsListed', ok: false, count: 3 });
    expect(statusOf(0, 0).ok).toBe(true);
  });

  it('converts every text a reader sees to Simplified, and tells Traditional from Simplified', () => {
    const convert = (s: string) => simplify(s);
    const draft = {
      title: '考核方案',
      description: '',
      total: 10,
      criteria: [
        { id: 'a', code: '1', number: '一、', title: '強化監管', text: '嚴厲打擊', points: 10, ruleText: '發現一處扣1分', children: [] },
      ],
      bonus: { cap: null, items: [{ id: 'b1', title: '獲得表彰', text: '', cap: 2, levels: [{ label: '國家級', points: 2 }] }] },
      vetoes: [{ id: 'v1', title: '發生重大事故', text: '', effect: 'veto' as const }],
    };
    const out = convertScheme(draft, convert);
    expect([
      out.criteria[0]!.title,
      out.criteria[0]!.text,
      out.criteria[0]!.ruleText,
      out.bonus.items[0]!.levels[0]!.label,
      out.vetoes[0]!.title,
    ]).toEqual(['强化监管', '严厉打击', '发现一处扣1分', '国家级', '发生重大事故']);
    expect(looksTraditional('深入學習貫徹習近平總書記關於應急管理的重要論述', convert)).toBe(true);
    expect(looksTraditional('深入学习贯彻习近平总书记关于应急管理的重要论述', convert)).toBe(false);
  });

  it('moves a bonus or veto item within its list, not past the ends', () => {
    const list = [{ id: 'a' }, { id: 'b' }];
    expect(moveInList(list, 'b', -1).map((x) => x.id)).toEqual(['b', 'a']);
    expect(moveInList(list, 'a', -1)).toBe(list);
  });
});
