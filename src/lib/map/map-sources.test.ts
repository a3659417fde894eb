import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection } from 'geojson';
import { AREAS_SOURCE, mapSources, STYLE_PROPERTIES } from './map-sources';
import { eventSourceId } from './event-parts';

const point = (properties: Record<string, unknown>): Feature => ({
	type: 'Feature',
	properties,
	geometry: { type: 'Point', coordinates: [36, 36] }
});
const fc = (...features: Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features });

describe('mapSources', () => {
	const control = point({
		id: 'control:a',
		faction: 'opposition',
		status: 'reported',
		rule: 'captured',
		event_ids: ['e1'],
		from: 1,
		to: 3
	});
	const place = point({ id: 'place:x', name: 'X', kind: 'town', faction: 'government', from: 1, to: 9 });
	const event = point({
		id: 'e1',
		kind: 'capture',
		actor: 'a side',
		sources: [{ article: 'a.md' }],
		// for the exports only (ACLED's admin1, admin2): never on the map
		place_name: 'X',
		admin1: 'Aleppo',
		admin2: 'Jebel Saman',
		from: 2,
		to: 2
	});
	const s = mapSources({ control: fc(control), places: fc(place), events: fc(event) }, [fc(event)]);

	it('keeps on the map only what the style reads, with numeric ids and the layer tag', () => {
		expect(s.areas.features.map((f) => [f.id, f.properties])).toEqual([
			[0, { layer: 'control', faction: 'opposition', status: 'reported', from: 1, to: 3 }],
			[1, { layer: 'places', kind: 'town', faction: 'government', from: 1, to: 9 }]
		]);
		expect(s.eventParts[0]!.features.map((f) => [f.id, f.properties])).toEqual([
			[2, { kind: 'capture', from: 2, to: 2 }]
		]);
		for (const f of s.areas.features) {
			const layer = f.properties!.layer as keyof typeof STYLE_PROPERTIES;
			for (const k of Object.keys(f.properties!))
				expect(['layer', 'from', 'to', ...STYLE_PROPERTIES[layer]]).toContain(k);
		}
	});

	it('keeps the full record of every feature by its id, and the day ranges per source', () => {
		expect(s.index.records[0]).toEqual({ layer: 'control', properties: control.properties });
		expect(s.index.records[2]).toEqual({ layer: 'events', properties: event.properties });
		expect(s.index.timed).toEqual([
			{
				source: AREAS_SOURCE,
				mode: 'area',
				features: [
					{ id: 0, from: 1, to: 3 },
					{ id: 1, from: 1, to: 9 }
				]
			},
			{ source: eventSourceId(0), mode: 'event', features: [{ id: 2, from: 2, to: 2 }] }
		]);
	});

	it('leaves undated features untimed (never shown), as before', () => {
		const undated = mapSources({ control: fc(point({ id: 'c', faction: 'sna' })) }, []);
		expect(undated.index.timed[0]!.features).toEqual([]);
		expect(undated.areas.features[0]!.properties).toEqual({ layer: 'control', faction: 'sna' });
	});
});
