import { describe, expect, it } from 'vitest';
import { partitionByDay } from './event-parts';

const ev = (id: string, day: number) => ({
	type: 'Feature' as const,
	properties: { id, from: day, to: day },
	geometry: { type: 'Point' as const, coordinates: [0, 0] }
});

describe('partitionByDay', () => {
	it('keeps small sets in one part', () => {
		expect(
			partitionByDay({ type: 'FeatureCollection', features: [ev('a', 1), ev('b', 2)] }, 10)
		).toHaveLength(1);
		expect(partitionByDay(undefined)).toEqual([{ type: 'FeatureCollection', features: [] }]);
	});
	it('splits by day order at the size limit without splitting a day', () => {
		const parts = partitionByDay(
			{ type: 'FeatureCollection', features: [ev('d', 3), ev('a', 1), ev('b', 1), ev('c', 2), ev('e', 3)] },
			2
		);
		expect(parts.map((p) => p.features.map((f) => f.properties?.id))).toEqual([
			['a', 'b'],
			['c', 'd', 'e']
		]);
	});
});
