// A data folder from the pipeline alone (no territorial model yet, or a user's articles before the
// model runs) has places.geojson and events.geojson but no dated layers. The app still shows it:
// events become dated on their own day, places span the whole timeline. Undated events, and events
// whose date is not a calendar date, are left out of the map (they have no day to be shown on).
import type { Feature, FeatureCollection } from 'geojson';
import { dayNumber, isCalendarDate } from '../geo/days';
import type { IsoDate } from '../domain/types';

export function datedEvents(events: FeatureCollection): FeatureCollection {
	const out: Feature[] = [];
	for (const f of events.features) {
		const date = f.properties?.date;
		if (typeof date !== 'string' || !isCalendarDate(date)) continue;
		const d = dayNumber(date);
		out.push({ ...f, properties: { ...f.properties, from: d, to: d, from_date: date, to_date: date } });
	}
	return { type: 'FeatureCollection', features: out };
}

export function datedPlaces(places: FeatureCollection, start: IsoDate, end: IsoDate): FeatureCollection {
	const from = dayNumber(start);
	const to = dayNumber(end);
	return {
		type: 'FeatureCollection',
		features: places.features.map((f) => ({
			...f,
			properties: { ...f.properties, from, to, from_date: start, to_date: end }
		}))
	};
}
