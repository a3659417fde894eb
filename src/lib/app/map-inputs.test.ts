import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection } from 'geojson';
import { mapInputs } from './map-inputs';
import { eventLayerId, eventSourceId, partitionByDay } from '../map/event-parts';
import { DEFAULT_TOGGLES } from '../map/toggles';

/** 100,000 events over 40 days (2,500 a day). */
function manyEvents(n: number): FeatureCollection {
	const features: Feature[] = [];
	for (let i = 0; i < n; i++) {
		const day = 20053 + (i % 40);
		features.push({
			type: 'Feature',
			properties: { id: `e${i}`, from: day, to: day, kind: 'clash', actor: 'someone' },
			geometry: { type: 'Point', coordinates: [36 + (i % 100) / 100, 36] }
		});
	}
	return { type: 'FeatureCollection', features };
}

const MANIFEST = { attribution: ['Test'] } as never;
const START = { lang: 'en' as const, toggles: DEFAULT_TOGGLES, day: 20053, cumulative: false };

describe('mapInputs', () => {
	it('splits 100,000 events into day-range parts and gives the style one source and layer per part', () => {
		const events = manyEvents(100_000);
		const { style, index } = mapInputs({ layers: { events }, manifest: MANIFEST, basemap: {} }, START);
		const parts = partitionByDay(events);
		expect(parts.length).toBeGreaterThan(1);
		parts.forEach((part, i) => {
			const source = style.sources[eventSourceId(i)] as { data: FeatureCollection } | undefined;
			expect(source?.data.features, eventSourceId(i)).toHaveLength(part.features.length);
			expect(
				style.layers.some((l) => l.id === eventLayerId(i)),
				eventLayerId(i)
			).toBe(true);
		});
		const timedEvents = index.timed.filter((t) => t.mode === 'event');
		expect(timedEvents.reduce((n, t) => n + t.features.length, 0)).toBe(100_000);
		expect(index.records).toHaveLength(100_000);
	});

	it('is where both pages get their map from: the embed shares the app’s event partitioning', () => {
		for (const page of ['src/routes/+page.svelte', 'src/routes/embed/+page.svelte']) {
			const text = readFileSync(join(__dirname, '..', '..', '..', page), 'utf8');
			expect(text, page).toMatch(/situation\.mapInputs\(/);
			expect(text, page).toMatch(/index=\{inputs\.index\}/);
			expect(text, page).not.toMatch(/buildStyle|partitionByDay|mapSources/);
		}
	});
});
