import * as audit from './catalogs/audit';
import * as cli from './catalogs/cli';
import * as document from './catalogs/document';
import * as files from './catalogs/files';
import * as hardening from './catalogs/hardening';
import * as packages from './catalogs/packages';
import * as papers from './catalogs/papers';
import * as papersMore from './catalogs/papers-more';
import * as plan from './catalogs/plan';
import * as report from './catalogs/report';
import * as results from './catalogs/results';
import * as schemaIssues from './catalogs/schema-issues';
import * as schemeEditor from './catalogs/scheme-editor';
import * as sheets from './catalogs/sheets';
import * as tables from './catalogs/tables';
import * as tablesParts from './catalogs/tables-parts';
import * as uiExport from './catalogs/ui-export';
import * as uiGrid from './catalogs/ui-grid';
import * as uiPackages from './catalogs/ui-packages';
import * as uiPeople from './catalogs/ui-people';
import * as uiPunctuation from './catalogs/ui-punctuation';
import * as uiResults from './catalogs/ui-results';
import * as uiScheme from './catalogs/ui-scheme';
import * as uiScoring from './catalogs/ui-scoring';
import * as uiShell from './catalogs/ui-shell';
import * as uiYear from './catalogs/ui-year';
import * as weights from './catalogs/weights';
import type { MessageKey } from './zh-CN';

/** English messages; the compiler checks that every key of the Chinese catalog is here. */
export const en: Record<MessageKey, string> = {
  ...audit.en,
  ...cli.en,
  ...document.en,
  ...files.en,
  ...hardening.en,
  ...packages.en,
  ...papers.en,
  ...papersMore.en,
  ...plan.en,
  ...report.en,
  ...results.en,
  ...schemaIssues.en,
  ...schemeEditor.en,
  ...sheets.en,
  ...tables.en,
  ...tablesParts.en,
  ...uiExport.en,
  ...uiGrid.en,
  ...uiPackages.en,
  ...uiPeople.en,
  ...uiPunctuation.en,
  ...uiResults.en,
  ...uiScheme.en,
  ...uiScoring.en,
  ...uiShell.en,
  ...uiYear.en,
  ...weights.en,
};
