/** Every `family` found anywhere in a chart config, to prove all text uses the app's font. */
export function fontFamilies(value: unknown, seen = new Set<unknown>()): string[] {
  if (value === null || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  return Object.entries(value).flatMap(([key, v]) => (key === 'family' && typeof v === 'string' ? [v] : fontFamilies(v, seen)));
}
