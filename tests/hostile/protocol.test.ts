// The app:// protocol handler's decisions (electron/security): malformed escapes and links out
// of the renderer's build are 404s, never a thrown URIError or someone else's file.
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appAssetFile } from '../../electron/security/app-assets';
import { appAssetPath } from '../../electron/security/navigation';
import { APP_ORIGIN } from '../../electron/security/content-security-policy';
import { useTempDir } from '../helpers/temp';

describe('app:// assets', () => {
  const tmp = useTempDir();

  it('a malformed % escape is a 404 (null), not a URIError', async () => {
    expect(() => appAssetPath('/r', `${APP_ORIGIN}/%E0%A4%A`)).not.toThrow();
    expect(appAssetPath('/r', `${APP_ORIGIN}/%E0%A4%A`)).toBeNull();
    expect(await appAssetFile(tmp(), `${APP_ORIGIN}/%`)).toBeNull();
  });

  it('serves files of the build, not links inside it that lead out', async () => {
    const root = join(tmp(), 'renderer');
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html>');
    writeFileSync(join(tmp(), 'secret.txt'), 'not yours');
    symlinkSync(join(tmp(), 'secret.txt'), join(root, 'assets', 'leak.js'));
    symlinkSync(tmp(), join(root, 'up'));
    expect(await appAssetFile(root, `${APP_ORIGIN}/index.html`)).toMatch(/index\.html$/);
    expect(await appAssetFile(root, `${APP_ORIGIN}/assets/leak.js`)).toBeNull();
    expect(await appAssetFile(root, `${APP_ORIGIN}/up/secret.txt`)).toBeNull();
    expect(await appAssetFile(root, `${APP_ORIGIN}/assets`)).toBeNull();
  });
});
