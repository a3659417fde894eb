// What the address bar holds: date, layers, view, language, event mode. Parse never throws: a bad
// parameter falls back to its default and is reported in `problems` (shown as a small note).
// Parameter names match the embed's (issue 5): date, layers, center, zoom, lang, events.
import type { IsoDate } from '../domain/types';
import { LANGS, type Lang } from '../i18n/strings';
import { DEFAULT_TOGGLES, isToggleKey, TOGGLE_KEYS, type ToggleKey } from '../map/toggles';

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
}

export const DEFAULT_STATE: UrlState = { date: null, layers: DEFAULT_TOGGLES, view: null, lang: 'en', cumulative: false };

/** Short names for groups of toggles, accepted in `layers=` and used when writing it. */
export const LAYER_GROUPS: Record<string, readonly ToggleKey[]> = {
	// control areas as a reader means them: every faction's, inferred and contested ones included
	control: [...TOGGLE_KEYS.filter((k) => k.startsWith('control-')), 'inferred', 'contested'],
	strikes: TOGGLE_KEYS.filter((k) => k.startsWith('strike-')),
	events: ['captures', 'clashes', ...TOGGLE_KEYS.filter((k) => k.startsWith('strike-'))]
};

export interface ParseLimits {
	/** First and last allowed date. */
	start: IsoDate;
	end: IsoDate;
	/** [west, south, east, north] the view's centre must fall in. */
	bounds: [number, number, number, number];
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export function parseUrlState(q: URLSearchParams, limits: ParseLimits): { state: UrlState; problems: string[] } {
	const problems: string[] = [];
	const state: UrlState = { ...DEFAULT_STATE };

	const date = q.get('date');
	if (date !== null) {
		if (ISO.test(date) && date >= limits.start && date <= limits.end) state.date = date;
		else problems.push(`date: "${date}" is not a date from ${limits.start} to ${limits.end}`);
	}

	const layers = q.get('layers');
	if (layers !== null) {
		const set = new Set<ToggleKey>();
		for (const name of layers.split(',').filter((n) => n && n !== 'none')) {
			if (isToggleKey(name)) set.add(name);
			else if (LAYER_GROUPS[name]) LAYER_GROUPS[name].forEach((k) => set.add(k));
			else problems.push(`layers: unknown layer "${name}"`);
		}
		state.layers = set;
	}

	const center = q.get('center');
	const zoom = q.get('zoom');
	if (center !== null || zoom !== null) {
		const [lon, lat] = (center ?? '').split(',').map(Number);
		const z = Number(zoom);
		const [w, s, e, n] = limits.bounds;
		const ok =
			Number.isFinite(lon) && Number.isFinite(lat) && Number.isFinite(z) &&
			lon! >= w && lon! <= e && lat! >= s && lat! <= n && z >= 3 && z <= 18;
		if (ok) state.view = { lon: lon!, lat: lat!, zoom: z };
		else problems.push(`center/zoom: "${center ?? ''}" / "${zoom ?? ''}" is not a view inside the map`);
	}

	const lang = q.get('lang');
	if (lang !== null) {
		if ((LANGS as readonly string[]).includes(lang)) state.lang = lang as Lang;
		else problems.push(`lang: "${lang}" is not one of ${LANGS.join(', ')}`);
	}

	const events = q.get('events');
	if (events !== null) {
		if (events === 'day' || events === 'cumulative') state.cumulative = events === 'cumulative';
		else problems.push(`events: "${events}" is not day or cumulative`);
	}
	return { state, problems };
}

/** Layers as the shortest list: group names where a whole group is on; `none` for nothing. */
export function serialiseLayers(layers: ReadonlySet<ToggleKey>): string {
	if (layers.size === 0) return 'none';
	const out: string[] = [];
	const covered = new Set<ToggleKey>();
	for (const g of ['control', 'strikes'] as const) {
		if (LAYER_GROUPS[g]!.every((k) => layers.has(k))) {
			out.push(g);
			LAYER_GROUPS[g]!.forEach((k) => covered.add(k));
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
	const str = q.toString().replace(/%2C/g, ',');
	return str ? `?${str}` : '';
}
