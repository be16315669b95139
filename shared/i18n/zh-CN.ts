import * as cli from './catalogs/cli';
import * as document from './catalogs/document';
import * as files from './catalogs/files';
import * as packages from './catalogs/packages';
import * as plan from './catalogs/plan';
import * as results from './catalogs/results';

/**
 * Simplified Chinese messages: the reference catalog, assembled from one file per domain
 * (catalogs/*.ts hold both languages side by side). {{name}} marks a parameter.
 */
export const zhCN = { ...files.zh, ...plan.zh, ...document.zh, ...results.zh, ...packages.zh, ...cli.zh } as const;

export type MessageKey = keyof typeof zhCN;
