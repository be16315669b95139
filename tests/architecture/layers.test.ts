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
/** The only files that may import electron: the main entry, the preload and IPC registration. */
const ELECTRON_IMPORTERS = /^electron\/(main|preload)\.ts$|^electron\/ipc\/register[\w-]*\.ts$/;

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
        .filter((spec) => isNode(spec) || PLATFORM.some((p) => spec === p || spec.startsWith(`${p}/`)) || (spec.startsWith('.') && join(file, '..', spec).startsWith('electron')))
        .map((spec) => `${file} → ${spec}`),
    );
    expect(offences).toEqual([]);
  });

  it('only the main entry, the preload and IPC registration import electron', () => {
    const offences = sourceFiles('electron').filter((file) => importsOf(file).includes('electron') && !ELECTRON_IMPORTERS.test(file));
    expect(offences).toEqual([]);
  });

  it('the lint rule catches a forbidden import (so the rule can fail)', async () => {
    const eslint = new ESLint({ cwd: ROOT });
    const [shared] = await eslint.lintText("import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n", { filePath: join(ROOT, 'shared/plan/bad.ts') });
    expect(shared!.messages.map((m) => m.ruleId)).toContain('no-restricted-imports');
    const [renderer] = await eslint.lintText("import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n", { filePath: join(ROOT, 'renderer/bad.ts') });
    expect(renderer!.messages.map((m) => m.ruleId)).toContain('no-restricted-imports');
  });
});
