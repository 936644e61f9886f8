/** Offers text as a file download (an export, a CSV); the data never leaves the browser. */
export function download(fileName: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked a moment later: some browsers start reading the file only after the click has returned.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
