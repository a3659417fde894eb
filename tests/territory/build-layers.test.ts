// The contract buildLayers keeps with the pipeline and the app (README "Data folder contract").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import type { LayerManifest } from '../../src/lib/domain/types';
import { isoDate } from '../../src/lib/geo/days';
import { buildLayers, LAYER_NAMES } from '../../src/lib/territory/build-layers';
import { scenarioInput, type Scenario } from './fixture-input';

const scenario = JSON.parse(
	readFileSync(join(import.meta.dirname, 'fixtures', 'city-split', 'input.json'), 'utf8')
) as Scenario;

describe('buildLayers', () => {
	const input = scenarioInput(scenario);
	const { files, diagnostics } = buildLayers(input);
	const manifest = files['manifest.json'] as LayerManifest;

	it('writes the manifest, one file per layer and per-date snapshots', () => {
		expect(manifest.version).toBe(1);
		expect(manifest.start).toBe('2024-11-26');
		expect(manifest.end).toBe('2024-11-29');
		expect(manifest.dates).toEqual(['2024-11-27', '2024-11-28', '2024-11-29']);
		expect(Object.keys(manifest.layers).sort()).toEqual([...LAYER_NAMES].sort());
		for (const path of Object.values(manifest.layers)) expect(files[path]).toBeDefined();
		for (const date of manifest.dates)
			for (const path of Object.values(manifest.snapshots[date]!)) expect(files[path]).toBeDefined();
		expect(manifest.figures.map((f) => f.date)).toEqual([
			'2024-11-26',
			'2024-11-27',
			'2024-11-28',
			'2024-11-29'
		]);
		expect(manifest.attribution).toEqual(['hand-made test scenario']);
		expect(diagnostics.filter((d) => d.level === 'error')).toEqual([]);
	});

	it('gives every feature a unique sorted id and consistent from/to day numbers and dates', () => {
		for (const name of LAYER_NAMES) {
			const fc = files[`layers/${name}.geojson`] as FeatureCollection;
			expect(fc.features.length, name).toBeGreaterThan(0);
			const ids = fc.features.map((f) => f.properties!.id as string);
			expect(new Set(ids).size, name).toBe(ids.length);
			expect([...ids].sort(), name).toEqual(ids);
			for (const f of fc.features) {
				const p = f.properties!;
				expect(f.id).toBe(p.id);
				expect(p.from).toBeLessThanOrEqual(p.to);
				expect(isoDate(p.from)).toBe(p.from_date);
				expect(isoDate(p.to)).toBe(p.to_date);
			}
		}
	});

	it('writes every coordinate at 6 decimals at most', () => {
		const walk = (c: unknown): number[] =>
			Array.isArray(c) ? (typeof c[0] === 'number' ? (c as number[]) : c.flatMap(walk)) : [];
		for (const name of LAYER_NAMES)
			for (const f of (files[`layers/${name}.geojson`] as FeatureCollection).features)
				for (const x of walk((f.geometry as { coordinates: unknown }).coordinates))
					expect(Math.round(x * 1e6) / 1e6, `${f.id}`).toBe(x);
	});

	it('keeps an unchanged state as one feature over the whole interval', () => {
		const places = (files['layers/places.geojson'] as FeatureCollection).features.filter(
			(f) => f.properties!.place_id === 'c-0-0'
		);
		expect(places).toHaveLength(1);
		expect([places[0]!.properties!.from_date, places[0]!.properties!.to_date]).toEqual([
			'2024-11-26',
			'2024-11-29'
		]);
	});

	it('snapshots hold exactly the features valid that day', () => {
		const snap = files[manifest.snapshots['2024-11-28']!.control!] as FeatureCollection;
		const all = (files['layers/control.geojson'] as FeatureCollection).features.filter(
			(f) => f.properties!.from_date <= '2024-11-28' && '2024-11-28' <= f.properties!.to_date
		);
		expect(snap.features.map((f) => f.id)).toEqual(all.map((f) => f.id));
	});

	it('names the events behind every change of control', () => {
		for (const name of ['control', 'places', 'changes'] as const)
			for (const f of (files[`layers/${name}.geojson`] as FeatureCollection).features)
				if (f.properties!.status !== 'baseline')
					expect((f.properties!.event_ids as string[]).length, `${f.id}`).toBeGreaterThan(0);
	});

	it('draws the front line between opposing sides only, never along the outline', () => {
		for (const f of (files['layers/frontline.geojson'] as FeatureCollection).features) {
			expect(f.properties!.factions).not.toEqual(['government', 'sdf']);
			const coords =
				f.geometry.type === 'LineString'
					? [f.geometry.coordinates]
					: (f.geometry as { coordinates: number[][][] }).coordinates;
			for (const line of coords)
				for (let i = 0; i + 1 < line.length; i++) {
					const [a, b] = [line[i]!, line[i + 1]!];
					const onEdge = (k: 0 | 1, v: number) => a[k] === v && b[k] === v;
					expect(
						onEdge(0, 36) || onEdge(0, 36.5) || onEdge(1, 36) || onEdge(1, 36.3),
						`${f.id} runs along the outline`
					).toBe(false);
				}
		}
	});

	it('is deterministic: the same input gives byte-identical files', () => {
		const again = buildLayers(scenarioInput(scenario));
		expect(JSON.stringify(again.files)).toBe(JSON.stringify(files));
	});

	it('rejects bad input with a message naming the field', () => {
		expect(() => buildLayers({ ...input, start: '2024-13-01' })).toThrow(/start\/end/);
		expect(() => buildLayers({ ...input, start: '2024-11-30', end: '2024-11-26' })).toThrow(
			/end .* must not be before start/
		);
		const badBaseline = {
			type: 'FeatureCollection' as const,
			features: [{ ...input.baseline.features[0]!, properties: { faction: 'rebels' } }]
		};
		expect(() => buildLayers({ ...input, baseline: badBaseline })).toThrow(
			/baseline feature 0: properties.faction/
		);
	});

	it('copes with a theatre with no places at all, and with a single place', () => {
		const empty = buildLayers({ ...input, gazetteer: [], events: [] });
		expect((empty.files['layers/control.geojson'] as FeatureCollection).features).toEqual([]);
		expect((empty.files['manifest.json'] as LayerManifest).figures[0]!.front_to_reference_km).toBeNull();
		const one = buildLayers({
			...input,
			gazetteer: input.gazetteer.filter((e) => e.id === 'c-0-0'),
			events: []
		});
		const control = (one.files['layers/control.geojson'] as FeatureCollection).features;
		expect(control).toHaveLength(1);
		expect(control[0]!.properties!.faction).toBe('opposition');
		expect(control[0]!.properties!.area_km2).toBeGreaterThan(1000); // the whole country
	});

	it('draws the districts of a city the gazetteer does not hold as places of their own', () => {
		const withoutCity = input.gazetteer.filter((e) => e.id !== 'place:test:city');
		const out = buildLayers({ ...input, gazetteer: withoutCity, events: [] });
		const places = new Set(
			(out.files['layers/places.geojson'] as FeatureCollection).features.map((f) => f.properties!.place_id)
		);
		expect(places.has('place:test:d-c')).toBe(true);
		expect(places.has('place:test:city')).toBe(false);
	});
});
