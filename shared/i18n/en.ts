import * as cli from './catalogs/cli';
import * as document from './catalogs/document';
import * as files from './catalogs/files';
import * as packages from './catalogs/packages';
import * as plan from './catalogs/plan';
import * as results from './catalogs/results';
import type { MessageKey } from './zh-CN';

/** English messages; the compiler checks that every key of the Chinese catalog is here. */
export const en: Record<MessageKey, string> = { ...files.en, ...plan.en, ...document.en, ...results.en, ...packages.en, ...cli.en };
