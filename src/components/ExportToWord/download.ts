/** Saves bytes as a file through the browser's download (an object URL on a link). */

/**
 * Starts the browser's download of `bytes` as `name`. `container` holds the link while it is
 * clicked: inside a modal dialog it must be the dialog, since a modal's focus trap cancels
 * clicks outside it.
 */
export function downloadFile(name: string, bytes: Uint8Array, mime: string, container: HTMLElement = document.body): void {
  const blob = new Blob([bytes], { type: mime });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.style.display = 'none';
  container.appendChild(link);
  link.click();
  container.removeChild(link);
  // Some browsers read the URL after the click returns; free it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
