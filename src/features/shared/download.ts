/** Saves text as a file from the page itself (a Blob and an object URL): nothing goes over the network. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled: revoking at once can cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Reads a chosen file as UTF-8 text, refusing a huge or binary one before decoding it. */
export async function readChosenFile(
  file: Blob,
  checks: { size: (n: number) => void; bytes: (b: Uint8Array) => void },
): Promise<string> {
  checks.size(file.size);
  const bytes = new Uint8Array(await file.arrayBuffer());
  checks.bytes(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}
