import { useState } from 'preact/hooks';
import type { Problem } from '../../../domain';
import { normaliseSchoolName } from '../../../domain/assessment/compare';
import type { Assessment } from '../../../domain/assessment/format/schema';
import { useApp } from './context';
import { CompareDetails, CompareWarnings, exportComparisonCsv, otherLabel, sideName, summaryLine, useComparison } from './CompareView';
import { describeProblem } from './problems';
import { otherFor, rememberChoice, type Other } from './ReportCompare';
import { StepHeading } from './StepHeading';

const FILE = 'file';

/**
 * The step "Vergelijken": choose another assessment of this browser (the same school's first, last year's
 * marked and chosen at the start) or open a file, then see what changed. A file is only read, never kept.
 */
export function CompareStep() {
  const { state, t } = useApp();
  const current = state.current.value!;
  const entries = state.model.entries.value;
  const [other, setOther] = useState<Other | null>(() => otherFor(current, entries));
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  const [reading, setReading] = useState(false);

  const school = normaliseSchoolName(current.profile.schoolName);
  const others = entries.filter((e) => e.assessment.id !== current.id).map((e) => e.assessment);
  const sameSchool = others.filter((a) => normaliseSchoolName(a.profile.schoolName) === school);
  const otherSchools = others.filter((a) => normaliseSchoolName(a.profile.schoolName) !== school);
  const predecessor = current.predecessor;
  const predecessorMissing = predecessor !== null && !others.some((a) => a.id === predecessor.id) && other?.assessment.id !== predecessor.id;
  // An entry deleted since it was chosen is no longer offered, so it is no longer shown either.
  const shown = other && (other.fileName !== null || others.some((a) => a.id === other.assessment.id)) ? other : null;

  const choose = (next: Other | null) => {
    setOther(next);
    setProblems([]);
    rememberChoice(current.id, next && (next.fileName === null ? { kind: 'entry', id: next.assessment.id } : { kind: 'file', assessment: next.assessment, fileName: next.fileName }));
  };

  const onSelect = (e: Event) => {
    const id = (e.currentTarget as HTMLSelectElement).value;
    if (id === FILE) return;
    const chosen = others.find((a) => a.id === id);
    choose(chosen ? { assessment: chosen, fileName: null } : null);
  };

  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setReading(true);
    try {
      const result = await state.readFile(file);
      if (result.ok) {
        choose({ assessment: result.assessment, fileName: file.name });
        // The comparison appears below the file field: a screen reader is taken to it. Not after a choice in
        // the list, where some browsers report a change on every arrow key.
        setTimeout(() => document.getElementById('sa-compare-title')?.focus(), 0);
      } else {
        setProblems(result.problems);
        setTimeout(() => document.getElementById('sa-compare-errors')?.focus(), 0);
      }
    } finally {
      // Cleared, so choosing the same file again (after fixing it) is a new choice the browser reports.
      input.value = '';
      setReading(false);
    }
  };

  const option = (a: Assessment) => (
    <option key={a.id} value={a.id}>
      {sideName({ ...a.profile, id: a.id, updatedAt: a.updatedAt, checklistVersion: a.checklistVersion }, t)}
      {a.id === predecessor?.id ? ` ${t('sa.compare.lastYear')}` : ''}
    </option>
  );

  return (
    <section aria-labelledby="sa-step-title">
      <StepHeading>{t('sa.steps.compare')}</StepHeading>
      <p>{t('sa.compare.intro')}</p>

      <div class="skc-compare__choose">
        {others.length > 0 ? (
          <div class="skc-field">
            <label for="sa-compare-with">{t('sa.compare.choose')}</label>
            <select id="sa-compare-with" class="skc-input" value={shown ? (shown.fileName === null ? shown.assessment.id : FILE) : ''} onChange={onSelect}>
              <option value="">{t('sa.compare.chooseNone')}</option>
              {sameSchool.length > 0 && <optgroup label={t('sa.compare.sameSchool')}>{sameSchool.map(option)}</optgroup>}
              {otherSchools.length > 0 && <optgroup label={t('sa.compare.otherSchools')}>{otherSchools.map(option)}</optgroup>}
              {shown?.fileName != null && <option value={FILE}>{`${sideName({ ...shown.assessment.profile, id: '', updatedAt: '', checklistVersion: 0 }, t)} (${t('sa.compare.fromFile', { file: shown.fileName })})`}</option>}
            </select>
          </div>
        ) : (
          !predecessorMissing && <p>{t('sa.compare.noOthers')}</p>
        )}
        {predecessorMissing && (
          <p class="skc-notice skc-notice--info" id="sa-compare-missing">
            {predecessor.schoolYear ? t('sa.compare.predecessorMissing', { year: predecessor.schoolYear }) : t('sa.compare.predecessorMissingNoYear')}
          </p>
        )}
        <div class="skc-field">
          <label for="sa-compare-file">{t('sa.compare.openFile')}</label>
          <p class="skc-hint" id="sa-compare-file-hint">{t('sa.compare.openFileHint')}</p>
          <input
            id="sa-compare-file"
            class="skc-file"
            type="file"
            accept=".json,application/json"
            aria-describedby={predecessorMissing ? 'sa-compare-missing sa-compare-file-hint' : 'sa-compare-file-hint'}
            aria-busy={reading ? 'true' : undefined}
            onChange={onFile}
          />
        </div>
        {problems.length > 0 && (
          <div class="skc-error-summary" id="sa-compare-errors" tabIndex={-1} role="alert" aria-labelledby="sa-compare-errors-title">
            <h3 id="sa-compare-errors-title">{t('sa.compare.fileProblems')}</h3>
            <ul>
              {problems.map((p, i) => <li key={i}>{describeProblem(p, t)}</li>)}
            </ul>
          </div>
        )}
      </div>

      {shown && <Compared current={current} other={shown} />}
    </section>
  );
}

function Compared({ current, other }: { current: Assessment; other: Other }) {
  const { state, t, data } = useApp();
  const comparison = useComparison(current, other.assessment, state.checklist);
  const label = otherLabel(comparison, current.id, t);
  return (
    <section class="skc-compare__result" aria-labelledby="sa-compare-title">
      <h3 id="sa-compare-title" tabIndex={-1}>{t('sa.compare.title', { year: label })}</h3>
      <p>
        {t('sa.compare.sides', { before: sideName(comparison.before, t), after: sideName(comparison.after, t) })}
        {other.fileName !== null && <span class="skc-block skc-hint">{t('sa.compare.fromFile', { file: other.fileName })}</span>}
      </p>
      <CompareWarnings comparison={comparison} currentId={current.id} t={t} />
      <p class="skc-compare__summary"><strong>{summaryLine(comparison, t)}</strong></p>
      <p class="skc-button-row">
        <button type="button" class="skc-button skc-button--secondary" onClick={() => exportComparisonCsv(comparison, current, label, t, data)}>{t('sa.compare.csv')}</button>
      </p>
      <CompareDetails comparison={comparison} t={t} data={data} />
    </section>
  );
}
