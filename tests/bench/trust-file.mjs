// The assessment at the schema's maximum for the trust budgets: as many activities as the format allows,
// every question answered "no" with a note, so every question is an action, each with an owner and a
// deadline. It is written by the project's own encoder and checked by its own decoder, which the bench
// reaches through esbuild (Vite's bundler, already installed) because Node cannot resolve the
// TypeScript sources' extensionless imports.
import { build } from 'esbuild';

const root = new URL('../../', import.meta.url).pathname;

/** The domain's format, action plan and vocabulary, bundled from src/ as one module. */
async function loadDomain() {
  const entry = [
    "export { encodeAssessment, decodeAssessment, MAX_ACTIVITIES, FORMAT_NAME, SCHEMA_VERSION } from './src/domain/assessment/format/index.ts';",
    "export { createAssessor } from './src/domain/assessment/assess.ts';",
    "export { ACTIVITY_KINDS, ACTIVITY_TRAITS } from './src/domain/vocabulary.ts';",
  ].join('\n');
  const bundled = await build({ stdin: { contents: entry, resolveDir: root, loader: 'ts' }, bundle: true, write: false, format: 'esm', platform: 'node', logLevel: 'silent' });
  return import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);
}

/**
 * The file's text and what it holds. `checklist` is the page's own (its island data), so the counts
 * follow the content: the school type asked the most questions, the activity kinds in turn (every kind
 * appears), each from a template of that kind where the checklist has one.
 */
export async function maximumAssessment(checklist) {
  const domain = await loadDomain();
  const count = domain.MAX_ACTIVITIES;
  const kinds = domain.ACTIVITY_KINDS;
  const asked = (type, kind) => checklist.activityQuestions.filter((q) => q.schoolTypes.includes(type) && q.kinds.includes(kind)).length;
  const types = [...new Set([...checklist.schoolQuestions, ...checklist.activityQuestions].flatMap((q) => q.schoolTypes))];
  const perType = (type) => checklist.schoolQuestions.filter((q) => q.schoolTypes.includes(type)).length + kinds.reduce((n, kind) => n + asked(type, kind), 0);
  const schoolType = types.sort((a, b) => perType(b) - perType(a))[0];
  const answer = (note) => ({ value: 'no', note, checklistVersion: checklist.version });
  const answersFor = (questions, where) => Object.fromEntries(questions.map((q, j) => [q.id, answer(`Nog niet geregeld (${where}, ${j + 1}); bespreken met de MR.`)]));

  const activities = Array.from({ length: count }, (_, i) => {
    const kind = kinds[i % kinds.length];
    const template = checklist.templates.find((t) => t.kind === kind && t.schoolTypes.includes(schoolType));
    const questions = checklist.activityQuestions.filter((q) => q.schoolTypes.includes(schoolType) && q.kinds.includes(kind));
    return {
      id: `act-${i + 1}`,
      templateId: template?.id ?? null,
      name: `${template?.name.nl || 'Activiteit'} ${i + 1}`,
      kind,
      // Every trait and a separate charge: every question of its kind applies, the most a school can be asked.
      traits: [...domain.ACTIVITY_TRAITS],
      yearGroup: '',
      costPerPupil: 5 + (i % 300),
      fundedBy: 'separate-charge',
      optional: false,
      optionalDecision: null,
      notes: '',
      answers: answersFor(questions, `activiteit ${i + 1}`),
    };
  });
  const time = '2026-11-01T09:00:00.000Z';
  const assessment = {
    format: domain.FORMAT_NAME,
    schemaVersion: domain.SCHEMA_VERSION,
    checklistVersion: checklist.version,
    id: 'bench-maximum',
    createdAt: time,
    updatedAt: time,
    predecessor: null,
    profile: { schoolName: 'Benchmark College', schoolType, schoolYear: '2026-2027', contribution: 75, filledInBy: 'Bench', mrInvolved: 'yes' },
    schoolAnswers: answersFor(checklist.schoolQuestions.filter((q) => q.schoolTypes.includes(schoolType)), 'hele school'),
    activities,
    actionGroups: {},
    actions: {},
    forParents: { contact: 'de administratie', instalments: '', paysFor: '' },
    merges: [],
  };
  const plan = domain.createAssessor(checklist)(assessment).plan;
  const owners = ['Directeur', 'Teamleider onderbouw', 'Penningmeester', 'Coördinator excursies'];
  assessment.actions = Object.fromEntries(plan.map((action, i) => [action.key, { owner: owners[i % owners.length], deadline: `2027-0${1 + (i % 6)}-15`, state: 'not-started', stateReason: '' }]));

  const text = domain.encodeAssessment(assessment);
  const decoded = domain.decodeAssessment(text, { currentChecklistVersion: checklist.version, fileName: 'maximum.json' });
  if (!decoded.ok) throw new Error(`the generated file does not pass the file check: ${JSON.stringify(decoded.issues.slice(0, 3))}`);
  return {
    text,
    schoolType,
    activities: count,
    kinds: kinds.length,
    questions: plan.length,
    actions: plan.length,
    // An activity in the middle of the list, with its first question, for the note keystrokes.
    noteAt: (() => {
      const activity = activities.slice(count / 2).find((a) => Object.keys(a.answers).length > 0);
      return { activityId: activity.id, name: activity.name, questionId: Object.keys(activity.answers)[0] };
    })(),
  };
}
