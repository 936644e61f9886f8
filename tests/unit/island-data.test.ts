import { describe, expect, it } from 'vitest';
import { checklistIn } from '../../src/islands/self-assessment/data';
import { testChecklist } from '../fixtures/checklist';

describe("the checklist the island gets", () => {
  for (const [lang, other] of [['nl', 'en'], ['en', 'nl']] as const) {
    it(`keeps every question and template, with texts in ${lang} only`, () => {
      const island = checklistIn(testChecklist, lang);
      const json = JSON.stringify(island);
      const questions = [...testChecklist.schoolQuestions, ...testChecklist.activityQuestions];
      for (const q of questions) {
        expect(json).toContain(JSON.stringify(q.text[lang]));
        expect(json).not.toContain(JSON.stringify(q.text[other]));
        expect(json).not.toContain(JSON.stringify(q.help[lang]));
      }
      const strip = (c: typeof testChecklist) => JSON.stringify(c, (key, value) => (['nl', 'en'].includes(key) ? undefined : value));
      expect(strip(island)).toBe(strip(testChecklist));
      expect(island.templates.map((t) => t.name[lang])).toEqual(testChecklist.templates.map((t) => t.name[lang]));
    });
  }
});
