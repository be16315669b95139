// The merge's claims (found through a CellTable, no key per claim) must be claimsByCell's, cell for cell and in order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cellKey } from '../../../shared/packages/cells';
import { claimsByCell, claimsOfNew } from '../../../shared/packages/claims';
import type { ReceivedSubmission } from '../../../shared/packages/schema';

const cell = fc.record({
  evaluatorId: fc.constantFrom('e1', 'e2'),
  unitId: fc.constantFrom('U1', 'U2', 'U3'),
  criterionId: fc.constantFrom('c1', 'c2'),
});
const submission = fc
  .record({
    submittedAt: fc.constantFrom('2020-12-01', '2020-12-02', '2020-12-03'),
    signature: fc.string({ minLength: 1, maxLength: 4 }),
    entries: fc.uniqueArray(fc.tuple(cell, fc.integer({ min: 0, max: 4 })), { selector: ([c]) => JSON.stringify(c), maxLength: 6 }),
    cleared: fc.uniqueArray(cell, { selector: (c) => JSON.stringify(c), maxLength: 3 }),
  })
  .map(
    (s) =>
      ({
        submissionId: s.signature,
        packageId: 'p',
        signature: s.signature,
        fileName: 'f',
        receivedAt: '',
        receivedBy: '',
        submittedAt: s.submittedAt,
        appVersion: '',
        evaluatorIds: [],
        entries: s.entries.map(([c, score]) => ({
          ...c,
          value: { kind: 'score' as const, score },
          reason: '',
          evidence: '',
          note: '',
          at: '2020-12-01T00:00:00.000Z',
          source: 'package' as const,
        })),
        cleared: s.cleared.map((c) => ({ ...c, at: '2020-12-01T00:00:00.000Z' })),
      }) as ReceivedSubmission,
  );

describe('claimsOfNew', () => {
  it('equals claimsByCell over all submissions limited to the cells the new ones touch', () => {
    fc.assert(
      fc.property(fc.array(submission, { maxLength: 4 }), fc.array(submission, { minLength: 1, maxLength: 4 }), (earlier, added) => {
        const order = [...earlier, ...added].sort((a, b) =>
          a.submittedAt < b.submittedAt
            ? -1
            : a.submittedAt > b.submittedAt
              ? 1
              : a.signature < b.signature
                ? -1
                : a.signature > b.signature
                  ? 1
                  : 0,
        );
        const touched = new Set(claimsOfNew(added, [], added).map((c) => cellKey(c.cell)));
        const expected = claimsByCell(order, touched);
        const actual = claimsOfNew(added, earlier, order);
        expect(actual.map((c) => cellKey(c.cell))).toEqual([...expected.keys()]);
        for (const { cell, claims } of actual) {
          expect(claims.every((c) => cellKey(c.cell) === cellKey(cell))).toBe(true);
          expect(claims.map((c) => [c.submission, c.key])).toEqual(expected.get(cellKey(cell))!.map((c) => [c.submission, c.key]));
        }
      }),
      { numRuns: 300 },
    );
  });
});
