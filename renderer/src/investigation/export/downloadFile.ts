// Saves text as a file from the page: a Blob behind a temporary <a download>.
// Works in browser mode and in Electron (the app's download handler takes it). The one
// download of the page: reports, transcripts and logs.
export function downloadText(fileName: string, mimeType: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: `${mimeType};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = safeFileName(fileName);
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start reading the Blob before it goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The core names the file, but a name is still untrusted: no folders, no control characters. */
export function safeFileName(name: string): string {
  const cleaned = name.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').replace(/^\.+/, '').slice(0, 120);
  return cleaned || 'poolsleuth-report.txt';
}
