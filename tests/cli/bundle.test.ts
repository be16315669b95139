// The `kaoping` bin runs the prebuilt CLI bundle: built when missing, used as is when present
// and fresh, rebuilt when a source it was built from changed. A bundle folder of the test's own
// (inside the tree, so the bundle's packages still resolve from node_modules).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths';

const dir = join(ROOT, 'dist', `cli-test-${process.pid}`);
const kaoping = (...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'bin', 'kaoping.mjs'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, KAOPING_CLI_DIR: dir, KAOPING_LANG: 'en' },
  });
const MARKER = 'console.log("the bundle as it was left");\n';

describe('kaoping bin and its bundle', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('builds the bundle when it is missing, and runs it', () => {
    rmSync(dir, { recursive: true, force: true });
    const r = kaoping('help');
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^Usage: kaoping/);
    expect(existsSync(join(dir, 'main.js'))).toBe(true);
    // The report's charts are drawn in it (tests/electron/charts/chart-painter.test.ts).
    expect(existsSync(join(dir, 'chart-worker.js'))).toBe(true);
    const stamp = JSON.parse(readFileSync(join(dir, 'inputs.json'), 'utf8'));
    expect(Object.keys(stamp.inputs)).toContain('electron/cli/main.ts');
  });

  it('finds the embedded seed plan from inside the bundle', () => {
    const out = join(dir, 'demo');
    const r = kaoping('demo', '--out', out);
    expect(r.stderr).toBe('');
    expect(existsSync(join(out, '2020年度全区应急管理工作考核.assessment.json'))).toBe(true);
  });

  it('uses the bundle as it is when nothing it was built from changed', () => {
    writeFileSync(join(dir, 'main.js'), MARKER);
    expect(kaoping('help').stdout).toBe('the bundle as it was left\n');
  });

  it('rebuilds it when a source changed since', () => {
    const stampPath = join(dir, 'inputs.json');
    const stamp = JSON.parse(readFileSync(stampPath, 'utf8'));
    // As if electron/cli/io.ts had been edited after the build: its time no longer matches.
    stamp.inputs['electron/cli/io.ts'] -= 1000;
    writeFileSync(stampPath, JSON.stringify(stamp));
    const r = kaoping('help');
    expect(r.stdout).toMatch(/^Usage: kaoping/);
    expect(readFileSync(join(dir, 'main.js'), 'utf8')).not.toBe(MARKER);
  });
});
