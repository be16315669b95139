import { describe, expect, it } from 'vitest';
import { TASK_STAGES, taskFraction } from '../../shared/progress';

describe('task progress', () => {
  it('weighs each stage the same and the current one by its steps', () => {
    expect(taskFraction('report:export', { stage: 'loadYears', done: 0, total: 1 })).toBe(0);
    expect(taskFraction('report:export', { stage: 'drawCharts', done: 1, total: 2 })).toBe(0.375);
    expect(taskFraction('report:export', { stage: 'saveFile', done: 1, total: 1 })).toBe(1);
    expect(taskFraction('sheets:export', { stage: 'writeScoreSheets', done: 3, total: 6 })).toBe(0.5);
  });

  it('never leaves 0…1, whatever it is told', () => {
    expect(taskFraction('sheet:import', { stage: 'readSheets', done: 5, total: 2 })).toBe(0.5);
    expect(taskFraction('sheet:import', { stage: 'readSheets', done: 1, total: 0 })).toBe(0);
    expect(taskFraction('sheet:import', { stage: 'drawCharts', done: 1, total: 1 })).toBe(0);
  });

  it('moves forward through a whole run of a task', () => {
    const run = TASK_STAGES['report:export'].flatMap((stage) =>
      [0, 1, 2].map((done) => taskFraction('report:export', { stage, done, total: 2 })),
    );
    expect(run).toEqual([...run].sort((a, b) => a - b));
  });
});
