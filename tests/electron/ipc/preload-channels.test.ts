// The preload lists channel names as literals (so it need not bundle zod): the list must be the
// contract's, and the built preload must really leave the contract's schemas out.
import { build } from 'esbuild';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, EVENT_NAMES } from '../../../shared/ipc/channel-names';
import { CHANNELS } from '../../../shared/ipc/contract';
import { ROOT } from '../../helpers/paths';

describe('preload channel names', () => {
  it('equal the contract’s channels, in order', () => {
    expect([...CHANNEL_NAMES]).toEqual(CHANNELS);
  });

  it('name each event once', () => {
    expect(EVENT_NAMES).toEqual(['menu:command', 'preferences:changed', 'task:progress']);
  });

  it('build a preload without zod, under 10 KB', async () => {
    const out = await build({
      entryPoints: [join(ROOT, 'electron', 'preload.ts')],
      bundle: true,
      write: false,
      metafile: true,
      platform: 'browser',
      format: 'cjs',
      target: 'chrome140',
      external: ['electron'],
      minify: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(out.metafile.inputs);
    expect(inputs.filter((f) => f.includes('zod') || f.endsWith('contract.ts'))).toEqual([]);
    expect(out.outputFiles[0]!.contents.length).toBeLessThan(10 * 1024);
  });
});
