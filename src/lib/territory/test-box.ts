// A rectangle as a GeoJSON polygon (west, south, east, north), for the territorial model's tests: a country,
// a baseline's sides, an override. Tests only.
import type { Polygon } from 'geojson';

export const box = (x0: number, y0: number, x1: number, y1: number): Polygon => ({
	type: 'Polygon',
	coordinates: [
		[
			[x0, y0],
			[x1, y0],
			[x1, y1],
			[x0, y1],
			[x0, y0]
		]
	]
});
