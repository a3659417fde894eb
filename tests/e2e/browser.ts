// Shared browser-test setup: a tiny static server over the built site (`build-test/`) on a free
// localhost port, and Debian's Chromium driven by playwright-core. Reused by every e2e test file
// (issue 4 app, issue 5 embed/export). Nothing here reaches the network.
import { createServer, type Server } from 'node:http';
import { cpSync, createReadStream, existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PNG_REPLY, PNG_REQUEST } from '../../src/lib/app/png-requests';

export const ROOT = resolve(import.meta.dirname, '../..');
/**
 * The site the browser tests and `npm run bench` drive: the test build (`npm run build:test`), the
 * production site plus the `window.__*` test hooks (src/lib/app/test-hooks.ts).
 */
export const BUILD_DIR = join(ROOT, 'build-test');
/** The production site (`npm run build`): what is deployed, and what `npm run snapshot` serves. */
export const PRODUCTION_BUILD_DIR = join(ROOT, 'build');
export const FIXTURE_DATA = join(ROOT, 'tests/fixtures/app-data');

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.geojson': 'application/geo+json',
	'.woff2': 'font/woff2',
	'.png': 'image/png',
	'.svg': 'image/svg+xml',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.kml': 'application/vnd.google-earth.kml+xml'
};

export interface StaticServer {
	url: string;
	close: () => Promise<void>;
}

/** True when the real data folder (built by `npm run gazetteer`) has the app's layers. */
export function realDataHasLayers(): boolean {
	const m = join(BUILD_DIR, 'data/manifest.json');
	if (!existsSync(m)) return false;
	try {
		const layers = (JSON.parse(readFileSync(m, 'utf8')) as { layers?: Record<string, string> }).layers ?? {};
		return ['control', 'frontline', 'events'].every((l) => l in layers);
	} catch {
		return false;
	}
}

/** The data folder browser tests run on: the real default data, or the fixture (E2E_DATA=fixture). */
export function e2eDataDir(): string {
	return realDataHasLayers() && process.env.E2E_DATA !== 'fixture' ? join(BUILD_DIR, 'data') : FIXTURE_DATA;
}

/**
 * A copy of a data folder in a new temporary folder, then changed by `edit` (a broken file, a
 * longer timeline). The caller removes it.
 */
export function copyDataFolder(from: string, edit: (dir: string) => void): string {
	const dir = mkdtempSync(join(tmpdir(), 'sm-data-'));
	cpSync(from, dir, { recursive: true });
	edit(dir);
	return dir;
}

/**
 * Serves the test build (or `root`, e.g. the production build). With `dataDir`, requests under /data/ are answered from that folder instead
 * (so tests can run the built app on the hand-made fixture); `mounts` maps other URL prefixes
 * (ending in "/") to folders, e.g. a benchmark's bare comparison page.
 */
