export { download } from '../../shared/download';

/** A file name from the school's name and year, safe on every system. */
export function fileNameFor(schoolName: string, schoolYear: string, extension: string) {
  const base = `${schoolName || 'zelfevaluatie'} ${schoolYear}`.normalize('NFKD').replace(/[^\w\s-]/g, '').trim().replace(/\s+/g, '-').toLowerCase();
  return `${base || 'zelfevaluatie'}.${extension}`;
}
