import { useMemo, useState } from 'preact/hooks';
import type { Problem } from '../../../domain';
import type { Assessment } from '../../../domain/assessment/format/schema';
import { mergeDifferences, mergeWarnings } from '../../../domain/assessment/merge';
import { useApp } from './context';
import { MergeChoices } from './MergeChoices';
import { MergeRecords } from './MergeRecords';
import { describeProblem } from './problems';
import { StepHeading } from './StepHeading';

/**
 * The step "Werk van een collega samenvoegen" (reached from the summary): choose a colleague's file, see a
 * warning first when it is another school's or filled against another checklist version, then choose per
 * difference what stays. The file is only read; what is taken from it goes through the merge edit rule.
 */
export function MergeStep() {
  const { state, t } = useApp();
  const current = state.current.value!;
  const [theirs, setTheirs] = useState<{ assessment: Assessment; fileName: string } | null>(null);
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  const [goAhead, setGoAhead] = useState(false);
  const [reading, setReading] = useState(false);

  const differences = useMemo(() => (theirs ? mergeDifferences(current, theirs.assessment) : []), [current, theirs]);
  // walk-11: "Kopie maken" (and opening a file beside the stored version) names the copy "<school> (kopie)";
  // the intro invites exactly that copy, so a name that differs only by that is not another school.
  const copyName = (name: string) => t('sa.list.copyName', { name });
  const isCopy = theirs !== null &&
    (theirs.assessment.profile.schoolName === copyName(current.profile.schoolName) || current.profile.schoolName === copyName(theirs.assessment.profile.schoolName));
  const warnings = theirs ? mergeWarnings(current, theirs.assessment).filter((w) => !(isCopy && w === 'other-school')) : [];
  const blocking = warnings.filter((w) => w !== 'older-save');

  const onFile = async (e: Event) => {
    const input = e.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    if (!file) return;
    setReading(true);
    try {
      const result = await state.readFile(file);
      setGoAhead(false);
      if (result.ok) {
        setTheirs({ assessment: result.assessment, fileName: file.name });
        setProblems([]);
      } else {
        setTheirs(null);
        setProblems(result.problems);
        setTimeout(() => document.getElementById('sa-merge-file-errors')?.focus(), 0);
      }
    } finally {
      // Cleared, so choosing the same file again is a new choice the browser reports.
      input.value = '';
      setReading(false);
    }
  };

  // walk-11: the warning and its button disappear when clicked; focus goes to the differences that replace
  // them instead of falling back to the top of the page.
  const goAheadAnyway = () => {
    setGoAhead(true);
    setTimeout(() => document.getElementById('sa-merge-differences')?.focus(), 0);
  };

  const warningText = (w: string) =>
    w === 'other-school'
      ? t('sa.merge.warning.other-school', { theirs: theirs!.assessment.profile.schoolName, mine: current.profile.schoolName })
      : w === 'other-checklist'
        ? t('sa.merge.warning.other-checklist', { theirs: theirs!.assessment.checklistVersion, mine: current.checklistVersion })
        : t('sa.merge.warning.older-save');

  return (
    <section aria-labelledby="sa-step-title" class="skc-merge">
      <StepHeading>{t('sa.steps.merge')}</StepHeading>
      <p>{t('sa.merge.intro')}</p>
      <MergeRecords merges={current.merges} />

      <div class="skc-field">
        <label for="sa-merge-file">{t('sa.merge.chooseFile')}</label>
        <p class="skc-hint" id="sa-merge-file-hint">{t('sa.merge.chooseFileHint')}</p>
        <input id="sa-merge-file" class="skc-file" type="file" accept=".json,application/json" aria-describedby="sa-merge-file-hint" aria-busy={reading ? 'true' : undefined} onChange={onFile} />
      </div>
      {problems.length > 0 && (
        <div class="skc-error-summary" id="sa-merge-file-errors" tabIndex={-1} role="alert" aria-labelledby="sa-merge-file-errors-title">
          <h3 id="sa-merge-file-errors-title">{t('sa.merge.fileProblems')}</h3>
          <ul>
            {problems.map((p, i) => <li key={i}>{describeProblem(p, t)}</li>)}
          </ul>
        </div>
      )}

      {theirs && differences.length === 0 && (
        <p class="skc-notice skc-notice--info" role="status">{t('sa.merge.same')}</p>
      )}
      {theirs && differences.length > 0 && blocking.length > 0 && !goAhead && (
        <div class="skc-notice skc-notice--warning" role="alert">
          <h3>{t('sa.merge.warningsTitle')}</h3>
          {blocking.map((w) => <p key={w}><span aria-hidden="true">⚠ </span>{warningText(w)}</p>)}
          <p><button type="button" class="skc-button" onClick={goAheadAnyway}>{t('sa.merge.anyway')}</button></p>
        </div>
      )}
      {theirs && differences.length > 0 && (blocking.length === 0 || goAhead) && (
        <>
          {warnings.map((w) => <p key={w} class="skc-notice skc-notice--warning"><span aria-hidden="true">⚠ </span>{warningText(w)}</p>)}
          {isCopy && <p class="skc-notice skc-notice--info">{t('sa.merge.copyName', { theirs: theirs.assessment.profile.schoolName, mine: current.profile.schoolName })}</p>}
          {/* Keyed by the file, so another file starts with no choices made. */}
          <MergeChoices key={`${theirs.fileName}:${theirs.assessment.id}:${theirs.assessment.updatedAt}`} theirs={theirs.assessment} fileName={theirs.fileName} differences={differences} />
        </>
      )}
      <p class="skc-button-row">
        <button type="button" class="skc-button skc-button--secondary" onClick={() => state.goStep('summary')}>{t('sa.merge.back')}</button>
      </p>
    </section>
  );
}
