import { describe, expect, it } from 'vitest';
import { GUANGXI_CITIES } from '../../../shared/assessment/units';
import { useTempDir } from '../../helpers/temp';
import { testApi, testContext } from '../../helpers/app-context';
import { expectOk } from '../../helpers/envelope';

describe('scheme and people handlers', () => {
  const tmp = useTempDir();

  it('changes points and bumps the scheme version; refuses to drop scores unless told', async () => {
    const call = testApi(testContext(tmp()));
    const view = await expectOk(call('assessment:get'));
    const { version: _v, ...scheme } = view.doc.scheme;
    const edited = structuredClone(scheme);
    edited.criteria[0]!.children[0]!.title = '新的标题';
    const saved = await expectOk(call('scheme:update', { scheme: edited, dropStale: false, reason: '' }));
    expect(saved.doc.scheme.version).toBe(view.doc.scheme.version + 1);
    expect(saved.doc.scheme.criteria[0]!.children[0]!.title).toBe('新的标题');

    const fewer = structuredClone(edited);
    fewer.criteria[0]!.children.pop();
    const refused = await call('scheme:update', { scheme: fewer, dropStale: false, reason: '' });
    expect(refused).toMatchObject({ ok: false, error: { key: 'error.schemeDropsEntries' } });
    const dropped = await expectOk(call('scheme:update', { scheme: fewer, dropStale: true, reason: '删去一项' }));
    expect(dropped.doc.entries.length).toBeLessThan(view.doc.entries.length);
    expect(dropped.doc.audit.at(-1)).toMatchObject({ action: 'scheme.change', reason: '删去一项' });
  });

  it('edits units and teams, and refuses to remove a unit that has scores', async () => {
    const call = testApi(testContext(tmp()));
    const view = await expectOk(call('assessment:get'));
    const { units, evaluators, teams } = view.doc;
    const renamed = units.map((u) => (u.id === '450100' ? { ...u, name: '南宁市（首府）' } : u));
    const ok = await expectOk(call('people:update', { units: renamed, evaluators, teams }));
    expect(ok.doc.units[0]!.name).toBe('南宁市（首府）');
    expect(await call('people:update', { units: renamed.slice(1), evaluators, teams })).toMatchObject({
      ok: false,
      error: { key: 'people.hasEntries' },
    });
    expect(await call('people:update', { units: [...renamed, { ...GUANGXI_CITIES[0]! }], evaluators, teams })).toMatchObject({
      ok: false,
      error: { key: 'doc.duplicateId' },
    });
  });
});
