import { describe, expect, it } from 'vitest';
import { findJsonHazard } from '../../shared/text/json-guard';

describe('findJsonHazard', () => {
  it('finds a repeated key in one object, with its place, and not across objects or in strings', () => {
    expect(findJsonHazard('{"a": 1,\n "b": {"a": 2}, "x": "\\"a\\": 3"}', 64)).toBeNull();
    expect(findJsonHazard('{"a": 1,\n "b": 2, "a": 3}', 64)).toEqual({ kind: 'duplicateKey', detail: 'a', line: 2, column: 10 });
    expect(findJsonHazard('[{"k": 1}, {"k": 2, "\\u006b": 3}]', 64)).toMatchObject({ kind: 'duplicateKey', detail: 'k' });
  });

  it('finds nesting beyond the limit and numbers that are not finite', () => {
    expect(findJsonHazard(`${'['.repeat(200_000)}${']'.repeat(200_000)}`, 64)).toMatchObject({ kind: 'tooDeep', detail: '64' });
    expect(findJsonHazard('{"x": [1e309]}', 64)).toMatchObject({ kind: 'badNumber', detail: '1e309' });
    expect(findJsonHazard('{"x": [-1.5e3, 0, 2]}', 64)).toBeNull();
  });
});
