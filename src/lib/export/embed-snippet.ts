// The copy-paste snippet for a report author: an <iframe> for the embed URL (title, aria-label,
// loading="lazy") and, optionally, a small script that sets the iframe's height from the
// `situation-map:height` messages the embed posts to its parent.

/** The message the embed posts to its parent whenever its height changes. */
export const HEIGHT_MESSAGE = 'situation-map:height';

export interface SnippetOptions {
	/** Absolute URL of the embed page, query included. */
	src: string;
	/** Accessible name of the iframe (also its `title`). */
	title: string;
	/** Initial height in CSS pixels (before the resize script reports the real one). */
	height: number;
	/** Add the resize script. */
	resize: boolean;
}

/** Escapes text for a double-quoted HTML attribute. */
export function escapeAttr(s: string): string {
	return s
		.replace(/&/g, '&amp;')
		.replace(/"/g, '&quot;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/'/g, '&#39;');
}

/** Only http(s) URLs may go into the snippet: never `javascript:` or `data:`. */
export function safeEmbedUrl(src: string): URL {
	let u: URL;
	try {
		u = new URL(src);
	} catch {
		throw new Error(`embed src must be an absolute URL, got ${JSON.stringify(src.slice(0, 80))}`);
	}
	if (u.protocol !== 'https:' && u.protocol !== 'http:')
		throw new Error(`embed src must be http(s), got ${u.protocol}`);
	return u;
}

/**
 * The resize script. It trusts only messages from the embed's own origin and from one of the
 * page's iframes, and clamps the height; it is plain ES5 so any CMS can take it.
 */
export function resizeScript(origin: string): string {
	const o = JSON.stringify(origin).replace(/</g, '\\u003c');
	return [
		'<script>',
		'(function () {',
		`  var ORIGIN = ${o};`,
		"  window.addEventListener('message', function (e) {",
		`    if (e.origin !== ORIGIN || !e.data || e.data.type !== '${HEIGHT_MESSAGE}') return;`,
		'    var h = Number(e.data.height);',
		'    if (!isFinite(h) || h < 100 || h > 5000) return;',
		"    var frames = document.querySelectorAll('iframe[data-situation-map]');",
		'    for (var i = 0; i < frames.length; i++) {',
		"      if (frames[i].contentWindow === e.source) frames[i].style.height = Math.round(h) + 'px';",
		'    }',
		'  });',
		'})();',
		'</script>'
	].join('\n');
}

/** The snippet: an iframe, then the resize script when asked for. */
export function buildEmbedSnippet(o: SnippetOptions): string {
	const url = safeEmbedUrl(o.src);
	const height = Number.isFinite(o.height) ? Math.min(5000, Math.max(100, Math.round(o.height))) : 500;
	const title = escapeAttr(o.title);
	const iframe =
		`<iframe src="${escapeAttr(url.href)}" title="${title}" aria-label="${title}" loading="lazy"` +
		` style="width: 100%; height: ${height}px; border: 0;" allow="fullscreen" data-situation-map></iframe>`;
	return o.resize ? `${iframe}\n${resizeScript(url.origin)}` : iframe;
}
