// Reads the data folder's manifest.json (README "Data folder contract") with errors that name the
// field, so a broken or foreign data folder says what is wrong instead of drawing nothing.
import type { LayerManifest } from '../domain/types';
import { isCalendarDate } from '../geo/days';

export function parseManifest(json: unknown, file = 'manifest.json'): LayerManifest {
	const fail = (field: string, why: string): never => {
		throw new Error(`${file}: ${field} ${why}`);
	};
	if (!json || typeof json !== 'object') fail('(root)', 'must be an object');
	const m = json as Record<string, unknown>;
	if (m.version !== 1) fail('version', `must be 1, got ${JSON.stringify(m.version)}`);
	for (const k of ['start', 'end'] as const) {
		if (typeof m[k] !== 'string' || !isCalendarDate(m[k])) fail(k, 'must be a YYYY-MM-DD calendar date');
	}
	if ((m.start as string) > (m.end as string)) fail('start', 'must not be after end');
	if (!Array.isArray(m.dates) || !m.dates.every((d) => typeof d === 'string' && isCalendarDate(d))) {
		fail('dates', 'must be an array of YYYY-MM-DD calendar dates');
	}
	if (!m.layers || typeof m.layers !== 'object' || Array.isArray(m.layers))
		fail('layers', 'must map layer names to files');
	for (const [name, path] of Object.entries(m.layers as object)) {
		if (typeof path !== 'string' || path.includes('..') || /^[a-z]+:/i.test(path)) {
			fail(`layers.${name}`, 'must be a relative path inside the data folder');
		}
	}
	if (!Array.isArray(m.figures)) fail('figures', 'must be an array');
	if (!Array.isArray(m.sources)) fail('sources', 'must be an array');
	if (!Array.isArray(m.attribution)) fail('attribution', 'must be an array of strings');
	return {
		version: 1,
		title: typeof m.title === 'string' ? m.title : '',
		start: m.start as string,
		end: m.end as string,
		dates: [...(m.dates as string[])].sort(),
		layers: m.layers as Record<string, string>,
		snapshots: (m.snapshots as LayerManifest['snapshots']) ?? {},
		figures: m.figures as LayerManifest['figures'],
		sources: m.sources as LayerManifest['sources'],
		attribution: (m.attribution as unknown[]).map(String)
	};
}

/** Only http(s) links are ever rendered from data; anything else (javascript:, data:) is dropped. */
export function safeUrl(url: string | null | undefined): string | null {
	if (!url) return null;
	try {
		const u = new URL(url);
		return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
	} catch {
		return null;
	}
}
