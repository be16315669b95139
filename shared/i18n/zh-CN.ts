import * as cli from './catalogs/cli';
import * as document from './catalogs/document';
import * as files from './catalogs/files';
import * as plan from './catalogs/plan';
import * as report from './catalogs/report';
import * as results from './catalogs/results';
import * as sheets from './catalogs/sheets';

/**
 * Simplified Chinese messages: the reference catalog, assembled from one file per domain
 * (catalogs/*.ts hold both languages side by side). {{name}} marks a parameter.
 */
export const zhCN = { ...files.zh, ...plan.zh, ...document.zh, ...results.zh, ...cli.zh, ...report.zh, ...sheets.zh } as const;

export type MessageKey = keyof typeof zhCN;
