import { Component } from 'preact';
import { useCallback, useMemo, useState } from 'preact/hooks';
import type { Problem } from '../../../domain';
import type { Assessment } from '../../../domain/assessment/format/schema';
import type { Difference, MergeGroup } from '../../../domain/assessment/merge';
import { useApp } from './context';
import { groupLabel, valueLabel, whatLabel, wordsFor, type Words } from './merge-words';

type Side = 'mine' | 'theirs';
/** Errors listed by name; the rest are counted, so a file with thousands of differences keeps a short list. */
const LISTED = 10;

/**
 * Every difference side by side, "Van mij" and "Van <bestand>", with nothing chosen beforehand: nothing is
 * overwritten without a choice, so "Samenvoegen" lists what is still unchosen (error summary) until each
 * difference has one. "Alles van mij houden" / "Alles van de collega nemen" choose for a group or for all.
 */
export function MergeChoices({ theirs, fileName, differences }: { theirs: Assessment; fileName: string; differences: readonly Difference[] }) {
  const { state, t, data } = useApp();
  const current = state.current.value!;
  const [choices, setChoices] = useState<Readonly<Record<string, Side>>>({});
  const [tried, setTried] = useState(false);
  const [refused, setRefused] = useState<readonly Problem[]>([]);

  const words = useMemo(
    () => wordsFor(t, data.lang, [...state.checklist.schoolQuestions, ...state.checklist.activityQuestions], current, theirs),
    [t, data.lang, state.checklist, current, theirs],
  );
  const groups = useMemo(() => {
    const out = new Map<MergeGroup, { d: Difference; index: number }[]>();
    differences.forEach((d, index) => out.set(d.group, [...(out.get(d.group) ?? []), { d, index }]));
    return [...out];
  }, [differences]);
  const unchosen = differences.map((d, index) => ({ d, index })).filter(({ d }) => !Object.hasOwn(choices, d.key));

  const choose = useCallback((key: string, side: Side) => setChoices((was) => ({ ...was, [key]: side })), []);
  const chooseAll = (items: readonly { d: Difference }[], side: Side) =>
    setChoices((was) => ({ ...was, ...Object.fromEntries(items.map(({ d }) => [d.key, side])) }));

  // The address's fragment is the route (router.ts): following the link would leave the step, so it moves focus instead.
  const goTo = (index: number) => (e: Event) => {
    e.preventDefault();
    const radio = document.getElementById(`sa-merge-${index}-mine`);
    radio?.focus();
    radio?.closest('fieldset')?.scrollIntoView({ block: 'center' });
  };
  const focusErrors = () => setTimeout(() => document.getElementById('sa-merge-errors')?.focus(), 0);
  const onSubmit = (e: Event) => {
    e.preventDefault();
    setTried(true);
    if (unchosen.length > 0) return focusErrors();
    const take = differences.filter((d) => choices[d.key] === 'theirs').map((d) => d.key);
    const result = state.merge(theirs, take, fileName);
    if (!result.ok) {
      setRefused(result.issues);
      focusErrors();
    }
  };

  const theirsLabel = t('sa.merge.theirs', { file: fileName });
  const showErrors = (tried && unchosen.length > 0) || refused.length > 0;
  return (
    <form class="skc-merge__form" onSubmit={onSubmit} noValidate>
      <h3 id="sa-merge-differences" tabIndex={-1}>{t('sa.merge.differences', { count: differences.length, file: fileName })}</h3>
      {showErrors && (
        <div class="skc-error-summary" id="sa-merge-errors" tabIndex={-1} role="alert" aria-labelledby="sa-merge-errors-title">
          <h3 id="sa-merge-errors-title">{t('sa.merge.errorsTitle')}</h3>
          <ul>
            {refused.map((p, i) => <li key={`r${i}`}>{t(`sa.edit.${p.code ?? 'merge-key'}`, p.params)}</li>)}
            {tried && unchosen.slice(0, LISTED).map(({ d, index }) => (
              <li key={d.key}><a href={`#sa-merge-${index}-mine`} onClick={goTo(index)}>{t('sa.merge.unchosen', { what: `${groupLabel(d.group, words)}: ${whatLabel(d, words)}` })}</a></li>
            ))}
            {tried && unchosen.length > LISTED && <li>{t('sa.merge.unchosenMore', { count: unchosen.length - LISTED })}</li>}
          </ul>
        </div>
      )}
      <div class="skc-merge__all">
        <p class="skc-button-row">
          <button type="button" class="skc-button skc-button--secondary" onClick={() => chooseAll(differences.map((d) => ({ d })), 'mine')}>{t('sa.merge.keepAll')}</button>
          <button type="button" class="skc-button skc-button--secondary" onClick={() => chooseAll(differences.map((d) => ({ d })), 'theirs')}>{t('sa.merge.takeAll')}</button>
        </p>
        <p role="status" class="skc-merge__count">{unchosen.length > 0 ? t('sa.merge.toChoose', { count: unchosen.length }) : t('sa.merge.allChosen')}</p>
      </div>

      {groups.map(([group, items]) => {
        const title = groupLabel(group, words);
        const id = `sa-merge-group-${group.replace(':', '-')}`;
        return (
          <section key={group} class="skc-merge__group" aria-labelledby={id}>
            <h4 id={id}>{title}</h4>
            {items.length > 1 && (
              <p class="skc-button-row">
                <button type="button" class="skc-button skc-button--secondary" onClick={() => chooseAll(items, 'mine')}>
                  {t('sa.merge.keepAll')}<span class="skc-visually-hidden"> {t('sa.merge.forGroup', { group: title })}</span>
                </button>
                <button type="button" class="skc-button skc-button--secondary" onClick={() => chooseAll(items, 'theirs')}>
                  {t('sa.merge.takeAll')}<span class="skc-visually-hidden"> {t('sa.merge.forGroup', { group: title })}</span>
                </button>
              </p>
            )}
            {items.map(({ d, index }) => (
              <MergeItem key={d.key} d={d} index={index} choice={choices[d.key] ?? null} missing={tried && !Object.hasOwn(choices, d.key)} words={words} theirsLabel={theirsLabel} onChoose={choose} />
            ))}
          </section>
        );
      })}
      <p class="skc-button-row">
        <button type="submit" class="skc-button">{t('sa.merge.submit')}</button>
      </p>
    </form>
  );
}

