import { describe, expect, it } from 'vitest';
import { eventGeometry, placeGeometry } from './place-geometry';

const road = {
	kind: 'road' as const,
	lon: 36.80000049,
	lat: 36.1,
	line: [[36.7, 36.0] as [number, number], [36.9, 36.2] as [number, number]]
};
const river = { ...road, kind: 'river' as const };
const town = { kind: 'town' as const, lon: 37.1000004, lat: 36.2 };

describe('place and event geometry', () => {
	it('draws a place with a line as its line and any other place as its point, rounded to 6 decimals', () => {
		expect(placeGeometry(river)).toEqual({
			type: 'LineString',
			coordinates: [
				[36.7, 36],
				[36.9, 36.2]
			]
		});
		expect(placeGeometry(town)).toEqual({ type: 'Point', coordinates: [37.1, 36.2] });
	});

	it('draws an event along a road, but at the point of a river or of a one-point line', () => {
		expect(eventGeometry(road).type).toBe('LineString');
		expect(eventGeometry(river)).toEqual({ type: 'Point', coordinates: [36.8, 36.1] });
		expect(eventGeometry({ ...road, line: [[36.7, 36.0]] })).toEqual({
			type: 'Point',
			coordinates: [36.8, 36.1]
		});
		expect(placeGeometry({ ...road, line: [[36.7, 36.0]] }).type).toBe('Point');
	});
});
