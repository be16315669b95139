// The check registerIpc adds in front of every handler: only the app's own page may call.
// Removing it from dispatchFromSender fails these tests.
import { describe, expect, it } from 'vitest';
import { createHandlers } from '../../../electron/ipc/handlers';
import { dispatchFromSender } from '../../../electron/ipc/trusted-dispatch';
import { APP_ORIGIN } from '../../../electron/security/content-security-policy';
import { isAllowedNavigation } from '../../../electron/security/navigation';
import { testContext } from '../../helpers/app-context';
import { useTempDir } from '../../helpers/temp';

describe('IPC sender check', () => {
  const tmp = useTempDir();

  it('answers the app’s own page', async () => {
    const handlers = createHandlers(testContext(tmp()));
    const answer = await dispatchFromSender(handlers, isAllowedNavigation, `${APP_ORIGIN}/index.html`, 'app:getInfo', {});
    expect(answer).toMatchObject({ ok: true, value: { platform: 'linux' } });
  });

  it.each([
    ['a remote page', 'https://example.com/'],
    ['a look-alike host', `${APP_ORIGIN}.example.com/index.html`],
    ['a local file', 'file:///tmp/page.html'],
    ['a frame without a URL', undefined],
  ])('refuses %s, and the handler does not run', async (_what, url) => {
    const ctx = testContext(tmp());
    const before = ctx.preferences.get().language;
    const answer = await dispatchFromSender(createHandlers(ctx), isAllowedNavigation, url, 'preferences:update', {
      language: before === 'en' ? 'zh-CN' : 'en',
    });
    expect(answer).toEqual({ ok: false, error: { key: 'ipc.untrustedSender', params: { url: url ?? '' } } });
    expect(ctx.preferences.get().language).toBe(before);
  });
});
