import { describe, expect, it } from 'vitest';
import { daySummary } from './day-summary';
import { STRINGS } from '../i18n/strings';

const fig = {
	date: '2024-11-29',
	area_km2: {},
	gained_km2: { opposition: 1234.4, government: 0 },
	lost_km2: {},
	frontline_km: 1,
	m5_km: {},
	front_to_citadel_km: null,
	event_ids: ['a', 'b']
};

describe('daySummary', () => {
	it('counts events and names the factions that gained ground', () => {
		expect(daySummary(fig, STRINGS.en, String)).toBe('2 events · Opposition (HTS-led) gained 1234 km²');
	});
	it('says nothing changed when nothing did', () => {
		expect(daySummary({ ...fig, gained_km2: {}, event_ids: [] }, STRINGS.en, String)).toBe(STRINGS.en.summaryNone);
		expect(daySummary(undefined, STRINGS.ar, String)).toBe(STRINGS.ar.summaryNone);
	});
	it('counts the events the map shows when given, with or without figures', () => {
		expect(daySummary(undefined, STRINGS.en, String, 3)).toBe('3 events');
		expect(daySummary(fig, STRINGS.en, String, 5)).toMatch(/^5 events · /);
	});
});
