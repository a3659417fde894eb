// Golden fixtures for the territorial model: each tests/territory/fixtures/<case>/input.json is a
// hand-made scenario; its layers and figures are compared with expected/*.geojson (regenerate
// with `npx vitest run tests/territory -u` and review the diff), every polygon is checked for
// validity, and the scenario's own `expect` list says what it must show.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { LayerManifest } from '../../src/lib/domain/types';
import { buildLayers, LAYER_NAMES } from '../../src/lib/territory/build-layers';
import { dayNumber } from '../../src/lib/geo/days';
import { geometryProblems } from '../../src/lib/territory/validate';
import { scenarioInput, type Scenario } from './fixture-input';

const dir = join(import.meta.dirname, 'fixtures');
const cases = readdirSync(dir)
	.filter((d) => !d.startsWith('.'))
	.sort();

function placeOn(places: FeatureCollection, id: string, date: string): Feature | undefined {
	const day = dayNumber(date);
	return places.features.find((f) => {
		const p = f.properties!;
		return (p.place_id === id || p.place_id === id) && p.from <= day && day <= p.to;
	});
}

describe.each(cases)('territory fixture %s', (name) => {
	const scenario = JSON.parse(readFileSync(join(dir, name, 'input.json'), 'utf8')) as Scenario;
	const { files } = buildLayers(scenarioInput(scenario));

	it.each([...LAYER_NAMES])('matches expected/%s.geojson', async (layer) => {
		await expect(JSON.stringify(files[`layers/${layer}.geojson`], null, 1) + '\n').toMatchFileSnapshot(
			join(dir, name, 'expected', `${layer}.geojson`)
		);
	});

	it('matches expected/figures.json', async () => {
		const manifest = files['manifest.json'] as LayerManifest;
		await expect(JSON.stringify(manifest.figures, null, 1) + '\n').toMatchFileSnapshot(
			join(dir, name, 'expected', 'figures.json')
		);
	});

	it('writes only valid polygons', () => {
		for (const layer of ['control', 'changes']) {
			for (const f of (files[`layers/${layer}.geojson`] as FeatureCollection).features)
				expect(geometryProblems(f.geometry as Polygon | MultiPolygon), `${f.id}`).toEqual([]);
		}
	});

	it.each(scenario.expect.map((e) => [`${e.place} on ${e.date}: ${e.faction}/${e.status}`, e] as const))(
		'shows %s',
		(_label, e) => {
			const id = e.place.startsWith('place:') ? e.place : e.place;
			const f = placeOn(files['layers/places.geojson'] as FeatureCollection, id, e.date);
			expect(f, `${e.place} has a place feature on ${e.date}`).toBeDefined();
			expect({ faction: f!.properties!.faction, status: f!.properties!.status }).toEqual({
				faction: e.faction,
				status: e.status
			});
			if (e.status !== 'baseline') expect((f!.properties!.event_ids as string[]).length).toBeGreaterThan(0);
		}
	);
});
