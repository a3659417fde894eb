import { describe, expect, it } from 'vitest';
import { datedEvents, datedPlaces } from './dated-fallback';

const pt = { type: 'Point' as const, coordinates: [37, 36] };

describe('dated fallback layers', () => {
	it('dates events on their own day and drops undated ones and impossible dates', () => {
		const fc = datedEvents({
			type: 'FeatureCollection',
			features: [
				{ type: 'Feature', properties: { id: 'a', date: '1970-01-03' }, geometry: pt },
				{ type: 'Feature', properties: { id: 'b', date: null }, geometry: pt },
				{ type: 'Feature', properties: { id: 'c', date: '2024-11-31' }, geometry: pt }
			]
		});
		expect(fc.features.map((f) => f.properties)).toEqual([
			{ id: 'a', date: '1970-01-03', from: 2, to: 2, from_date: '1970-01-03', to_date: '1970-01-03' }
		]);
	});
	it('spreads places over the whole timeline', () => {
		const fc = datedPlaces(
			{ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { id: 'p' }, geometry: pt }] },
			'1970-01-02',
			'1970-01-05'
		);
		expect(fc.features[0]?.properties).toMatchObject({ from: 1, to: 4 });
	});
});
