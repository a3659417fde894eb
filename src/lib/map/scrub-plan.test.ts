import { describe, expect, it } from 'vitest';
import { scrubPlan } from './scrub-plan';

describe('scrubPlan', () => {
	it('holds the first and last day, and steps evenly between them', () => {
		const p = scrubPlan({ from: 10, to: 12, fps: 10, secondsPerDay: 1, holdSeconds: 0.5 });
		// 2 days × 10 fps × 1 s = 20 steps, 21 distinct frames, 5 held at each end.
		expect(p.frames).toBe(31);
		expect([0, 4, 5].map(p.timeOf)).toEqual([10, 10, 10]);
		expect(p.timeOf(6)).toBeCloseTo(10.1);
		expect(p.timeOf(15)).toBe(11);
		expect([25, 30].map(p.timeOf)).toEqual([12, 12]);
		expect([1, 5, 6, 26, 30].map(p.repeats)).toEqual([true, true, false, true, true]);
		expect(p.repeats(0)).toBe(false);
	});

	it('refuses an empty range and a bad frame rate', () => {
		expect(() => scrubPlan({ from: 5, to: 5 })).toThrow(/to \(5\) must be after from \(5\)/);
		expect(() => scrubPlan({ from: 1, to: 2, fps: 0 })).toThrow(/fps must be/);
	});
});
