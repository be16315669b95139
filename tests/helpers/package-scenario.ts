// A realistic round of offline scoring on the demo workspace, through the same handlers the
// window calls: the office issues task packages, two evaluators score on their laptops (one
// submits twice, changing a cell), and a package is tampered with on the USB stick. Used by
// the screenshots, so 汇审 shows real conflicts, refusals, disagreements and a trail.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { leavesOf } from '../../shared/assessment/criteria';
import type { Channel, RequestOf, Responses } from '../../shared/ipc/contract';
import { testApi, type TestContext } from './app-context';
import { expectOk } from './envelope';

/** A clock for the screenshots: mid-December 2020, a few minutes later at every reading. */
export function decemberClock(): () => Date {
  let t = Date.parse('2020-12-14T01:30:00.000Z');
  return () => new Date((t += 4 * 60_000));
}

export interface PackageScenario {
  usb: string;
  /** 张伟's task package, to open on "the laptop". */
  task: string;
  /** What the office imports: two good packages, a resubmission that changed a cell, one tampered with. */
  results: string[];
}

export async function packageScenario(ctx: TestContext, root: string): Promise<PackageScenario> {
  const api = testApi(ctx);
  async function ok<C extends Channel>(channel: C, payload?: RequestOf<C>): Promise<Responses[C]> {
    return expectOk(api(channel, payload));
  }
  const { doc } = await ok('assessment:get');
  const leaves = leavesOf(doc.scheme).filter((l) => l.rule.kind === 'plain');
  const [a, b, c] = [leaves[0]!.criterion.id, leaves[1]!.criterion.id, leaves[2]!.criterion.id];
  // The office had not entered these yet: they arrive from the laptops.
  await ok('entry:clear', {
    cells: [
      { evaluatorId: 'e1', unitId: '450100', criterionId: a },
      { evaluatorId: 'e1', unitId: '450200', criterionId: a },
      { evaluatorId: 'e4', unitId: '450800', criterionId: b },
    ],
  });
  // Two scores far from the team's: disagreements for the review.
  await ok('entry:set', {
    entries: [
      { evaluatorId: 'e3', unitId: '450300', criterionId: c, value: { kind: 'score', score: 1 }, reason: '现场抽查发现隐患整改不到位' },
      { evaluatorId: 'e6', unitId: '451100', criterionId: a, value: { kind: 'score', score: 1.5 }, reason: '台账资料缺失' },
    ],
  });

  const usb = join(root, 'U盘');
  mkdirSync(usb, { recursive: true });
  ctx.exportFolders.push(usb);
  const exported = (await ok('packages:export', { selection: { evaluator: 'all' } }))!;
  const file = (name: string) => join(usb, exported.files.find((f) => f.evaluators[0] === name)!.fileName);

  async function laptop(task: string, entries: RequestOf<'task:setEntries'>['entries'], target: string): Promise<string> {
    ctx.packageChoices.push(task);
    await ok('package:open', { source: 'dialog' });
    await ok('task:setEntries', { entries });
    ctx.submitTargets.push(target);
    const submitted = (await ok('task:submit'))!;
    await ok('task:close');
    return submitted.path;
  }
  const zhang = file('张伟');
  const first = await laptop(
    zhang,
    [
      { evaluatorId: 'e1', unitId: '450100', criterionId: a, value: { kind: 'score', score: 3.5 } },
      { evaluatorId: 'e1', unitId: '450200', criterionId: a, value: { kind: 'score', score: 3 }, reason: '应急预案未及时修订' },
    ],
    join(usb, '张伟-结果-第一次.kpr'),
  );
  const second = await laptop(
    zhang,
    [{ evaluatorId: 'e1', unitId: '450200', criterionId: a, value: { kind: 'score', score: 2.5 }, reason: '应急预案未修订，演练记录不全' }],
    join(usb, '张伟-结果-第二次.kpr'),
  );
  const liu = await laptop(
    file('刘洋'),
    [
      { evaluatorId: 'e4', unitId: '450800', criterionId: b, value: { kind: 'score', score: 3 } },
      // Changed against what the office holds: a conflict of its own kind.
      { evaluatorId: 'e4', unitId: '450900', criterionId: b, value: { kind: 'score', score: 2 }, reason: '复核后下调' },
    ],
    join(usb, '刘洋-结果.kpr'),
  );
  const tampered = join(usb, '陈静-结果.kpr');
  const chen = await laptop(
    file('陈静'),
    [{ evaluatorId: 'e5', unitId: '450800', criterionId: a, value: { kind: 'score', score: 2 } }],
    tampered,
  );
  writeFileSync(chen, readFileSync(chen, 'utf8').replace('"score":2}', '"score":4}'));
  return { usb, task: zhang, results: [first, liu, second, chen] };
}
