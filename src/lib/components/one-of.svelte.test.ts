import { describe, expect, it } from 'vitest';
import { OneOf } from './one-of.svelte';

describe('OneOf', () => {
	it('holds one selected index, moved by select; out of range selects none', () => {
		const o = new OneOf(4);
		expect([0, 1, 2, 3].map((i) => o.is(i))).toEqual([false, false, false, false]);
		o.select(2);
		expect([0, 1, 2, 3].map((i) => o.is(i))).toEqual([false, false, true, false]);
		o.select(0);
		expect([0, 1, 2, 3].map((i) => o.is(i))).toEqual([true, false, false, false]);
		o.select(9);
		expect([0, 1, 2, 3, 9].map((i) => o.is(i))).toEqual([false, false, false, false, false]);
		o.select(3);
		expect(o.is(3)).toBe(true);
	});
});
