// Links and data folders that used to take the map down (issue 10), on the app and the embed in a
// real browser: prototype keys in `layers`, an impossible date inside the timeline, values of
// thousands of characters and 25,000 unknown layer names (the page stays as wide as the screen),
// and a data folder with a missing and a truncated layer file (that layer is off, the rest loads,
// a note names each file).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
	axeSerious,
	copyDataFolder,
	e2eDataDir,
	launchBrowser,
	openPage,
	startServer,
	type StaticServer
} from './browser';

/** The timeline of the copy runs across a month end, so "2024-11-31" lies inside it as text. */
const LONG_END = '2024-12-02';
const PAGES = ['/', '/embed/'] as const;

let browser: Browser;
let longData: string;
let brokenData: string;
let longServer: StaticServer;
let brokenServer: StaticServer;

beforeAll(async () => {
	longData = copyDataFolder(e2eDataDir(), (dir) => {
		const file = join(dir, 'manifest.json');
		writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), end: LONG_END }));
	});
	brokenData = copyDataFolder(e2eDataDir(), (dir) => {
		unlinkSync(join(dir, 'layers/control.geojson'));
		const frontline = join(dir, 'layers/frontline.geojson');
		const text = readFileSync(frontline, 'utf8');
		writeFileSync(frontline, text.slice(0, Math.floor(text.length / 2)));
	});
	longServer = await startServer({ dataDir: longData });
	brokenServer = await startServer({ dataDir: brokenData });
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await longServer?.close();
	await brokenServer?.close();
	for (const dir of [longData, brokenData]) if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Opens a page and waits until it has its map or an error message. */
async function open(server: StaticServer, path: string, o: Parameters<typeof openPage>[2] = {}) {
	const { page, errors } = await openPage(browser, server.url, o);
	await page.goto(`${server.url}${path}`);
	await page.waitForFunction(
		() => document.body.dataset.mapReady === 'true' || !!document.querySelector('[role="alert"]'),
		undefined,
		{ timeout: 60_000 }
	);
	return { page, errors };
}

/** What the page shows about itself: is the map there, its notes, its width against the screen. */
function pageState(page: Page) {
	return page.evaluate(() => {
		const canvas = document.querySelector('canvas.maplibregl-canvas')?.getBoundingClientRect();
		const notes = document.querySelector('.note, .notes');
		return {
			mapReady: document.body.dataset.mapReady === 'true',
			alert: document.querySelector('[role="alert"]')?.textContent ?? null,
			notes: [...document.querySelectorAll('.note li, .notes li')].map((li) => li.textContent ?? ''),
			notesHeight: notes ? notes.getBoundingClientRect().height : 0,
			scrollWidth: document.documentElement.scrollWidth,
			innerWidth: window.innerWidth,
			canvas: canvas
				? { width: canvas.width, height: canvas.height, left: canvas.left, right: canvas.right }
				: null
		};
	});
}

const day = (page: Page) =>
	page.evaluate(() => {
		const w = window as unknown as { __app?: { day(): string }; __embed?: { day(): string } };
		return (w.__app ?? w.__embed)!.day();
	});

