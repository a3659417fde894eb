import { describe, expect, it } from 'vitest';
import { pickShown, shownOn } from './pick';

describe('shownOn', () => {
	it('includes both ends of the range', () => {
		expect(shownOn({ from: 5, to: 7 }, 5)).toBe(true);
		expect(shownOn({ from: 5, to: 7 }, 7)).toBe(true);
		expect(shownOn({ from: 5, to: 7 }, 8)).toBe(false);
		expect(shownOn({ from: 5, to: 7 }, 4)).toBe(false);
	});
	it('keeps earlier features in cumulative mode, never later ones', () => {
		expect(shownOn({ from: 5, to: 5 }, 9, true)).toBe(true);
		expect(shownOn({ from: 5, to: 5 }, 4, true)).toBe(false);
	});
});

describe('pickShown', () => {
	it('drops features of other days and duplicates from tile edges', () => {
		const f = (layer: string, id: string, from: number, to: number) => ({
			layer,
			properties: { id, from, to }
		});
		const picked = pickShown(
			[
				f('control-fill', 'a', 1, 2),
				f('control-fill', 'b', 3, 4),
				f('control-fill', 'b', 3, 4),
				f('events-circle', 'e', 1, 1)
			],
			3,
			true
		);
		expect(picked.map((p) => `${p.layer}:${String(p.properties.id)}`)).toEqual([
			'control-fill:b',
			'events-circle:e'
		]);
	});
});
