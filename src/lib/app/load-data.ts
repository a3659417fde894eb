// Loads the data folder once: the manifest, then every layer it lists. `fetch` is passed in so
// the loader runs anywhere (page, tests, benchmark).
import type { FeatureCollection } from 'geojson';
import type { LayerManifest } from '../domain/types';
import { parseManifest } from './manifest';
import { datedEvents, datedPlaces } from './dated-fallback';

export interface DataFolder {
	manifest: LayerManifest;
	layers: Record<string, FeatureCollection>;
}

export async function loadDataFolder(base: string, fetchFn: typeof fetch): Promise<DataFolder> {
	const get = async (rel: string): Promise<unknown> => {
		const res = await fetchFn(`${base}${rel}`);
		if (!res.ok) throw new Error(`${base}${rel}: HTTP ${res.status}`);
		return res.json();
	};
	const manifest = parseManifest(await get('manifest.json'), `${base}manifest.json`);
	const entries = await Promise.all(
		Object.entries(manifest.layers).map(async ([name, file]) => {
			const json = (await get(file)) as FeatureCollection;
			if (json?.type !== 'FeatureCollection' || !Array.isArray(json.features)) {
				throw new Error(`${base}${file}: layer "${name}" must be a GeoJSON FeatureCollection`);
			}
			return [name, json] as const;
		})
	);
	const layers: Record<string, FeatureCollection> = Object.fromEntries(entries);
	// Pipeline output without the territorial model's layers: derive the two it can.
	if (!layers.events) layers.events = datedEvents((await get('events.geojson')) as FeatureCollection);
	if (!layers.places) layers.places = datedPlaces((await get('places.geojson')) as FeatureCollection, manifest.start, manifest.end);
	return { manifest, layers };
}
