// Fuzzing of both pages' links in a real browser (issue 10): for generated queries (the same
// arbitrary as the parsers' property test, tests/url-fuzz/query-arbitrary.ts) the app and the embed
// always load the map, show exactly the notes the parser gives for what the page received, never
// raise a page error, and never grow wider than the screen. Seeded (FC_SEED=<n> explores others);
// FUZZ_RUNS runs per page (default 30), one browser page reused, each run a fresh page load.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import {
	copyDataFolder,
	e2eDataDir,
	launchBrowser,
	openPage,
	startServer,
	type StaticServer
} from './browser';
import { FUZZ_SEED, queryArb } from '../url-fuzz/query-arbitrary';
import { parseUrlState, type ParseLimits } from '../../src/lib/app/url-state';
import { parseEmbedParams } from '../../src/lib/export/embed-params';
import { pageNotes } from '../../src/lib/app/page-notes';
import { STRINGS } from '../../src/lib/i18n/strings';

const RUNS = Number(process.env.FUZZ_RUNS ?? 30);
/** Both pages' MAX_BOUNDS (the basemap's extent). */
const BOUNDS: ParseLimits['bounds'] = [31, 29, 47, 41];

let browser: Browser;
let server: StaticServer;
let data: string;
let limits: ParseLimits;

beforeAll(async () => {
	// The timeline runs across a month end, so generated impossible dates ("2024-11-31") fall inside it.
	data = copyDataFolder(e2eDataDir(), (dir) => {
		const file = join(dir, 'manifest.json');
		writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), end: '2024-12-02' }));
	});
	const manifest = JSON.parse(readFileSync(join(data, 'manifest.json'), 'utf8')) as {
		start: string;
		end: string;
	};
	limits = { start: manifest.start, end: manifest.end, bounds: BOUNDS };
	server = await startServer({ dataDir: data });
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await server?.close();
	if (data) rmSync(data, { recursive: true, force: true });
});

/** The notes a page should show for the query it received, in the language the query asks for. */
function expectedNotes(path: '/' | '/embed/', search: string): string[] {
	const q = new URLSearchParams(search);
	if (path === '/') {
		const { state, notes } = parseUrlState(q, limits);
		return pageNotes([], notes, STRINGS[state.lang]);
	}
	const { params, notes } = parseEmbedParams(q, limits);
	return pageNotes([], notes, STRINGS[params.lang]);
}

async function fuzzPage(path: '/' | '/embed/'): Promise<void> {
	const { page, errors } = await openPage(browser, server.url, { width: 800, height: 600 });
	// The query exactly as the page read it (the browser normalises the link; the app then rewrites it).
	await page.addInitScript(() => {
		(window as unknown as { __search: string }).__search = location.search;
	});
	let runs = 0;
	await fc.assert(
		fc.asyncProperty(queryArb, async (query) => {
			runs++;
			errors.length = 0;
			await page.goto(`${server.url}${path}?${query}`);
			await page.waitForFunction(
				() => document.body.dataset.mapReady === 'true' || !!document.querySelector('[role="alert"]'),
				undefined,
				{ timeout: 60_000 }
			);
			const st = await readPage(page);
			const where = `${path}?${query.slice(0, 300)}`;
			expect(st.alert, where).toBeNull();
			expect(st.mapReady, where).toBe(true);
			expect(st.canvas.width * st.canvas.height, where).toBeGreaterThan(0);
			expect(st.scrollWidth, where).toBeLessThanOrEqual(st.innerWidth);
			expect(st.notes, where).toEqual(expectedNotes(path, st.search));
			expect(errors, where).toEqual([]);
		}),
		// No shrinking: each step is a page load; the failing query is reported as generated.
		{ seed: FUZZ_SEED, numRuns: RUNS, endOnFailure: true }
	);
	expect(runs).toBe(RUNS);
	await page.context().close();
}

function readPage(page: Page) {
	return page.evaluate(() => {
		const canvas = document.querySelector('canvas.maplibregl-canvas')?.getBoundingClientRect();
		return {
			search: (window as unknown as { __search: string }).__search,
			mapReady: document.body.dataset.mapReady === 'true',
			alert: document.querySelector('[role="alert"]')?.textContent ?? null,
			notes: [...document.querySelectorAll('.note li, .notes li')].map((li) => li.textContent ?? ''),
			scrollWidth: document.documentElement.scrollWidth,
			innerWidth: window.innerWidth,
			canvas: { width: canvas?.width ?? 0, height: canvas?.height ?? 0 }
		};
	});
}

describe('generated links', () => {
	it('the app always loads its map or shows a note, never a page error', () => fuzzPage('/'), 600_000);
	it(
		'the embed always loads its map or shows a note, never a page error',
		() => fuzzPage('/embed/'),
		600_000
	);
});
