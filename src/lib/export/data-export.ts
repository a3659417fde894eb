// The data exports of a date range (CSV in ACLED's columns, KML, KMZ), built from a loaded data
// folder. One function for both shells: the app's Export menu and `npm run export`
// (scripts/export.ts), so the menu's file and the command's file are the same bytes.
import type { FeatureCollection } from 'geojson';
import type { IsoDate, LayerManifest } from '../domain/types';
import { dayNumber, isCalendarDate } from '../geo/days';
import { eventsBetween, eventsToAcledCsv } from './acled-csv';
import { creditsOf } from './credits';
import { toKml, toKmz } from './kml';

export const DATA_FORMATS = ['csv', 'kml', 'kmz'] as const;
export type DataFormat = (typeof DATA_FORMATS)[number];

export const MEDIA_TYPES: Record<DataFormat, string> = {
	csv: 'text/csv;charset=utf-8',
	kml: 'application/vnd.google-earth.kml+xml',
	kmz: 'application/vnd.google-earth.kmz'
};

/** The order of KML folders: areas under lines under points, as on the map; others after, by name. */
const KML_LAYER_ORDER = ['control', 'frontline', 'changes', 'routes', 'events', 'places'];

export function kmlLayerOrder(names: readonly string[]): string[] {
	const rank = (n: string) => (KML_LAYER_ORDER.includes(n) ? KML_LAYER_ORDER.indexOf(n) : 99);
	return [...names].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/**
 * The features of each layer valid on at least one day from `from` to `to` (inclusive). Features
 * without day numbers (`from`/`to`) are kept: they are valid on every day.
 */
export function layersBetween(
	layers: Record<string, FeatureCollection>,
	from: IsoDate,
	to: IsoDate
): Record<string, FeatureCollection> {
	const [a, b] = [dayNumber(from), dayNumber(to)];
	return Object.fromEntries(
		Object.entries(layers).map(([name, fc]) => [
			name,
			{
				type: 'FeatureCollection',
				features: fc.features.filter((f) => {
					const p = f.properties ?? {};
					const [s, e] = [Number(p.from), Number(p.to)];
					return !Number.isFinite(s) || !Number.isFinite(e) || (s <= b && e >= a);
				})
			} as FeatureCollection
		])
	);
}

export interface RangeRequest {
	from: IsoDate;
	to: IsoDate;
	format: DataFormat;
}

export interface ExportFile {
	/** `situation-map-2024-11-26_2024-11-30.csv` */
	name: string;
	type: string;
	body: string | Uint8Array;
}

/** Checks a request against the data's timeline; throws a message naming the field and the rule. */
export function checkRange(m: Pick<LayerManifest, 'start' | 'end'>, r: RangeRequest): void {
	for (const k of ['from', 'to'] as const) {
		const v = r[k];
		if (typeof v !== 'string' || !isCalendarDate(v))
			throw new Error(`${k}: "${String(v).slice(0, 40)}" is not a calendar date YYYY-MM-DD`);
	}
	if (!DATA_FORMATS.includes(r.format))
		throw new Error(`format: "${String(r.format).slice(0, 40)}" is not one of ${DATA_FORMATS.join(', ')}`);
	if (r.from > r.to) throw new Error(`from ${r.from} is after to ${r.to}`);
	if (r.to < m.start || r.from > m.end)
		throw new Error(`${r.from}–${r.to} is outside the data's timeline ${m.start}–${m.end}`);
}

/** The file of a date range in one format. "All dates" is the manifest's start to end. */
export function exportRange(
	data: { manifest: LayerManifest; layers: Record<string, FeatureCollection> },
	r: RangeRequest
): ExportFile {
	checkRange(data.manifest, r);
	const m = data.manifest;
	const credits = creditsOf(m);
	const name = `situation-map-${r.from === r.to ? r.from : `${r.from}_${r.to}`}.${r.format}`;
	if (r.format === 'csv') {
		const body = eventsToAcledCsv({
			events: eventsBetween(data.layers.events?.features ?? [], r.from, r.to) as never,
			sources: m.sources,
			attribution: m.attribution
		});
		return { name, type: MEDIA_TYPES.csv, body };
	}
	const layers = layersBetween(data.layers, r.from, r.to);
	const kml = toKml({
		name: `${credits.title} — ${r.from === r.to ? r.from : `${r.from} to ${r.to}`}`,
		layers: kmlLayerOrder(Object.keys(layers)).map((n) => ({ name: n, collection: layers[n]! })),
		credits,
		sources: m.sources
	});
	return r.format === 'kml'
		? { name, type: MEDIA_TYPES.kml, body: kml }
		: { name, type: MEDIA_TYPES.kmz, body: toKmz(kml) };
}
