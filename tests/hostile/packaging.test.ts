// The packaged app's Electron fuses (electron-builder.yml, electronFuses), checked against the
// names electron-builder's own configuration schema knows, so a typo cannot pass silently.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../helpers/paths';

describe('electron fuses', () => {
  it('turn off run-as-node, NODE_OPTIONS and --inspect; load only the checked app.asar; encrypt cookies', () => {
    const config = parse(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as {
      electronFuses?: Record<string, boolean>;
      asar?: boolean;
    };
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
    });
    const scheme = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'app-builder-lib', 'scheme.json'), 'utf8')) as {
      definitions: { FuseOptionsV1: { properties: Record<string, unknown> } };
      properties: Record<string, unknown>;
    };
    expect(scheme.properties).toHaveProperty('electronFuses');
    for (const key of Object.keys(config.electronFuses!)) expect(scheme.definitions.FuseOptionsV1.properties, key).toHaveProperty(key);
  });
});
