import { describe, expect, it } from 'vitest';
import { frameLegend } from './view-text';
import { STRINGS } from '../i18n/strings';

describe('view-text', () => {
	it('labels the legend of what is on, in the legend order and the UI language', () => {
		const items = frameLegend(new Set(['frontline', 'control-opposition']), STRINGS.en);
		expect(items.map((i) => i.label)).toEqual([STRINGS.en.faction_opposition, STRINGS.en.frontline]);
		expect(frameLegend(new Set(['frontline']), STRINGS.ar).map((i) => i.label)).toEqual([
			STRINGS.ar.frontline
		]);
	});

	it('tells reviewed from machine-read events when the data has machine-read ones and events are on', () => {
		const marks = [STRINGS.en.reviewedEvent, STRINGS.en.machineReadEvent];
		expect(frameLegend(new Set(['captures']), STRINGS.en, true).map((i) => i.label)).toEqual([
			STRINGS.en.captures,
			...marks
		]);
		expect(frameLegend(new Set(['captures']), STRINGS.en, false).map((i) => i.label)).toEqual([
			STRINGS.en.captures
		]);
		expect(frameLegend(new Set(['frontline']), STRINGS.en, true).map((i) => i.label)).toEqual([
			STRINGS.en.frontline
		]);
	});
});
