// Publishing (issue 13): what a link preview, a CMS and an oEmbed consumer read from the built site,
// and the script-less snippet's shape in a plain page. Needs `npm run gazetteer && npm run build &&
// npm run preview-image` (as `npm test` runs them).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { PRODUCTION_BUILD_DIR, launchBrowser, openPage, startServer, type StaticServer } from './browser';
import { buildEmbedSnippet } from '../../src/lib/export/embed-snippet';
import { PREVIEW_IMAGE } from '../../src/lib/export/publish-meta';

let server: StaticServer;
let browser: Browser;
let hostDir: string;
beforeAll(async () => {
	hostDir = mkdtempSync(join(tmpdir(), 'publish-host-'));
	// what a desk deploys: the production build (no test hooks), with its preview image
	server = await startServer({ root: PRODUCTION_BUILD_DIR, mounts: { '/host/': hostDir } });
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	await server?.close();
	if (hostDir) rmSync(hostDir, { recursive: true, force: true });
});

/** The head of a built page as a link preview reads it: the prerendered HTML, no script run. */
async function headOf(path: string) {
	const html = await (await fetch(`${server.url}${path}`)).text();
	const { page } = await openPage(browser, server.url);
	const head = (await page.evaluate((h) => {
		const doc = new DOMParser().parseFromString(h, 'text/html');
		const meta = (sel: string) => doc.querySelector(sel)?.getAttribute('content') ?? null;
		return {
			description: meta('meta[name="description"]'),
			descriptions: doc.querySelectorAll('meta[name="description"]').length,
			ogImage: meta('meta[property="og:image"]'),
			ogTitle: meta('meta[property="og:title"]'),
			ogWidth: meta('meta[property="og:image:width"]'),
			twitterCard: meta('meta[name="twitter:card"]'),
			twitterImage: meta('meta[name="twitter:image"]'),
			oembed:
				doc.querySelector('link[rel="alternate"][type="application/json+oembed"]')?.getAttribute('href') ??
				null
		};
	}, html)) as Record<string, string | number | null>;
	await page.context().close();
	return head;
}

const local = (href: string) => `${server.url}${new URL(href).pathname}`;
const manifest = JSON.parse(readFileSync(join(PRODUCTION_BUILD_DIR, 'data', 'manifest.json'), 'utf8')) as {
	title: string;
};

describe('publishing', () => {
	for (const path of ['/', '/embed/']) {
		it(`${path}: oEmbed discovered from the page, with the oEmbed 1.0 fields of a rich answer`, async () => {
			const head = await headOf(path);
			expect(head.oembed).toMatch(/\/oembed\/(app|embed)\.json$/);
			const res = await fetch(local(head.oembed as string));
			expect(res.status).toBe(200);
			const o = (await res.json()) as Record<string, unknown>;
			expect(o.type).toBe('rich');
			expect(o.version).toBe('1.0');
			expect(typeof o.html).toBe('string');
			expect(o.html).toMatch(/^<iframe src="https?:\/\/[^"]+\/embed\/"/);
			expect(o.html).not.toMatch(/<script/);
			expect(Number.isInteger(o.width) && (o.width as number) > 0).toBe(true);
			expect(Number.isInteger(o.height) && (o.height as number) > 0).toBe(true);
			expect(o.thumbnail_url).toBe(head.ogImage);
		});

		it(`${path}: Open Graph and Twitter tags point at the preview PNG, the description comes from the data`, async () => {
			const head = await headOf(path);
			expect(head.descriptions).toBe(1);
			expect(head.description).toContain(manifest.title);
			expect(head.description).toMatch(/\d+ events? from \d+ news reports?/);
			expect(head.twitterCard).toBe('summary_large_image');
			expect(head.twitterImage).toBe(head.ogImage);
			expect(new URL(head.ogImage as string).pathname).toBe(`/${PREVIEW_IMAGE.file}`);
			expect(Number(head.ogWidth)).toBe(PREVIEW_IMAGE.width);
			const png = Buffer.from(await (await fetch(local(head.ogImage as string))).arrayBuffer());
			expect(png.subarray(1, 4).toString()).toBe('PNG');
			expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([
				PREVIEW_IMAGE.width,
				PREVIEW_IMAGE.height
			]);
		});
	}

	it('has the preview image in the build', () => {
		expect(existsSync(join(PRODUCTION_BUILD_DIR, PREVIEW_IMAGE.file))).toBe(true);
	});

	it('keeps the script-less snippet’s shape in a plain page at two widths', async () => {
		const snippet = buildEmbedSnippet({
			src: `${server.url}/embed/?controls=none`,
			title: 'Map',
			height: 450,
			resize: false,
			aspectRatio: [16, 9]
		});
		expect(snippet).not.toContain('<script');
		writeFileSync(
			join(hostDir, 'article.html'),
			`<!doctype html><title>Article</title><body style="margin:0"><main id="col" style="width:900px">${snippet}</main></body>`
		);
		const { page } = await openPage(browser, server.url, { width: 1200, height: 900 });
		await page.goto(`${server.url}/host/article.html`);
		const sizes: { width: number; height: number }[] = [];
		for (const width of [900, 360]) {
			await page.evaluate((w) => (document.getElementById('col')!.style.width = `${w}px`), width);
			sizes.push(
				(await page.evaluate(() => {
					const r = document.querySelector('iframe')!.getBoundingClientRect();
					return { width: r.width, height: r.height };
				})) as { width: number; height: number }
			);
		}
		expect(sizes.map((s) => s.width)).toEqual([900, 360]);
		for (const s of sizes) expect(Math.abs(s.width / s.height - 16 / 9)).toBeLessThan(0.01);
		await page.context().close();
	});
});
