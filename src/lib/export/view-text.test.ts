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
});
