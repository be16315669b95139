/** Types of cli-bundle.mjs for the TypeScript that imports it (tests and the bench). */
export declare const ROOT: string;
export declare const DEFAULT_OUT: string;
export declare function isStale(outDir?: string): boolean;
export declare function buildCli(outDir?: string): Promise<string>;
