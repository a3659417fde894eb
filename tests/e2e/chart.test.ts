// The figures chart in a real browser (issue 11 §4), in English and Arabic: where a side's area
// differs by more than 1 % between two dates its dots stand visibly apart, where it is the same
// they stand level; the dates are buttons that move the map; the selected date is marked; the
// figures are in a table for screen readers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { e2eDataDir, launchBrowser, openPage, startServer, waitForMap, type StaticServer } from './browser';
import type { DateFigures, LayerManifest } from '../../src/lib/domain/types';

/** "Visibly different": this many CSS pixels apart at least. */
const VISIBLE_PX = 3;
/** A relative difference above this must be visible (the rule). */
const MUST_SHOW = 0.01;

let server: StaticServer;
let browser: Browser;
let figures: DateFigures[];

beforeAll(async () => {
	const dir = e2eDataDir();
	figures = (JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as LayerManifest).figures;
	server = await startServer({ dataDir: dir });
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
});

describe('the figures chart', { timeout: 120_000 }, () => {
	for (const lang of ['en', 'ar'] as const) {
		it(`shows each side's changes as visibly different heights, and its dates are buttons (${lang})`, async () => {
			const { page, errors } = await openPage(browser, server.url);
			const last = figures[figures.length - 1]!.date;
			await page.goto(`${server.url}/?date=${last}&lang=${lang}`);
			await waitForMap(page);

			// Centre height of every dot, by side and date.
			const dots = await page.evaluate(() =>
				[...document.querySelectorAll<HTMLElement>('.figures [data-side] .point')].map((el) => {
					const r = el.getBoundingClientRect();
					return {
						side: el.closest<HTMLElement>('[data-side]')!.dataset.side!,
						date: el.dataset.date!,
						y: r.top + r.height / 2,
						current: el.classList.contains('current')
					};
				})
			);
			const sides = [...new Set(dots.map((d) => d.side))];
			expect(sides.length).toBeGreaterThan(1);
			let mustShow = 0;
			for (const side of sides) {
				const y = (date: string) => dots.find((d) => d.side === side && d.date === date)!.y;
				const area = (f: DateFigures) => f.area_km2[side as keyof DateFigures['area_km2']] ?? 0;
				for (const a of figures)
					for (const b of figures) {
						if (a.date >= b.date) continue;
						const [va, vb] = [area(a), area(b)];
						const what = `${side} ${a.date} ${va} vs ${b.date} ${vb}`;
						if (Math.abs(va - vb) > MUST_SHOW * Math.max(va, vb)) {
							mustShow++;
							expect(Math.abs(y(a.date) - y(b.date)), what).toBeGreaterThanOrEqual(VISIBLE_PX);
							// Higher on the screen for more area.
							expect(Math.sign(y(b.date) - y(a.date)), what).toBe(-Math.sign(vb - va));
						} else if (va === vb) expect(Math.abs(y(a.date) - y(b.date)), what).toBeLessThan(0.5);
					}
			}
			// The data must hold such a change, or this test would check nothing.
			expect(mustShow).toBeGreaterThan(0);

			// The selected date is marked, on the dots and on its button.
			expect(dots.filter((d) => d.current).every((d) => d.date === last)).toBe(true);
			const buttons = page.locator('.figures .hits button');
			expect(await buttons.count()).toBe(figures.length);
			expect(await buttons.last().getAttribute('aria-current')).toBe('date');

			// A date's button moves the map there.
			await buttons.first().click();
			await expect
				.poll(() => page.evaluate(() => (window as unknown as { __app: { day(): string } }).__app.day()))
				.toBe(figures[0]!.date);
			expect(await buttons.first().getAttribute('aria-current')).toBe('date');

			// The same figures in a table for screen readers: a row per date, the area of each side.
			const rows = page.locator('.figures table tbody tr');
			expect(await rows.count()).toBe(figures.length);
			expect(await page.locator('.figures table thead th').count()).toBe(1 + 2 * sides.length);
			expect(errors).toEqual([]);
			await page.context().close();
		});
	}
});
