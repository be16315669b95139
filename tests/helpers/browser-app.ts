// The renderer as built, in Debian's Chromium, with window.api bound to the real main-process
// handlers (createHandlers + dispatch) over a temporary workspace. Only the OS dialogs are
// replaced (TestContext queues the paths they return).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { CHANNELS } from '../../shared/ipc/contract';
import { dispatch } from '../../electron/ipc/dispatch';
import { createHandlers } from '../../electron/ipc/handlers';
import { CONTENT_SECURITY_POLICY } from '../../electron/security/content-security-policy';
import { mimeType } from '../../electron/security/mime';
import type { TestContext } from './app-context';
import { ROOT } from './paths';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromiumMissing(): string | null {
  return existsSync(CHROMIUM) ? null : `${CHROMIUM} not installed (.ci/run installs it)`;
}

/** Builds the renderer with its real vite config into `outDir`. */
export async function buildRenderer(outDir: string): Promise<void> {
  await build({
    configFile: join(ROOT, 'electron', 'build', 'renderer.vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}

/** Serves a folder on 127.0.0.1 with the app's Content-Security-Policy, as the app:// protocol does. */
export async function serveRenderer(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const root = resolve(dir);
  const server: Server = createServer(async (req, res) => {
    const path = normalize(join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    const file = path === root || path === `${root}${sep}` ? join(root, 'index.html') : path;
    if (!file.startsWith(root)) return void res.writeHead(404).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': mimeType(file || extname(file)), 'content-security-policy': CONTENT_SECURITY_POLICY });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/index.html`, close: () => new Promise((r) => server.close(() => r())) };
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export interface AppPage {
  page: Page;
  /** Messages the page logged as errors, and CSP violations: a test can insist there are none. */
  errors: string[];
}

/**
 * Opens the app in a new page: before any script of the page runs, window.api is defined
 * with the preload's shape, each method calling the real handlers through a binding; events
 * from main (ctx.emit) reach the page's listeners.
 */
export async function openApp(
  browser: Browser,
  url: string,
  ctx: TestContext,
  options: { width?: number; height?: number } = {},
): Promise<AppPage> {
  const page = await browser.newPage({ viewport: { width: options.width ?? 1440, height: options.height ?? 900 }, deviceScaleFactor: 1 });
  // No clock on waits: a condition either comes true or the test's safety net ends it
  // (browser-suite.ts); a 10 s default failed under load with nothing wrong.
  page.setDefaultTimeout(0);
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  const handlers = createHandlers(ctx);
  await page.exposeBinding('__kaopingInvoke', (_source, channel: unknown, payload: unknown) => dispatch(handlers, channel, payload));
  ctx.emit = (event, payload) => {
    ctx.events.push({ event, payload });
    void page.evaluate(([e, p]) => (window as unknown as { __kaopingEmit: (e: string, p: unknown) => void }).__kaopingEmit(e, p), [
      event,
      payload,
    ] as const);
  };
  await page.addInitScript((channels: string[]) => {
    type Listener = (payload: unknown) => void;
    const w = window as unknown as {
      __kaopingInvoke: (c: string, p: unknown) => Promise<unknown>;
      __kaopingEmit: (e: string, p: unknown) => void;
      api: unknown;
    };
    const listeners = new Map<string, Set<Listener>>();
    const api: Record<string, unknown> = {};
    for (const channel of channels) api[channel] = (request: unknown) => w.__kaopingInvoke(channel, request ?? {});
    // No OS drop in a plain browser: the preload's File-to-path step exists only in Electron.
    api['file:dropped'] = async () => ({ ok: false, error: { key: 'ipc.notDroppedFile', params: {} } });
    api.on = (event: string, listener: Listener) => {
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event)!.add(listener);
      return () => listeners.get(event)?.delete(listener);
    };
    w.__kaopingEmit = (event, payload) => listeners.get(event)?.forEach((l) => l(payload));
    w.api = Object.freeze(api);
  }, CHANNELS as string[]);
  await page.goto(url);
  return { page, errors };
}

/**
 * Resolves once the page has handled everything sent to it before (events, evaluations) and
 * painted a frame: a condition to wait on instead of a sleep when checking that nothing happens.
 */
export async function settled(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(null)))));
}
