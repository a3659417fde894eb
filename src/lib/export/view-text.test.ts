import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { eventsOn, frameLegend, placeNamer, summaryOfDay } from './view-text';
import { STRINGS } from '../i18n/strings';
import { event, MANIFEST } from './test-fixtures';

const places: FeatureCollection = {
	type: 'FeatureCollection',
	features: [
		{ type: 'Feature', properties: { place_id: 'place:sm:khan-al-asal', name: 'Khan al-Asal', name_ar: 'خان العسل' }, geometry: null as never },
		{ type: 'Feature', properties: { id: 'place:x', name: 'X', name_ar: null }, geometry: null as never }
	]
};

describe('view-text', () => {
	it('names places in either language, falling back to English then the id', () => {
		const name = placeNamer([places]);
		expect(name('place:sm:khan-al-asal', 'ar')).toBe('خان العسل');
		expect(name('place:x', 'ar')).toBe('X');
		expect(name('place:unknown', 'en')).toBe('place:unknown');
	});

	it('keeps the events of the date only', () => {
		const fc: FeatureCollection = { type: 'FeatureCollection', features: [event({}), event({ id: 'e2', date: '2024-11-28' })] };
		expect(eventsOn(fc, '2024-11-29').features).toHaveLength(1);
	});

	it('labels the legend of what is on', () => {
		const items = frameLegend(new Set(['frontline', 'control-opposition']), STRINGS.en);
		expect(items.map((i) => i.label)).toEqual([STRINGS.en.faction_opposition, STRINGS.en.frontline]);
	});

	it('summarises a day from the data', () => {
		const s = summaryOfDay({
			date: '2024-11-29',
			lang: 'en',
			dateLabel: '29 Nov 2024',
			manifest: MANIFEST,
			events: { type: 'FeatureCollection', features: [event({})] },
			placeName: placeNamer([places]),
			formatNumber: String
		});
		expect(s).toMatch(/^29 Nov 2024: the opposition took Khan al-Asal; the opposition gained 442 km²/);
	});
});
