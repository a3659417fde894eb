// Security in a real browser (issue 6, README "Security"): article text never reaches the page as
// markup; the built pages carry a Content-Security-Policy with no remote origin and no inline
// script but SvelteKit's hashed bootstrap, under which the map (WebGL + worker) still loads; and
// the preview server lets any site frame /embed but no site frame the app.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { main as gazetteer } from '../../scripts/gazetteer';
import {
	BUILD_DIR,
	launchBrowser,
	openPage,
	ROOT,
	startServer,
	waitForMap,
	type StaticServer
} from './browser';

// Our own test article: markup in the front matter and the body, a place and a date the
// pipeline recognises (Thursday before publication = 28 Nov 2024).
const TITLE = '<script>window.__pwned=1</script> Fighters reach a town west of Aleppo';
const PUBLISHER = '<img src=x onerror="window.__pwned=2">';
const ARTICLE = `---
title: "${TITLE}"
publisher: '${PUBLISHER}'
published: 2024-11-28
---
ALEPPO, Syria — Opposition fighters captured Khan al-Asal on Thursday, a monitor said. <script>window.__pwned=4</script>
Government aircraft struck Atarib the same day <img src=x onerror="window.__pwned=5">, residents said.
`;

let work: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
	work = mkdtempSync(join(tmpdir(), 'sm-security-'));
	const articles = join(work, 'articles');
	const data = join(work, 'data');
	mkdirSync(articles);
	writeFileSync(join(articles, 'hostile.md'), ARTICLE);
	vi.spyOn(console, 'log').mockImplementation(() => {});
	vi.spyOn(console, 'error').mockImplementation(() => {});
	expect(gazetteer(['--articles', articles, '--out', data])).toBe(0);
	vi.restoreAllMocks();
	// The pipeline refuses a javascript: URL in front matter; a hand-edited data folder could still
	// carry one, and the app must drop it rather than render a link.
	const manifestPath = join(data, 'manifest.json');
	const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { sources: { url: string | null }[] };
	expect(manifest.sources).toHaveLength(1);
	manifest.sources[0]!.url = 'javascript:window.__pwned=3';
	writeFileSync(manifestPath, JSON.stringify(manifest));
	server = await startServer({ dataDir: data });
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
	if (work) rmSync(work, { recursive: true, force: true });
});

/** Records `securitypolicyviolation` events from the first script on. */
async function watchViolations(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const w = window as unknown as { __violations: string[] };
		w.__violations = [];
		document.addEventListener('securitypolicyviolation', (e) =>
			w.__violations.push(`${e.effectiveDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`)
		);
	});
}
const violations = (page: Page) =>
	page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);

describe('article text is never markup', () => {
	it('shows a script-laden title and publisher as text in the inspect panel and runs nothing', async () => {
		const { page, errors } = await openPage(browser, server.url);
		await watchViolations(page);
		await page.goto(`${server.url}/?date=2024-11-28`);
		await waitForMap(page);
		// The day's events, by keyboard, open the panel with the event's sources.
		const first = page.locator('ul.events button').first();
		await first.focus();
		await page.keyboard.press('Enter');
		const panel = page.locator('section.inspect');
		await expect.poll(() => panel.count()).toBe(1);
		const sources = panel.locator('ul.sources');
		await expect.poll(() => sources.count()).toBe(1);
		const text = (await sources.textContent()) ?? '';
		expect(text).toContain(TITLE);
		expect(text).toContain(PUBLISHER);
		// Nothing became an element, and the javascript: link was dropped (title shown as plain text).
		expect(await panel.locator('script, img, iframe, object').count()).toBe(0);
		expect(await panel.locator('a').count()).toBe(0);
		expect(await pwned(page)).toBeUndefined();
		expect(await violations(page)).toEqual([]);
		expect(errors).toEqual([]);
		await page.context().close();
	});
});

