import { describe, expect, it } from 'vitest';
import { TimeIndex, timedFeatures, type TimeQuery } from './time-index';
import { seededRandom } from '../util/seeded-random';

const q = (t: number, cumulative = false) => ({ t, cumulative, past: 0.4 });

/** The changes of one update, as a list (the index reports them through a callback). */
function changes(i: TimeIndex, query: TimeQuery): { id: string | number; w: number }[] {
	const out: { id: string | number; w: number }[] = [];
	i.update(query, (id, w) => out.push({ id, w }));
	return out;
}

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
		expect(changes(i, q(10))).toEqual([
			{ id: 'old', w: 1 },
			{ id: 'always', w: 1 }
		]);
		expect(changes(i, q(10))).toEqual([]);
		expect(changes(i, q(12))).toEqual([
			{ id: 'new', w: 1 },
			{ id: 'old', w: 0 }
		]);
	});

	it('cross-fades between two days', () => {
		const i = idx();
		changes(i, q(11));
		const step = changes(i, q(11.25));
		expect(step).toHaveLength(2);
		expect(step).toEqual(
			expect.arrayContaining([
				{ id: 'old', w: 0.75 },
				{ id: 'new', w: 0.25 }
			])
		);
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

describe('TimeIndex.update looks only where ranges begin or end, and misses nothing', () => {
	for (const mode of ['area', 'event'] as const) {
		it(`keeps every ${mode} weight equal to the full rule over 400 random steps and jumps`, () => {
			const rnd = seededRandom(mode === 'area' ? 7 : 11);
			const features = Array.from({ length: 300 }, (_, k) => {
				const from = Math.floor(rnd() * 60);
				return { id: `f${k}`, from, to: from + Math.floor(rnd() * (rnd() < 0.7 ? 2 : 20)) };
			});
			const index = new TimeIndex(features, mode);
			const shown = new Map<string | number, number>();
			let t = 0;
			let cumulative = false;
			for (let step = 0; step < 400; step++) {
				const r = rnd();
				if (r < 0.5) t += 0.25;
				else if (r < 0.7) t -= 0.25;
				else if (r < 0.9) t = Math.floor(rnd() * 70) - 5 + (rnd() < 0.5 ? 0 : 0.5);
				else cumulative = !cumulative;
				const query = q(t, cumulative);
				index.update(query, (id, w) => shown.set(id, w));
				const wrong = features.filter(
					(f, i) => Math.fround(shown.get(f.id) ?? 0) !== Math.fround(index.weightAt(i, query))
				);
				expect(
					wrong.map((f) => f.id),
					`at t=${t} (cumulative ${cumulative})`
				).toEqual([]);
			}
		});
	}

	it('touches only the events that start or end between two days', () => {
		const features = Array.from({ length: 1000 }, (_, k) => ({ id: k, from: k % 100, to: k % 100 }));
		const index = new TimeIndex(features, 'event');
		index.update(q(50), () => {});
		const step = changes(index, q(51));
		// day 50's ten events go out, day 51's ten come in; nothing else is reported
		expect(step).toHaveLength(20);
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
