import { toHalfWidth } from '../text/normalize';
import { RULE_PATTERNS, ruleContext } from './patterns';
import type { RuleReading } from './types';

const UNRECOGNISED: RuleReading = { kind: 'unrecognised', pattern: null, spans: [], notes: [] };

/**
 * Reads a 评分标准 text into a rule in the assessment file's shapes (a leaf rule, a bonus, or a
 * veto), with the spans of the words it was read from. Pure and table-driven: the patterns in
 * RULE_PATTERNS are tried in order. Anything not recognised comes back as 'unrecognised', never
 * guessed; the caller keeps such an item plain and lists it for a person to confirm.
 */
export function readRule(text: string, points = 0): RuleReading {
  if (!text.trim()) return UNRECOGNISED;
  // toHalfWidth maps one UTF-16 unit to one, so spans found on it point into the original text.
  const ctx = ruleContext(toHalfWidth(text), points);
  for (const pattern of RULE_PATTERNS) {
    const reading = pattern.read(ctx);
    if (reading) return reading;
  }
  return UNRECOGNISED;
}
