import { describe, expect, it } from 'vitest';
import { TimeIndex, timedFeatures } from './time-index';

const q = (t: number, cumulative = false) => ({ t, cumulative, past: 0.4 });

describe('TimeIndex (areas)', () => {
	const idx = () =>
		new TimeIndex(
			[
				{ id: 'old', from: 10, to: 11 },
				{ id: 'new', from: 12, to: 14 },
				{ id: 'always', from: 10, to: 14 }
			],
			'area'
		);

	it('reports every shown feature first, then only what changed', () => {
		const i = idx();
		expect(i.update(q(10))).toEqual([
			{ id: 'old', w: 1 },
			{ id: 'always', w: 1 }
		]);
		expect(i.update(q(10))).toEqual([]);
		expect(i.update(q(12))).toEqual([
			{ id: 'old', w: 0 },
			{ id: 'new', w: 1 }
		]);
	});

	it('cross-fades between two days', () => {
		const i = idx();
		i.update(q(11));
		expect(i.update(q(11.25))).toEqual([
			{ id: 'old', w: 0.75 },
			{ id: 'new', w: 0.25 }
		]);
	});
});

describe('TimeIndex (events)', () => {
	it('shows an event on its day, and afterwards only in cumulative mode', () => {
		const i = new TimeIndex([{ id: 'e', from: 5, to: 5 }], 'event');
		expect(i.weightAt(0, q(4))).toBe(0);
		expect(i.weightAt(0, q(5))).toBe(1);
		expect(i.weightAt(0, q(5.5))).toBe(1);
		expect(i.weightAt(0, q(6))).toBe(0);
		expect(i.weightAt(0, q(6, true))).toBe(0.4);
	});
});

describe('timedFeatures', () => {
	it('takes the id from properties or the feature, and skips undated features', () => {
		expect(
			timedFeatures([
				{ properties: { id: 'a', from: 1, to: 2 } },
				{ id: 7, properties: { from: 3, to: 3 } },
				{ properties: { id: 'undated' } }
			])
		).toEqual([
			{ id: 'a', from: 1, to: 2 },
			{ id: 7, from: 3, to: 3 }
		]);
	});
});
