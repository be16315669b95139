/**
 * What a work plan may hold. Real plans have 5–20 sections and a few hundred numbered items;
 * beyond these a file is not a plan (200,000 junk headings once became 33,334 sections), and
 * it is refused with the count rather than turned into a scheme nobody can use.
 */
export const PLAN_LIMITS = {
  /** Lines of text, counted before anything else (real plans: a few hundred to 3,000). */
  lines: 50_000,
  /** Numbered paragraphs (headings and items) in the body, counted before building the tree. */
  numbered: 5_000,
  /** Top-level sections (一、二、…). */
  sections: 300,
  /**
   * Items at one level (and so the highest item number: 9999. is read, 10000. is refused). Numbers
   * past it are still read as labels, so they are refused by name instead of folding into item 9999.
   */
  itemsPerLevel: 9_999,
} as const;
