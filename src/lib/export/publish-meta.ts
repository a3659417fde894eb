// What a link to the map shows when pasted in a chat, a social post or a CMS (issue 13): the
// page's meta description from the data, Open Graph and Twitter card tags with a prerendered
// preview image, and oEmbed (https://oembed.com, 1.0) as one static JSON file per published view,
// found through the page's discovery link. Pure: the build's shells (src/hooks.server.ts,
// src/routes/oembed/[view].json/+server.ts) read the data folder and pass the facts in.
import { buildEmbedSnippet, escapeAttr } from './embed-snippet';

/** What the description says, read from the built data folder. */
export interface SiteFacts {
	title: string;
	start: string;
	end: string;
	events: number;
	reports: number;
}

/** The preview image `npm run preview-image` writes into build/ (Open Graph's recommended 1.91:1). */
export const PREVIEW_IMAGE = { file: 'preview.png', width: 1200, height: 630 };

/**
 * The views with an oEmbed file: the page path (under the site's base) and the embed it offers.
 * A static host cannot answer `/oembed?url=…` for any URL, so each published view gets its file at
 * `/oembed/<view>.json`; add a view here to publish another.
 */
export const OEMBED_VIEWS: Record<string, { path: string; embed: string }> = {
	app: { path: '/', embed: '/embed/' },
	embed: { path: '/embed/', embed: '/embed/' }
};

/** The size the oEmbed answer proposes (oEmbed requires width and height for `rich`). */
export const OEMBED_SIZE = { width: 800, height: 600 };

const APP_NAME = 'Situation map';

function dayRange(start: string, end: string): string {
	const f = new Intl.DateTimeFormat('en-GB', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	});
	const [a, b] = [new Date(`${start}T00:00:00Z`), new Date(`${end}T00:00:00Z`)];
	return start === end ? f.format(a) : f.formatRange(a, b);
}

const plural = (n: number, one: string, many: string) =>
	`${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** "Aleppo offensive: 30 events from 5 news reports, mapped day by day (26 – 30 November 2024) with …" */
export function siteDescription(f: SiteFacts | null): string {
	if (!f) return `${APP_NAME}: control areas, front line, events and their sources, day by day.`;
	return (
		`${f.title}: ${plural(f.events, 'event', 'events')} from ${plural(f.reports, 'news report', 'news reports')}, ` +
		`mapped day by day (${dayRange(f.start, f.end)}) with control areas, the front line and sources.`
	);
}

/** The site's absolute root ("https://maps.example.org/situation"), no trailing slash. */
export function siteRoot(siteUrl: string): string {
	const u = new URL(siteUrl);
	if (u.protocol !== 'https:' && u.protocol !== 'http:')
		throw new Error(`SITE_URL must be http(s), got ${u.protocol}`);
	return u.href.replace(/\/+$/, '');
}

export interface OembedRich {
	type: 'rich';
	version: '1.0';
	title: string;
	provider_name: string;
	provider_url: string;
	html: string;
	width: number;
	height: number;
	thumbnail_url: string;
	thumbnail_width: number;
	thumbnail_height: number;
}

/** The oEmbed answer for a view: the script-less embed snippet, sized by `aspect-ratio`. */
export function oembedJson(view: string, o: { siteUrl: string; facts: SiteFacts | null }): OembedRich {
	const v = OEMBED_VIEWS[view];
	if (!v)
		throw new Error(`oEmbed view must be one of ${Object.keys(OEMBED_VIEWS).join(', ')}, got "${view}"`);
	const root = siteRoot(o.siteUrl);
	const title = o.facts ? `${o.facts.title} — ${APP_NAME}` : APP_NAME;
	return {
		type: 'rich',
		version: '1.0',
		title,
		provider_name: APP_NAME,
		provider_url: `${root}/`,
		html: buildEmbedSnippet({
			src: `${root}${v.embed}`,
			title,
			height: OEMBED_SIZE.height,
			resize: false,
			aspectRatio: [OEMBED_SIZE.width, OEMBED_SIZE.height]
		}),
		width: OEMBED_SIZE.width,
		height: OEMBED_SIZE.height,
		thumbnail_url: `${root}/${PREVIEW_IMAGE.file}`,
		thumbnail_width: PREVIEW_IMAGE.width,
		thumbnail_height: PREVIEW_IMAGE.height
	};
}

/** The view whose page is at `pathname` (relative to the site's base), if it is published. */
export function viewOfPath(pathname: string): string | null {
	return Object.entries(OEMBED_VIEWS).find(([, v]) => v.path === pathname)?.[0] ?? null;
}

/** The tags a published page adds to its <head>. */
export function publishHead(view: string, o: { siteUrl: string; facts: SiteFacts | null }): string {
	const v = OEMBED_VIEWS[view];
	if (!v) throw new Error(`view must be one of ${Object.keys(OEMBED_VIEWS).join(', ')}, got "${view}"`);
	const root = siteRoot(o.siteUrl);
	const title = o.facts ? `${o.facts.title} — ${APP_NAME}` : APP_NAME;
	const description = siteDescription(o.facts);
	const image = `${root}/${PREVIEW_IMAGE.file}`;
	const alt = `Map of ${o.facts?.title ?? 'the situation'} on ${o.facts?.end ?? 'the last day'}: control areas, front line and events`;
	const meta = (attr: 'name' | 'property', key: string, value: string | number) =>
		`<meta ${attr}="${key}" content="${escapeAttr(String(value))}" />`;
	return [
		meta('name', 'description', description),
		meta('property', 'og:type', 'website'),
		meta('property', 'og:site_name', APP_NAME),
		meta('property', 'og:title', title),
		meta('property', 'og:description', description),
		meta('property', 'og:url', `${root}${v.path}`),
		meta('property', 'og:image', image),
		meta('property', 'og:image:type', 'image/png'),
		meta('property', 'og:image:width', PREVIEW_IMAGE.width),
		meta('property', 'og:image:height', PREVIEW_IMAGE.height),
		meta('property', 'og:image:alt', alt),
		meta('name', 'twitter:card', 'summary_large_image'),
		meta('name', 'twitter:title', title),
		meta('name', 'twitter:description', description),
		meta('name', 'twitter:image', image),
		meta('name', 'twitter:image:alt', alt),
		`<link rel="alternate" type="application/json+oembed" href="${escapeAttr(`${root}/oembed/${view}.json`)}" title="${escapeAttr(title)}" />`
	].join('\n\t\t');
}
