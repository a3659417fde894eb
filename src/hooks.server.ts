// At prerender time, the published pages (/ and /embed/) get their publishing tags in <head>:
// the meta description from the data, Open Graph and Twitter cards, the oEmbed discovery link
// (src/lib/export/publish-meta.ts). The pages themselves render in the browser (ssr = false), so
// the prerendered shell is the only HTML a link preview ever reads. They also announce the files
// every load fetches (the data folder's manifest, the basemap, the label fonts), so the browser
// fetches them while the page's JavaScript loads (src/lib/app/preloads.ts).
import type { Handle } from '@sveltejs/kit';
import { base } from '$app/paths';
import { publishHead, viewOfPath } from '$lib/export/publish-meta';
import { siteFacts, siteUrl } from '$lib/server/site-facts';
import { preloadedFiles, preloadLinks } from '$lib/app/preloads';
import { BASEMAP_FILES, FONT_FILES } from '$lib/map/assets';

const preloads = preloadLinks(preloadedFiles(`${base}/data/`, BASEMAP_FILES, FONT_FILES));

export const handle: Handle = ({ event, resolve }) => {
	const path = event.url.pathname.slice(base.length) || '/';
	const view = viewOfPath(path);
	if (!view) return resolve(event);
	const head = `${preloads}\n\t${publishHead(view, { siteUrl: siteUrl(), facts: siteFacts() })}`;
	return resolve(event, {
		transformPageChunk: ({ html }) => html.replace('</head>', `\t${head}\n\t</head>`)
	});
};
