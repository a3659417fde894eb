// The build's reading of the data folder for the publishing tags and oEmbed files
// (src/lib/export/publish-meta.ts): the title, period, events and reports of static/data. Runs at
// prerender time in Node only ($lib/server). SITE_URL is the site's public address, set when
// building for a host (README, "Publishing"); without it the tags point at `npm start`'s address.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteFacts } from '$lib/export/publish-meta';

/** Where `npm run gazetteer` writes the data the build copies (static/data). */
const DATA_DIR = join(process.cwd(), 'static', 'data');

/** `npm start` serves the build here (package.json "preview"). */
const LOCAL_SITE = 'http://127.0.0.1:4173';

export function siteUrl(): string {
	return process.env.SITE_URL?.trim() || LOCAL_SITE;
}

let cached: SiteFacts | null | undefined;

/** The facts of the built data, or null when there is no data folder yet (the tags then say less). */
export function siteFacts(): SiteFacts | null {
	if (cached !== undefined) return cached;
	const file = join(DATA_DIR, 'manifest.json');
	if (!existsSync(file)) return (cached = null);
	const read = (f: string) => {
		try {
			return JSON.parse(readFileSync(f, 'utf8')) as Record<string, unknown>;
		} catch (e) {
			throw new Error(`${f}: ${(e as Error).message}`);
		}
	};
	const m = read(file) as {
		title?: string;
		start?: string;
		end?: string;
		sources?: unknown[];
		layers?: Record<string, string>;
	};
	const eventsFile = join(DATA_DIR, m.layers?.events ?? 'layers/events.geojson');
	const events = existsSync(eventsFile)
		? ((read(eventsFile).features as unknown[] | undefined)?.length ?? 0)
		: 0;
	if (typeof m.title !== 'string' || typeof m.start !== 'string' || typeof m.end !== 'string')
		throw new Error(`${file}: title, start and end must be strings`);
	cached = { title: m.title, start: m.start, end: m.end, events, reports: m.sources?.length ?? 0 };
	return cached;
}
