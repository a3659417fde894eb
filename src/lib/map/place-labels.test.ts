import { describe, expect, it } from 'vitest';
import { placeLabels } from './place-labels';

describe('placeLabels', () => {
	it('keeps one label per place across its dated features, ranked by kind', () => {
		const pt = { type: 'Point' as const, coordinates: [37, 36] };
		const fc = placeLabels({
			type: 'FeatureCollection',
			features: [
				{
					type: 'Feature',
					properties: {
						id: 'p:1:a',
						place_id: 'p:1',
						name: 'Khan al-Asal',
						name_ar: 'خان العسل',
						kind: 'town',
						from: 1,
						to: 2
					},
					geometry: pt
				},
				{
					type: 'Feature',
					properties: {
						id: 'p:1:b',
						place_id: 'p:1',
						name: 'Khan al-Asal',
						name_ar: 'خان العسل',
						kind: 'town',
						from: 3,
						to: 4
					},
					geometry: pt
				},
				{
					type: 'Feature',
					properties: { id: 'p:2', name: 'Road', kind: 'road' },
					geometry: {
						type: 'LineString',
						coordinates: [
							[0, 0],
							[1, 1]
						]
					}
				}
			]
		});
		expect(fc.features).toHaveLength(1);
		expect(fc.features[0]?.properties).toEqual({
			id: 'p:1',
			name: 'Khan al-Asal',
			name_ar: 'خان العسل',
			kind: 'town',
			rank: 1
		});
	});
});
