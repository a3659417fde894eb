// The embed's one message API: a page that embeds the map may ask it for a PNG of its view (the
// composed image of the Export menu: map, title, date, legend, credits) by posting
// `{ type: PNG_REQUEST }` to the frame; the embed answers the asking window with
// `{ type: PNG_REPLY, png: 'data:image/png;base64,…' }`, or `{ type: PNG_REPLY, error }` saying why
// not. `npm run snapshot` uses it on the production build (the page asks itself), so it needs no
// test hook. The image is of public data the frame already shows; the answer goes only to the asker.

export const PNG_REQUEST = 'situation-map:png-request';
export const PNG_REPLY = 'situation-map:png';

export type PngReply = { type: typeof PNG_REPLY; png: string } | { type: typeof PNG_REPLY; error: string };

/** A blob as a data: URL (what crosses postMessage and page.evaluate as plain text). */
export function dataUrlOf(blob: Blob): Promise<string> {
	return new Promise<string>((ok, fail) => {
		const r = new FileReader();
		r.onload = () => ok(String(r.result));
		r.onerror = () => fail(r.error);
		r.readAsDataURL(blob);
	});
}

/** Answers PNG requests posted to `target` with `render()`; returns the function that stops it. */
export function answerPngRequests(target: Window, render: () => Promise<Blob>): () => void {
	const onmessage = (e: MessageEvent) => {
		if ((e.data as { type?: unknown } | null)?.type !== PNG_REQUEST || !e.source) return;
		const asker = e.source as Window;
		// A sandboxed or file: page has the opaque origin "null", which postMessage cannot target.
		const origin = e.origin && e.origin !== 'null' ? e.origin : '*';
		render()
			.then(dataUrlOf)
			.then(
				(png): PngReply => ({ type: PNG_REPLY, png }),
				(err: unknown): PngReply => ({
					type: PNG_REPLY,
					error: err instanceof Error ? err.message : String(err)
				})
			)
			.then((reply) => asker.postMessage(reply, origin));
	};
	target.addEventListener('message', onmessage);
	return () => target.removeEventListener('message', onmessage);
}
