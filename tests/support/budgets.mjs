// The performance budgets of issue 5, in one place for the size tests and `npm run bench`.
// Sizes in bytes of gzip (1 KB = 1,000 B, the stricter reading); times in milliseconds.
export const BUDGETS = {
  /** Content pages (home, principles, parents, about, privacy, 404): no script at all. */
  contentPageJs: 0,
  /** HTML + CSS of a principle page: about what arrives in the first network round trip. */
  principlePageHtmlCss: 14_000,
  /** Every script the self-assessment page loads when it opens. */
  selfAssessmentJs: 20_000,
  /** Lighthouse mobile, every category, on home, a principle, parents and the self-assessment. */
  lighthouse: 100,
  /** 200 activities: from a click on an answer to the next painted frame, median and p95 of 20. */
  answerMs: 50,
  /** Opening a 5 MB export file, from choosing it to the opened assessment on screen. */
  import5MbMs: 300,
  /** The report of 200 activities printed to PDF. */
  pdfMs: 3_000,
};
