/** Offers text as a file download; the data never leaves the browser. */
export function download(fileName: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file name from the school's name and year, safe on every system. */
export function fileNameFor(schoolName: string, schoolYear: string, extension: string) {
  const base = `${schoolName || 'zelfevaluatie'} ${schoolYear}`.normalize('NFKD').replace(/[^\w\s-]/g, '').trim().replace(/\s+/g, '-').toLowerCase();
  return `${base || 'zelfevaluatie'}.${extension}`;
}
