import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { placeNamer } from './place-names';

const places: FeatureCollection = {
	type: 'FeatureCollection',
	features: [
		{
			type: 'Feature',
			properties: { place_id: 'place:sm:khan-al-asal', name: 'Khan al-Asal', name_ar: 'خان العسل' },
			geometry: null as never
		},
		{ type: 'Feature', properties: { id: 'place:x', name: 'X', name_ar: null }, geometry: null as never }
	]
};
const later: FeatureCollection = {
	type: 'FeatureCollection',
	features: [
		{ type: 'Feature', properties: { id: 'place:x', name: 'Other X', name_ar: 'س' }, geometry: null as never }
	]
};

describe('placeNamer', () => {
	it('names places in either language, falling back to English then the id', () => {
		const name = placeNamer([places]);
		expect(name('place:sm:khan-al-asal', 'ar')).toBe('خان العسل');
		expect(name('place:sm:khan-al-asal', 'en')).toBe('Khan al-Asal');
		expect(name('place:x', 'ar')).toBe('X');
		expect(name('place:unknown', 'en')).toBe('place:unknown');
	});
	it('takes a place from the first collection that names it', () => {
		expect(placeNamer([places, later])('place:x', 'en')).toBe('X');
		expect(placeNamer([null, later])('place:x', 'ar')).toBe('س');
	});
});
