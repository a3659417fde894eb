import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import type { ManifestTheatre } from '../domain/types';
import { STRINGS } from '../i18n/strings';
import { BASEMAP_BOUNDS, mapBounds, openingView, referenceName, subtitleOf, titleOf } from './theatre-view';
import { parseManifest } from './manifest';

const THEATRE: ManifestTheatre = {
	title: { en: 'Southern front', ar: 'الجبهة الجنوبية' },
	subtitle: { en: 'Daraa and Suwayda', ar: 'درعا والسويداء' },
	bounds: [34, 31, 38, 35],
	view: [35.5, 32.2, 37.2, 33.6],
	distance_reference: { name: { en: 'Damascus', ar: 'دمشق' }, lon: 36.3, lat: 33.5 },
	country: { name: 'Syria', iso: 760, region: 'Middle East' }
};
const EVENTS: FeatureCollection = {
	type: 'FeatureCollection',
	features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [36, 32.6] } }]
};

describe('theatre view', () => {
	it("shows the theatre's title, subtitle, bounds, view and reference in the page's language", () => {
		const m = { title: 'Southern front', theatre: THEATRE };
		expect(titleOf(m, 'ar')).toBe('الجبهة الجنوبية');
		expect(subtitleOf(m, 'en')).toBe('Daraa and Suwayda');
		expect(mapBounds(m)).toEqual([34, 31, 38, 35]);
		expect(openingView(m, EVENTS)).toEqual([35.5, 32.2, 37.2, 33.6]);
		expect(referenceName(m)?.en).toBe('Damascus');
	});

	it('stands in generic words, the basemap and the events for a data folder without a theatre', () => {
		expect(titleOf({ title: 'Old title' }, 'en')).toBe('Old title');
		expect(titleOf({ title: 'Old title' }, 'ar')).toBe(STRINGS.ar.appTitle);
		expect(subtitleOf({ title: '' }, 'en')).toBe(STRINGS.en.appDescription);
		expect(mapBounds({ title: '' })).toEqual(BASEMAP_BOUNDS);
		expect(openingView({ title: '' }, EVENTS)).toEqual([36, 32.6, 36, 32.6]);
		expect(openingView({ title: '' }, null)).toEqual(BASEMAP_BOUNDS);
		expect(referenceName({ title: '' })).toBeNull();
	});
});

describe('parseManifest theatre', () => {
	const manifest = (theatre: unknown) => ({
		version: 1,
		title: 't',
		start: '2024-12-06',
		end: '2024-12-08',
		dates: [],
		layers: {},
		figures: [],
		sources: [],
		attribution: [],
		theatre
	});
	it('keeps a well-formed theatre', () => {
		expect(parseManifest(manifest(THEATRE)).theatre).toEqual(THEATRE);
	});
	it('names the field of a broken one', () => {
		expect(() => parseManifest(manifest({ ...THEATRE, bounds: [38, 31, 34, 35] }))).toThrow(
			'manifest.json: theatre.bounds must have west < east and south < north, in range'
		);
		expect(() => parseManifest(manifest({ ...THEATRE, title: { en: 'x' } }))).toThrow(
			'manifest.json: theatre.title.ar must be a string'
		);
	});
});
