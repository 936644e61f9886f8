// How many questions a school is asked: the 9-activity secondary school of tests/fixtures/schools.ts (the
// school of the issue "A self-assessment that fits the school"), counted on the checklist of the content
// folder under test, once as the first release asked them (every question for the activity's kind) and
// once as asked now (only questions that fit what the activity involves and who pays). Plain data, so it
// runs without a build:  node tests/bench/question-count.mjs   (SKC_CONTENT_DIR=... for another folder)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';

const root = new URL('../../', import.meta.url).pathname;
const contentDir = join(root, process.env.SKC_CONTENT_DIR ?? 'content');
const read = (name) => load(readFileSync(join(contentDir, 'checklist', name), 'utf8'));

// The school as tests/fixtures/schools.ts describes it (kept in step by hand: this script reads no TypeScript).
const SCHOOL = {
  type: 'vo',
  activities: [
    ['Brugklaskamp Ameland', 'multi-day', ['overnight', 'travel', 'food', 'gear'], 'contribution'],
    ['Werkweek Berlijn', 'multi-day', ['overnight', 'travel', 'abroad', 'food'], 'separate-charge'],
    ['Skireis Oostenrijk', 'multi-day', ['overnight', 'travel', 'abroad', 'food', 'gear'], 'separate-charge'],
    ['Museumexcursie Rijksmuseum', 'one-day', ['travel', 'entry-fee'], 'contribution'],
    ['Sportdag bovenbouw', 'one-day', [], 'school'],
    ['Kerstgala', 'celebration', ['outside-hours', 'food'], 'separate-charge'],
    ['Introductiedagen', 'one-day', ['travel', 'food'], 'contribution'],
    ['Laptop voor school', 'materials-ict', [], 'school'],
    ['Tweetalig onderwijs (tto)', 'extra-programme', [], 'separate-charge'],
  ],
};

export function questionCounts() {
  const school = read('school-wide.yaml').filter((q) => q.schoolTypes.includes(SCHOOL.type));
  const questions = read('activity.yaml').filter((q) => q.schoolTypes.includes(SCHOOL.type));
  const rows = SCHOOL.activities.map(([name, kind, traits, fundedBy]) => {
    const ofKind = questions.filter((q) => q.kinds.includes(kind));
    const has = new Set([...traits, ...(fundedBy === 'separate-charge' ? ['separate-charge'] : [])]);
    const paying = fundedBy !== 'school' && fundedBy !== 'fund';
    const fitting = ofKind.filter((q) => (!q.onlyFor?.length || q.onlyFor.some((c) => has.has(c))) && (!q.onlyWhenParentsPay || paying));
    return { name, everyOfKind: ofKind.length, fitting: fitting.length };
  });
  const sum = (key) => rows.reduce((n, row) => n + row[key], 0);
  return { schoolWide: school.length, rows, everyOfKind: school.length + sum('everyOfKind'), fitting: school.length + sum('fitting') };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const counts = questionCounts();
  for (const row of counts.rows) console.log(`${row.name.padEnd(30)} ${String(row.everyOfKind).padStart(3)} → ${row.fitting}`);
  console.log(`school-wide ${counts.schoolWide}; in all: every question of the kind ${counts.everyOfKind}, fitting ${counts.fitting}`);
}
