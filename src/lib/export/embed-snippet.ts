// The copy-paste snippet for a report author: an <iframe> for the embed URL (title, aria-label,
// loading="lazy") and, optionally, a small script that sets the iframe's height from the
// `situation-map:height` messages the embed posts to its parent. Many CMSs strip scripts, so there
// is also a script-less form that keeps the frame's shape at any column width with CSS `aspect-ratio`.

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
	/**
	 * Without the script: keep this width:height shape at any width (CSS `aspect-ratio`) instead of
	 * the fixed `height`. Ignored with `resize`.
	 */
	aspectRatio?: [number, number];
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

/** "16 / 10" from [16, 10]: whole positive numbers only (the value goes into a style attribute). */
export function aspectRatioCss([w, h]: [number, number]): string {
	if (!(Number.isInteger(w) && Number.isInteger(h) && w > 0 && h > 0 && w <= 10_000 && h <= 10_000))
		throw new Error(`aspectRatio must be two whole numbers from 1 to 10000, got ${w}:${h}`);
	return `${w} / ${h}`;
}

/** The snippet: an iframe, then the resize script when asked for. */
export function buildEmbedSnippet(o: SnippetOptions): string {
	const url = safeEmbedUrl(o.src);
	const height = Number.isFinite(o.height) ? Math.min(5000, Math.max(100, Math.round(o.height))) : 500;
	const title = escapeAttr(o.title);
	const ratio = !o.resize && o.aspectRatio ? aspectRatioCss(o.aspectRatio) : null;
	// `height: auto` lets `aspect-ratio` size the frame; max-width keeps it inside narrow columns.
	const size = ratio
		? `display: block; width: 100%; max-width: 100%; height: auto; aspect-ratio: ${ratio};`
		: `width: 100%; height: ${height}px;`;
	const iframe =
		`<iframe src="${escapeAttr(url.href)}" title="${title}" aria-label="${title}" loading="lazy"` +
		` style="${size} border: 0;" allow="fullscreen" data-situation-map></iframe>`;
	return o.resize ? `${iframe}\n${resizeScript(url.origin)}` : iframe;
}
