// Lint: typescript-eslint's recommended rules, plus the layering of ../shared/STYLE.md made
// mechanical: shared/ is pure, renderer/ never reaches the main process's world.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream', 'zlib', 'worker_threads'];
const PLATFORM = ['electron', 'electron-store', 'exceljs', '@napi-rs/canvas', 'mammoth', 'iconv-lite', 'chardet'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'release/**', 'out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...NODE_BUILTINS, ...PLATFORM, 'react', 'react-dom', 'react/*', 'react-dom/*'],
              message: 'shared/ is pure domain code: no Node, Electron, React, DOM or file-format libraries.',
            },
            { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ must not import from the layers above it.' },
          ],
        },
      ],
    },
  },
  {
    // Only these files may import electron: requiring it in plain Node (CLI, tests) fails.
    files: ['electron/**/*.ts'],
    ignores: ['electron/main.ts', 'electron/preload.ts', 'electron/dialogs.ts', 'electron/smoke-hook.ts', 'electron/ipc/register*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'Only main.ts, preload.ts, dialogs.ts, smoke-hook.ts and ipc/register*.ts import electron.' },
          ],
          // One direction inside electron/ (tests/architecture checks every folder): app state never reaches for the handlers.
          patterns: [
            {
              group: ['../ipc/*', '../../ipc/*'],
              message: 'electron/ imports go one way: ipc/ uses app/ and services/, never the reverse.',
            },
          ],
        },
      ],
    },
  },
  // The rules of hooks and complete effect dependencies (a skipped dependency is a stale value).
  { files: ['renderer/**/*.ts', 'renderer/**/*.tsx'], ...reactHooks.configs.flat.recommended },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: [...NODE_BUILTINS, ...PLATFORM], message: 'renderer/ reaches the main process only through window.api.' },
            { group: ['**/electron/**'], message: 'renderer/ must not import main-process code; use the typed client.' },
          ],
        },
      ],
    },
  },
);
