// The embed and the exports in a real browser (Debian Chromium, issue 5): the embed inside an
// iframe on a host page built from our own snippet reports its height and gets resized; parameters
// round-trip and hostile ones fall back with a visible note and run nothing; the PNG export has the
// requested size and is not blank (from the page and from `npm run snapshot`); the app's downloads
// (CSV with ACLED's header, KML, GeoJSON) parse. Generous timeouts: Chromium renders WebGL in
// software here, on two cores shared with other work.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import type { Browser, Download, Page } from 'playwright-core';
import {
	axeSerious,
	launchBrowser,
	openPage,
	requestPng,
	ROOT,
	startServer,
	waitForMap,
	type StaticServer,
	e2eDataDir
} from './browser';
import { buildEmbedSnippet } from '../../src/lib/export/embed-snippet';
import { parseEmbedParams, serialiseEmbedParams } from '../../src/lib/export/embed-params';
import { ACLED_COLUMNS } from '../../src/lib/export/acled-csv';
import { dayNumber } from '../../src/lib/geo/days';
import Papa from 'papaparse';
import { strFromU8, unzipSync } from 'fflate';

const DATA_DIR = e2eDataDir();
const manifest = JSON.parse(readFileSync(join(DATA_DIR, 'manifest.json'), 'utf8')) as {
	start: string;
	end: string;
	dates: string[];
};
/** Events on the map over all dates (the events layer), with the district each carries for the exports. */
const eventLayer = (
	JSON.parse(readFileSync(join(DATA_DIR, 'layers', 'events.geojson'), 'utf8')) as {
		features: { properties: { id: string; admin2?: string | null } }[];
	}
).features;
const eventCount = eventLayer.length;
const DATE = manifest.dates.includes('2024-11-29') ? '2024-11-29' : manifest.end;
const LIMITS = {
	start: manifest.start,
	end: manifest.end,
	bounds: [31, 29, 47, 41] as [number, number, number, number]
};

let server: StaticServer;
let browser: Browser;
let hostDir: string;

beforeAll(async () => {
	hostDir = mkdtempSync(join(tmpdir(), 'embed-host-'));
	server = await startServer({ dataDir: DATA_DIR, mounts: { '/host/': hostDir } });
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
	if (hostDir) rmSync(hostDir, { recursive: true, force: true });
});

type EmbedWindow = {
	__embed: {
		params(): Record<string, unknown>;
		notes(): { param: string }[];
		day(): string;
		summary(): string;
	};
	__map: {
		getGlobalState(): Record<string, unknown>;
		getLayoutProperty(id: string, p: string): unknown;
		getLayer(id: string): unknown;
		getCenter(): { lng: number; lat: number };
		getZoom(): number;
	};
	__pwned?: unknown;
};