export async function startServer(
	o: { dataDir?: string; mounts?: Record<string, string>; root?: string } = {}
): Promise<StaticServer> {
	const site = o.root ?? BUILD_DIR;
	if (!existsSync(join(site, 'index.html')))
		throw new Error(
			`${site}/index.html missing: run "npm run ${site === BUILD_DIR ? 'build:test' : 'build'}" first`
		);
	const mounts: [string, string][] = Object.entries({
		...(o.mounts ?? {}),
		...(o.dataDir ? { '/data/': o.dataDir } : {})
	});
	// 1 MiB of request line and headers (Node's default is 16 KiB): the link tests open links of a few
	// hundred kilobytes (25,000 layer names, issue 10), which a real host may refuse but a page must survive.
	const server: Server = createServer({ maxHeaderSize: 1 << 20 }, (req, res) => {
		const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
		let root = site;
		let rel = path;
		const mount = mounts.find(([prefix]) => path.startsWith(prefix));
		if (mount) {
			root = mount[1];
			rel = path.slice(mount[0].length - 1);
		}
		let file = normalize(join(root, rel));
		if (!file.startsWith(root + sep) && file !== root) {
			res.writeHead(403).end();
			return;
		}
		if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		if (!existsSync(file)) {
			res.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${path}`);
			return;
		}
		res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
		createReadStream(file).pipe(res);
	});
	await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		close: () => new Promise<void>((ok) => server.close(() => ok()))
	};
}

export async function launchBrowser(): Promise<Browser> {
	return chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-background-networking',
			'--disable-component-update',
			'--no-first-run'
		]
	});
}

/** A page that records page errors and blocks every request that leaves the test server. */
export async function openPage(
	browser: Browser,
	origin: string,
	o: {
		width?: number;
		height?: number;
		locale?: string;
		reducedMotion?: 'reduce' | 'no-preference';
		hasTouch?: boolean;
	} = {}
): Promise<{ page: Page; errors: string[] }> {
	const context = await browser.newContext({
		viewport: { width: o.width ?? 1280, height: o.height ?? 800 },
		locale: o.locale ?? 'en-GB',
		reducedMotion: o.reducedMotion ?? 'no-preference',
		hasTouch: o.hasTouch ?? false
	});
	const page = await context.newPage();
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(String(e)));
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(`console: ${m.text()}`);
	});
	await page.route('**/*', (route) =>
		route.request().url().startsWith(origin) ? route.continue() : route.abort()
	);
	return { page, errors };
}

/**
 * The embed's composed PNG as a data: URL, asked for through its message API
 * (src/lib/app/png-requests.ts, no test hook: works on the production build).
 */
export async function requestPng(page: Page): Promise<string> {
	await page.waitForFunction(() => document.body.dataset.mapReady === 'true', undefined, { timeout: 60_000 });
	return page.evaluate(
		({ request, reply }) =>
			new Promise<string>((ok, fail) => {
				addEventListener('message', (e: MessageEvent) => {
					const d = e.data as { type?: string; png?: string; error?: string } | null;
					if (d?.type !== reply) return;
					if (d.png) ok(d.png);
					else fail(new Error(d.error ?? 'the embed sent no image'));
				});
				postMessage({ type: request }, location.origin);
			}),
		{ request: PNG_REQUEST, reply: PNG_REPLY }
	);
}

/** Waits until the app has created its map and the map has gone idle once. */
export async function waitForMap(page: Page, timeout = 20_000): Promise<void> {
	await page.waitForFunction(() => document.body.dataset.mapReady === 'true', undefined, { timeout });
	await page.evaluate(
		() =>
			new Promise<void>((ok) => {
				const map = (
					window as unknown as {
						__map: { loaded(): boolean; once(e: string, f: () => void): void; areTilesLoaded(): boolean };
					}
				).__map;
				if (map.loaded() && map.areTilesLoaded()) ok();
				else map.once('idle', () => ok());
			})
	);
}

/** Waits for the next `idle` of the map (after a change). */
export async function waitForIdle(page: Page): Promise<void> {
	await page.evaluate(
		() =>
			new Promise<void>((ok) => {
				const map = (
					window as unknown as { __map: { once(e: string, f: () => void): void; triggerRepaint(): void } }
				).__map;
				map.once('idle', () => ok());
				map.triggerRepaint();
			})
	);
}

const AXE_SOURCE = join(ROOT, 'node_modules/axe-core/axe.min.js');

/** Serious and critical axe-core violations of the page as it is now. */
export async function axeSerious(page: Page): Promise<{ id: string; impact: string; targets: string[] }[]> {
	// Evaluated, not added as a <script>: the pages' CSP forbids inline script.
	if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(AXE_SOURCE, 'utf8'));
	const found = (await page.evaluate(async () => {
		const axe = (
			window as unknown as {
				axe: {
					run(
						o: object
					): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
				};
			}
		).axe;
		const r = await axe.run({ resultTypes: ['violations'] });
		return r.violations.map((v) => ({
			id: v.id,
			impact: v.impact,
			targets: v.nodes.map((n) => n.target.join(' ')).slice(0, 3)
		}));
	})) as { id: string; impact: string; targets: string[] }[];
	return found.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}
