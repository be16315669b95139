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

/**
 * Simplified Chinese messages: the reference catalog, assembled from one file per domain
 * (catalogs/*.ts hold both languages side by side). {{name}} marks a parameter.
 */
export const zhCN = {
  ...audit.zh,
  ...cli.zh,
  ...document.zh,
  ...files.zh,
  ...hardening.zh,
  ...packages.zh,
  ...papers.zh,
  ...papersMore.zh,
  ...plan.zh,
  ...report.zh,
  ...results.zh,
  ...schemaIssues.zh,
  ...schemeEditor.zh,
  ...sheets.zh,
  ...tables.zh,
  ...tablesParts.zh,
  ...uiExport.zh,
  ...uiGrid.zh,
  ...uiPackages.zh,
  ...uiPeople.zh,
  ...uiPunctuation.zh,
  ...uiResults.zh,
  ...uiScheme.zh,
  ...uiScoring.zh,
  ...uiShell.zh,
  ...uiYear.zh,
  ...weights.zh,
} as const;

export type MessageKey = keyof typeof zhCN;
