// Whole CLI processes for the bench, each run paired with a plain node start (the anchor), with
// the process's peak memory (printed by the preloaded max-rss.mjs).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../helpers/paths';
import { BENCH_NODE, measure, nodeAnchor, report, type Figure } from './measure';

/** How the CLI is started: the `kaoping` bin (prebuilt bundle) or tsx compiling the sources. */
export type CliEntry = 'bin' | 'tsx';

const ENTRY: Record<CliEntry, string[]> = {
  bin: [join(ROOT, 'bin', 'kaoping.mjs')],
  tsx: ['--import', 'tsx', join(ROOT, 'electron', 'cli', 'main.ts')],
};

/**
 * Runs the CLI `runs` times with `args()` (a fresh argument list per run), and reports its wall
 * time against a plain node start, and its median peak memory when `memoryAim` or `withMemory` is set.
 */
export async function cliFigure(
  name: string,
  entry: CliEntry,
  args: () => string[],
  options: { runs: number; aim?: Figure['aim']; memory?: boolean; memoryAim?: Figure['aim'] },
): Promise<Figure[]> {
  const peaks: number[] = [];
  const m = await measure(
    () => {
      const r = spawnSync(BENCH_NODE, ['--import', join(ROOT, 'tests', 'bench', 'max-rss.mjs'), ...ENTRY[entry], ...args()], {
        cwd: ROOT,
        encoding: 'utf8',
      });
      if (r.status !== 0) throw new Error(`${name} failed: ${r.stderr}`);
      peaks.push(Number(/kaoping-max-rss-kb (\d+)/.exec(r.stderr)?.[1] ?? NaN) / 1024);
    },
    options.runs,
    1,
    nodeAnchor,
  );
  const figures = [report({ name, median: m.ms, unit: 'ms', aim: options.aim, runs: options.runs, anchor: m.anchor })];
  if (options.memory || options.memoryAim) {
    const sorted = peaks.slice(1).sort((a, b) => a - b);
    figures.push(
      report({
        name: '  peak memory',
        median: sorted[Math.floor(sorted.length / 2)]!,
        unit: 'MB',
        aim: options.memoryAim,
        runs: options.runs,
      }),
    );
  }
  return figures;
}
