/** The three ids that name a cell: evaluator, unit and item. */
export interface CellIds {
  evaluatorId: string;
  unitId: string;
  criterionId: string;
}

/**
 * Values by cell (evaluator × unit × item), kept in nested arrays under small integer numbers
 * given to each id the first time it is seen. A merge of 20 packages touches 33,600 cells and
 * a large year holds 666,000 entries: a string key per cell ("e1␀U001␀c1.1") means building,
 * hashing and keeping a new string for every one of them, and that cost (with the garbage it
 * leaves) was most of a merge. Here a cell costs three lookups of ids whose hashes the strings
 * already carry, and array indexing. Ids are compared as strings, exactly as cell keys were.
 */
export class CellTable<T> {
  private readonly evaluators = new Map<string, number>();
  private readonly units = new Map<string, number>();
  private readonly criteria = new Map<string, number>();
  private rows: (T | undefined)[][][] = [];
  private count = 0;

  /** A table of each entry's position in `entries` (the later one wins, as a Map would keep it). */
  static positions(entries: readonly CellIds[]): CellTable<number> {
    const table = new CellTable<number>();
    for (let i = 0; i < entries.length; i++) table.set(entries[i]!, i);
    return table;
  }

  /** How many cells hold a value. */
  get size(): number {
    return this.count;
  }

  get(cell: CellIds): T | undefined {
    const e = this.evaluators.get(cell.evaluatorId);
    if (e === undefined) return undefined;
    const u = this.units.get(cell.unitId);
    if (u === undefined) return undefined;
    const c = this.criteria.get(cell.criterionId);
    if (c === undefined) return undefined;
    return this.rows[e]?.[u]?.[c];
  }

  has(cell: CellIds): boolean {
    return this.get(cell) !== undefined;
  }

  /** Sets a cell's value (undefined is not a value: use delete). */
  set(cell: CellIds, value: T): void {
    const e = numberOf(this.evaluators, cell.evaluatorId);
    const u = numberOf(this.units, cell.unitId);
    const c = numberOf(this.criteria, cell.criterionId);
    const row = (this.rows[e] ??= []);
    const line = (row[u] ??= []);
    if (line[c] === undefined) this.count++;
    line[c] = value;
  }

  delete(cell: CellIds): void {
    const e = this.evaluators.get(cell.evaluatorId);
    const u = this.units.get(cell.unitId);
    const c = this.criteria.get(cell.criterionId);
    if (e === undefined || u === undefined || c === undefined) return;
    const line = this.rows[e]?.[u];
    if (line?.[c] === undefined) return;
    line[c] = undefined;
    this.count--;
  }

  clear(): void {
    this.rows = [];
    this.count = 0;
  }
}

function numberOf(ids: Map<string, number>, id: string): number {
  let n = ids.get(id);
  if (n === undefined) {
    n = ids.size;
    ids.set(id, n);
  }
  return n;
}
