// Decisions of the window's security handlers as pure functions, so tests can hold them to
// the checklist in ../../STYLE.md without an Electron binary.
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { APP_ORIGIN } from './content-security-policy';

/** webPreferences of the one window: isolated, sandboxed, no Node, nothing remote. */
export function secureWebPreferences(preloadPath: string) {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
  } as const;
}

/** Only the app's own start page may load; every other navigation is refused. */
export function isAllowedNavigation(url: string): boolean {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}` === APP_ORIGIN;
  } catch {
    return false;
  }
}

/** The app needs no permission (camera, notifications, clipboard-read…): every request is denied. */
export function allowPermission(_permission: string): boolean {
  return false;
}

/**
 * The file of the renderer's build that an app:// URL names, or null for anything outside
 * the build folder (traversal, other hosts, odd schemes).
 */
export function appAssetPath(root: string, url: string): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  if (`${u.protocol}//${u.host}` !== APP_ORIGIN) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(u.pathname);
  } catch {
    // A malformed escape ("%E0%A4%A") is not a file of ours: 404, not a thrown URIError.
    return null;
  }
  const target = resolve(root, `.${pathname === '/' ? '/index.html' : pathname}`);
  const rel = relative(resolve(root), target);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel) || rel.split(sep).includes('..')) return null;
  return target;
}
