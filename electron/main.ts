// The Electron main entry: one secure window, the app:// protocol for the renderer's files,
// the IPC handlers, the menu, preferences in electron-store. Everything with logic lives in
// plain-Node modules (ipc/, app/, security/, window/, menu/, preferences/) that tests run.
import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, Menu, protocol, screen, session, shell, type MenuItemConstructorOptions } from 'electron';
import Store from 'electron-store';
import { createTranslator, type Language } from '../shared/i18n/messages';
import { setSchemaLanguage } from '../shared/i18n/zod-issues';
import type { EventName, Events } from '../shared/ipc/contract';
import { withChangeStamp, type AppContext } from './app/app-context';
import { createHandlers } from './ipc/handlers';
import { PackageSession } from './app/package-context';
import { packagePaths } from './app/package-args';
import { PathTokens } from './app/path-tokens';
import { registerIpc } from './ipc/register';
import { Session } from './app/session';
import { appDialogs, packageDialogs } from './dialogs';
import { buildMenuTemplate, type MenuSpec } from './menu/menu-template';
import { observedPreferences, storePreferences, type KeyValueStore } from './preferences/preferences';
import { APP_ORIGIN, APP_SCHEME, CONTENT_SECURITY_POLICY } from './security/content-security-policy';
import { mimeType } from './security/mime';
import { appAssetFile } from './security/app-assets';
import { allowPermission, isAllowedNavigation, secureWebPreferences } from './security/navigation';
import { SEED_PLAN_FILE } from './services/seed';
import { prepareSmokeTest, reportSmokeTest } from './smoke-hook';
import { setLockProgram } from './services/workspace/workspace-lock';
import { boundsToSave, initialBounds, MIN_SIZE } from './window/window-state';

const here = dirname(fileURLToPath(import.meta.url));
const RENDERER_DIR = join(here, '..', 'renderer');
const PRELOAD = join(here, 'preload.cjs');

// Must happen before 'ready': the smoke test's folders, and app:// as a secure, standard origin ('self' in the CSP).
prepareSmokeTest();
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

let win: BrowserWindow | null = null;

// A package double-clicked before or while the app runs waits here until the window asks for
// it ('package:open' with source 'system'); macOS hands files over by event, the others by argv.
const packageSession = new PackageSession();
packageSession.pending.push(...packagePaths(process.argv.slice(1)));
app.on('open-file', (event, path) => {
  event.preventDefault();
  packageSession.pending.push(path);
  if (win) send('menu:command', { command: 'systemPackage' });
});

function seedPlanPath(): string {
  return app.isPackaged ? join(process.resourcesPath, 'seeds', SEED_PLAN_FILE) : join(app.getAppPath(), 'seeds', SEED_PLAN_FILE);
}

function send<E extends EventName>(event: E, payload: Events[E]): void {
  win?.webContents.send(event, payload);
}

function toElectronMenu(spec: MenuSpec[], onLanguage: (l: Language) => void, ctx: AppContext): MenuItemConstructorOptions[] {
  return spec.map((menu) => ({
    label: menu.label,
    submenu: menu.submenu.map((item): MenuItemConstructorOptions => {
      if (item.type === 'separator') return { type: 'separator' };
      if (item.type === 'radio') return { type: 'radio', label: item.label, checked: item.checked, click: () => onLanguage(item.language) };
      const { label, accelerator, role, command, action } = item;
      if (role) return { label, accelerator, role };
      return {
        label,
        accelerator,
        click: () => {
          if (command) send('menu:command', { command });
          if (action === 'showWorkspaceFolder' && ctx.session.workspaceDir) void shell.openPath(ctx.session.workspaceDir);
        },
      };
    }),
  }));
}

function serveRenderer(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const path = await appAssetFile(RENDERER_DIR, request.url);
    if (!path) return new Response('Not found', { status: 404 });
    try {
      const body = await readFile(path);
      return new Response(body, {
        headers: {
          'content-type': mimeType(path),
          'content-security-policy': CONTENT_SECURITY_POLICY,
          'x-content-type-options': 'nosniff',
        },
      });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}

function lockDown(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback) => callback(allowPermission(permission)));
  session.defaultSession.setPermissionCheckHandler((_contents, permission) => allowPermission(permission));
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event, url) => {
      if (!isAllowedNavigation(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isAllowedNavigation(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}

async function start(): Promise<void> {
  setLockProgram('app');
  lockDown();
  serveRenderer();
  const store = new Store({ name: 'preferences' }) as unknown as KeyValueStore;
  const rebuildMenu = (language: Language) => {
    const t = createTranslator(language);
    const onLanguage = (l: Language) => {
      ctx.preferences.update({ language: l });
      send('preferences:changed', { language: l });
    };
    Menu.setApplicationMenu(Menu.buildFromTemplate(toElectronMenu(buildMenuTemplate(t, language), onLanguage, ctx)));
  };
  const preferences = observedPreferences(storePreferences(store), (data, before) => {
    if (data.language === before.language) return;
    setSchemaLanguage(data.language);
    rebuildMenu(data.language);
  });
  // Schema messages (a refused package's details) speak the window's language.
  setSchemaLanguage(preferences.get().language);
  const t = () => createTranslator(preferences.get().language);
  const ctx: AppContext = withChangeStamp({
    preferences,
    tokens: new PathTokens(),
    session: new Session(),
    documentsDir: app.getPath('documents'),
    seedPlanPath: seedPlanPath(),
    actor: userInfo().username || '考核办',
    platform: process.platform,
    now: () => new Date(),
    emit: send,
    dialogs: appDialogs(() => win, t),
    packages: { dialogs: packageDialogs(() => win, t), session: packageSession },
  });
  registerIpc(createHandlers(ctx), isAllowedNavigation);
  rebuildMenu(preferences.get().language);

  const displays = [screen.getPrimaryDisplay(), ...screen.getAllDisplays().filter((d) => d.id !== screen.getPrimaryDisplay().id)];
  const bounds = initialBounds(
    preferences.get().windowBounds,
    displays.map((d) => d.workArea),
  );
  win = new BrowserWindow({
    ...bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: '考评',
    show: false,
    backgroundColor: '#f5f6f8',
    icon: join(here, '..', '..', 'electron', 'resources', 'icon.png'),
    webPreferences: secureWebPreferences(PRELOAD),
  });
  if (bounds.maximized) win.maximize();
  win.once('ready-to-show', () => win?.show());
  const remember = () => {
    if (win && !win.isMinimized() && !win.isFullScreen())
      preferences.update({ windowBounds: boundsToSave(win.getNormalBounds(), win.isMaximized()) });
  };
  win.on('close', remember);
  win.on('closed', () => (win = null));
  await win.loadURL(`${APP_ORIGIN}/index.html`);
  await reportSmokeTest(win);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
    const paths = packagePaths(argv.slice(1));
    if (paths.length === 0) return;
    packageSession.pending.push(...paths);
    send('menu:command', { command: 'systemPackage' });
  });
  app.on('window-all-closed', () => app.quit());
  app
    .whenReady()
    .then(start)
    .catch((e: unknown) => {
      dialog.showErrorBox('考评', e instanceof Error ? e.message : String(e));
      app.quit();
    });
}
