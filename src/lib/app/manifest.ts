// Reads the data folder's manifest.json (README "Data folder contract") with errors that name the
// field, so a broken or foreign data folder says what is wrong instead of drawing nothing.
import type { Box, LayerManifest, ManifestTheatre } from '../domain/types';
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
	const theatre = m.theatre === undefined ? undefined : parseTheatre(m.theatre, fail);
	return {
		version: 1,
		title: typeof m.title === 'string' ? m.title : '',
		...(theatre ? { theatre } : {}),
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

/** The manifest's `theatre` (written from theatre.json), checked as far as the app relies on it. */
function parseTheatre(raw: unknown, fail: (field: string, why: string) => never): ManifestTheatre {
	if (!raw || typeof raw !== 'object' || Array.isArray(raw)) fail('theatre', 'must be an object');
	const t = raw as Record<string, unknown>;
	const text = (v: unknown, field: string): string =>
		typeof v === 'string' ? v : fail(field, 'must be a string');
	const bilingual = (v: unknown, field: string) => {
		const o = (v && typeof v === 'object' ? v : fail(field, 'must be an object {en, ar}')) as Record<
			string,
			unknown
		>;
		return { en: text(o.en, `${field}.en`), ar: text(o.ar, `${field}.ar`) };
	};
	const box = (v: unknown, field: string): Box => {
		if (!Array.isArray(v) || v.length !== 4 || !v.every((n) => typeof n === 'number' && Number.isFinite(n)))
			fail(field, 'must be [west, south, east, north] in degrees');
		const [w, s, e, n] = v as Box;
		if (!(
			w < e &&
			s < n &&
			Math.abs(w) <= 180 &&
			Math.abs(e) <= 180 &&
			Math.abs(s) <= 90 &&
			Math.abs(n) <= 90
		))
			fail(field, 'must have west < east and south < north, in range');
		return [w, s, e, n];
	};
	const d = t.distance_reference;
	let reference: ManifestTheatre['distance_reference'] = null;
	if (d !== null) {
		const o = (
			d && typeof d === 'object' ? d : fail('theatre.distance_reference', 'must be an object or null')
		) as Record<string, unknown>;
		if (typeof o.lon !== 'number' || typeof o.lat !== 'number')
			fail('theatre.distance_reference', 'needs lon and lat numbers');
		reference = {
			name: bilingual(o.name, 'theatre.distance_reference.name'),
			lon: o.lon as number,
			lat: o.lat as number
		};
	}
	const c = (
		t.country && typeof t.country === 'object' ? t.country : fail('theatre.country', 'must be an object')
	) as Record<string, unknown>;
	if (typeof c.iso !== 'number') fail('theatre.country.iso', 'must be a number');
	return {
		title: bilingual(t.title, 'theatre.title'),
		subtitle: bilingual(t.subtitle, 'theatre.subtitle'),
		bounds: box(t.bounds, 'theatre.bounds'),
		view: box(t.view, 'theatre.view'),
		distance_reference: reference,
		country: {
			name: text(c.name, 'theatre.country.name'),
			iso: c.iso as number,
			region: text(c.region, 'theatre.country.region')
		}
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
