import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative } from 'node:path';
import { ESLint } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/paths';

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)));
}

function importsOf(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(join(ROOT, file), 'utf8'), true, true);
  return info.importedFiles.map((f) => f.fileName);
}

const NODE = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
const isNode = (spec: string) => spec.startsWith('node:') || NODE.has(spec.split('/')[0]!);
/** Pure libraries shared/ may use: schemas, i18n, script conversion. */
const SHARED_ALLOWED = new Set(['zod', 'i18next', 'opencc-js/t2cn', 'chart.js']);
const PLATFORM = ['electron', 'electron-store', 'exceljs', '@napi-rs/canvas', 'mammoth', 'iconv-lite', 'chardet'];
/** The only files that may import electron: the main entry, the preload, its dialogs and smoke-test hook, and IPC registration. */
const ELECTRON_IMPORTERS = /^electron\/(main|preload|dialogs|smoke-hook)\.ts$|^electron\/ipc\/register[\w-]*\.ts$/;

/**
 * The direction inside electron/: a folder may import its own files and folders of a lower rank,
 * never one of the same or a higher rank. The entry files beside main.ts sit on top; handlers
 * (ipc/) use app state (app/), which uses the services; the CLI and build scripts are entries of
 * their own over the services. A folder missing here fails the test, so each new one is placed.
 */
const ELECTRON_RANK: Record<string, number> = {
  services: 0,
  preferences: 0,
  security: 1,
  menu: 0,
  window: 1,
  app: 2,
  ipc: 3,
  cli: 3,
  build: 3,
  '.': 4,
};

/** The electron/ folder of a file ('.' for the entry files beside main.ts), or null outside electron/. */
function electronFolder(file: string): string | null {
  const parts = file.split('/');
  if (parts[0] !== 'electron') return null;
  return parts.length > 2 ? parts[1]! : '.';
}

/** "from → to" when an import inside electron/ goes against the direction (or into an unranked folder). */
function electronDirectionOffence(file: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const from = electronFolder(file);
  const to = electronFolder(join(file, '..', spec));
  if (from === null || to === null || from === to) return null;
  const a = ELECTRON_RANK[from];
  const b = ELECTRON_RANK[to];
  return a === undefined || b === undefined || b >= a ? `${file} → ${spec}` : null;
}

describe('layering (../shared/STYLE.md)', () => {
  it('shared/ imports nothing but itself and a few pure libraries', () => {
    const offences = sourceFiles('shared').flatMap((file) =>
      importsOf(file)
        .filter((spec) => (spec.startsWith('.') ? !join(file, '..', spec).startsWith('shared') : !SHARED_ALLOWED.has(spec)))
        .map((spec) => `${file} → ${spec}`),
    );
    expect(offences).toEqual([]);
  });

  it('renderer/ imports neither Node, Electron, main-process libraries nor electron/ code', () => {
    const offences = sourceFiles('renderer').flatMap((file) =>
      importsOf(file)
        .filter(
          (spec) =>
            isNode(spec) ||
            PLATFORM.some((p) => spec === p || spec.startsWith(`${p}/`)) ||
            (spec.startsWith('.') && join(file, '..', spec).startsWith('electron')),
        )
        .map((spec) => `${file} → ${spec}`),
    );
    expect(offences).toEqual([]);
  });

  it('only the main entry, the preload and IPC registration import electron', () => {
    const offences = sourceFiles('electron').filter((file) => importsOf(file).includes('electron') && !ELECTRON_IMPORTERS.test(file));
    expect(offences).toEqual([]);
  });

  it('inside electron/ imports go one way: entry → ipc → app → services', () => {
    const offences = sourceFiles('electron').flatMap((file) =>
      importsOf(file).flatMap((spec) => electronDirectionOffence(file, spec) ?? []),
    );
    expect(offences).toEqual([]);
  });

  it('the direction check can fail: app state importing a handler, a service importing app state', () => {
    expect(electronDirectionOffence('electron/app/workspace-session.ts', '../ipc/dispatch')).not.toBeNull();
    expect(electronDirectionOffence('electron/services/seed.ts', '../app/session')).not.toBeNull();
    expect(electronDirectionOffence('electron/services/seed.ts', '../preferences/preferences')).not.toBeNull();
    expect(electronDirectionOffence('electron/ipc/handlers.ts', '../main')).not.toBeNull();
    expect(electronDirectionOffence('electron/ipc/handlers.ts', '../app/session')).toBeNull();
    expect(electronDirectionOffence('electron/main.ts', './ipc/handlers')).toBeNull();
  });

  it('the lint rule catches a forbidden import (so the rule can fail)', async () => {
    const eslint = new ESLint({ cwd: ROOT });
    const [shared] = await eslint.lintText("import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", {
      filePath: join(ROOT, 'shared/plan/bad.ts'),
    });
    expect(shared!.messages.map((m) => m.ruleId)).toContain('no-restricted-imports');
    const [renderer] = await eslint.lintText("import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n", {
      filePath: join(ROOT, 'renderer/bad.ts'),
    });
    expect(renderer!.messages.map((m) => m.ruleId)).toContain('no-restricted-imports');
    const [service] = await eslint.lintText("import { dialog } from 'electron';\nexport const x = dialog;\n", {
      filePath: join(ROOT, 'electron/services/bad.ts'),
    });
    expect(service!.messages.map((m) => m.ruleId)).toContain('no-restricted-imports');
    const [appState] = await eslint.lintText("import { dispatch } from '../ipc/dispatch';\nexport const x = dispatch;\n", {
      filePath: join(ROOT, 'electron/app/bad.ts'),
    });
    expect(appState!.messages.map((m) => m.ruleId)).toContain('no-restricted-imports');
  });
});
