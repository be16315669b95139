import JSZip from 'jszip';
import { xmlIsWellFormed } from './xml-well-formed';

/** A broken part of a workbook: its path in the zip and, for a worksheet, the sheet's name as Excel shows it. */
export interface DamagedPart {
  part: string;
  sheet: string | null;
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`).exec(tag)?.[1] ?? null;

/** Sheet names by part path, read with patterns so that a damaged workbook.xml still names what it can. */
async function sheetNames(zip: JSZip): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const workbook = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(m[0], 'Id');
    const target = attr(m[0], 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const target = targets.get(attr(m[0], 'r:id') ?? '');
    const name = attr(m[0], 'name');
    if (target && name) names.set(target, unescapeXml(name));
  }
  return names;
}

function unescapeXml(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

// The parts a reader needs, most telling first: the sheets, then what every sheet leans on.
const ORDER = [/^xl\/worksheets\//, /^xl\/sharedStrings\.xml$/, /^xl\/workbook\.xml$/, /^xl\/styles\.xml$/, /\.(xml|rels)$/];

/**
 * The first part of a workbook that is not well-formed XML, or null when every part is (the
 * damage is elsewhere). Called only after exceljs has refused the file, to say where it broke.
 * The zip was already checked for sizes (zip guard), so reading its parts is bounded.
 */
export async function findDamagedPart(buf: Buffer): Promise<DamagedPart | null> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buf);
  } catch {
    return null;
  }
  const paths = Object.keys(zip.files).filter((p) => !zip.files[p]!.dir && /\.(xml|rels)$/i.test(p));
  const rank = (p: string) => ORDER.findIndex((re) => re.test(p));
  paths.sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'en', { numeric: true }));
  const names = await sheetNames(zip);
  for (const part of paths) {
    const xml = await zip.file(part)!.async('string');
    if (!xmlIsWellFormed(xml)) return { part, sheet: names.get(part) ?? null };
  }
  return null;
}
