// A second theatre in the browser (issue 12): the built app on the data of the Manbij test project
// (tests/fixtures/projects/manbij) shows that theatre's title and subtitle, opens on its view
// inside its bounds, and its timeline and distance figure are its own; no code differs.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { main as gazetteer } from '../../scripts/gazetteer';
import { dayNumber } from '../../src/lib/geo/days';
import { launchBrowser, openPage, ROOT, startServer, waitForMap, type StaticServer } from './browser';

const PROJECT = join(ROOT, 'tests', 'fixtures', 'projects', 'manbij');
const THEATRE = JSON.parse(readFileSync(join(PROJECT, 'theatre.json'), 'utf8')) as {
	title: { en: string; ar: string };
	subtitle: { en: string; ar: string };
	bounds: [number, number, number, number];
	view: [number, number, number, number];
};

let work: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
	work = mkdtempSync(join(tmpdir(), 'sm-theatre-'));
	vi.spyOn(console, 'log').mockImplementation(() => {});
	vi.spyOn(console, 'error').mockImplementation(() => {});
	expect(gazetteer(['--project', PROJECT, '--out', join(work, 'data')])).toBe(0);
	vi.restoreAllMocks();
	server = await startServer({ dataDir: join(work, 'data') });
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
	if (work) rmSync(work, { recursive: true, force: true });
});

describe('a second theatre', () => {
	it('shows its own title, subtitle, view, bounds, timeline and distance figure', async () => {
		const { page, errors } = await openPage(browser, server.url);
		await page.goto(`${server.url}/?date=2024-12-09`);
		await waitForMap(page);
		expect(await page.locator('h1').textContent()).toBe(THEATRE.title.en);
		expect(await page.title()).toBe(THEATRE.title.en);
		expect(await page.locator('.subtitle').textContent()).toBe(THEATRE.subtitle.en);
		expect(await page.locator('meta[name="description"]').getAttribute('content')).toBe(THEATRE.subtitle.en);
		const view = await page.evaluate(() => {
			const map = (
				window as unknown as {
					__map: {
						getCenter(): { lng: number; lat: number };
						getMaxBounds(): { toArray(): number[][] } | null;
					};
				}
			).__map;
			const c = map.getCenter();
			return { center: [c.lng, c.lat], max: map.getMaxBounds()?.toArray() ?? null };
		});
		// opened on the theatre's view (its centre), held inside its bounds
		const [w, s, e, n] = THEATRE.view;
		expect(view.center[0]).toBeCloseTo((w + e) / 2, 0);
		expect(view.center[1]).toBeGreaterThan(s);
		expect(view.center[1]).toBeLessThan(n);
		expect(view.max).toEqual([
			[THEATRE.bounds[0], THEATRE.bounds[1]],
			[THEATRE.bounds[2], THEATRE.bounds[3]]
		]);
		// the timeline is the theatre's: the slider runs from its start to its last event
		const slider = page.locator('[role="slider"]').first();
		expect(Number(await slider.getAttribute('aria-valuemin'))).toBe(dayNumber('2024-11-30'));
		expect(Number(await slider.getAttribute('aria-valuemax'))).toBe(dayNumber('2024-12-09'));
		const today = (await page.locator('.today').textContent()) ?? '';
		expect(today).toContain('Front to Manbij');
		expect(today).not.toMatch(/aleppo/i);
		expect(errors).toEqual([]);

		// and in Arabic
		await page.goto(`${server.url}/?date=2024-12-09&lang=ar`);
		await waitForMap(page);
		expect(await page.locator('h1').textContent()).toBe(THEATRE.title.ar);
		expect(await page.locator('.today').textContent()).toContain('منبج');
	});

	it('the embed carries the title too', async () => {
		const { page, errors } = await openPage(browser, server.url);
		await page.goto(`${server.url}/embed/?date=2024-12-09`);
		await waitForMap(page);
		expect(await page.title()).toBe(THEATRE.title.en);
		const label = await page.locator('canvas').first().getAttribute('aria-label');
		expect(label).toContain(THEATRE.title.en);
		expect(errors).toEqual([]);
	});
});
