// The page's meta description. The prerendered shell carries one written from the built data at build
// time (hooks.server.ts, for link previews that run no script); once a data folder has loaded in the
// browser, the description is that folder's theatre, which may differ (a project served at run time).
// One element, updated in place: a second <meta name="description"> would leave readers to pick one.

/** Sets the document's meta description to `text`, adding the element if the shell has none. */
export function setMetaDescription(doc: Document, text: string): void {
	let meta = doc.head.querySelector<HTMLMetaElement>('meta[name="description"]');
	if (!meta) {
		meta = doc.createElement('meta');
		meta.name = 'description';
		doc.head.append(meta);
	}
	meta.content = text;
}
