// The chunk codec-loader.ts loads. zod's settings must come before the schema is defined, so this
// module imports them first.
import './zod-config';

export { decodeAssessment } from '../../domain/assessment/codec';
