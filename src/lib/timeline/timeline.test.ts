import { describe, expect, it } from 'vitest';
import { bracket, dayForKey, nextObserved, prevObserved, tick, type Timeline } from './timeline';

const tl: Timeline = { start: 100, end: 120, observed: [101, 104, 110] };

describe('dayForKey', () => {
	it('steps a day with arrows, a week with Page keys, and jumps with Home/End', () => {
		expect(dayForKey('ArrowRight', 105, tl)).toBe(106);
		expect(dayForKey('ArrowLeft', 105, tl)).toBe(104);
		expect(dayForKey('ArrowUp', 105, tl)).toBe(106);
		expect(dayForKey('PageUp', 105, tl)).toBe(112);
		expect(dayForKey('PageDown', 105, tl)).toBe(100);
		expect(dayForKey('Home', 105, tl)).toBe(100);
		expect(dayForKey('End', 105, tl)).toBe(120);
		expect(dayForKey('a', 105, tl)).toBeNull();
	});
	it('clamps at the ends', () => {
		expect(dayForKey('ArrowRight', 120, tl)).toBe(120);
		expect(dayForKey('PageDown', 103, tl)).toBe(100);
	});
	it('mirrors the horizontal arrows right-to-left', () => {
		expect(dayForKey('ArrowLeft', 105, tl, true)).toBe(106);
		expect(dayForKey('ArrowRight', 105, tl, true)).toBe(104);
	});
});

describe('observed days', () => {
	it('finds the next and previous observation', () => {
		expect(nextObserved(104, tl)).toBe(110);
		expect(prevObserved(104, tl)).toBe(101);
		expect(nextObserved(110, tl)).toBeNull();
		expect(prevObserved(101, tl)).toBeNull();
	});
	it('brackets a fractional time', () => {
		expect(bracket(105.5, tl)).toEqual({ before: 104, after: 110 });
		expect(bracket(104, tl)).toEqual({ before: 104, after: 104 });
	});
});

describe('tick', () => {
	it('moves smoothly by speed and keeps the fraction', () => {
		const r = tick({ t: 100, acc: 100 }, 500, { speed: 2, loop: false, stepped: false }, tl);
		expect(r.t).toBeCloseTo(100.8);
		expect(r.playing).toBe(true);
	});
	it('moves whole days only when stepped', () => {
		const r = tick({ t: 100, acc: 100 }, 500, { speed: 2, loop: false, stepped: true }, tl);
		expect(r.t).toBe(100);
		expect(r.acc).toBeCloseTo(100.8);
		const r2 = tick(r, 500, { speed: 2, loop: false, stepped: true }, tl);
		expect(r2.t).toBe(101);
	});
	it('stops at the end, or loops to the start', () => {
		expect(tick({ t: 119.9, acc: 119.9 }, 1000, { speed: 1, loop: false, stepped: false }, tl)).toMatchObject(
			{ t: 120, playing: false }
		);
		expect(tick({ t: 119.9, acc: 119.9 }, 1000, { speed: 1, loop: true, stepped: false }, tl)).toMatchObject({
			t: 100,
			playing: true
		});
	});
});
