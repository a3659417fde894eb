// Which places a region event speaks for: a governorate's, those of a region over several governorates
// ("southern Syria"), a sub-region's radius. Villages in three governorates of a made-up strip.
import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { testEntry } from '../gazetteer/test-entry';
import type { GazetteerEntry } from '../domain/types';
import { DEFAULT_OPTIONS } from './config';
import { selectNodes } from './control-nodes';
import { regionScope } from './regions';
import { box } from './test-box';

const country: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: box(36, 36, 37.5, 36.3) };
const baseline: FeatureCollection<Polygon> = {
	type: 'FeatureCollection',
	features: [
		{ type: 'Feature', properties: { faction: 'government' }, geometry: box(35.9, 35.9, 37.6, 36.4) }
	]
};
// North's villages at 36.1–36.4 E, South's at 36.6–36.9, East's at 37.1–37.4
const gazetteer: GazetteerEntry[] = [];
for (const [admin1, lon0] of [
	['North', 36.1],
	['South', 36.6],
	['East', 37.1]
] as const) {
	for (let i = 0; i < 4; i++)
		gazetteer.push(testEntry(`${admin1}-${i}`, lon0 + i * 0.1, 36.15, { kind: 'village', admin1 }));
	gazetteer.push(testEntry(`${admin1} Governorate`, lon0 + 0.15, 36.2, { kind: 'region', admin1 }));
}
const region = (id: string, lon: number, admin1: string) =>
	testEntry(id, lon, 36.2, { kind: 'region', admin1 });

function members(entry: GazetteerEntry): string[] {
	const all = [...gazetteer, entry];
	const nodeSet = selectNodes(all, country, baseline, { ...DEFAULT_OPTIONS, anchorSpacingDeg: 0 });
	const scope = regionScope(nodeSet, new Map(all.map((e) => [e.id, e])), country, undefined, DEFAULT_OPTIONS);
	return (scope.nodesOf(entry) ?? [])
		.flatMap((n) => nodeSet.nodes[n]!.placeIds)
		.filter((id) => !id.includes('Governorate'))
		.sort();
}

describe('regionScope', () => {
	it('a region over several governorates speaks for the places of each, however far from its point', () => {
		expect(members(region('southland', 36.75, 'South|East'))).toEqual([
			'East-0',
			'East-1',
			'East-2',
			'East-3',
			'South-0',
			'South-1',
			'South-2',
			'South-3'
		]);
	});
	it('a governorate speaks for its own places; another named region only for those near its point', () => {
		expect(members(gazetteer.find((e) => e.id === 'North Governorate')!)).toEqual([
			'North-0',
			'North-1',
			'North-2',
			'North-3'
		]);
		// within 20 km of 36.6 E (about 9 km a tenth of a degree here), whatever the governorate
		expect(members(region('hills', 36.6, 'South'))).toEqual(['North-3', 'South-0', 'South-1', 'South-2']);
	});
});
