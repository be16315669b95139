import * as cli from './catalogs/cli';
import * as document from './catalogs/document';
import * as files from './catalogs/files';
import * as plan from './catalogs/plan';
import * as report from './catalogs/report';
import * as results from './catalogs/results';
import * as sheets from './catalogs/sheets';
import type { MessageKey } from './zh-CN';

/** English messages; the compiler checks that every key of the Chinese catalog is here. */
export const en: Record<MessageKey, string> = { ...files.en, ...plan.en, ...document.en, ...results.en, ...cli.en, ...report.en, ...sheets.en };
