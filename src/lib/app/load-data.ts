// Loads the data folder once: the manifest, then every layer it lists. `fetch` is passed in so
// the loader runs anywhere (page, tests, benchmark).
import type { FeatureCollection } from 'geojson';
import type { LayerManifest } from '../domain/types';
import { parseManifest } from './manifest';
import { datedEvents, datedPlaces } from './dated-fallback';

export interface DataFolder {
	manifest: LayerManifest;
	layers: Record<string, FeatureCollection>;
	/** The pipeline's places.geojson (every place mentioned), for names; null when absent. */
	mentionedPlaces: FeatureCollection | null;
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
	const mentionedPlaces = (await get('places.geojson').catch(() => null)) as FeatureCollection | null;
	// Pipeline output without the territorial model's layers: derive the two it can.
	if (!layers.events) layers.events = datedEvents((await get('events.geojson')) as FeatureCollection);
	if (!layers.places && mentionedPlaces) layers.places = datedPlaces(mentionedPlaces, manifest.start, manifest.end);
	return { manifest, layers, mentionedPlaces };
}
