import type { Unit } from '../../../shared/assessment/schema';

/**
 * Units from a pasted list (one per line, from Excel or a document): "450100 南宁市",
 * "450100<Tab>南宁市" or just "南宁市". Ids are the codes where given, else new ones that do
 * not clash with `taken`; blank lines and repeated names are skipped.
 */
export function parseUnitList(text: string, taken: Iterable<string> = []): Unit[] {
  const used = new Set(taken);
  const names = new Set<string>();
  const units: Unit[] = [];
  let n = 1;
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.replace(/\u3000/g, ' ').trim();
    if (!trimmed) continue;
    const m = /^(\d{4,12})[\s,，\t]+(.+)$/.exec(trimmed);
    const code = m ? m[1]! : '';
    const name = (m ? m[2]! : trimmed).split('\t')[0]!.trim();
    if (!name || names.has(name)) continue;
    names.add(name);
    let id = code;
    if (!id || used.has(id)) {
      while (used.has(`u${n}`)) n++;
      id = `u${n}`;
    }
    used.add(id);
    units.push({ id, code, name });
  }
  return units;
}

/** An id not used yet, with a prefix: e1, e2… */
export function freshId(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  let n = 1;
  while (used.has(`${prefix}${n}`)) n++;
  return `${prefix}${n}`;
}
