import fc from 'fast-check';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { wavyRing } from '../../../scripts/bench-hostile';
import {
	cleanRing,
	firstSelfIntersection,
	geometryProblems,
	normalizePolygonal,
	round6,
	ringSignedArea2
} from './validate';

describe('round6', () => {
	it('rounds to 6 decimals and never writes -0', () => {
		expect(round6(36.12345678)).toBe(36.123457);
		expect(round6(-0.0000001)).toBe(0);
		expect(Object.is(round6(-0.0000001), -0)).toBe(false);
	});
});

describe('cleanRing', () => {
	it('drops repeated points and closes the ring', () => {
		expect(
			cleanRing([
				[0, 0],
				[1, 0],
				[1, 0],
				[1, 1],
				[0, 1]
			])
		).toEqual([
			[0, 0],
			[1, 0],
			[1, 1],
			[0, 1],
			[0, 0]
		]);
	});
	it('drops a ring that collapses below three distinct points at 6 decimals', () => {
		expect(
			cleanRing([
				[0, 0],
				[0.0000001, 0],
				[0, 0.0000001],
				[0, 0]
			])
		).toBeNull();
	});
});

describe('normalizePolygonal', () => {
	it('winds exteriors counterclockwise and holes clockwise (RFC 7946)', () => {
		const g = normalizePolygonal({
			type: 'Polygon',
			coordinates: [
				[
					[0, 0],
					[0, 4],
					[4, 4],
					[4, 0],
					[0, 0]
				], // clockwise exterior
				[
					[1, 1],
					[3, 1],
					[3, 3],
					[1, 3],
					[1, 1]
				] // counterclockwise hole
			]
		});
		expect(ringSignedArea2(g.coordinates[0]!)).toBeGreaterThan(0);
		expect(ringSignedArea2(g.coordinates[1]!)).toBeLessThan(0);
		expect(geometryProblems(g)).toEqual([]);
	});
	it('throws when nothing is left of the polygon', () => {
		expect(() =>
			normalizePolygonal({
				type: 'Polygon',
				coordinates: [
					[
						[0, 0],
						[0, 0],
						[0, 0],
						[0, 0]
					]
				]
			})
		).toThrow(/exterior ring/);
	});
});

describe('geometryProblems', () => {
	it('finds a self-intersecting bow tie', () => {
		const problems = geometryProblems({
			type: 'Polygon',
			coordinates: [
				[
					[0, 0],
					[2, 2],
					[2, 0],
					[0, 2],
					[0, 0]
				]
			]
		});
		expect(problems.some((p) => p.includes('intersects itself'))).toBe(true);
	});
	it('finds clockwise exteriors and excess decimals', () => {
		const problems = geometryProblems({
			type: 'Polygon',
			coordinates: [
				[
					[0, 0],
					[0, 1],
					[1.00000001, 1],
					[1, 0],
					[0, 0]
				]
			]
		});
		expect(problems).toContain('exterior ring must wind counterclockwise (RFC 7946)');
		expect(problems).toContain('exterior ring has coordinates beyond 6 decimals');
	});
});

/** The check as it was before the index: every pair of non-neighbouring edges, in order. */
function firstSelfIntersectionAllPairs(ring: Position[]): number | null {
	const n = ring.length - 1;
	const cross = (o: Position, p: Position, q: Position) =>
		(p[0]! - o[0]!) * (q[1]! - o[1]!) - (p[1]! - o[1]!) * (q[0]! - o[0]!);
	const on = (p: Position, q: Position, r: Position) =>
		Math.min(p[0]!, q[0]!) <= r[0]! &&
		r[0]! <= Math.max(p[0]!, q[0]!) &&
		Math.min(p[1]!, q[1]!) <= r[1]! &&
		r[1]! <= Math.max(p[1]!, q[1]!);
	const meet = (a: Position, b: Position, c: Position, d: Position) => {
		const [d1, d2, d3, d4] = [cross(c, d, a), cross(c, d, b), cross(a, b, c), cross(a, b, d)];
		if (d1 * d2 < 0 && d3 * d4 < 0) return true;
		return (
			(d1 === 0 && on(c, d, a)) ||
			(d2 === 0 && on(c, d, b)) ||
			(d3 === 0 && on(a, b, c)) ||
			(d4 === 0 && on(a, b, d))
		);
	};
	for (let i = 0; i < n; i++)
		for (let j = i + 1; j < n; j++) {
			if (j === i + 1 || (i === 0 && j === n - 1)) continue;
			if (meet(ring[i]!, ring[i + 1]!, ring[j]!, ring[j + 1]!)) return i;
		}
	return null;
}

/** A closed counterclockwise ring of n vertices round a wavy circle, at 6 decimals: a valid boundary. */

describe('firstSelfIntersection', () => {
	it('finds the same first crossing edge as comparing every pair, on rings full of touching and collinear edges', () => {
		const point = fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 }));
		fc.assert(
			fc.property(fc.array(point, { minLength: 3, maxLength: 12 }), (points) => {
				const ring: Position[] = [...points, points[0]!];
				expect(firstSelfIntersection(ring)).toBe(firstSelfIntersectionAllPairs(ring));
			}),
			{ numRuns: 2000, seed: 10 }
		);
	});

	it('passes a valid 100,000-vertex boundary and finds the one crossing put into it', () => {
		const ring = wavyRing(100_000);
		expect(geometryProblems({ type: 'Polygon', coordinates: [ring] })).toEqual([]);
		// swapping two neighbouring vertices makes a small bow tie: edges 70,000 and 70,002 cross
		const broken = ring.map((p) => [...p]);
		[broken[70_001], broken[70_002]] = [broken[70_002]!, broken[70_001]!];
		expect(firstSelfIntersection(broken)).toBe(70_000);
	});
});
