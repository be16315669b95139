import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WORKSPACE_NAME } from '../../../electron/app/workspace-session';
import { SEED_PLAN } from '../../helpers/paths';
import { useTempDir } from '../../helpers/temp';
import { testApi, testContext } from '../../helpers/app-context';
import { expectOk } from '../../helpers/envelope';

describe('workspace handlers', () => {
  const tmp = useTempDir();

  it('creates the default workspace with the demo years on first run and opens the latest', async () => {
    const ctx = testContext(tmp());
    const call = testApi(ctx);
    const view = await expectOk(call('workspace:get'));
    expect(view.dir).toBe(join(tmp(), 'Documents', DEFAULT_WORKSPACE_NAME));
    expect(view.files.map((f) => f.year)).toEqual([2018, 2019, 2020]);
    expect(view.current).toBe('2020年度全区应急管理工作考核.assessment.json');
    const a = await expectOk(call('assessment:get'));
    expect(a.doc.year).toBe(2020);
    expect(a.comparison.previousYear).toBe(2019);
    expect(a.history.years).toEqual([2018, 2019, 2020]);
    expect(ctx.preferences.get().recentWorkspaces).toEqual([view.dir]);
  });

  it('reopens the last workspace instead of writing the demo again', async () => {
    const ws = join(tmp(), 'mine');
    mkdirSync(ws);
    const first = testContext(tmp());
    first.workspaceChoices.push(ws);
    const opened = await testApi(first)('workspace:open');
    // An empty folder gets this year's assessment on the embedded plan.
    expect((await expectOk(opened))?.files.length).toBe(1);
    const second = testContext(tmp());
    const again = await testApi(second)('workspace:get');
    expect((await expectOk(again)).dir).toBe(ws);
    expect(existsSync(join(tmp(), 'Documents'))).toBe(false);
  });

  it('opens another year by file name and refuses names outside the workspace', async () => {
    const call = testApi(testContext(tmp()));
    await call('workspace:get');
    const opened = await call('assessment:open', { file: '2019年度全区应急管理工作考核.assessment.json' });
    const other = await expectOk(opened);
    expect(other.doc.year).toBe(2019);
    expect(other.comparison.previousYear).toBe(2018);
    const outside = await call('assessment:open', { file: '../secret.assessment.json' });
    expect(outside).toMatchObject({ ok: false, error: { key: 'ipc.badRequest' } });
    const unknown = await call('assessment:open', { file: 'nope.assessment.json' });
    expect(unknown).toMatchObject({ ok: false, error: { key: 'ipc.notInWorkspace', params: { file: 'nope.assessment.json' } } });
  });

  it('lists a broken file and never touches it', async () => {
    const ctx = testContext(tmp());
    const call = testApi(ctx);
    const ws = await expectOk(call('workspace:get'));
    const broken = join(ws.dir, '坏文件.assessment.json');
    writeFileSync(broken, '{ not json');
    const reopened = testContext(tmp());
    const view = await expectOk(testApi(reopened)('workspace:get'));
    expect(view.broken).toMatchObject([
      { file: '坏文件.assessment.json', error: { key: 'error.documentInvalid', file: '坏文件.assessment.json' } },
    ]);
    expect(readFileSync(broken, 'utf8')).toBe('{ not json');
  });

  it('refuses unknown channels, malformed requests and tokens it never issued', async () => {
    const call = testApi(testContext(tmp()));
    expect(await call('fs:readFile', { path: '/etc/passwd' })).toMatchObject({ ok: false, error: { key: 'ipc.unknownChannel' } });
    expect(await call('plan:import', { source: { kind: 'path', path: SEED_PLAN }, depth: 2 })).toMatchObject({
      ok: false,
      error: { key: 'ipc.badRequest' },
    });
    expect(await call('plan:import', { source: { kind: 'token', token: 'AAAAAAAAAAAAAAAA' }, depth: 2 })).toMatchObject({
      ok: false,
      error: { key: 'ipc.unknownToken' },
    });
    expect(await call('file:showInFolder', { token: 'AAAAAAAAAAAAAAAA' })).toMatchObject({ ok: false, error: { key: 'ipc.unknownToken' } });
    expect(await call('preferences:update', { language: 'fr' })).toMatchObject({
      ok: false,
      error: { key: 'ipc.badRequest', params: { place: 'language' } },
    });
  });

  it('imports a plan chosen in the dialog, and again at depth 3 by its token', async () => {
    const ctx = testContext(tmp());
    const call = testApi(ctx);
    ctx.planChoices.push(SEED_PLAN);
    const first = (await expectOk(call('plan:import', { source: { kind: 'dialog' }, depth: 2 })))!;
    expect(first.fileName).toBe('guangxi-2020-emergency-management-work-points.txt');
    expect(first.scheme.criteria).toHaveLength(6);
    expect(first.scheme.criteria.reduce((a, c) => a + c.points, 0)).toBe(100);
    expect(first.text).toContain('安全生產');
    const deeper = await call('plan:import', { source: { kind: 'token', token: first.token! }, depth: 3 });
    const leaves = (c: { children: unknown[] }[]): number =>
      c.reduce((n, x) => n + (x.children.length ? leaves(x.children as never) : 1), 0);
    expect(leaves((await expectOk(deeper))!.scheme.criteria)).toBeGreaterThan(leaves(first.scheme.criteria));
    expect(await call('plan:import', { source: { kind: 'dialog' }, depth: 2 })).toEqual({ ok: true, value: null });
  });

  it('accepts a dropped plan document as a token, and refuses other files', async () => {
    const call = testApi(testContext(tmp()));
    const dropped = await call('file:dropped', { path: SEED_PLAN });
    expect((await expectOk(dropped)).fileName).toBe('guangxi-2020-emergency-management-work-points.txt');
    const exe = join(tmp(), 'x.exe');
    writeFileSync(exe, 'MZ');
    expect(await call('file:dropped', { path: exe })).toMatchObject({
      ok: false,
      error: { key: 'error.unsupportedType', params: { file: 'x.exe' } },
    });
    expect(await call('file:dropped', { path: join(tmp(), 'missing.txt') })).toMatchObject({
      ok: false,
      error: { key: 'error.fileMissing' },
    });
  });
});
