import { useState } from 'preact/hooks';
import { useApp } from './context';

/**
 * "Antwoorden overnemen van…": fills this activity's open questions with another activity's answers, each
 * marked to check (the domain's `copy-answers` edit). They count as unanswered until confirmed, so copying
 * saves clicks, not thought. A line says how many were taken over; it is announced too.
 */
export function CopyAnswers({ id }: { id: string }) {
  const { state, t } = useApp();
  const activities = state.current.value!.activities;
  const others = activities.filter((a) => a.id !== id);
  const [chosen, setChosen] = useState(others[0]?.id ?? '');
  const [said, setSaid] = useState('');
  if (!others.length) return null;
  // The one chosen may have been removed meanwhile (another tab): then the first of the rest.
  const from = others.find((a) => a.id === chosen) ?? others[0]!;
  const answersHere = () => Object.keys(state.current.value?.activities.find((a) => a.id === id)?.answers ?? {}).length;
  const copy = (e: Event) => {
    e.preventDefault();
    const before = answersHere();
    const result = state.edit({ type: 'copy-answers', scope: id, from: from.id });
    if (!result.ok) return;
    const count = answersHere() - before;
    setSaid(count > 0 ? t('sa.activity.copy.done', { count, name: from.name }) : t('sa.activity.copy.none', { name: from.name }));
  };
  return (
    <form class="skc-panel" onSubmit={copy} aria-labelledby="sa-copy-title">
      <h3 id="sa-copy-title">{t('sa.activity.copy.title')}</h3>
      <div class="skc-field">
        <label for="sa-copy-from">{t('sa.activity.copy.from')}</label>
        <p class="skc-hint" id="sa-copy-hint">{t('sa.activity.copy.hint')}</p>
        <select id="sa-copy-from" class="skc-input skc-input--wide" aria-describedby="sa-copy-hint" value={from.id} onChange={(e) => setChosen(e.currentTarget.value)}>
          {others.map((a) => (
            <option key={a.id} value={a.id}>{`${a.name} (${t(`kind.${a.kind}`)})`}</option>
          ))}
        </select>
      </div>
      <p class="skc-button-row">
        <button type="submit" class="skc-button skc-button--secondary">{t('sa.activity.copy.button')}</button>
      </p>
      <p role="status" class="skc-copy-status">{said}</p>
    </form>
  );
}
