// Stage 6: places and events → the output contract's GeoJSON (README "Data folder contract").
import type {
	ConflictEvent,
	EventCollection,
	GazetteerEntry,
	PlaceCollection,
	PlaceFeature,
	ResolvedMention
} from '../domain/types';
import { eventGeometry, placeGeometry } from '../geo/place-geometry';

export { placeGeometry };

/** One feature per place mentioned, its mentions in article/offset order; sorted by id. */
export function placesCollection(
	mentions: ResolvedMention[],
	entries: Map<string, GazetteerEntry>
): PlaceCollection {
	const byPlace = new Map<string, ResolvedMention[]>();
	for (const m of mentions) {
		// push, not a copy per mention: copying made this quadratic in the mentions of one place
		const list = byPlace.get(m.place_id);
		if (list) list.push(m);
		else byPlace.set(m.place_id, [m]);
	}
	const features: PlaceFeature[] = [...byPlace.keys()].sort().map((id) => {
		const entry = entries.get(id);
		if (!entry) throw new Error(`place_id ${id} is not in the gazetteer`);
		const list = byPlace
			.get(id)!
			.sort((a, b) => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.start - b.start));
		return {
			type: 'Feature',
			id,
			geometry: placeGeometry(entry),
			properties: {
				id,
				name: entry.name,
				name_ar: entry.name_ar,
				kind: entry.kind,
				mentions: list.map(({ article, text, start, end }) => ({ article, text, start, end }))
			}
		};
	});
	return { type: 'FeatureCollection', features };
}

/** One feature per event at its place; sorted by id. */
export function eventsCollection(
	events: ConflictEvent[],
	entries: Map<string, GazetteerEntry>
): EventCollection {
	return {
		type: 'FeatureCollection',
		features: [...events]
			.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
			.map((event) => {
				const entry = entries.get(event.place_id);
				if (!entry) throw new Error(`event ${event.id}: place_id ${event.place_id} is not in the gazetteer`);
				return { type: 'Feature', id: event.id, geometry: eventGeometry(entry), properties: event };
			})
	};
}
