import type { MergeRecord } from '../../../domain/assessment/format/schema';
import { useApp } from './context';

/** What came from which file: each merge, newest first, with how many differences were taken and kept. */
export function MergeRecords({ merges }: { merges: readonly MergeRecord[] }) {
  const { t, data } = useApp();
  if (merges.length === 0) return null;
  const date = (iso: string) => new Date(iso).toLocaleDateString(data.lang === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  return (
    <>
      <h3 id="sa-merge-records">{t('sa.merge.recordsTitle')}</h3>
      <ul aria-labelledby="sa-merge-records">
        {[...merges].reverse().map((m, i) => (
          <li key={i}>{t('sa.merge.record', { date: date(m.at), file: m.fileName || m.fromId, school: m.fromSchoolName || '–', taken: m.taken.length, kept: m.kept })}</li>
        ))}
      </ul>
    </>
  );
}
