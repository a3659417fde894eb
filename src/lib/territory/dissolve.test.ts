import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { dissolveCells } from './dissolve';
import { geometryProblems } from './validate';
import type { CellGraph } from './voronoi-cells';

/** An n×n grid of unit square cells (counterclockwise), cell index = row·n + col. */
function squareGrid(n: number): CellGraph {
	const vertices: Position[] = [];
	for (let y = 0; y <= n; y++) for (let x = 0; x <= n; x++) vertices.push([x, y]);
	const v = (x: number, y: number) => y * (n + 1) + x;
	const cells: number[][][][] = [];
	for (let y = 0; y < n; y++)
		for (let x = 0; x < n; x++) cells.push([[[v(x, y), v(x + 1, y), v(x + 1, y + 1), v(x, y + 1), v(x, y)]]]);
	return { vertices, cells, areaKm2: cells.map(() => 1), neighbours: cells.map(() => []), diagnostics: [] };
}

describe('dissolveCells', () => {
	it('merges a block of cells into one square without inner edges', () => {
		const g = squareGrid(3);
		const out = dissolveCells(g, [0, 1, 3, 4]);
		expect(out?.type).toBe('Polygon');
		expect(out!.coordinates).toEqual([
			[
				[0, 0],
				[1, 0],
				[2, 0],
				[2, 1],
				[2, 2],
				[1, 2],
				[0, 2],
				[0, 1],
				[0, 0]
			]
		]);
	});

	it('keeps a hole where a cell inside the block is left out', () => {
		const out = dissolveCells(squareGrid(3), [0, 1, 2, 3, 5, 6, 7, 8]);
		expect(out?.type).toBe('Polygon');
		expect(out!.coordinates).toHaveLength(2);
		expect(geometryProblems(out!)).toEqual([]);
	});

	it('splits cells touching only at a corner into separate valid parts, not a figure eight', () => {
		const out = dissolveCells(squareGrid(2), [0, 3]);
		expect(out?.type).toBe('MultiPolygon');
		expect(out!.coordinates).toHaveLength(2);
		expect(geometryProblems(out!)).toEqual([]);
	});

	it('returns null for no cells', () => {
		expect(dissolveCells(squareGrid(2), [])).toBeNull();
	});
});
