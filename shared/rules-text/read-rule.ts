import { RULE_PATTERNS, ruleContext } from './patterns';
import type { RuleReading } from './types';

/**
 * Full-width ASCII and the ideographic space folded to half-width, one unit for one. Kept here
 * rather than taken from text/normalize, whose Traditional→Simplified tables the renderer (which
 * marks rule spans) need not load.
 */
function toHalfWidth(s: string): string {
  return s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

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
