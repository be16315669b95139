import { describe, expect, it } from 'vitest';
import { createTranslator } from '../../../shared/i18n/messages';
import { buildMenuTemplate } from '../../../electron/menu/menu-template';
import { APP_ORIGIN, CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../../../electron/security/content-security-policy';
import { allowPermission, appAssetPath, isAllowedNavigation, secureWebPreferences } from '../../../electron/security/navigation';
import { boundsToSave, initialBounds } from '../../../electron/window/window-state';
import { filePreferences, memoryPreferences, storePreferences, withRecent } from '../../../electron/preferences/preferences';
import { useTempDir } from '../../helpers/temp';
import { join } from 'node:path';
import { writeFileSync } from 'node:fs';

describe('window security', () => {
  it('isolates and sandboxes the page and gives it no Node', () => {
    expect(secureWebPreferences('/p/preload.cjs')).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
    });
  });

  it('has a strict policy without any remote origin or eval', () => {
    const directives = Object.fromEntries(
      CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]),
    );
    expect(directives['default-src']).toBe("'none'");
    expect(directives['script-src']).toBe("'self'");
    expect(directives['connect-src']).toBe("'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|unsafe-eval|unsafe-inline|\*/);
    expect(META_CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
  });

  it('allows only the app’s own pages and refuses every permission', () => {
    expect(isAllowedNavigation(`${APP_ORIGIN}/index.html`)).toBe(true);
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'kaoping://other/index.html', 'javascript:alert(1)', 'not a url'])
      expect(isAllowedNavigation(url)).toBe(false);
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) expect(allowPermission(p)).toBe(false);
  });

  it('serves only files inside the renderer build', () => {
    expect(appAssetPath('/app/dist/renderer', `${APP_ORIGIN}/`)).toBe('/app/dist/renderer/index.html');
    expect(appAssetPath('/app/dist/renderer', `${APP_ORIGIN}/assets/index.js`)).toBe('/app/dist/renderer/assets/index.js');
    expect(appAssetPath('/app/dist/renderer', `${APP_ORIGIN}/..%2F..%2Fpackage.json`)).toBeNull();
    // The URL parser resolves dot segments first, so this stays inside the build folder.
    expect(appAssetPath('/app/dist/renderer', `${APP_ORIGIN}/%2e%2e/electron/main.js`)).toBe('/app/dist/renderer/electron/main.js');
    expect(appAssetPath('/app/dist/renderer', 'kaoping://evil/index.html')).toBeNull();
  });
});

describe('window bounds', () => {
  const screen = [{ x: 0, y: 0, width: 1920, height: 1040 }];

  it('reopens where it was, and never off screen when a monitor is gone', () => {
    expect(initialBounds({ x: 100, y: 50, width: 1200, height: 800, maximized: false }, screen)).toEqual({
      x: 100,
      y: 50,
      width: 1200,
      height: 800,
      maximized: false,
    });
    const onGoneMonitor = initialBounds({ x: 2500, y: 100, width: 1200, height: 800, maximized: true }, screen);
    expect(onGoneMonitor).toEqual({ x: 277, y: 90, width: 1366, height: 860, maximized: true });
    expect(initialBounds({ x: 0, y: 0, width: 2000, height: 1100, maximized: false }, screen)).toMatchObject({
      x: 0,
      y: 0,
      width: 1920,
      height: 1040,
    });
    expect(initialBounds(null, [{ x: 0, y: 0, width: 1280, height: 720 }])).toEqual({
      x: 0,
      y: 0,
      width: 1280,
      height: 720,
      maximized: false,
    });
    expect(boundsToSave({ x: 1.4, y: 2.6, width: 1000, height: 700 }, true)).toEqual({
      x: 1,
      y: 3,
      width: 1000,
      height: 700,
      maximized: true,
    });
  });
});

describe('the application menu', () => {
  it('is Chinese by default with the usual shortcuts, and English on request', () => {
    const zh = buildMenuTemplate(createTranslator('zh-CN'), 'zh-CN');
    expect(zh.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '帮助']);
    const items = zh.flatMap((m) => m.submenu).filter((i) => i.type !== 'separator');
    const find = (label: string) =>
      items.find((i) => 'label' in i && i.label === label) as { accelerator?: string; command?: string; role?: string };
    expect(find('打开工作区…')).toMatchObject({ accelerator: 'CmdOrCtrl+O', command: 'openWorkspace' });
    expect(find('导入方案或评分细则…')).toMatchObject({ accelerator: 'CmdOrCtrl+I', command: 'importPlan' });
    expect(find('导入评分表…')).toMatchObject({ command: 'importSheets' });
    expect(find('粘贴')).toMatchObject({ accelerator: 'CmdOrCtrl+V', role: 'paste' });
    expect(find('评分')).toMatchObject({ accelerator: 'CmdOrCtrl+3', command: 'screen:scoring' });
    const en = buildMenuTemplate(createTranslator('en'), 'en');
    expect(en.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(en[2]!.submenu.filter((i) => i.type === 'radio').map((i) => 'checked' in i && i.checked)).toEqual([false, true]);
  });
});

describe('preferences', () => {
  const tmp = useTempDir();

  it('keep language, bounds and recent workspaces in a file, and survive a damaged one', () => {
    const path = join(tmp(), 'prefs.json');
    const prefs = filePreferences(path);
    prefs.update({ language: 'en', recentWorkspaces: withRecent(['/a', '/b'], '/b') });
    expect(filePreferences(path).get()).toEqual({ language: 'en', windowBounds: null, recentWorkspaces: ['/b', '/a'] });
    writeFileSync(path, '{"language": "fr", "windowBounds": {"x": "left"}, "recentWorkspaces": ["/c"]}');
    expect(filePreferences(path).get()).toEqual({ language: 'zh-CN', windowBounds: null, recentWorkspaces: ['/c'] });
    writeFileSync(path, 'not json');
    expect(filePreferences(path).get().language).toBe('zh-CN');
  });

  it('work over a key-value store such as electron-store', () => {
    const data = new Map<string, unknown>();
    const prefs = storePreferences({ get: (k) => data.get(k), set: (k, v) => void data.set(k, v) });
    prefs.update({ windowBounds: { x: 1, y: 2, width: 900, height: 700, maximized: false } });
    expect(data.get('windowBounds')).toEqual({ x: 1, y: 2, width: 900, height: 700, maximized: false });
    expect(data.has('language')).toBe(false);
    expect(memoryPreferences({ language: 'en' }).get().language).toBe('en');
  });
});
