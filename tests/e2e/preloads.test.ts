// The files every load fetches are announced in the prerendered <head> (src/lib/app/preloads.ts)
// and the page takes the announced responses: each is fetched once, not a second time by the
// page's own request (a preload whose mode or credentials differ from the page's fetch is fetched
// twice and wasted).
import { describe, expect, it } from 'vitest';
import { e2eDataDir, openPage, waitForMap } from './browser';
import { servedBrowser } from './served-browser';

const e2e = servedBrowser({ dataDir: e2eDataDir() });

describe('preloaded files', { timeout: 120_000 }, () => {
	for (const path of ['/', '/embed/']) {
		it(`${path}: the manifest, basemap and fonts are announced and fetched once each`, async () => {
			const { page, errors } = await openPage(e2e.browser, e2e.server.url);
			const requests: string[] = [];
			page.on('request', (r) => requests.push(new URL(r.url()).pathname));
			await page.goto(`${e2e.server.url}${path}`);
			await waitForMap(page, 60_000);
			// the labels are drawn: the fonts have been asked for
			await page.waitForFunction(() => document.fonts.size > 0, undefined, { timeout: 30_000 });
			const announced = await page.evaluate(() =>
				[...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"][as="fetch"]')].map(
					(l) => new URL(l.href).pathname
				)
			);
			expect(announced).toContain('/data/manifest.json');
			expect(announced).toContain('/data/places.geojson');
			expect(announced.filter((f) => f.endsWith('.geojson')).length).toBeGreaterThanOrEqual(4);
			expect(announced.filter((f) => f.endsWith('.woff2')).length).toBe(2);
			for (const file of announced)
				expect(
					requests.filter((r) => r === file),
					file
				).toHaveLength(1);
			expect(errors).toEqual([]);
			await page.context().close();
		});
	}
});
