// The app in a real browser (Debian Chromium): loads cleanly, scrubs by keyboard and pointer,
// toggles layers, round-trips its URL, renders Arabic right-to-left, passes axe.
// Runs on the real default data when it has the app's layers, otherwise on the hand-made fixture.
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { axeSerious, openPage, waitForIdle, waitForMap, e2eDataDir } from './browser';
import { servedBrowser } from './served-browser';

// E2E_DATA=fixture forces the hand-made fixture even when the real data exists.
const DATA_DIR = e2eDataDir();

const e2e = servedBrowser({ dataDir: DATA_DIR });
let khanAlAsal: [number, number];

interface Picked {
	layer: string;
	properties: Record<string, unknown>;
}

beforeAll(() => {
	const manifest = JSON.parse(readFileSync(join(DATA_DIR, 'manifest.json'), 'utf8')) as {
		layers: Record<string, string>;
	};
	const places = JSON.parse(readFileSync(join(DATA_DIR, manifest.layers.places!), 'utf8')) as {
		features: { properties: { name: string }; geometry: { coordinates: [number, number] } }[];
	};
	const k = places.features.find((f) => f.properties.name === 'Khan al-Asal' && f.geometry.coordinates);
	if (!k) throw new Error(`${DATA_DIR}: no place named Khan al-Asal in the places layer`);
	khanAlAsal = k.geometry.coordinates;
});

async function open(query = '', o: Parameters<typeof openPage>[2] = {}) {
	const { page, errors } = await openPage(e2e.browser, e2e.server.url, o);
	await page.goto(`${e2e.server.url}/${query}`);
	await waitForMap(page);
	return { page, errors };
}

/** Factions of the control areas shown at Khan al-Asal. */
async function controlAtKhanAlAsal(page: Page): Promise<string[]> {
	await waitForIdle(page);
	const picked = (await page.evaluate(
		([lon, lat]) =>
			(
				window as unknown as { __app: { featuresAt(lon: number, lat: number, r: number): unknown } }
			).__app.featuresAt(lon, lat, 0.5),
		khanAlAsal
	)) as Picked[];
	// Distinct factions: neighbouring cells of one faction may both touch the query box.
	return [
		...new Set(picked.filter((p) => p.layer === 'control-fill').map((p) => String(p.properties.faction)))
	];
}

const appDay = (page: Page) =>
	page.evaluate(() => (window as unknown as { __app: { day(): string } }).__app.day());
const globalDay = (page: Page) =>
	page.evaluate(
		() =>
			(window as unknown as { __map: { getGlobalState(): Record<string, unknown> } }).__map.getGlobalState()
				.day
	);