interface ItemProps {
  d: Difference;
  index: number;
  choice: Side | null;
  missing: boolean;
  words: Words;
  theirsLabel: string;
  onChoose: (key: string, side: Side) => void;
}

/**
 * One difference and its two choices. A class with `shouldComponentUpdate` (as PlanGroups.tsx): a file may
 * hold thousands of differences, and a click on one must draw that one again, not all of them.
 */
class MergeItem extends Component<ItemProps> {
  shouldComponentUpdate(next: ItemProps) {
    const p = this.props;
    return next.d !== p.d || next.index !== p.index || next.choice !== p.choice || next.missing !== p.missing || next.words !== p.words || next.theirsLabel !== p.theirsLabel;
  }

  render({ d, index, choice, missing, words, theirsLabel, onChoose }: ItemProps) {
    const { t } = words;
    const what = whatLabel(d, words);
    const side = (which: Side) => (
      <label class="skc-merge__side">
        <input type="radio" name={`sa-merge-${index}`} id={`sa-merge-${index}-${which}`} checked={choice === which} onChange={() => onChoose(d.key, which)} />
        <span>
          {/* The hidden colon keeps "Van mij: ja" one phrase for a screen reader; on screen the two are lines. */}
          <span class="skc-merge__whose">{which === 'mine' ? t('sa.merge.mine') : theirsLabel}<span class="skc-visually-hidden">:</span></span>{' '}
          <span class="skc-merge__value">{valueLabel(d, which === 'mine' ? d.mine : d.theirs, words)}</span>
          {which === 'theirs' && d.kind === 'answer' && d.mine === null && d.theirsNote && <span class="skc-merge__value skc-hint">{d.theirsNote}</span>}
        </span>
      </label>
    );
    return (
      <fieldset class={`skc-merge__item${missing ? ' skc-merge__item--missing' : ''}`}>
        <legend>{what}</legend>
        {missing && <p class="skc-error">{t('sa.merge.unchosen', { what })}</p>}
        <div class="skc-merge__sides">
          {side('mine')}
          {side('theirs')}
        </div>
      </fieldset>
    );
  }
}
