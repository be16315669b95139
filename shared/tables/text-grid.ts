import { gridOf, type Grid } from './grid';

const BOX_BAR = /[│┃|║]/;
const BOX_RULE = /^[\s─━═┼╋┬┴├┤┌┐└┘┏┓┗┛┣┫┳┻╬╠╣╦╩+\-=:|│┃]+$/;

/** Splits one line of a tab-separated paste, honouring Excel's quoted cells ("a\nb" inside quotes). */
function splitTabbed(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === '\t' || ch === '\n') {
      row.push(cell);
      cell = '';
      if (ch === '\n') {
        rows.push(row);
        row = [];
      }
    } else if (ch !== '\r') cell += ch;
  }
  row.push(cell);
  rows.push(row);
  return rows.map((r) => r.map((c) => c.trim()));
}

function barCells(line: string): string[] {
  const inner = line
    .trim()
    .replace(/^[│┃|║]/, '')
    .replace(/[│┃|║]$/, '');
  return inner.split(/[│┃|║]/).map((c) => c.trim());
}

/**
 * Rows of a table drawn with bars (│ ┃ | as pasted from a web page or Markdown). When rule lines
 * (─ ┼) separate every row, the lines between two rules are one row whose cells wrap: their
 * pieces are joined.
 */
function barTable(lines: string[]): string[][] {
  const rules = lines.map((l) => BOX_RULE.test(l.trim()) && /[─━═\-+┼]/.test(l));
  const bodyRules = rules.filter(Boolean).length;
  const barLines = lines.filter((l, i) => !rules[i] && BOX_BAR.test(l)).length;
  const wrapped = bodyRules >= 3 && bodyRules >= barLines / 2;
  const rows: string[][] = [];
  let pending: string[] | null = null;
  lines.forEach((line, i) => {
    if (rules[i]) {
      if (pending) rows.push(pending);
      pending = null;
      return;
    }
    if (!BOX_BAR.test(line)) return;
    const cells = barCells(line);
    if (!wrapped) return rows.push(cells);
    pending = pending ? pending.map((c, k) => [c, cells[k] ?? ''].filter(Boolean).join('')) : cells;
  });
  if (pending) rows.push(pending);
  return rows;
}

/** Which text-table form a text is in, if any. */
export type TextTableForm = 'tabs' | 'bars' | null;

/** Recognises a table pasted as text: most lines carry tabs, or most lines carry bars. */
export function textTableForm(text: string): TextTableForm {
  const lines = text.split(/\r?\n/).filter((l) => l.trim());
  if (lines.length < 3) return null;
  if (lines.filter((l) => l.includes('\t')).length >= lines.length * 0.6) return 'tabs';
  if (lines.filter((l) => (l.match(/[│┃|║]/g) ?? []).length >= 2 || BOX_RULE.test(l.trim())).length >= lines.length * 0.6) return 'bars';
  return null;
}

/** The grid of a table pasted as text (tab-separated or drawn with bars), or null when the text is not one. */
export function textGrid(text: string): Grid | null {
  const form = textTableForm(text);
  if (form === 'tabs') {
    // Title lines above the table have no tabs: they stay rows of one cell.
    return gridOf(splitTabbed(text.replace(/\r\n?/g, '\n')).filter((r) => r.some((c) => c)));
  }
  if (form === 'bars') {
    const lines = text.split(/\r?\n/);
    const lead = lines.findIndex((l) => BOX_BAR.test(l) || BOX_RULE.test(l.trim()));
    const above = lines
      .slice(0, lead)
      .filter((l) => l.trim())
      .map((l) => [l.trim().replace(/^#{1,6}\s+/, '')]);
    return gridOf([...above, ...barTable(lines.slice(lead))]);
  }
  return null;
}
