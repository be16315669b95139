// The hook of the Electron smoke test (tests/electron/electron-smoke.test.ts): with
// KAOPING_SMOKE_DIR set, the real app runs on temporary folders, asks the page what it can see,
// prints it on one line and quits. Without it, both functions do nothing.
import { join } from 'node:path';
import { app, type BrowserWindow } from 'electron';

const SMOKE = process.env.KAOPING_SMOKE_DIR;

/** Points the app's folders into the test's temporary folder; must run before 'ready'. */
export function prepareSmokeTest(): void {
  if (!SMOKE) return;
  app.setPath('userData', join(SMOKE, 'userData'));
  app.setPath('documents', join(SMOKE, 'Documents'));
}

/** Once the page has loaded: prints what the page can reach (the API, not Node) and quits. */
export async function reportSmokeTest(win: BrowserWindow): Promise<void> {
  if (!SMOKE) return;
  const seen: unknown = await win.webContents.executeJavaScript(
    `new Promise((r) => setTimeout(() => r({ api: typeof window.api, channels: window.api ? Object.keys(window.api).length : 0, require: typeof window.require, process: typeof window.process, grid: !!document.querySelector('[role=grid]') }), 3000))`,
  );
  console.log(`KAOPING_SMOKE ${JSON.stringify(seen)}`);
  app.quit();
}
