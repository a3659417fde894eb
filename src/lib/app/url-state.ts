// What the address bar holds: date, layers, view, language, event mode. Parse never throws, whatever
// the link holds (issue 10): a bad parameter falls back to its default and is reported as one
// `ParamNote` (shown as a small note, quoted short). Names from the link are only ever looked up
// in Maps and lists, never as keys of plain objects ("__proto__", "constructor" are just unknown).
// Parameter names match the embed's (issue 5): date, layers, center, zoom, lang, events.
import type { IsoDate } from '../domain/types';
import { isCalendarDate } from '../geo/days';
import { LANGS, type Lang } from '../i18n/strings';
import { DEFAULT_TOGGLES, isToggleKey, TOGGLE_KEYS, type ToggleKey } from '../map/toggles';
import { paramNote, quoteValue, type ParamNote } from './param-notes';

export interface UrlView {
	lon: number;
	lat: number;
	zoom: number;
}

export interface UrlState {
	date: IsoDate | null;
	layers: ReadonlySet<ToggleKey>;
	view: UrlView | null;
	lang: Lang;
	cumulative: boolean;
	/** `reviewed=only`: the map draws only the events an analyst reviewed (absent: all). */
	reviewedOnly?: boolean;
}

export const DEFAULT_STATE: UrlState = {
	date: null,
	layers: DEFAULT_TOGGLES,
	view: null,
	lang: 'en',
	cumulative: false,
	reviewedOnly: false
};

/** Short names for groups of toggles, accepted in `layers=` and used when writing it. A Map: a
 * name from the link must never reach Object.prototype. */
export const LAYER_GROUPS: ReadonlyMap<string, readonly ToggleKey[]> = new Map<string, readonly ToggleKey[]>([
	// control areas as a reader means them: every faction's, inferred and contested ones included
	['control', [...TOGGLE_KEYS.filter((k) => k.startsWith('control-')), 'inferred', 'contested']],
	['strikes', TOGGLE_KEYS.filter((k) => k.startsWith('strike-'))],
	['events', ['captures', 'clashes', ...TOGGLE_KEYS.filter((k) => k.startsWith('strike-'))]]
]);

export interface ParseLimits {
	/** First and last allowed date. */
	start: IsoDate;
	end: IsoDate;
	/** [west, south, east, north] the view's centre must fall in. */
	bounds: [number, number, number, number];
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function parseUrlState(
	q: URLSearchParams,
	limits: ParseLimits
): { state: UrlState; notes: ParamNote[] } {
	const notes: ParamNote[] = [];
	const state: UrlState = { ...DEFAULT_STATE };

	const date = q.get('date');
	if (date !== null) {
		// Strings compare like dates only once the text is a real calendar date ("2024-11-31" is not).
		if (ISO.test(date) && isCalendarDate(date) && date >= limits.start && date <= limits.end)
			state.date = date;
		else notes.push({ ...paramNote('date', date), range: { start: limits.start, end: limits.end } });
	}

	const layers = q.get('layers');
	if (layers !== null) {
		const set = new Set<ToggleKey>();
		let explicitNone = false;
		let firstUnknown: string | null = null;
		let unknown = 0;
		for (const name of layers.split(',')) {
			if (name === '') continue;
			if (name === 'none') explicitNone = true;
			else if (isToggleKey(name)) set.add(name);
			else if (LAYER_GROUPS.has(name)) for (const k of LAYER_GROUPS.get(name)!) set.add(k);
			else {
				firstUnknown ??= name;
				unknown++;
			}
		}
		if (firstUnknown !== null) notes.push(paramNote('layers', firstUnknown, unknown - 1));
		// Only unknown names (a mistyped or mangled link): the map with every layer, not an empty one.
		state.layers = set.size === 0 && firstUnknown !== null && !explicitNone ? DEFAULT_STATE.layers : set;
	}

	const center = q.get('center');
	const zoom = q.get('zoom');
	if (center !== null || zoom !== null) {
		const [lon, lat] = (center ?? '').split(',').map(Number);
		const z = Number(zoom);
		const [w, s, e, n] = limits.bounds;
		const ok =
			Number.isFinite(lon) &&
			Number.isFinite(lat) &&
			Number.isFinite(z) &&
			lon! >= w &&
			lon! <= e &&
			lat! >= s &&
			lat! <= n &&
			z >= 3 &&
			z <= 18;
		if (ok) state.view = { lon: lon!, lat: lat!, zoom: z };
		// Each part quoted on its own, so a huge centre cannot hide the zoom (and the other way round).
		else
			notes.push({
				param: 'center/zoom',
				value: `${quoteValue(center ?? '')} ${quoteValue(zoom ?? '')}`.trim(),
				more: 0
			});
	}

	const lang = q.get('lang');
	if (lang !== null) {
		if ((LANGS as readonly string[]).includes(lang)) state.lang = lang as Lang;
		else notes.push(paramNote('lang', lang));
	}

	const events = q.get('events');
	if (events !== null) {
		if (events === 'day' || events === 'cumulative') state.cumulative = events === 'cumulative';
		else notes.push(paramNote('events', events));
	}

	const reviewed = q.get('reviewed');
	if (reviewed !== null) {
		if (reviewed === 'only' || reviewed === 'all') state.reviewedOnly = reviewed === 'only';
		else notes.push(paramNote('reviewed', reviewed));
	}
	return { state, notes };
}

/** Layers as the shortest list: group names where a whole group is on; `none` for nothing. */
export function serialiseLayers(layers: ReadonlySet<ToggleKey>): string {
	if (layers.size === 0) return 'none';
	const out: string[] = [];
	const covered = new Set<ToggleKey>();
	for (const g of ['control', 'strikes'] as const) {
		const group = LAYER_GROUPS.get(g)!;
		if (group.every((k) => layers.has(k))) {
			out.push(g);
			for (const k of group) covered.add(k);
		}
	}
	for (const k of TOGGLE_KEYS) if (layers.has(k) && !covered.has(k)) out.push(k);
	return out.join(',');
}

function sameSet<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
	return a.size === b.size && [...a].every((x) => b.has(x));
}

/** The query string for a state, defaults left out, in a fixed order. Starts with "?" or is "". */
export function serialiseUrlState(s: UrlState): string {
	const q = new URLSearchParams();
	if (s.date) q.set('date', s.date);
	if (!sameSet(s.layers, DEFAULT_STATE.layers)) q.set('layers', serialiseLayers(s.layers));
	if (s.view) {
		q.set('center', `${s.view.lon},${s.view.lat}`);
		q.set('zoom', String(s.view.zoom));
	}
	if (s.lang !== DEFAULT_STATE.lang) q.set('lang', s.lang);
	if (s.cumulative) q.set('events', 'cumulative');
	if (s.reviewedOnly) q.set('reviewed', 'only');
	const str = q.toString().replace(/%2C/g, ',');
	return str ? `?${str}` : '';
}
