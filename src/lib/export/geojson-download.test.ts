import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { downloadName, layersOnDate, snapshotFiles, snapshotGeojson } from './geojson-download';
import { creditsOf } from './credits';
import { MANIFEST } from './test-fixtures';

const fc = (features: FeatureCollection['features']): FeatureCollection => ({
	type: 'FeatureCollection',
	features
});
const pt = (id: string, from: number, to: number) => ({
	type: 'Feature' as const,
	properties: { id, from, to },
	geometry: { type: 'Point' as const, coordinates: [36, 36] }
});

describe('snapshotGeojson', () => {
	it('merges the layers, tags each feature and carries title, date, sources and credits', () => {
		const out = snapshotGeojson(
			'2024-11-29',
			{ events: fc([pt('b', 0, 0), pt('a', 0, 0)]), control: fc([pt('c', 0, 0)]) },
			creditsOf(MANIFEST)
		);
		const parsed = JSON.parse(JSON.stringify(out));
		expect(parsed.type).toBe('FeatureCollection');
		expect(
			parsed.features.map(
				(f: { properties: { layer: string; id: string } }) => `${f.properties.layer}:${f.properties.id}`
			)
		).toEqual(['control:c', 'events:a', 'events:b']);
		expect(parsed.date).toBe('2024-11-29');
		expect(parsed.sources).toHaveLength(2);
		expect(parsed.attribution).toContain('Places: GeoNames (CC BY 4.0)');
	});
});

describe('layersOnDate', () => {
	it('keeps the features valid on the day', () => {
		const day = 20056; // 2024-11-29
		const out = layersOnDate(
			{ events: fc([pt('past', day - 3, day - 1), pt('now', day, day), pt('span', day - 1, day + 1)]) },
			'2024-11-29'
		);
		expect(out.events!.features.map((f) => f.properties!.id)).toEqual(['now', 'span']);
	});
});

describe('snapshotFiles', () => {
	it('lists the date’s files and refuses paths leaving the data folder', () => {
		const m = {
			snapshots: {
				'2024-11-29': {
					events: 'snapshots/2024-11-29/events.geojson',
					control: '../../etc/passwd',
					x: 'https://evil.example/a'
				}
			}
		};
		expect(snapshotFiles(m, '2024-11-29')).toEqual([['events', 'snapshots/2024-11-29/events.geojson']]);
		expect(snapshotFiles(m, '2024-11-30')).toEqual([]);
	});
});

describe('downloadName', () => {
	it('names files by date', () => {
		expect(downloadName('2024-11-29', 'csv')).toBe('situation-map-2024-11-29.csv');
		expect(downloadName('2024-11-26', 'webm', '2024-11-30')).toBe('situation-map-2024-11-26_2024-11-30.webm');
	});
});

describe('creditLine', () => {
	it('counts the reports and lists the data credits', async () => {
		const { creditLine } = await import('./credits');
		expect(creditLine(creditsOf(MANIFEST), 'Sources', (n) => `${n} news reports`)).toBe(
			'Sources: 2 news reports · Places: GeoNames (CC BY 4.0) · Boundaries: Natural Earth'
		);
	});
});
