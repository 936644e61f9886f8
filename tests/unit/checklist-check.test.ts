import { describe, expect, it } from 'vitest';
import { checkChecklist, type Checklist } from '../../src/domain';
import { testChecklist } from '../fixtures/checklist';

const principles = ['voluntary', 'mr-consent', 'no-singling-out', 'transport', 'everyone-takes-part', 'materials'];
// Every kind of activity needs questions; the test checklist covers some kinds only, so give it the rest.
const complete: Checklist = {
  ...testChecklist,
  activityQuestions: [
    ...testChecklist.activityQuestions,
    { ...testChecklist.activityQuestions[0]!, id: 'facility-free', kinds: ['facilities', 'clothing-equipment'] },
  ],
};

describe('checking the checklist as a whole', () => {
  it('finds nothing wrong in a consistent checklist', () => {
    expect(checkChecklist(complete, principles)).toEqual([]);
  });

  it('names a question id used twice, because saved answers refer to it', () => {
    const twice = { ...complete, activityQuestions: [...complete.activityQuestions, { ...complete.activityQuestions[0]! }] };
    expect(checkChecklist(twice, principles)).toEqual([
      expect.objectContaining({ file: 'content/checklist/activity.yaml', field: 'everyone-joins.id' }),
    ]);
  });

  it('names a question that tests a principle that does not exist', () => {
    const problems = checkChecklist(complete, principles.filter((p) => p !== 'transport'));
    expect(problems.map((p) => p.field)).toEqual(['so-transport.principle', 'po-parents-drive.principle']);
    expect(problems[0]?.message).toContain('no principle has key "transport"');
  });

  it('names a question revised in a version the checklist has not reached', () => {
    const ahead = { ...complete, version: 1 };
    expect(checkChecklist(ahead, principles).map((p) => p.field)).toEqual(['no-payer-lists.revised', 'equal-alternative.revised']);
  });

  it('reports a kind of activity that no question is asked for', () => {
    const problems = checkChecklist(testChecklist, principles);
    expect(problems.map((p) => p.message)).toEqual([
      'no question is asked for activities of kind "facilities"',
      'no question is asked for activities of kind "clothing-equipment"',
    ]);
  });

  it('names a template id used twice', () => {
    const twice = { ...complete, templates: [...complete.templates, complete.templates[0]!] };
    expect(checkChecklist(twice, principles)).toEqual([expect.objectContaining({ file: 'content/checklist/templates.yaml', field: 'school-trip.id' })]);
  });
});
