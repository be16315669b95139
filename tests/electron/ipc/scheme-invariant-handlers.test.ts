// Through IPC as the window calls it: a scheme change that lowers points below entered scores
// used to be saved, and the next start listed the whole year as broken.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AssessmentView, WorkspaceView } from '../../../shared/ipc/views';
import { useTempDir } from '../../helpers/temp';
import { testApi, testContext } from '../../helpers/app-context';

describe('scheme changes through IPC never leave a broken year', () => {
  const tmp = useTempDir();

  it('lowering points below entered scores is refused (file untouched), confirmed it drops them into the audit trail, and the next start opens the year', async () => {
    const ctx = testContext(tmp());
    const call = testApi(ctx);
    const { value: view } = (await call('assessment:get')) as { ok: true; value: AssessmentView };
    const { version: _v, ...scheme } = view.doc.scheme;
    const item = scheme.criteria[0]!.children[0]!;
    const above = view.doc.entries.filter((e) => e.criterionId === item.id && e.value.kind === 'score' && e.value.score > 1);
    expect(above.length).toBeGreaterThan(0);
    const lowered = structuredClone(scheme);
    lowered.criteria[0]!.children[0]!.points = 1;
    const path = ctx.session.current!.path;
    const before = readFileSync(path, 'utf8');
    expect(await call('scheme:update', { scheme: lowered, dropStale: false, reason: '' })).toMatchObject({
      ok: false,
      error: { key: 'error.schemeDropsEntries', params: { count: above.length } },
    });
    expect(readFileSync(path, 'utf8')).toBe(before);

    const saved = (await call('scheme:update', { scheme: lowered, dropStale: true, reason: '分值下调' })) as {
      ok: true;
      value: AssessmentView;
    };
    expect(saved.value.doc.entries).toHaveLength(view.doc.entries.length - above.length);
    const record = saved.value.doc.audit.at(-1)!;
    expect(record).toMatchObject({ action: 'scheme.change', reason: '分值下调' });
    expect((record.before as { droppedEntries: unknown[] }).droppedEntries).toHaveLength(above.length);

    const next = testApi(testContext(tmp()));
    const { value: workspace } = (await next('workspace:get')) as { ok: true; value: WorkspaceView };
    expect(workspace.broken).toEqual([]);
    expect(workspace.files.map((f) => f.year)).toEqual([2018, 2019, 2020]);
  });
});
