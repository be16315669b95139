import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { SPECS } from '../fixtures/tables/specs';
import { runCli } from '../helpers/cli';
import { tableTabs } from '../helpers/scoring-tables';
import { useTempDir } from '../helpers/temp';

/** Terminal column where `text` starts on `line` (Chinese characters are two columns wide). */
const columnOf = (line: string, text: string) => stringWidth(line.slice(0, line.indexOf(text)));

describe("kaoping plan (table output) shows each leaf's rule beside it", () => {
  const tmp = useTempDir();

  it('recognised rules in short form, unrecognised ones marked, one aligned column, a legend; bonus and vetoes below', () => {
    const path = join(tmp(), 'three-level.txt');
    writeFileSync(path, tableTabs(SPECS['three-level']!));
    const { status, stdout } = runCli(['plan', path]);
    expect(status).toBe(0);
    const lines = stdout.split('\n');
    const header = lines.find((l) => l.startsWith('编码'))!;
    expect(header).toMatch(/^编码\s+考核指标\s+分值\s+评分规则$/);
    const row = (code: string) => lines.find((l) => l.startsWith(`${code} `))!;
    expect(row('1.1.1')).toMatch(/研究部署\s+6\s+档次 6\/3\/0$/);
    expect(row('1.2.1')).toMatch(/三个必须\s+10\s+扣分 1\/次$/);
    expect(row('2.1.1')).toMatch(/隐患排查\s+40\s+扣分 4\/1（2种）$/);
    expect(row('2.1.2')).toMatch(/风险分级\s+30\s+？待确认$/);
    // Sections carry no rule; every rule starts in the header's column.
    expect(row('1')).toMatch(/责任体系\s+30$/);
    const at = columnOf(header, '评分规则');
    for (const code of ['1.1.1', '1.2.1', '2.1.1', '2.1.2'])
      expect(
        columnOf(
          row(code),
          row(code)
            .trimEnd()
            .split(/\s{2,}/)
            .at(-1)!,
        ),
      ).toBe(at);
    expect(stdout).toContain('“？待确认”的评分标准未能识别');

    const bonus = join(tmp(), 'bonus-veto.txt');
    writeFileSync(bonus, tableTabs(SPECS['bonus-veto']!));
    const en = runCli(['plan', bonus], { KAOPING_LANG: 'en' }).stdout;
    expect(en).toMatch(/^Code\s+Criterion\s+Points\s+Rule$/m);
    expect(en).toMatch(/队伍建设\s+30\s+−3 each$/m);
    expect(en).toMatch(/Bonus items \(cap 5\)\nb1\s+表彰奖励\s+获国家级表彰 \+5 \/ 自治区级 \+3 \/ 市级 \+1\s+≤5\n/);
    expect(en).toMatch(/v1\s+发生较大及以上自然灾害责任事件的\s+veto\n/);
    expect(en).not.toContain('to confirm');
  });
});
