// The performance budgets of issue 5, in one place for the size tests and `npm run bench`.
// Sizes in bytes of gzip (1 KB = 1,000 B, the stricter reading); times in milliseconds.
export const BUDGETS = {
  /** Content pages (home, principles, parents, about, privacy, 404): no script at all. */
  contentPageJs: 0,
  /** HTML + CSS of a principle page: about what arrives in the first network round trip. */
  principlePageHtmlCss: 14_000,
  /** Every script the self-assessment page loads when it opens. */
  selfAssessmentJs: 20_000,
  /** Every script the monitor page loads when it opens (issue 12). */
  monitorJs: 20_000,
  /** Monitor: school files read, aggregated and shown, from choosing them to the overviews on screen. */
  monitor500Ms: 1_000,
  monitor5000Ms: 10_000,
  /** Lighthouse mobile, every category, on home, a principle, parents and the self-assessment. */
  lighthouse: 100,
  /** 200 activities: from a click on an answer to the next painted frame, median and p95 of 20. */
  answerMs: 50,
  /** Opening a 5 MB export file, from choosing it to the opened assessment on screen. */
  import5MbMs: 300,
  /** The report of 200 activities printed to PDF. */
  pdfMs: 3_000,
  // Issue "Trust", at the schema's maximum (1,000 activities, every question "no", every action with an owner):
  /** A key typed in an answer note, an action owner or the school name, to the next painted frame (median and p95). */
  trustKeyMs: 50,
  /** From a click on the summary step until its heading and first action rows are painted. */
  trustSummaryMs: 200,
  /** From a click on the report step until every activity and action is rendered and painted. */
  trustReportMs: 1_000,
  /** Opening a file of that size, from choosing it to the opened assessment on screen. */
  trustImportMs: 300,
};
