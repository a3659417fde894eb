// Saving a file from the page: a temporary object URL clicked through a temporary link. The menu
// and any other page share it; the URL is revoked once the browser has had time to start the download.

/** How long the object URL lives after the click: the download starts well within it. */
const REVOKE_AFTER_MS = 10_000;

/** Saves a blob under a file name. */
export function saveBlob(blob: Blob, name: string): void {
	const url = URL.createObjectURL(blob);
	const a = document.createElement('a');
	a.href = url;
	a.download = name;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
