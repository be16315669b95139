import * as cli from './catalogs/cli';
import * as document from './catalogs/document';
import * as files from './catalogs/files';
import * as plan from './catalogs/plan';
import * as results from './catalogs/results';
import * as uiExport from './catalogs/ui-export';
import * as uiPeople from './catalogs/ui-people';
import * as uiResults from './catalogs/ui-results';
import * as uiScheme from './catalogs/ui-scheme';
import * as uiScoring from './catalogs/ui-scoring';
import * as uiShell from './catalogs/ui-shell';
import type { MessageKey } from './zh-CN';

/** English messages; the compiler checks that every key of the Chinese catalog is here. */
export const en: Record<MessageKey, string> = { ...files.en, ...plan.en, ...document.en, ...results.en, ...cli.en, ...uiShell.en, ...uiScoring.en, ...uiExport.en, ...uiResults.en, ...uiScheme.en, ...uiPeople.en };
