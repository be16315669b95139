// The set-up every browser test file shares: the renderer built once per file with its real
// vite config, served locally with the app's CSP, one Chromium, a fresh workspace per test.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, vi } from 'vitest';
import { testContext, type TestContext } from './app-context';
import { buildRenderer, launchChromium, openApp, serveRenderer, type AppPage } from './browser-app';
import { useTempDir } from './temp';

export interface BrowserSuite {
  /** This test's temporary folder (the workspace lives in it). */
  tmp: () => string;
  /** A fresh context on this test's folder, the app opened on it, waiting for the scoring grid. */
  start: (options?: { width?: number; height?: number }) => Promise<AppPage & { ctx: TestContext }>;
  /** Opens the app on a given context, without waiting for anything. */
  open: (ctx: TestContext, options?: { width?: number; height?: number }) => Promise<AppPage>;
}

/**
 * Browser tests wait on conditions (an element, a polled value), never on a short clock: on a
 * loaded machine a grid took more than 10 s to appear and a run failed for nothing. The only
 * clock left is this safety net, far beyond any load, for a test that truly hangs.
 */
export const BROWSER_SAFETY_NET_MS = 20 * 60_000;

/** Call at the top of a describe block (before its tests: their time-outs are set here). */
export function useBrowserSuite(): BrowserSuite {
  vi.setConfig({
    testTimeout: BROWSER_SAFETY_NET_MS,
    hookTimeout: BROWSER_SAFETY_NET_MS,
    expect: { poll: { timeout: BROWSER_SAFETY_NET_MS, interval: 50 } },
  });
  const tmp = useTempDir();
  let browser: Browser | undefined;
  let server: { url: string; close: () => Promise<void> } | undefined;
  const out = mkdtempSync(join(tmpdir(), 'kaoping-renderer-'));

  beforeAll(async () => {
    await buildRenderer(out);
    server = await serveRenderer(out);
    browser = await launchChromium();
  }, BROWSER_SAFETY_NET_MS);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(out, { recursive: true, force: true });
  });

  const open = (ctx: TestContext, options?: { width?: number; height?: number }) => openApp(browser!, server!.url, ctx, options);
  return {
    tmp,
    open,
    start: async (options) => {
      const ctx = testContext(tmp());
      const app = await open(ctx, options);
      // The first screen waits on a condition, not on a clock a loaded (shared) machine can exceed.
      await app.page.getByRole('grid').waitFor({ timeout: 60_000 });
      return { ctx, ...app };
    },
  };
}
