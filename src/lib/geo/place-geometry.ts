// The geometry written for a gazetteer place and for an event at it: one rule for the pipeline's
// GeoJSON (pipeline/to-geojson.ts) and the territorial model's dated layers (territory/build-layers.ts).
import type { LineString, Point } from 'geojson';
import type { GazetteerEntry } from '../domain/types';
import { round6 } from './round';

type Located = Pick<GazetteerEntry, 'kind' | 'lon' | 'lat' | 'line'>;

const lineOf = (line: [number, number][]): LineString => ({
	type: 'LineString',
	coordinates: line.map(([x, y]) => [round6(x), round6(y)])
});
const pointOf = (p: Located): Point => ({ type: 'Point', coordinates: [round6(p.lon), round6(p.lat)] });

/** A place as drawn: its line (roads and rivers) when it has one of two points or more, else its point. */
export function placeGeometry(place: Located): Point | LineString {
	return place.line && place.line.length >= 2 ? lineOf(place.line) : pointOf(place);
}

/**
 * Where an event at a place is drawn: along the road for a road (what happened on it happened
 * along it); at the representative point for anything else, rivers included (a river is a line
 * of contact: an event "at" it is at a crossing, not along its whole course).
 */
export function eventGeometry(place: Located): Point | LineString {
	return place.kind === 'road' && place.line && place.line.length >= 2 ? lineOf(place.line) : pointOf(place);
}
