import { describe, expect, it } from 'vitest';
import { bboxOf } from './bounds';

describe('bboxOf', () => {
	it('spans points and polygons of several collections, skipping missing ones', () => {
		const pts = {
			type: 'FeatureCollection' as const,
			features: [
				{
					type: 'Feature' as const,
					properties: {},
					geometry: { type: 'Point' as const, coordinates: [37, 36] }
				}
			]
		};
		const poly = {
			type: 'FeatureCollection' as const,
			features: [
				{
					type: 'Feature' as const,
					properties: {},
					geometry: {
						type: 'Polygon' as const,
						coordinates: [
							[
								[36, 35],
								[38, 35],
								[38, 37],
								[36, 35]
							]
						]
					}
				}
			]
		};
		expect(bboxOf([pts, undefined, poly])).toEqual([36, 35, 38, 37]);
		expect(bboxOf([])).toBeNull();
	});
});
