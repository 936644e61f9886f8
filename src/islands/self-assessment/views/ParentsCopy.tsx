import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { parentsTextHtml, parentsTextPlain, type ParentsBlock } from '../../../domain/assessment/parents-text';
import { useApp } from './context';

type Format = 'text' | 'html';
type Outcome = { format: Format; copied: boolean; serial: number } | null;

/** Writes to the clipboard where the browser allows it; false where it does not (no permission, not https, old browser). */
async function writeClipboard(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Copy as text, copy as HTML, print. What happened is said in words in a status line that stays until the
 * next copy. Where the clipboard cannot be written, the text appears in a field, selected, so Ctrl+C copies
 * it; the browser's older copy command is tried on it first.
 */
export function ParentsCopy({ blocks }: { blocks: readonly ParentsBlock[] }) {
  const { t } = useApp();
  const [outcome, setOutcome] = useState<Outcome>(null);
  const field = useRef<HTMLTextAreaElement>(null);
  const textOf = (format: Format) => (format === 'text' ? parentsTextPlain(blocks) : parentsTextHtml(blocks));

  const copy = async (format: Format) => {
    const copied = await writeClipboard(textOf(format));
    setOutcome((before) => ({ format, copied, serial: (before?.serial ?? 0) + 1 }));
  };

  // The fallback: select the text in the field, and try the older copy command on it.
  useLayoutEffect(() => {
    if (!outcome || outcome.copied || !field.current) return;
    field.current.focus();
    field.current.select();
    let copied = false;
    try {
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
    if (copied) setOutcome({ ...outcome, copied: true });
  }, [outcome?.serial]);

  return (
    <div class="skc-parents__copy skc-no-print">
      <p class="skc-button-row">
        <button type="button" class="skc-button" onClick={() => void copy('text')}>{t('sa.parents.copyText')}</button>
        <button type="button" class="skc-button skc-button--secondary" onClick={() => void copy('html')}>{t('sa.parents.copyHtml')}</button>
        <button type="button" class="skc-button skc-button--secondary" onClick={() => window.print()}>{t('sa.parents.print')}</button>
      </p>
      <p role="status" class="skc-parents__status">
        {outcome && (outcome.copied ? t(`sa.parents.copied.${outcome.format}`) : t('sa.parents.copyFailed'))}
      </p>
      {outcome && !outcome.copied && (
        <div class="skc-field">
          <label for="sa-parents-copy-field">{t('sa.parents.copyField')}</label>
          <textarea id="sa-parents-copy-field" ref={field} class="skc-input skc-textarea" rows={8} readOnly value={textOf(outcome.format)} />
        </div>
      )}
    </div>
  );
}
