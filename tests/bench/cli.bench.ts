// Issue 15: the CLI as a person waits for it. `help` (start-up alone) and the demo with its
// report (the whole main job), started through the `kaoping` bin (the prebuilt bundle) and,
// for comparison, through tsx compiling the sources. The anchor is a plain node start.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCli, isStale } from '../../bin/cli-bundle.mjs';
import { build } from 'esbuild';
import { ROOT } from '../helpers/paths';
import { cliFigure } from './cli-process';
import { report, type Figure } from './measure';

/** The preload as build-main.ts builds it (minified, one CommonJS file): evaluated on every window load. */
async function preloadKB(): Promise<number> {
  const out = await build({
    entryPoints: [join(ROOT, 'electron', 'preload.ts')],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'cjs',
    target: 'chrome140',
    external: ['electron'],
    minify: true,
    logLevel: 'warning',
  });
  return out.outputFiles[0]!.contents.length / 1024;
}

export async function cliFigures(): Promise<Figure[]> {
  if (isStale()) await buildCli();
  const dir = mkdtempSync(join(tmpdir(), 'kaoping-bench-cli-'));
  let n = 0;
  const demo = () => ['demo', '--out', join(dir, `demo-${n++}`), '--report'];
  try {
    return [
      report({ name: 'preload script, minified', median: await preloadKB(), unit: 'KB', aim: { below: 10 }, runs: 1 }),
      ...(await cliFigure('CLI help, whole process (kaoping bin, prebuilt bundle)', 'bin', () => ['help'], {
        runs: 15,
        aim: { below: 200 },
      })),
      ...(await cliFigure('  same through tsx (no bundle)', 'tsx', () => ['help'], { runs: 5 })),
      ...(await cliFigure('demo workspace + year-end report, whole process (kaoping bin)', 'bin', demo, {
        runs: 7,
        aim: { below: 800 },
        memory: true,
      })),
      ...(await cliFigure('  same through tsx (no bundle)', 'tsx', demo, { runs: 3 })),
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
