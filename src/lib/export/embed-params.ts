// The embed's URL parameters (issue 5): date, layers, center/zoom or bbox, lang, autoplay,
// controls, theme. Parsing never throws and never returns the raw text of a bad value except as a
// short, printable quote for the note: a bad parameter falls back to its default, one note each
// (src/lib/app/param-notes.ts). date, layers, center/zoom, lang and events go through the app's own
// parser (src/lib/app/url-state.ts), so an app URL and an embed URL mean the same thing and are
// checked by the same rules.
import type { IsoDate } from '../domain/types';
import {
	parseUrlState,
	serialiseLayers,
	DEFAULT_STATE,
	type ParseLimits,
	type UrlView
} from '../app/url-state';
import { paramNote, type ParamNote } from '../app/param-notes';
import type { Lang } from '../i18n/strings';
import type { ToggleKey } from '../map/toggles';

export type EmbedControls = 'none' | 'compact';
export type EmbedTheme = 'light' | 'dark';
/** [west, south, east, north] */
export type Bbox = [number, number, number, number];

export interface EmbedParams {
	date: IsoDate | null;
	layers: ReadonlySet<ToggleKey>;
	view: UrlView | null;
	bbox: Bbox | null;
	lang: Lang;
	autoplay: boolean;
	controls: EmbedControls;
	theme: EmbedTheme;
	cumulative: boolean;
	/** `reviewed=only`: only the events an analyst reviewed (url-state.ts). */
	reviewedOnly?: boolean;
}

export const EMBED_DEFAULTS: EmbedParams = {
	...DEFAULT_STATE,
	bbox: null,
	autoplay: false,
	controls: 'compact',
	theme: 'light'
};

/**
 * Parses the embed's query string. `limits` bounds the date and the view (the basemap's extent);
 * unknown parameters are ignored silently (hosts add their own, e.g. tracking ids).
 */
export function parseEmbedParams(
	q: URLSearchParams,
	limits: ParseLimits
): { params: EmbedParams; notes: ParamNote[] } {
	const shared = parseUrlState(q, limits);
	const notes: ParamNote[] = [...shared.notes];
	const params: EmbedParams = { ...EMBED_DEFAULTS, ...shared.state };
	const note = (param: string, value: string) => notes.push(paramNote(param, value));

	const bbox = q.get('bbox');
	if (bbox !== null) {
		const b = parseBbox(bbox, limits.bounds);
		// A good bbox wins over center/zoom: it states the whole area the author wants seen.
		if (b) {
			params.bbox = b;
			params.view = null;
		} else note('bbox', bbox);
	}

	const autoplay = q.get('autoplay');
	if (autoplay !== null) {
		if (['1', 'true', 'yes', ''].includes(autoplay)) params.autoplay = true;
		else if (['0', 'false', 'no'].includes(autoplay)) params.autoplay = false;
		else note('autoplay', autoplay);
	}
	const controls = q.get('controls');
	if (controls !== null) {
		if (controls === 'none' || controls === 'compact') params.controls = controls;
		else note('controls', controls);
	}
	const theme = q.get('theme');
	if (theme !== null) {
		if (theme === 'light' || theme === 'dark') params.theme = theme;
		else note('theme', theme);
	}
	return { params, notes };
}

/** "w,s,e,n" with w < e, s < n, all finite, overlapping `bounds`; clipped to it. Else null. */
export function parseBbox(v: string, bounds: Bbox): Bbox | null {
	if (v.length > 200) return null;
	const parts = v.split(',');
	if (parts.length !== 4 || parts.some((p) => !/^\s*-?\d+(\.\d+)?\s*$/.test(p))) return null;
	const [w, s, e, n] = parts.map(Number) as Bbox;
	if (![w, s, e, n].every(Number.isFinite) || w >= e || s >= n) return null;
	const [bw, bs, be, bn] = bounds;
	const clip: Bbox = [Math.max(w, bw), Math.max(s, bs), Math.min(e, be), Math.min(n, bn)];
	return clip[0] < clip[2] && clip[1] < clip[3] ? clip : null;
}

const round = (v: number, d: number) => Math.round(v * 10 ** d) / 10 ** d;

/** The query string for embed parameters, defaults left out, fixed order. Starts with "?" or is "". */
export function serialiseEmbedParams(p: EmbedParams): string {
	const q = new URLSearchParams();
	if (p.date) q.set('date', p.date);
	const layers = serialiseLayers(p.layers);
	if (layers !== serialiseLayers(EMBED_DEFAULTS.layers)) q.set('layers', layers);
	if (p.bbox) q.set('bbox', p.bbox.map((v) => round(v, 4)).join(','));
	else if (p.view) {
		q.set('center', `${round(p.view.lon, 4)},${round(p.view.lat, 4)}`);
		q.set('zoom', String(round(p.view.zoom, 2)));
	}
	if (p.lang !== EMBED_DEFAULTS.lang) q.set('lang', p.lang);
	if (p.cumulative) q.set('events', 'cumulative');
	if (p.reviewedOnly) q.set('reviewed', 'only');
	if (p.autoplay) q.set('autoplay', '1');
	if (p.controls !== EMBED_DEFAULTS.controls) q.set('controls', p.controls);
	if (p.theme !== EMBED_DEFAULTS.theme) q.set('theme', p.theme);
	const s = q.toString().replace(/%2C/g, ',');
	return s ? `?${s}` : '';
}