/** The directives of a CSP string: name → source list. */
function directives(policy: string): Map<string, string[]> {
	return new Map(
		policy
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((d) => d[0])
			.map(([name, ...values]) => [name!.toLowerCase(), values])
	);
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

describe('Content-Security-Policy', () => {
	it.each([
		['/', 'index.html'],
		['/embed/', 'embed/index.html']
	])('%s allows no remote origin and no inline script but the hashed bootstrap', (_path, file) => {
		const html = readFileSync(join(BUILD_DIR, file), 'utf8');
		const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html);
		expect(meta, `${file} has a CSP <meta>`).not.toBeNull();
		const csp = directives(meta![1]!.replace(/&#39;/g, "'"));
		expect(csp.get('default-src')).toEqual(["'self'"]);
		expect(csp.get('object-src')).toEqual(["'none'"]);
		expect(csp.get('base-uri')).toEqual(["'self'"]);
		expect(csp.get('form-action')).toEqual(["'self'"]);
		for (const [name, sources] of csp)
			for (const s of sources) {
				// Only keywords, hashes and the local data:/blob: schemes: no host, no http(s):, no *.
				expect(s, `${name} ${s}`).toMatch(
					/^('self'|'none'|'unsafe-inline'|'sha256-[A-Za-z0-9+/=]+'|data:|blob:)$/
				);
				if (s === "'unsafe-inline'")
					expect(name, 'unsafe-inline only for style attributes').toBe('style-src-attr');
				if (s.startsWith("'sha256-")) expect(name).toBe('script-src');
			}
		// Exactly the page's inline scripts are hashed, and nothing else is.
		const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) =>
			sha256(m[1]!)
		);
		expect(inline.length).toBeGreaterThan(0);
		expect(
			csp
				.get('script-src')!
				.filter((s) => s.startsWith("'sha256-"))
				.sort()
		).toEqual([...new Set(inline)].sort());
		expect(csp.get('script-src')).toContain("'self'");
	});

	it.each(['/', '/embed/'])(
		'%s loads its map (WebGL and worker) without a single violation, and the policy is enforced',
		async (path) => {
			const { page, errors } = await openPage(browser, server.url);
			await watchViolations(page);
			await page.goto(`${server.url}${path}`);
			await waitForMap(page);
			expect(
				await page.evaluate(
					() => document.querySelector('canvas.maplibregl-canvas') instanceof HTMLCanvasElement
				)
			).toBe(true);
			expect(await violations(page)).toEqual([]);
			expect(errors).toEqual([]);
			// The policy is live: a remote fetch and an injected inline script are refused.
			const probe = await page.evaluate(async () => {
				const w = window as unknown as { __violations: string[]; __inline?: number };
				const fetched = await fetch('https://example.org/x').then(
					() => 'fetched',
					() => 'refused'
				);
				const s = document.createElement('script');
				s.textContent = 'window.__inline = 1';
				document.head.append(s);
				await new Promise((ok) => setTimeout(ok, 100));
				return { fetched, inline: w.__inline, directives: w.__violations.map((v) => v.split(' ')[0]) };
			});
			expect(probe.fetched).toBe('refused');
			expect(probe.inline).toBeUndefined();
			expect(probe.directives).toEqual(expect.arrayContaining(['connect-src', 'script-src-elem']));
			await page.context().close();
		}
	);
});

describe('framing: the preview server (npm start)', () => {
	let vite: PreviewServer;
	let origin: string;

	beforeAll(async () => {
		vite = await preview({
			root: ROOT,
			logLevel: 'silent',
			preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false }
		});
		origin = `http://127.0.0.1:${(vite.httpServer.address() as AddressInfo).port}`;
	});
	afterAll(async () => {
		await vite?.close();
	});

	const head = (path: string) => fetch(`${origin}${path}`, { redirect: 'manual' });

	it('refuses framing of the app', async () => {
		for (const path of ['/', '/?lang=ar', '/embed/..%2F']) {
			const r = await head(path);
			expect(r.headers.get('x-frame-options'), path).toBe('DENY');
		}
		expect((await head('/')).headers.get('content-security-policy')).toBe("frame-ancestors 'none'");
	});

	it('lets any site frame the embed', async () => {
		for (const path of ['/embed/', '/embed/?date=2024-11-29&theme=dark', '/embed']) {
			const r = await head(path);
			expect(r.headers.get('content-security-policy'), path).toBe('frame-ancestors *');
			expect(r.headers.get('x-frame-options'), path).toBeNull();
		}
	});

	it('a page on another origin can show the embed in a frame, not the app', async () => {
		const hostDir = join(work, 'host');
		mkdirSync(hostDir, { recursive: true });
		writeFileSync(
			join(hostDir, 'index.html'),
			`<!doctype html><title>host</title><iframe name="app" src="${origin}/"></iframe><iframe name="embed" src="${origin}/embed/"></iframe>`
		);
		const host = await startServer({ mounts: { '/host/': hostDir } });
		const context = await browser.newContext();
		try {
			const page = await context.newPage();
			await page.route('**/*', (route) => {
				const url = route.request().url();
				return url.startsWith(host.url) || url.startsWith(origin) ? route.continue() : route.abort();
			});
			await page.goto(`${host.url}/host/`);
			const embed = page.frame({ name: 'embed' })!;
			await expect
				.poll(
					() =>
						embed
							.evaluate(() => document.querySelector('main, #map, .maplibregl-map') !== null)
							.catch(() => false),
					{ timeout: 30_000 }
				)
				.toBe(true);
			expect(embed.url()).toBe(`${origin}/embed/`);
			// Chromium replaces a refused frame with its error page.
			const app = page.frame({ name: 'app' })!;
			await expect.poll(() => app.url(), { timeout: 10_000 }).toMatch(/^chrome-error:/);
		} finally {
			await context.close();
			await host.close();
		}
	});
});
