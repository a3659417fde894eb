// A gazetteer entry for tests: an id and a point, every other field at its plain default (a Syrian town
// named by its id, no aliases, no admin areas), overridden where a test needs it. Tests only.
import type { GazetteerEntry } from '../domain/types';

export function testEntry(
	id: string,
	lon: number,
	lat: number,
	fields: Partial<Omit<GazetteerEntry, 'id' | 'lon' | 'lat'>> = {}
): GazetteerEntry {
	return {
		id,
		name: id,
		name_ar: null,
		aliases: [],
		kind: 'town',
		lon,
		lat,
		country: 'SY',
		admin1: null,
		admin2: null,
		parent: null,
		population: 0,
		source: 'test',
		...fields
	};
}
