#!/usr/bin/env node
// `kaoping …` (npx kaoping, npm run cli): runs the prebuilt CLI bundle, building it first when
// it is missing or older than its sources, so a command starts about as fast as node itself.
// KAOPING_CLI_DIR names another bundle folder (the tests use one of their own).
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { buildCli, DEFAULT_OUT, isStale } from './cli-bundle.mjs';

const outDir = process.env.KAOPING_CLI_DIR ? resolve(process.env.KAOPING_CLI_DIR) : DEFAULT_OUT;
if (isStale(outDir)) await buildCli(outDir);
await import(pathToFileURL(resolve(outDir, 'main.js')).href);
