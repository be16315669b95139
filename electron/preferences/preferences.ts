// The user's preferences (language, window bounds, recent workspaces) behind one interface:
// electron-store in the app, a JSON file or memory in tests. Values are validated when read,
// so a hand-edited or damaged store falls back to defaults instead of breaking the app.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

export const WindowBounds = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(200).max(20_000),
  height: z.number().int().min(200).max(20_000),
  maximized: z.boolean().default(false),
});
export type WindowBounds = z.infer<typeof WindowBounds>;

export const PreferencesData = z.object({
  language: z.enum(['zh-CN', 'en']).catch('zh-CN'),
  windowBounds: WindowBounds.nullable().catch(null),
  /** Most recent first; at most MAX_RECENT. */
  recentWorkspaces: z.array(z.string().min(1)).catch([]),
});
export type PreferencesData = z.infer<typeof PreferencesData>;

export const MAX_RECENT = 8;
export const DEFAULT_PREFERENCES: PreferencesData = { language: 'zh-CN', windowBounds: null, recentWorkspaces: [] };

export interface Preferences {
  get(): PreferencesData;
  update(patch: Partial<PreferencesData>): PreferencesData;
}

/** Reads whatever was stored, keeping each valid field and defaulting the rest. */
export function readPreferences(raw: unknown): PreferencesData {
  const parsed = PreferencesData.safeParse(
    typeof raw === 'object' && raw !== null ? { ...DEFAULT_PREFERENCES, ...raw } : DEFAULT_PREFERENCES,
  );
  return parsed.success ? parsed.data : { ...DEFAULT_PREFERENCES };
}

/** A workspace moved to the front of the recent list. */
export function withRecent(list: string[], dir: string): string[] {
  return [dir, ...list.filter((d) => d !== dir)].slice(0, MAX_RECENT);
}

/** Preferences in memory only. */
export function memoryPreferences(initial: Partial<PreferencesData> = {}): Preferences {
  let data = readPreferences(initial);
  return {
    get: () => data,
    update: (patch) => (data = readPreferences({ ...data, ...patch })),
  };
}

/** Preferences in a JSON file, written through a temp file and a rename. */
export function filePreferences(path: string): Preferences {
  const load = (): PreferencesData => {
    try {
      return readPreferences(JSON.parse(readFileSync(path, 'utf8')));
    } catch {
      return { ...DEFAULT_PREFERENCES };
    }
  };
  let data = load();
  return {
    get: () => data,
    update: (patch) => {
      data = readPreferences({ ...data, ...patch });
      writeFileSync(`${path}.tmp`, JSON.stringify(data, null, 2));
      renameSync(`${path}.tmp`, path);
      return data;
    },
  };
}

/** The shape of electron-store this needs: get and set of whole keys. */
export interface KeyValueStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

/** Preferences kept in a key-value store (electron-store in the app). */
export function storePreferences(store: KeyValueStore): Preferences {
  const keys = Object.keys(DEFAULT_PREFERENCES) as (keyof PreferencesData)[];
  const load = () => readPreferences(Object.fromEntries(keys.map((k) => [k, store.get(k)]).filter(([, v]) => v !== undefined)));
  return {
    get: load,
    update: (patch) => {
      const next = readPreferences({ ...load(), ...patch });
      for (const k of Object.keys(patch) as (keyof PreferencesData)[]) store.set(k, next[k]);
      return next;
    },
  };
}

/** The same preferences, calling `onChange` after every update (main rebuilds its menu on a language change). */
export function observedPreferences(inner: Preferences, onChange: (data: PreferencesData, before: PreferencesData) => void): Preferences {
  return {
    get: () => inner.get(),
    update: (patch) => {
      const before = inner.get();
      const data = inner.update(patch);
      onChange(data, before);
      return data;
    },
  };
}
