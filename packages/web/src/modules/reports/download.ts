/**
 * Saves text as a file through a Blob and a temporary link (the file is made by the server in
 * a GraphQL answer, not served at an address of its own, so the browser is handed it here).
 */
export function saveFile(filename: string, contentType: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: contentType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
