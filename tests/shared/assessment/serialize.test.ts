import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../shared/assessment/migrate';
import { parseAssessment, serializeAssessment } from '../../../shared/assessment/serialize';
import type { Assessment, ScoreEntry } from '../../../shared/assessment/schema';
import { generateDemo } from '../../../shared/demo/generate-demo';
import { parsePlan } from '../../../shared/plan/parse-plan';
import { SEED_PLAN } from '../../helpers/paths';

const plan = parsePlan(readFileSync(SEED_PLAN, 'utf8'), 'text');
const demo = generateDemo(plan, 'seed.txt');
const key = (e: ScoreEntry) => `${e.evaluatorId}|${e.unitId}|${e.criterionId}`;
const sorted = (doc: Assessment) => ({ ...doc, entries: [...doc.entries].sort((a, b) => key(a).localeCompare(key(b))) });

function problemsOf(text: string) {
  try {
    parseAssessment(text, '2020.assessment.json');
  } catch (e) {
    return (e as { problems: { place: string; key: string; params: object }[] }).problems;
  }
  throw new Error('expected the document to be refused');
}

describe('the assessment file', () => {
  it('round-trips every demo year: save, read back, same document', () => {
    for (const doc of demo) expect(sorted(parseAssessment(serializeAssessment(doc, '0.1.0'), 'x'))).toEqual(sorted(doc));
  });

  it('stores plain scores densely, one line per row, and everything else as full entries', () => {
    const text = serializeAssessment(demo[2]!, '0.1.0');
    const file = JSON.parse(text);
    expect(file).toMatchObject({ format: 'kaoping-assessment', schemaVersion: 1, appVersion: '0.1.0', year: 2020 });
    expect(file.scores.rows[0].values).toHaveLength(file.scores.criteria.length);
    expect(file.details.some((d: ScoreEntry) => d.value.kind === 'deductions')).toBe(true);
    expect(text.split('\n').some((l) => /^\s+"values": \[[\d.,null]+\],$/.test(l))).toBe(true);
  });

  it('says where the JSON is broken', () => {
    expect(problemsOf('{\n  "format": "kaoping-assessment",\n  "year": 20x0\n}')).toEqual([
      { place: '3:13', key: 'doc.syntax', params: { line: 3, column: 13 } },
    ]);
  });

  it('refuses a file from a newer version of the app, and something that is not an assessment', () => {
    expect(problemsOf(JSON.stringify({ format: 'kaoping-assessment', schemaVersion: 2 }))[0]).toMatchObject({
      key: 'doc.newerVersion',
      params: { version: 2 },
    });
    expect(problemsOf(JSON.stringify({ hello: 1 }))[0]!.key).toBe('doc.notAssessment');
  });

  it('names the field that fails the schema', () => {
    const file = JSON.parse(serializeAssessment(demo[2]!, '0.1.0'));
    file.units[3].name = '';
    file.settings.ranking = 'alphabetical';
    const problems = problemsOf(JSON.stringify(file));
    expect(problems.map((p) => p.place).sort()).toEqual(['settings.ranking', 'units[3].name']);
    expect(problems.every((p) => p.key === 'doc.schema')).toBe(true);
  });

  it('names entries that do not fit their rule or point nowhere', () => {
    const file = JSON.parse(serializeAssessment(demo[2]!, '0.1.0'));
    file.scores.rows[0].values[0] = 12;
    file.details[0].evaluatorId = 'ghost';
    const problems = problemsOf(JSON.stringify(file));
    expect(problems).toContainEqual({ place: 'scores.rows[0].values[0]', key: 'value.aboveMax', params: { value: 12, max: 4 } });
    expect(problems).toContainEqual({ place: 'details[0]', key: 'doc.unknownEvaluator', params: { id: 'ghost' } });
  });

  it('migrates older versions step by step with pure functions', () => {
    const steps = {
      1: (raw: Record<string, unknown>) => ({ ...raw, schemaVersion: 2, added: true }),
      2: (raw: Record<string, unknown>) => ({ ...raw, schemaVersion: 3 }),
    };
    expect(migrate({ format: 'kaoping-assessment', schemaVersion: 1 }, steps, 3)).toEqual({
      ok: true,
      from: 1,
      raw: { format: 'kaoping-assessment', schemaVersion: 3, added: true },
    });
    expect(migrate({ format: 'kaoping-assessment', schemaVersion: 1 }, {}, 2)).toEqual({ ok: false, problem: 'noMigration', version: 1 });
  });
});
