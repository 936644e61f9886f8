import { describe, expect, it } from 'vitest';
import { isNewQuestion, needsReview, newQuestions, questionsToReview } from '../../src/domain/assessment';
import { answer, answers, makeActivity, makeAssessment, testChecklist } from '../fixtures/checklist';

describe('whether an answer needs review', () => {
  it('does when the question changed after the answer was given', () => {
    expect(needsReview({ revised: 2 }, answer('yes', 1))).toBe(true);
  });

  it('does not when the answer was given against the version that last changed the question', () => {
    expect(needsReview({ revised: 2 }, answer('yes', 2))).toBe(false);
  });

  it('does not when the answer is newer than the question', () => {
    expect(needsReview({ revised: 1 }, answer('no', 2))).toBe(false);
  });

  it('does not when there is no answer yet', () => {
    expect(needsReview({ revised: 2 })).toBe(false);
  });
});

describe('questions to review in an assessment', () => {
  it('lists revised questions answered earlier, school-wide first, then per activity', () => {
    const assessment = makeAssessment({
      schoolAnswers: answers({ 'inform-parents': 'yes', 'no-payer-lists': 'no' }, 1),
      activities: [
        makeActivity({ id: 'trip', kind: 'one-day', answers: answers({ 'everyone-joins': 'yes', 'equal-alternative': 'yes' }, 1) }),
        makeActivity({ id: 'camp', kind: 'multi-day', answers: answers({ 'equal-alternative': 'no' }, 2) }),
      ],
    });
    expect(questionsToReview(testChecklist, assessment)).toEqual([
      { scope: 'school', questionId: 'no-payer-lists' },
      { scope: 'trip', questionId: 'equal-alternative' },
    ]);
  });

  it('ignores old answers to questions that no longer apply', () => {
    const assessment = makeAssessment({
      schoolAnswers: answers({ 'removed-question': 'yes' }, 1),
      activities: [makeActivity({ id: 'party', kind: 'celebration', answers: answers({ 'equal-alternative': 'yes' }, 1) })],
    });
    expect(questionsToReview(testChecklist, assessment)).toEqual([]);
  });
});

describe('questions new since the assessment was filled in', () => {
  it('marks an unanswered question added after the assessment’s checklist version', () => {
    expect(isNewQuestion({ revised: 2 }, undefined, 1)).toBe(true);
  });
  it('does not mark it once it is answered, nor a question that already existed', () => {
    expect(isNewQuestion({ revised: 2 }, answer('yes', 2), 1)).toBe(false);
    expect(isNewQuestion({ revised: 1 }, undefined, 1)).toBe(false);
  });
  it('lists the new unanswered questions that apply, school-wide first', () => {
    const assessment = makeAssessment({ checklistVersion: 1, schoolAnswers: {}, activities: [makeActivity({ id: 'trip', kind: 'one-day' })] });
    expect(newQuestions(testChecklist, assessment)).toEqual([
      { scope: 'school', questionId: 'no-payer-lists' },
      { scope: 'trip', questionId: 'equal-alternative' },
    ]);
  });
});
