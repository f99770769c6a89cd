/** Saves bytes as a file through the browser's download (an object URL on a link). */

/** Starts the browser's download of `bytes` as `name`. */
export function downloadFile(name: string, bytes: Uint8Array, mime: string): void {
  const blob = new Blob([bytes], { type: mime });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  document.body.appendChild(link);
  link.click();
  document.body.removeChild(link);
  // Some browsers read the URL after the click returns; free it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
