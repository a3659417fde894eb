import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { basemapLowerLayers, BASEMAP_SOURCE, mergeBasemap } from './basemap';

const square: FeatureCollection = {
	type: 'FeatureCollection',
	features: [
		{
			type: 'Feature',
			properties: { id: 'country:TR', name: 'Turkey', name_ar: 'تركيا', iso_a2: 'TR' },
			geometry: {
				type: 'Polygon',
				coordinates: [
					[
						[36, 37],
						[37, 37],
						[37, 38],
						[36, 37]
					]
				]
			}
		}
	]
};

describe('the basemap as one source', () => {
	it('tags each feature with its file and keeps only what the layers read', () => {
		const merged = mergeBasemap({
			countries: square,
			syria: { ...square.features[0]!, properties: { name: 'Syria', source: 'a long note' } }
		});
		expect(merged.features.map((f) => f.properties)).toEqual([
			{ base: 'countries', name: 'Turkey', name_ar: 'تركيا' },
			{ base: 'syria', name: 'Syria' }
		]);
	});

	it('draws every layer from that one source, and leaves out the layers of a missing file', () => {
		const layers = basemapLowerLayers({ countries: square, governorates: square, labels: square });
		const sources = new Set(layers.flatMap((l) => ('source' in l ? [l.source] : [])));
		expect([...sources]).toEqual([BASEMAP_SOURCE]);
		expect(layers.map((l) => l.id)).toEqual([
			'base-sea',
			'base-countries-fill',
			'base-governorates-line',
			'base-countries-line'
		]);
	});
});
