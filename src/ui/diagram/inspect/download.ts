/** Offer bytes or text as a file download. */
export function download(name: string, data: string | Uint8Array, type: string): void {
  // Copy into a fresh ArrayBuffer: a view over a shared or larger buffer is not a BlobPart.
  const part = typeof data === 'string' ? data : new Uint8Array(data);
  const url = URL.createObjectURL(new Blob([part], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  // Revoke after the click has been handled (some browsers read the URL asynchronously).
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
