import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import Papa from 'papaparse';
import { checkRange, exportRange, kmlLayerOrder, layersBetween } from './data-export';
import { event, MANIFEST } from './test-fixtures';
import { dayNumber } from '../geo/days';
import type { LayerManifest } from '../domain/types';

const spanned = (id: string, from: string, to: string) => ({
	type: 'Feature' as const,
	properties: { id, from: dayNumber(from), to: dayNumber(to), from_date: from, to_date: to },
	geometry: { type: 'Point' as const, coordinates: [37, 36] }
});
const fc = (features: FeatureCollection['features']): FeatureCollection => ({
	type: 'FeatureCollection',
	features
});
const manifest = { ...MANIFEST, start: '2024-11-26', end: '2024-11-30' } as LayerManifest;

describe('layersBetween', () => {
	it('keeps the features valid on at least one day of the range, and those without day numbers', () => {
		const layers = {
			control: fc([
				spanned('before', '2024-11-26', '2024-11-27'),
				spanned('overlaps', '2024-11-27', '2024-11-28'),
				spanned('inside', '2024-11-29', '2024-11-29'),
				spanned('after', '2024-11-30', '2024-11-30'),
				{ type: 'Feature', properties: { id: 'undated' }, geometry: null as never }
			])
		};
		const out = layersBetween(layers, '2024-11-28', '2024-11-29');
		expect(out.control!.features.map((f) => f.properties!.id)).toEqual(['overlaps', 'inside', 'undated']);
	});
});

describe('kmlLayerOrder', () => {
	it('puts areas under lines under points, then unknown layers by name', () => {
		expect(kmlLayerOrder(['places', 'zeta', 'events', 'alpha', 'control', 'frontline'])).toEqual([
			'control',
			'frontline',
			'events',
			'places',
			'alpha',
			'zeta'
		]);
	});
});

describe('checkRange', () => {
	const ok = { from: '2024-11-27', to: '2024-11-28', format: 'csv' } as const;
	it('accepts a range inside or overlapping the timeline', () => {
		expect(() => checkRange(manifest, ok)).not.toThrow();
		expect(() => checkRange(manifest, { ...ok, from: '2024-11-01' })).not.toThrow();
	});
	it('names the field and the rule', () => {
		expect(() => checkRange(manifest, { ...ok, to: '2024-02-30' })).toThrow(
			/^to: "2024-02-30" is not a calendar date/
		);
		expect(() => checkRange(manifest, { ...ok, from: '2024-11-29' })).toThrow(
			/from 2024-11-29 is after to 2024-11-28/
		);
		expect(() => checkRange(manifest, { ...ok, format: 'xls' as never })).toThrow(/^format: "xls"/);
		expect(() => checkRange(manifest, { ...ok, from: '2025-01-01', to: '2025-01-02' })).toThrow(/outside/);
	});
});

describe('exportRange', () => {
	const data = {
		manifest,
		layers: {
			events: fc([
				event({ id: 'evt:2024-11-27:a', date: '2024-11-27' }),
				event({ id: 'evt:2024-11-29:b', date: '2024-11-29' })
			])
		}
	};
	it('names the file by its range and writes the events dated in it', () => {
		const f = exportRange(data, { from: '2024-11-28', to: '2024-11-30', format: 'csv' });
		expect(f.name).toBe('situation-map-2024-11-28_2024-11-30.csv');
		const rows = Papa.parse<Record<string, string>>(f.body as string, {
			header: true,
			skipEmptyLines: true
		}).data;
		expect(rows.map((r) => r.event_id_cnty)).toEqual(['evt:2024-11-29:b', '']);
	});
	it('gives a KMZ as bytes and a KML as text', () => {
		const kmz = exportRange(data, { from: '2024-11-27', to: '2024-11-27', format: 'kmz' });
		expect(kmz.name).toBe('situation-map-2024-11-27.kmz');
		expect(kmz.body).toBeInstanceOf(Uint8Array);
		expect(exportRange(data, { from: '2024-11-27', to: '2024-11-27', format: 'kml' }).body).toMatch(
			/^<\?xml/
		);
	});
});
