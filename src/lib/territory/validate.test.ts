import { describe, expect, it } from 'vitest';
import { cleanRing, geometryProblems, normalizePolygonal, round6, ringSignedArea2 } from './validate';

describe('round6', () => {
	it('rounds to 6 decimals and never writes -0', () => {
		expect(round6(36.12345678)).toBe(36.123457);
		expect(round6(-0.0000001)).toBe(0);
		expect(Object.is(round6(-0.0000001), -0)).toBe(false);
	});
});

describe('cleanRing', () => {
	it('drops repeated points and closes the ring', () => {
		expect(cleanRing([[0, 0], [1, 0], [1, 0], [1, 1], [0, 1]])).toEqual([[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]);
	});
	it('drops a ring that collapses below three distinct points at 6 decimals', () => {
		expect(cleanRing([[0, 0], [0.0000001, 0], [0, 0.0000001], [0, 0]])).toBeNull();
	});
});

describe('normalizePolygonal', () => {
	it('winds exteriors counterclockwise and holes clockwise (RFC 7946)', () => {
		const g = normalizePolygonal({
			type: 'Polygon',
			coordinates: [
				[[0, 0], [0, 4], [4, 4], [4, 0], [0, 0]], // clockwise exterior
				[[1, 1], [3, 1], [3, 3], [1, 3], [1, 1]] // counterclockwise hole
			]
		});
		expect(ringSignedArea2(g.coordinates[0]!)).toBeGreaterThan(0);
		expect(ringSignedArea2(g.coordinates[1]!)).toBeLessThan(0);
		expect(geometryProblems(g)).toEqual([]);
	});
	it('throws when nothing is left of the polygon', () => {
		expect(() => normalizePolygonal({ type: 'Polygon', coordinates: [[[0, 0], [0, 0], [0, 0], [0, 0]]] })).toThrow(/exterior ring/);
	});
});

describe('geometryProblems', () => {
	it('finds a self-intersecting bow tie', () => {
		const problems = geometryProblems({ type: 'Polygon', coordinates: [[[0, 0], [2, 2], [2, 0], [0, 2], [0, 0]]] });
		expect(problems.some((p) => p.includes('intersects itself'))).toBe(true);
	});
	it('finds clockwise exteriors and excess decimals', () => {
		const problems = geometryProblems({ type: 'Polygon', coordinates: [[[0, 0], [0, 1], [1.00000001, 1], [1, 0], [0, 0]]] });
		expect(problems).toContain('exterior ring must wind counterclockwise (RFC 7946)');
		expect(problems).toContain('exterior ring has coordinates beyond 6 decimals');
	});
});
