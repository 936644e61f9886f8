// The lazy chunk load-file-check.ts loads: the only way the island reaches the assessment's schema (zod).
// zod's settings must come before the schema is defined, so this module imports them first.
import './zod-config';

export { decodeAssessment } from '../../../domain/assessment/format/decode';
