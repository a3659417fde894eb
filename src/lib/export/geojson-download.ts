// The GeoJSON download for one date: the manifest's snapshot layers (the features valid that day)
// merged into one FeatureCollection, each feature tagged with its `layer`, and the title, date,
// sources and data credits as foreign members (RFC 7946 §6.1) so the file carries its provenance.
import type { Feature, FeatureCollection } from 'geojson';
import type { IsoDate, LayerManifest } from '../domain/types';
import type { Credits } from './credits';
import { shownOn } from '../map/pick';
import { dayNumber } from '../geo/days';

/** Snapshot files to fetch for a date (relative to the data folder), by layer, sorted by layer. */
export function snapshotFiles(m: Pick<LayerManifest, 'snapshots'>, date: IsoDate): [string, string][] {
	const files = m.snapshots[date] ?? {};
	return Object.entries(files)
		.filter(([, f]) => typeof f === 'string' && !f.includes('..') && !/^[a-z]+:/i.test(f))
		.sort(([a], [b]) => a.localeCompare(b));
}

/** The features of whole-timeline layers valid on `date` (for a date without a snapshot). */
export function layersOnDate(
	layers: Record<string, FeatureCollection>,
	date: IsoDate
): Record<string, FeatureCollection> {
	const day = dayNumber(date);
	return Object.fromEntries(
		Object.entries(layers).map(([name, fc]) => [
			name,
			{
				type: 'FeatureCollection',
				features: fc.features.filter((f) => shownOn(f.properties ?? {}, day, false))
			} as FeatureCollection
		])
	);
}

export interface DatedCollection extends FeatureCollection {
	title: string;
	date: IsoDate;
	sources: string[];
	attribution: string[];
}

export function snapshotGeojson(
	date: IsoDate,
	layers: Record<string, FeatureCollection>,
	credits: Credits
): DatedCollection {
	const features: Feature[] = [];
	for (const name of Object.keys(layers).sort()) {
		const sorted = [...layers[name]!.features].sort((a, b) =>
			String(a.properties?.id ?? a.id ?? '').localeCompare(String(b.properties?.id ?? b.id ?? ''))
		);
		for (const f of sorted) features.push({ ...f, properties: { layer: name, ...(f.properties ?? {}) } });
	}
	return {
		type: 'FeatureCollection',
		title: credits.title,
		date,
		sources: credits.sources,
		attribution: credits.attribution,
		features
	};
}

/** File names for downloads: `situation-map-2024-11-29.geojson`. */
export function downloadName(
	date: IsoDate,
	ext: 'geojson' | 'csv' | 'kml' | 'png' | 'webm' | 'mp4' | 'txt',
	end?: IsoDate
): string {
	return `situation-map-${date}${end ? `_${end}` : ''}.${ext}`;
}
