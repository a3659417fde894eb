// The embed at 100,000 events (issue 11): it builds its map through the same path as the app
// (app/map-inputs.ts), so its events are split into the same day-range sources (map/event-parts.ts).
// Both pages are opened on the benchmark's generated data folder and their event sources compared,
// part by part, with each other and with partitionByDay over the file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FeatureCollection } from 'geojson';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, startServer, waitForMap, type StaticServer } from './browser';
import { generateLargeData } from '../../scripts/bench-app';
import { partitionByDay, eventSourceId } from '../../src/lib/map/event-parts';

const EVENTS = 100_000;
let dir: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'sm-large-'));
	generateLargeData(dir, EVENTS, 100);
	server = await startServer({ dataDir: dir });
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
	if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Each event source of the page's map, in order: how many events and the day ranges of its first and last
 *  (the map's features are lean, with a numeric id: their day range is what both sides share). */
async function eventSources(page: Page): Promise<{ id: string; n: number; first: string; last: string }[]> {
	return page.evaluate(async () => {
		const map = (
			window as unknown as {
				__map: {
					getStyle(): { sources: Record<string, unknown> };
					getSource(id: string): { getData(): Promise<FeatureCollection> };
				};
			}
		).__map;
		const ids = Object.keys(map.getStyle().sources).filter((id) => /^data-events(-p\d+)?$/.test(id));
		const out = [];
		for (const id of ids) {
			const fc = await map.getSource(id).getData();
			const f = fc.features;
			out.push({
				id,
				n: f.length,
				first: `${f[0]?.properties?.from}-${f[0]?.properties?.to}`,
				last: `${f[f.length - 1]?.properties?.from}-${f[f.length - 1]?.properties?.to}`
			});
		}
		return out;
	});
}

describe('100,000 events', { timeout: 240_000 }, () => {
	it('are split into the same event sources in the app and the embed', async () => {
		const events = JSON.parse(readFileSync(join(dir, 'layers/events.geojson'), 'utf8')) as FeatureCollection;
		const expected = partitionByDay(events).map((p, i) => ({
			id: eventSourceId(i),
			n: p.features.length,
			first: `${p.features[0]?.properties?.from}-${p.features[0]?.properties?.to}`,
			last: `${p.features[p.features.length - 1]?.properties?.from}-${p.features[p.features.length - 1]?.properties?.to}`
		}));
		expect(expected.length).toBeGreaterThan(1);

		const seen: Record<string, unknown> = {};
		for (const path of ['/', '/embed/']) {
			const { page, errors } = await openPage(browser, server.url);
			await page.goto(`${server.url}${path}`);
			await waitForMap(page, 180_000);
			const parts = await eventSources(page);
			expect(
				parts.reduce((n, p) => n + p.n, 0),
				path
			).toBe(EVENTS);
			seen[path] = parts;
			expect(errors, path).toEqual([]);
			await page.context().close();
		}
		expect(seen['/embed/']).toEqual(seen['/']);
		expect(seen['/']).toEqual(expected);
	});
});
