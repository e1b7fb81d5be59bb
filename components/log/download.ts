/** Hands a file to the person through a Blob URL and an <a download>: no network, no permission. */
export function downloadFile(doc: Document, content: string, filename: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute is plenty.
  (doc.defaultView ?? globalThis).setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** rebound-log-2026-11-23.json */
export function exportFileName(extension: 'json' | 'csv', now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `rebound-log-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.${extension}`;
}
