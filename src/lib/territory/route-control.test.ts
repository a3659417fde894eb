import { describe, expect, it } from 'vitest';
import type { FeatureCollection, LineString } from 'geojson';
import type { ControlNode } from './control-nodes';
import { makePlane } from './geometry';
import { m5Km, routeDrafts, routeRuns } from './route-control';
import type { NodeState } from './settlement-control';

const node = (index: number, lon: number): ControlNode => ({
	index,
	placeIds: [`p${index}`],
	name: `p${index}`,
	kind: 'village',
	lon,
	lat: 36,
	city: null,
	baseline: 'government'
});
const nodes = [node(0, 36.0), node(1, 36.2)];
const routes: FeatureCollection<LineString> = {
	type: 'FeatureCollection',
	features: [
		{
			type: 'Feature',
			properties: { id: 'm5-highway', name: 'M5 highway' },
			geometry: {
				type: 'LineString',
				coordinates: [
					[35.95, 36],
					[36.25, 36]
				]
			}
		}
	]
};
const gov: NodeState = { faction: 'government', status: 'baseline', rule: 'baseline', eventIds: [] };
const opp: NodeState = { faction: 'opposition', status: 'reported', rule: 'report', eventIds: ['evt:1'] };

describe('route control', () => {
	const runs = routeRuns(routes, nodes, makePlane(36), 0.25, []);

	it('splits the route at the cell boundary, halfway between the places', () => {
		expect(runs[0]!.isM5).toBe(true);
		expect(runs[0]!.runs.map((r) => r.node)).toEqual([0, 1]);
		const joint = runs[0]!.runs[1]!.coords[0]!;
		expect(Math.abs(joint[0]! - 36.1)).toBeLessThan(0.005);
	});

	it('counts the km of the M5 each side holds', () => {
		const km = m5Km(runs, [opp, gov]);
		expect(km.opposition! + km.government!).toBeCloseTo(27, 0);
		expect(Math.abs(km.opposition! - km.government!)).toBeLessThan(2 * 0.25 + 1e-9); // one sampling step off at most
		expect(m5Km(runs, [gov, gov])).toEqual({ government: expect.any(Number), opposition: 0, sdf: 0, sna: 0 });
	});

	it('draws one line per faction, with the events behind it', () => {
		const drafts = [...routeDrafts(runs, [opp, gov]).values()].map((d) => d.build(0, 0)!);
		expect(drafts.map((d) => d.properties.faction).sort()).toEqual(['government', 'opposition']);
		expect(drafts.find((d) => d.properties.faction === 'opposition')!.properties.event_ids).toEqual([
			'evt:1'
		]);
	});
});
