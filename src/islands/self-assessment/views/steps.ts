// The chunk with the steps of an open assessment (school details, questions, activities). Loaded by
// lazy.tsx when an assessment is first opened, or ahead of time when the page is idle: the list of
// assessments, shown on opening the page, needs none of it.
export { ProfileStep } from './ProfileStep';
export { SchoolStep } from './SchoolStep';
export { ActivitiesStep } from './ActivitiesStep';
export { ActivityStep } from './ActivityStep';
