/**
 * One thing the content check found, in a form that can be said in any language: a stable `code` and
 * the values its message needs. messages.ts turns it into a line an editor can act on.
 */
export interface ContentProblem {
  /** An error stops the build; a warning is listed and the site is still built. */
  severity: 'error' | 'warning';
  /** Path inside the content folder, e.g. `principles/nl/01-x.md`; the runner puts the folder in front. */
  file: string;
  /** Line in that file (1 = first line), where known. */
  line?: number;
  /** What the lines are about: the principle, page, situation, question or template, by its key or id. */
  subject?: Subject;
  /** The field inside the file or item, e.g. `['sources', 1, 'url']`; positions in lists count from 0. */
  field?: readonly (string | number)[];
  code: ProblemCode;
  params: Readonly<Record<string, string | number>>;
}

export type SubjectKind = 'principle' | 'page' | 'situation' | 'scheme' | 'question' | 'template';
export interface Subject {
  kind: SubjectKind;
  id: string;
}

/** A problem before the runner knows which file it is in (found inside one text). */
export type Finding = Omit<ContentProblem, 'file'>;

const PROBLEM_CODES = [
  // The file as a whole
  'empty-file',
  'no-frontmatter',
  'not-a-mapping',
  'not-a-list',
  'missing-file',
  'page-missing',
  'ignored-file',
  'image-in-wrong-place',
  // Writing YAML
  'tab-indent',
  'nbsp-indent',
  'yaml-syntax',
  // Fields (the schemas)
  'field-missing',
  'field-unknown',
  'wrong-type',
  'number-as-text',
  'phone-as-number',
  'date-format',
  'choose-one',
  'too-small',
  'too-big',
  'schema-rule',
  // Markdown in bodies and fields
  'raw-html',
  'link-http',
  'link-no-scheme',
  'link-scheme',
  'link-unknown-page',
  'link-relative-in-yaml',
  'image-outside',
  'image-missing',
  'image-path',
  'image-alt',
  'list-merged',
  // Across files
  'translation-missing',
  'not-unique',
  'order-differs',
  'unknown-principle',
  'duplicate-id',
  'revised-too-new',
  'kind-without-questions',
  // Translation status
  'translation-outdated',
  'translation-unmarked',
] as const;
export type ProblemCode = (typeof PROBLEM_CODES)[number];
