#!/usr/bin/env node
// `kaoping …` (npx kaoping, npm run cli): runs the prebuilt CLI bundle, building it first when
// it is missing or older than its sources, so a command starts about as fast as node itself.
// KAOPING_CLI_DIR names another bundle folder (the tests use one of their own).
import module from 'node:module';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { buildCli, DEFAULT_OUT, isStale } from './cli-bundle.mjs';

const outDir = process.env.KAOPING_CLI_DIR ? resolve(process.env.KAOPING_CLI_DIR) : DEFAULT_OUT;
if (isStale(outDir)) await buildCli(outDir);
// Node 22.1+ keeps V8's compiled code of the bundle on disk (os.tmpdir()/node-compile-cache,
// NODE_COMPILE_CACHE to move it, NODE_DISABLE_COMPILE_CACHE=1 to turn it off); a later start
// skips parsing and compiling what it ran before. Node 20 has no such cache and starts as before.
module.enableCompileCache?.();
await import(pathToFileURL(resolve(outDir, 'main.js')).href);