async function openEmbed(query: string, o: Parameters<typeof openPage>[2] = {}) {
	const { page, errors } = await openPage(browser, server.url, o);
	await page.goto(`${server.url}/embed/${query}`);
	await waitForMap(page, 60_000);
	return { page, errors };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(png: Buffer): { width: number; height: number } {
	expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
	expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
	return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Distinct colours (sampled) of a PNG, decoded by the browser. */
async function distinctColours(page: Page, png: Buffer): Promise<number> {
	return page.evaluate(async (b64) => {
		const blob = new Blob([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], { type: 'image/png' }); // CSP: no fetch of data: URLs
		const bmp = await createImageBitmap(blob);
		const c = new OffscreenCanvas(bmp.width, bmp.height);
		const ctx = c.getContext('2d')!;
		ctx.drawImage(bmp, 0, 0);
		const px = ctx.getImageData(0, 0, bmp.width, bmp.height).data;
		const seen = new Set<number>();
		for (let i = 0; i < px.length; i += 4 * 97) seen.add((px[i]! << 16) | (px[i + 1]! << 8) | px[i + 2]!);
		return seen.size;
	}, png.toString('base64'));
}

describe('the embed', { timeout: 120_000 }, () => {
	it('renders inside an iframe from our snippet, reports its height by postMessage and gets resized', async () => {
		const src = `${server.url}/embed/?date=${DATE}&layers=control,frontline,strikes`;
		const snippet = buildEmbedSnippet({ src, title: 'Aleppo test map', height: 150, resize: true });
		writeFileSync(
			join(hostDir, 'index.html'),
			`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title>
<script>window.__heights = []; addEventListener('message', function (e) { if (e.data && e.data.type === 'situation-map:height') window.__heights.push(e.data.height); });</script>
</head><body><h1>A report</h1><p>Some text.</p>${snippet}<p>After the map.</p></body></html>`
		);
		const { page, errors } = await openPage(browser, server.url, { width: 900, height: 900 });
		await page.goto(`${server.url}/host/`);
		const iframe = page.locator('iframe[data-situation-map]');
		expect(await iframe.getAttribute('title')).toBe('Aleppo test map');
		expect(await iframe.getAttribute('aria-label')).toBe('Aleppo test map');
		expect(await iframe.getAttribute('loading')).toBe('lazy');
		await page.waitForFunction(
			() => (window as unknown as { __heights: number[] }).__heights.length > 0,
			undefined,
			{ timeout: 60_000 }
		);
		const frame = page.frames().find((f) => f.url().includes('/embed/'))!;
		await frame.waitForFunction(() => document.body.dataset.mapReady === 'true', undefined, {
			timeout: 60_000
		});
		expect(await frame.evaluate(() => (window as unknown as EmbedWindow).__embed.day())).toBe(DATE);
		// The resize script set the iframe to the last reported height (not the snippet's 150 px).
		await page.waitForFunction(
			() => {
				const h = (window as unknown as { __heights: number[] }).__heights;
				return document.querySelector('iframe')!.style.height === `${h[h.length - 1]}px`;
			},
			undefined,
			{ timeout: 60_000 }
		);
		const heights = (await page.evaluate(
			() => (window as unknown as { __heights: number[] }).__heights
		)) as number[];
		expect(heights.at(-1)).toBeGreaterThan(300);
		const box = await iframe.boundingBox();
		expect(Math.round(box!.height)).toBe(heights.at(-1));
		// Opening the list of sources makes the embed taller: the frame follows.
		await frame.locator('.credits summary').click();
		await page.waitForFunction(
			(before) => parseInt(document.querySelector('iframe')!.style.height) > before,
			heights.at(-1)!,
			{ timeout: 60_000 }
		);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('round-trips its parameters: date, layers, view, language, theme', async () => {
		const query = `?date=${DATE}&layers=control,strikes&center=37,36.2&zoom=9&lang=ar&theme=dark`;
		const { page, errors } = await openEmbed(query);
		// The function runs in the page with the page's window.
		const w = (f: (w: EmbedWindow) => unknown) => page.evaluate(`(${f.toString()})(window)`);
		const p = (await w((x) => x.__embed.params())) as {
			date: string;
			layers: string[];
			lang: string;
			theme: string;
		};
		const expected = parseEmbedParams(new URLSearchParams(query), LIMITS).params;
		expect(p.date).toBe(DATE);
		expect(new Set(p.layers)).toEqual(new Set(expected.layers));
		expect(serialiseEmbedParams({ ...expected, layers: new Set(p.layers as never[]) })).toBe(query);
		expect(await w((x) => x.__map.getGlobalState().day)).toBe(dayNumber(DATE));
		// A layer that starts hidden is added only when first shown: absent counts as hidden.
		expect(
			await w((x) =>
				x.__map.getLayer('frontline-line')
					? x.__map.getLayoutProperty('frontline-line', 'visibility')
					: 'none'
			)
		).toBe('none');
		const c = (await w((x) => ({ ...x.__map.getCenter(), zoom: x.__map.getZoom() }))) as {
			lng: number;
			lat: number;
			zoom: number;
		};
		expect(c.lng).toBeCloseTo(37, 3);
		expect(c.lat).toBeCloseTo(36.2, 3);
		expect(c.zoom).toBeCloseTo(9, 3);
		expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
		expect(await page.locator('.notes').count()).toBe(0);
		// The link back opens the same date, layers and language in the full map.
		const href = (await page.getByRole('link').last().getAttribute('href'))!;
		expect(href).toContain(`date=${DATE}`);
		expect(href).toContain('lang=ar');
		// The summary of the date is the map's description.
		const summary = (await w((x) => x.__embed.summary())) as string;
		expect(summary.length).toBeGreaterThan(10);
		expect(await page.locator('canvas.maplibregl-canvas').getAttribute('aria-label')).toContain(summary);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('falls back on hostile parameters with a visible note, rendering them as text and running nothing', async () => {
		const hostile = new URLSearchParams({
			date: '<img src=x onerror="window.__pwned=1">',
			layers: 'control,<svg onload="window.__pwned=2">',
			theme: 'javascript:window.__pwned=3',
			controls: '<script>window.__pwned=4</script>',
			center: 'NaN,NaN',
			zoom: '1e999',
			autoplay: '9'.repeat(5000)
		});
		const { page, errors } = await openPage(browser, server.url);
		let dialogs = 0;
		page.on('dialog', (d) => {
			dialogs++;
			void d.dismiss();
		});
		await page.goto(`${server.url}/embed/?${hostile.toString()}`);
		await waitForMap(page, 60_000);
		const notes = page.locator('.notes li');
		await expect.poll(() => notes.count()).toBe(6);
		expect(await page.locator('.notes').isVisible()).toBe(true);
		const text = (await page.locator('.notes').textContent())!;
		expect(text).toContain('<img src=x');
		expect(await page.locator('.notes img, .notes svg, .notes script').count()).toBe(0);
		expect(await page.evaluate(() => (window as unknown as EmbedWindow).__pwned)).toBeUndefined();
		expect(dialogs).toBe(0);
		// Defaults took over: the last date, the light theme, the compact controls with the slider.
		expect(await page.evaluate(() => (window as unknown as EmbedWindow).__embed.day())).toBe(manifest.end);
		expect(await page.getByRole('slider').count()).toBe(1);
		expect(text.length).toBeLessThan(1200);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('autoplays once from the first day with autoplay=1, and not when the reader prefers reduced motion', async () => {
		const { page } = await openEmbed(`?date=${DATE}&autoplay=1`);
		await expect
			.poll(() => page.evaluate(() => (window as unknown as EmbedWindow).__embed.day()), { timeout: 60_000 })
			.toBe(manifest.end);
		await page.context().close();
		const still = await openEmbed(`?date=${DATE}&autoplay=1`, { reducedMotion: 'reduce' });
		await still.page.waitForTimeout(1500);
		expect(await still.page.evaluate(() => (window as unknown as EmbedWindow).__embed.day())).toBe(DATE);
		await still.page.context().close();
	}, 120_000);

	it('answers a PNG request with an image of the requested size (CSS size × pixel ratio) that is not blank', async () => {
		const context = await browser.newContext({ viewport: { width: 600, height: 400 }, deviceScaleFactor: 2 });
		const page = await context.newPage();
		await page.route('**/*', (r) => (r.request().url().startsWith(server.url) ? r.continue() : r.abort()));
		await page.goto(`${server.url}/embed/?date=${DATE}&controls=none`);
		// Through the embed's message API (what `npm run snapshot` and a host page use).
		const dataUrl = await requestPng(page);
		const png = Buffer.from(dataUrl.split(',')[1]!, 'base64');
		expect(pngSize(png)).toEqual({ width: 1200, height: 800 });
		expect(await distinctColours(page, png)).toBeGreaterThan(20);
		expect(await page.getByRole('slider').count()).toBe(0); // controls=none
		await context.close();
	});
});

describe('the embed’s accessibility', { timeout: 120_000 }, () => {
	for (const q of ['?lang=en', '?lang=ar&theme=dark&date=bad', '?controls=none&theme=dark']) {
		it(`has no serious or critical axe violations (${q})`, async () => {
			const { page } = await openEmbed(q);
			expect(await axeSerious(page)).toEqual([]);
			await page.context().close();
		});
	}
});

describe('npm run snapshot', { timeout: 120_000 }, () => {
	const run = (args: string[]) =>
		new Promise<{ code: number; stderr: string }>((ok) => {
			execFile(
				join(ROOT, 'node_modules/.bin/tsx'),
				['scripts/snapshot.ts', ...args],
				{ cwd: ROOT, timeout: 90_000 },
				(e, _out, stderr) => ok({ code: e ? Number((e as { code?: number }).code ?? 1) : 0, stderr })
			);
		});

	it('writes a PNG at width × height × pixel ratio', async () => {
		const out = join(hostDir, 'snap.png');
		const r = await run([
			'--date',
			DATE,
			'--layers',
			'control,strikes',
			'--out',
			out,
			'--width',
			'400',
			'--height',
			'300',
			'--pixel-ratio',
			'1.5'
		]);
		expect(r.stderr).toBe('');
		expect(r.code).toBe(0);
		const png = readFileSync(out);
		expect(pngSize(png)).toEqual({ width: 600, height: 450 });
		const { page } = await openPage(browser, server.url);
		expect(await distinctColours(page, png)).toBeGreaterThan(20);
		await page.context().close();
	}, 120_000);

	it('refuses bad flags with a clear message and writes nothing', async () => {
		const out = join(hostDir, 'bad.png');
		const r = await run(['--date', '2031-02-30', '--out', out]);
		expect(r.code).toBe(2);
		expect(r.stderr).toMatch(/--date must be a date from/);
		expect(existsSync(out)).toBe(false);
	});
});

describe('the app export menu', { timeout: 120_000 }, () => {
	async function download(page: Page, name: RegExp): Promise<{ file: Download; text: string }> {
		const wait = page.waitForEvent('download');
		await page.getByRole('button', { name }).click();
		const file = await wait;
		const path = await file.path();
		return { file, text: readFileSync(path, 'utf8') };
	}

	it('says the same of the date in the app’s panel, its text export and the embed’s description, in English and Arabic', async () => {
		for (const lang of ['en', 'ar']) {
			const { page, errors } = await openPage(browser, server.url);
			await page.goto(`${server.url}/?date=${DATE}&lang=${lang}`);
			await waitForMap(page, 60_000);
			const panel = (await page.locator('.today .summary').textContent())!.trim();
			await page.getByRole('button', { name: lang === 'en' ? 'Export' : 'تصدير' }).click();
			const text = await download(page, lang === 'en' ? /Summary/ : /ملخص/);
			const exported = text.text.split('\n')[0]!;
			expect(exported.endsWith(`. ${panel}`), exported).toBe(true);
			const embed = await openPage(browser, server.url);
			await embed.page.goto(`${server.url}/embed/?date=${DATE}&lang=${lang}`);
			await waitForMap(embed.page, 60_000);
			expect(await embed.page.evaluate(() => (window as unknown as EmbedWindow).__embed.summary())).toBe(
				exported
			);
			expect([...errors, ...embed.errors]).toEqual([]);
			await page.context().close();
			await embed.page.context().close();
		}
	});

	it('downloads CSV with ACLED’s header, and KML and GeoJSON that parse, each with sources and credits', async () => {
		const { page, errors } = await openPage(browser, server.url);
		await page.goto(`${server.url}/?date=${DATE}`);
		await waitForMap(page, 60_000);
		await page.getByRole('button', { name: 'Export' }).click();

		const csv = await download(page, /on this date \(CSV/);
		expect(csv.file.suggestedFilename()).toBe(`situation-map-${DATE}.csv`);
		expect(csv.text.split('\r\n')[0]).toBe('\uFEFF' + ACLED_COLUMNS.join(','));
		expect(csv.text.split('\r\n').filter(Boolean).length).toBeGreaterThan(1);

		// All dates (the range's default): every event of the data, read back by papaparse.
		const all = await download(page, /^Events \(CSV/);
		expect(all.file.suggestedFilename()).toBe(`situation-map-${manifest.start}_${manifest.end}.csv`);
		const rows = Papa.parse<Record<string, string>>(all.text, { header: true, skipEmptyLines: true });
		expect(rows.meta.fields).toEqual([...ACLED_COLUMNS]);
		expect(rows.data.filter((r) => r.event_id_cnty).length).toBe(eventCount);
		// admin2 (the district) as the events layer gives it, filled wherever the layer has one
		const admin2 = new Map(rows.data.map((r) => [r.event_id_cnty, r.admin2]));
		expect(eventLayer.map((f) => admin2.get(f.properties.id))).toEqual(
			eventLayer.map((f) => f.properties.admin2 ?? '')
		);
		expect(eventLayer.filter((f) => f.properties.admin2).length).toBeGreaterThan(0);
		const kmzWait = page.waitForEvent('download');
		await page.getByRole('button', { name: /KMZ/ }).click();
		const kmz = readFileSync((await (await kmzWait).path())!);
		expect(strFromU8(unzipSync(kmz)['doc.kml']!)).toMatch(/<ExtendedData><SchemaData/);

		const kml = await download(page, /on this date \(KML/);
		const parsed = await page.evaluate((xml) => {
			const doc = new DOMParser().parseFromString(xml, 'application/xml');
			return {
				error: doc.getElementsByTagName('parsererror').length,
				placemarks: doc.getElementsByTagName('Placemark').length,
				description: doc.querySelector('Document > description')?.textContent ?? ''
			};
		}, kml.text);
		expect(parsed.error).toBe(0);
		expect(parsed.placemarks).toBeGreaterThan(0);
		expect(parsed.description).toMatch(/Sources/);

		const gj = await download(page, /GeoJSON/);
		const fc = JSON.parse(gj.text) as {
			type: string;
			date: string;
			features: unknown[];
			sources: string[];
			attribution: string[];
		};
		expect(fc.type).toBe('FeatureCollection');
		expect(fc.date).toBe(DATE);
		expect(fc.features.length).toBeGreaterThan(0);
		expect(fc.attribution.length).toBeGreaterThan(0);

		const wait = page.waitForEvent('download');
		await page.getByRole('button', { name: /PNG/ }).click();
		const pngFile = await wait;
		expect(pngFile.suggestedFilename()).toBe(`situation-map-${DATE}.png`);
		const canvas = (await page.evaluate(() => {
			const c = document.querySelector('canvas.maplibregl-canvas') as HTMLCanvasElement;
			return { width: c.width, height: c.height };
		})) as { width: number; height: number };
		const png = readFileSync((await pngFile.path())!);
		expect(pngSize(png)).toEqual(canvas);
		expect(await distinctColours(page, png)).toBeGreaterThan(20);
		// Downloads keep the menu open; a click elsewhere closes it.
		expect(await page.locator('#export-menu').count()).toBe(1);
		await page.locator('h1').click();
		expect(await page.locator('#export-menu').count()).toBe(0);
		expect(errors).toEqual([]);
		await page.context().close();
	});

	it('gives a snippet that, pasted into a plain page, shows the chosen date and layers', async () => {
		const { page } = await openPage(browser, server.url);
		await page.goto(`${server.url}/?date=${DATE}&layers=control,frontline`);
		await waitForMap(page, 60_000);
		await page.getByRole('button', { name: 'Embed', exact: true }).click();
		const snippet = await page.locator('dialog textarea').inputValue();
		expect(snippet).toContain(`/embed/?date=${DATE}&amp;layers=control,frontline`);
		expect(snippet).toContain('loading="lazy"');
		expect(snippet).toContain('<script>');
		// The view travels as the area on screen, so a frame of another size shows the same area.
		const appBounds = (await page.evaluate(() => {
			const b = (
				window as unknown as { __map: { getBounds(): { getCenter(): { lng: number; lat: number } } } }
			).__map
				.getBounds()
				.getCenter();
			return [b.lng, b.lat];
		})) as [number, number];
		expect(snippet).toMatch(/&amp;bbox=[-\d.]+,[-\d.]+,[-\d.]+,[-\d.]+/);
		await page.context().close();

		writeFileSync(
			join(hostDir, 'pasted.html'),
			`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Report</title></head><body><p>Report text.</p>${snippet}</body></html>`
		);
		const host = await openPage(browser, server.url, { width: 900, height: 900 });
		await host.page.goto(`${server.url}/host/pasted.html`);
		await host.page.waitForFunction(
			() => document.querySelector('iframe')?.contentWindow?.document?.body?.dataset.mapReady === 'true',
			undefined,
			{ timeout: 60_000 }
		);
		const frame = host.page.frames().find((f) => f.url().includes('/embed/'))!;
		const state = (await frame.evaluate(() => {
			const w = window as unknown as EmbedWindow;
			// A layer that starts hidden is added only when first shown: absent counts as hidden.
			const visibility = (id: string) =>
				w.__map.getLayer(id) ? w.__map.getLayoutProperty(id, 'visibility') : 'none';
			return {
				day: w.__embed.day(),
				frontline: visibility('frontline-line'),
				changes: visibility('changes-fill')
			};
		})) as { day: string; frontline: string; changes: string };
		expect(state).toEqual({ day: DATE, frontline: 'visible', changes: 'none' });
		const embedCentre = (await frame.evaluate(() => {
			const c = (
				window as unknown as { __map: { getBounds(): { getCenter(): { lng: number; lat: number } } } }
			).__map
				.getBounds()
				.getCenter();
			return [c.lng, c.lat];
		})) as [number, number];
		expect(Math.abs(embedCentre[0] - appBounds[0])).toBeLessThan(0.05);
		expect(Math.abs(embedCentre[1] - appBounds[1])).toBeLessThan(0.05);
		// The resize script from the snippet sized the frame to the embed's content.
		await host.page.waitForFunction(
			() =>
				document.querySelector('iframe')!.style.height !== 'auto' &&
				parseInt(document.querySelector('iframe')!.style.height) > 300
		);
		expect(host.errors).toEqual([]);
		await host.page.context().close();
	}, 120_000);
});