describe('the situation map app', () => {
	it('loads with no page errors and draws the situation layers over the basemap', async () => {
		const { page, errors } = await open();
		const ids = (await page.evaluate(() =>
			(window as unknown as { __map: { getStyle(): { layers: { id: string }[] } } }).__map
				.getStyle()
				.layers.map((l) => l.id)
		)) as string[];
		for (const id of [
			'base-countries-fill',
			'control-fill',
			'frontline-line',
			'events-circle',
			'places-label'
		])
			expect(ids).toContain(id);
		const rendered = await page.evaluate(
			() =>
				(
					window as unknown as { __map: { queryRenderedFeatures(o: object): unknown[] } }
				).__map.queryRenderedFeatures({ layers: ['control-fill'] }).length
		);
		expect(rendered).toBeGreaterThan(0);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('scrubs by keyboard: Home, arrows, Page keys, End; the date is announced and reaches the map', async () => {
		const { page, errors } = await open('?date=2024-11-28');
		const slider = page.getByRole('slider');
		await slider.focus();
		await page.keyboard.press('Home');
		expect(await appDay(page)).toBe('2024-11-26');
		expect(await controlAtKhanAlAsal(page)).not.toContain('opposition');
		for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
		expect(await appDay(page)).toBe('2024-11-29');
		expect(await slider.getAttribute('aria-valuetext')).toMatch(/29 November 2024/);
		expect(await controlAtKhanAlAsal(page)).toEqual(['opposition']);
		// the map publishes its day once the day has held (150 ms): wait for it, then step back
		const day29 = Date.UTC(2024, 10, 29) / 86_400_000;
		await expect.poll(() => globalDay(page)).toBe(day29);
		await page.keyboard.press('ArrowLeft');
		// Published once the day holds (map-controller.ts), not on every step of a scrub.
		await expect.poll(() => globalDay(page)).toBe(Number(day29) - 1);
		await page.keyboard.press('End');
		expect(await appDay(page)).toBe('2024-11-30');
		await page.keyboard.press('PageDown');
		expect(await appDay(page)).toBe('2024-11-26');
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('scrubs by pointer drag along the slider', async () => {
		const { page, errors } = await open('?date=2024-11-26');
		const box = (await page.locator('.slider').boundingBox())!;
		const y = box.y + box.height / 2;
		const xAt = (f: number) => box.x + f * box.width;
		await page.mouse.move(xAt(0), y);
		await page.mouse.down();
		await page.mouse.move(xAt(0.4), y, { steps: 4 });
		await page.mouse.move(xAt(0.75), y, { steps: 4 });
		await page.mouse.up();
		expect(await appDay(page)).toBe('2024-11-29');
		expect(await controlAtKhanAlAsal(page)).toEqual(['opposition']);
		await page.mouse.click(xAt(0), y);
		expect(await appDay(page)).toBe('2024-11-26');
		expect(await controlAtKhanAlAsal(page)).not.toContain('opposition');
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('hides and shows layers with the toggles', async () => {
		const { page } = await open('?date=2024-11-29');
		const map = (fn: string) => page.evaluate(fn);
		const frontCount = () => map(`window.__map.queryRenderedFeatures({ layers: ['frontline-line'] }).length`);
		expect(await frontCount()).toBeGreaterThan(0);
		const box = page.locator('[data-toggle="frontline"] input');
		await box.uncheck();
		await waitForIdle(page);
		expect(await map(`window.__map.getLayoutProperty('frontline-line', 'visibility')`)).toBe('none');
		expect(await frontCount()).toBe(0);
		await box.check();
		await waitForIdle(page);
		expect(await frontCount()).toBeGreaterThan(0);
		// A faction toggle narrows the control layer to the other factions.
		await page.locator('[data-toggle="control-opposition"] input').uncheck();
		expect(await controlAtKhanAlAsal(page)).toEqual([]);
		await page.context().close();
	});

	it('round-trips its state through the URL, and back/forward restore it', async () => {
		const q = '?date=2024-11-28&layers=control,frontline&center=37.05,36.15&zoom=9&lang=ar&events=cumulative';
		const { page, errors } = await open(q);
		expect(await appDay(page)).toBe('2024-11-28');
		expect(await page.locator('[data-toggle="frontline"] input').isChecked()).toBe(true);
		expect(await page.locator('[data-toggle="places"] input').isChecked()).toBe(false);
		const zoom = await page.evaluate(`window.__map.getZoom()`);
		expect(zoom).toBeCloseTo(9, 1);
		expect(new URL(page.url()).search).toBe(q);
		await page.getByRole('slider').focus();
		await page.keyboard.press('Home'); // RTL: Home is still the first day
		await expect.poll(() => new URL(page.url()).searchParams.get('date')).toBe('2024-11-26');
		await page.goBack();
		await expect.poll(() => appDay(page)).toBe('2024-11-28');
		await page.goForward();
		await expect.poll(() => appDay(page)).toBe('2024-11-26');
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('writes a scrub to the history once, where it stops', async () => {
		const manifest = JSON.parse(readFileSync(join(DATA_DIR, 'manifest.json'), 'utf8')) as {
			start: string;
			end: string;
		};
		const { page, errors } = await open(`?date=${manifest.start}`);
		await expect.poll(() => new URL(page.url()).searchParams.get('date')).toBe(manifest.start);
		const entries = await page.evaluate(() => history.length);
		// Every day to the last as a held key repeats, then its release (in the page: no round trip between keys).
		const days = await page.evaluate(async () => {
			const slider = document.querySelector<HTMLElement>('[role=slider]')!;
			slider.focus();
			const seen: string[] = [];
			let last = slider.getAttribute('aria-valuenow');
			for (;;) {
				slider.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
				await new Promise((r) => requestAnimationFrame(r));
				const now = slider.getAttribute('aria-valuenow');
				if (now === last) {
					slider.dispatchEvent(new KeyboardEvent('keyup', { key: 'ArrowRight', bubbles: true }));
					return seen;
				}
				seen.push((window as unknown as { __app: { day(): string } }).__app.day());
				last = now;
			}
		});
		expect(days.at(-1)).toBe(manifest.end);
		expect(days.length).toBeGreaterThan(1);
		await expect.poll(() => new URL(page.url()).searchParams.get('date')).toBe(manifest.end);
		expect(await page.evaluate(() => history.length)).toBe(entries + 1);
		// Back goes to where the scrub started, not to the day before its end.
		await page.goBack();
		await expect.poll(() => appDay(page)).toBe(manifest.start);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('falls back from bad parameters with a visible note', async () => {
		const { page, errors } = await open('?date=2031-01-01&lang=xx&layers=bogus,frontline');
		expect(await appDay(page)).not.toBe('2031-01-01');
		await expect.poll(() => page.locator('.notes').textContent()).toMatch(/date.*lang|lang.*date/s);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('renders Arabic right-to-left with Arabic map labels', async () => {
		const { page, errors } = await open('?lang=ar');
		expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
		expect(await page.evaluate(() => document.documentElement.lang)).toBe('ar');
		expect(await page.locator('h1').textContent()).toMatch(/[\u0600-\u06FF]/);
		const field = await page.evaluate(
			`JSON.stringify(window.__map.getLayoutProperty('places-label', 'text-field'))`
		);
		expect(field).toContain('name_ar');
		// The mirrored layout puts the panel on the left of the map.
		const panel = (await page.locator('aside.panel').boundingBox())!;
		const map = (await page.locator('.map-wrap').boundingBox())!;
		expect(panel.x).toBeLessThan(map.x);
		// Switching language back flips direction and labels.
		await page.locator('button.lang').click();
		expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');
		expect(
			await page.evaluate(`JSON.stringify(window.__map.getLayoutProperty('places-label', 'text-field'))`)
		).not.toContain('name_ar');
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('opens the inspect panel with sources from a click and from the keyboard', async () => {
		const { page, errors } = await open('?date=2024-11-29');
		const pt = await page.evaluate(([lon, lat]) => {
			const p = (
				window as unknown as { __map: { project(l: [number, number]): { x: number; y: number } } }
			).__map.project([lon, lat]);
			return { x: p.x, y: p.y };
		}, khanAlAsal);
		const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
		await page.mouse.click(canvas.x + pt.x, canvas.y + pt.y);
		const panel = page.locator('section.inspect');
		await expect.poll(() => panel.count()).toBe(1);
		expect(await panel.textContent()).toMatch(/Khan al-Asal/);
		// the place itself (one of the features under the click): the panel says why it has its controller
		await panel
			.locator('.others button')
			.filter({ hasText: /^Khan al-Asal$/ })
			.click();
		await expect.poll(() => panel.locator('dl').textContent()).toMatch(/Why\s*A report names this place/);
		await page.keyboard.press('Escape');
		await expect.poll(() => panel.count()).toBe(0);
		// Keyboard: the day's event list opens the same panel, sources included.
		const list = page.locator('details.day-events');
		if (!(await list.evaluate((d) => (d as HTMLDetailsElement).open))) {
			await list.locator('summary').focus();
			await page.keyboard.press('Enter');
		}
		await page.locator('ul.events button').first().focus();
		await page.keyboard.press('Enter');
		await expect.poll(() => panel.count()).toBe(1);
		expect(await panel.locator('h3').allTextContents()).toContain('Sources');
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('is usable at 360 px with touch: the slider scrubs by tap', async () => {
		const { page, errors } = await open('?date=2024-11-26', { width: 360, height: 740, hasTouch: true });
		const box = (await page.locator('.slider').boundingBox())!;
		expect(box.width).toBeGreaterThan(200);
		await page.touchscreen.tap(box.x + box.width - 2, box.y + box.height / 2);
		expect(await appDay(page)).toBe('2024-11-30');
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	/** Plays the whole timeline at 8× and returns every time the app showed on the way. */
	async function playAndSample(page: Page): Promise<number[]> {
		await page.locator('select').selectOption('8');
		await page.locator('button.play').click();
		return (await page.evaluate(
			() =>
				new Promise<number[]>((ok) => {
					const app = (window as unknown as { __app: { t(): number } }).__app;
					const seen: number[] = [];
					const step = () => {
						seen.push(app.t());
						const playing = document.querySelector('button.play')?.textContent?.includes('Pause');
						if (playing || seen.length < 3) requestAnimationFrame(step);
						else ok(seen);
					};
					requestAnimationFrame(step);
				})
		)) as number[];
	}

	it('plays smoothly between days, marked as interpolated, and stops on the last day', async () => {
		const { page, errors } = await open('?date=2024-11-26');
		const seen = await playAndSample(page);
		expect(seen.some((t) => !Number.isInteger(t))).toBe(true);
		expect(await appDay(page)).toBe('2024-11-30');
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('plays in whole-day steps when the reader prefers reduced motion', async () => {
		const { page, errors } = await open('?date=2024-11-26', { reducedMotion: 'reduce' });
		const seen = await playAndSample(page);
		expect(seen.length).toBeGreaterThan(3);
		expect(seen.every((t) => Number.isInteger(t))).toBe(true);
		expect(new Set(seen).size).toBeGreaterThan(1);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	for (const lang of ['en', 'ar']) {
		it(`has no serious or critical axe violations (${lang})`, async () => {
			const { page } = await open(`?lang=${lang}&date=2024-11-29`);
			// Evaluated, not added as a <script>: the app's CSP forbids inline script.
			expect(await axeSerious(page)).toEqual([]);
			await page.context().close();
		});
	}
});