describe('links that used to break the map', { timeout: 180_000 }, () => {
	for (const path of PAGES) {
		it(`${path}: prototype keys in layers are unknown layer names, and the map loads`, async () => {
			for (const key of ['__proto__', 'constructor', 'toString']) {
				const { page, errors } = await open(longServer, `${path}?layers=${key}`);
				const st = await pageState(page);
				expect(st.alert, key).toBeNull();
				expect(st.mapReady, key).toBe(true);
				expect(st.notes, key).toEqual([`layers: “${key}” is not valid and was ignored`]);
				expect(errors, key).toEqual([]);
				await page.context().close();
			}
		});

		it(`${path}: an impossible date inside the timeline falls back to the last date with a note`, async () => {
			const { page, errors } = await open(longServer, `${path}?date=2024-11-31&layers=control`);
			const st = await pageState(page);
			expect(st.alert).toBeNull();
			expect(st.mapReady).toBe(true);
			expect(await day(page)).toBe(LONG_END);
			expect(st.notes).toEqual([
				`date: “2024-11-31” is not a date from 2024-11-26 to ${LONG_END}; showing ${LONG_END}`
			]);
			expect(errors).toEqual([]);
			await page.context().close();
		});

		it(`${path}: huge values keep the page as wide as a phone's screen, with a short note`, async () => {
			const unknownLayers = Array.from({ length: 25_000 }, (_, i) => `nope${i}`).join(',');
			const cases = {
				'300-character date': `date=${'9'.repeat(300)}`,
				'2 KB date': `date=${'x'.repeat(2048)}`,
				'25,000 unknown layers': `layers=${unknownLayers}`,
				'2 KB of wide characters in every parameter': ['date', 'layers', 'lang', 'center', 'zoom', 'events']
					.map((p) => `${p}=${encodeURIComponent('ﷺ'.repeat(2048))}`)
					.join('&')
			};
			for (const [name, query] of Object.entries(cases)) {
				const { page, errors } = await open(longServer, `${path}?${query}`, {
					width: 360,
					height: 740,
					hasTouch: true
				});
				const st = await pageState(page);
				expect(st.mapReady, name).toBe(true);
				expect(st.notes.length, name).toBeGreaterThan(0);
				expect(st.scrollWidth, name).toBeLessThanOrEqual(st.innerWidth);
				// A few lines per note at most (three or four on a phone): the value is cut to 40 characters and
				// the rest folded. Before issue 10, 25,000 unknown layers made a note 70,000 px tall.
				expect(st.notesHeight, name).toBeLessThan(st.notes.length * 100);
				expect(st.canvas!.width, name).toBeGreaterThan(300);
				expect(st.canvas!.height, name).toBeGreaterThan(200);
				expect(st.canvas!.right, name).toBeLessThanOrEqual(st.innerWidth);
				expect(errors, name).toEqual([]);
				await page.context().close();
			}
		});
	}
});

describe('a data folder with a missing and a truncated layer file', { timeout: 180_000 }, () => {
	for (const path of PAGES) {
		it(`${path}: the two layers are off, the rest of the map loads, a note names each file`, async () => {
			const { page, errors } = await open(brokenServer, path);
			const st = await pageState(page);
			expect(st.alert).toBeNull();
			expect(st.mapReady).toBe(true);
			expect(st.notes).toEqual([
				'Not shown: /data/layers/control.geojson could not be fetched (HTTP 404)',
				'Not shown: /data/layers/frontline.geojson is not valid JSON (cut short or corrupt)'
			]);
			// The broken layers have no features on the map; the events and places are drawn.
			const counts = (await page.evaluate(() => {
				type Feature = { properties: { layer?: string } };
				const map = (window as unknown as { __map: { querySourceFeatures(id: string): Feature[] } }).__map;
				const areas = map.querySourceFeatures('data-areas');
				const of = (layer: string) => areas.filter((f) => f.properties.layer === layer).length;
				return {
					control: of('control'),
					frontline: of('frontline'),
					places: of('places'),
					events: map.querySourceFeatures('data-events').length
				};
			})) as Record<string, number>;
			expect(counts.control).toBe(0);
			expect(counts.frontline).toBe(0);
			expect(counts.events).toBeGreaterThan(0);
			expect(counts.places).toBeGreaterThan(0);
			// The browser logs the 404 of the missing file; nothing else may go wrong.
			expect(errors.filter((e) => !/status of 404/.test(e))).toEqual([]);
			await page.context().close();
		});
	}

	for (const path of PAGES) {
		for (const lang of ['en', 'ar']) {
			it(`${path}: notes of files and parameters pass axe (${lang})`, async () => {
				const { page } = await open(brokenServer, `${path}?lang=${lang}&date=bad&layers=control,nope`);
				expect((await pageState(page)).notes).toHaveLength(4);
				expect(await axeSerious(page)).toEqual([]);
				await page.context().close();
			});
		}
	}

	it('names the files in Arabic too', async () => {
		const { page } = await open(brokenServer, '/embed/?lang=ar');
		const st = await pageState(page);
		expect(st.notes).toHaveLength(2);
		expect(st.notes[0]).toContain('/data/layers/control.geojson');
		expect(st.notes[0]).toMatch(/[\u0600-\u06ff]/);
		await page.context().close();
	});
});
