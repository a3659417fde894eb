// The layers of one date for the GeoJSON and KML downloads: the manifest's snapshot files when it
// lists them for that date (fetched through the caller's `fetch`), else the features of the loaded
// whole-timeline layers valid that day.
import type { FeatureCollection } from 'geojson';
import type { IsoDate, LayerManifest } from '../domain/types';
import { layersOnDate, snapshotFiles } from './geojson-download';

export async function layersForDate(
	o: {
		manifest: Pick<LayerManifest, 'snapshots'>;
		layers: Record<string, FeatureCollection>;
		/** Where the data folder is served, ending in "/". */
		dataBase: string;
		fetch: typeof fetch;
	},
	date: IsoDate
): Promise<Record<string, FeatureCollection>> {
	const files = snapshotFiles(o.manifest, date);
	if (!files.length) return layersOnDate(o.layers, date);
	const entries = await Promise.all(
		files.map(async ([name, file]) => {
			const res = await o.fetch(`${o.dataBase}${file}`);
			if (!res.ok) throw new Error(`${file}: HTTP ${res.status}`);
			return [name, (await res.json()) as FeatureCollection] as const;
		})
	);
	return Object.fromEntries(entries);
}
