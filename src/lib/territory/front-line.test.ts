import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import type { Faction } from '../domain/types';
import { chainEdges, frontEdges, opposingSet } from './front-line';
import type { NodeState } from './settlement-control';
import type { CellGraph, Neighbour } from './voronoi-cells';

// Three unit squares in a row: cells 0 | 1 | 2, shared edges x = 1 and x = 2.
const vertices: Position[] = [
	[0, 0],
	[1, 0],
	[2, 0],
	[3, 0],
	[0, 1],
	[1, 1],
	[2, 1],
	[3, 1]
];
const nb = (node: number, edges: [number, number][]): Neighbour => ({ node, edges, lengthKm: 111 });
const graph: CellGraph = {
	vertices,
	cells: [[[[0, 1, 5, 4, 0]]], [[[1, 2, 6, 5, 1]]], [[[2, 3, 7, 6, 2]]]],
	areaKm2: [1, 1, 1],
	neighbours: [[nb(1, [[1, 5]])], [nb(0, [[5, 1]]), nb(2, [[2, 6]])], [nb(1, [[6, 2]])]],
	diagnostics: []
};
const st = (faction: Faction): NodeState => ({ faction, status: 'baseline', rule: 'baseline', eventIds: [] });

describe('frontEdges', () => {
	it('takes the shared edges between opposing factions, each once', () => {
		const front = frontEdges(
			graph,
			[st('opposition'), st('government'), st('government')],
			opposingSet([['government', 'opposition']])
		);
		expect([...front.byPair.keys()]).toEqual(['government|opposition']);
		expect(front.byPair.get('government|opposition')!.edges).toEqual([[5, 1]]);
		expect(front.lengthKm).toBe(111);
	});

	it('draws no front between factions that do not oppose each other', () => {
		const front = frontEdges(
			graph,
			[st('opposition'), st('sna'), st('sna')],
			opposingSet([['government', 'opposition']])
		);
		expect(front.byPair.size).toBe(0);
	});
});

describe('chainEdges', () => {
	it('joins consecutive edges into one line', () => {
		expect(
			chainEdges(vertices, [
				[5, 1],
				[6, 5]
			])
		).toEqual([
			[
				[2, 1],
				[1, 1],
				[1, 0]
			]
		]);
	});
	it('closes loops', () => {
		const lines = chainEdges(vertices, [
			[0, 1],
			[1, 5],
			[5, 4],
			[4, 0]
		]);
		expect(lines).toHaveLength(1);
		expect(lines[0]![0]).toEqual(lines[0]![lines[0]!.length - 1]);
	});
});
