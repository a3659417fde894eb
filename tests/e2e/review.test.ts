// The review page (npm run review) on a small project of our own articles (tests/fixtures/review-project):
// a rejected capture changes the town's control and the front line after the rebuild, review.json
// holds the decision with its note, and a full rebuild from scratch gives the same map; an edited
// date moves a capture; an added event from a selected span appears with its sentence.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main as gazetteer } from '../../scripts/gazetteer';
import { ReviewSession, reviewPaths, startReviewServer } from '../../scripts/review';
import { BUILD_DIR, launchBrowser, openPage, ROOT } from './browser';

const SARAQIB = 'place:geonames:164816';
const MAARAT = 'place:geonames:167611';
const KHAN_AL_ASAL = 'place:sm:khan-al-asal';

const dir = mkdtempSync(join(tmpdir(), 'sm-review-e2e-'));
const project = join(dir, 'project');
let server: { url: string; close: () => Promise<void> };
let browser: Browser;
let page: Page;
let errors: string[];

type PlacesLayer = {
	features: { properties: { place_id: string; faction: string; from_date: string; to_date: string } }[];
};

beforeAll(async () => {
	cpSync(join(ROOT, 'tests/fixtures/review-project'), project, { recursive: true });
	const session = new ReviewSession(reviewPaths({ project }));
	// the test build: its embed exposes window.__embed, which these tests read
	server = await startReviewServer(session, 0, BUILD_DIR);
	browser = await launchBrowser();
	({ page, errors } = await openPage(browser, server.url, { width: 1400, height: 900 }));
	await page.goto(`${server.url}/review`);
	await page.waitForSelector('article.item');
}, 120_000);

afterAll(async () => {
	await browser?.close();
	await server?.close();
	rmSync(dir, { recursive: true, force: true });
});

const item = (place: string, kind: string) =>
	page.locator(`article.item[data-place="${place}"][data-kind="${kind}"]`);

/** The holder of `place` on `date` in the data folder the server now serves. */
async function holder(place: string, date: string): Promise<string | undefined> {
	const layer = (await page.evaluate(async () =>
		(await fetch('/data/layers/places.geojson', { cache: 'no-store' })).json()
	)) as PlacesLayer;
	return layer.features.find(
		(f) => f.properties.place_id === place && f.properties.from_date <= date && date <= f.properties.to_date
	)?.properties.faction;
}
const served = (path: string) =>
	page.evaluate(async (p) => (await fetch(p, { cache: 'no-store' })).text(), path);

/** Runs `act` and waits until the page has the server's answer (a new render) and says it rebuilt. */
async function decided(act: () => Promise<void>): Promise<void> {
	const version = await page.evaluate(() => document.body.dataset.version);
	await act();
	await page.waitForFunction((v) => document.body.dataset.version !== v, version, { timeout: 20_000 });
	expect(await page.locator('#status').textContent()).toMatch(/map rebuilt in \d+ ms/);
}

/** The map frame (the app's /embed page) once its map is ready for the current URL. */
async function mapFrame(): Promise<Frame> {
	const frame = page.frame({ url: /\/embed\// })!;
	await frame.waitForFunction(() => document.body.dataset.mapReady === 'true', undefined, {
		timeout: 30_000
	});
	return frame;
}
/** The map frame's summary of its day. Focusing an item moves the frame to that item's day, a navigation
 *  that may begin just after the old page said it was ready: a read the navigation cut off is made again on
 *  the page that follows (any other error stands). */
async function summary(): Promise<string> {
	for (let attempt = 1; ; attempt++) {
		try {
			return await (
				await mapFrame()
			).evaluate(() => (window as unknown as { __embed: { summary(): string } }).__embed.summary());
		} catch (e) {
			if (attempt >= 5 || !/Execution context was destroyed|frame was detached/.test(String(e))) throw e;
		}
	}
}

// The tests build on each other in order (a decision, then the next), as an analyst would.
describe('review page', () => {
	it('lists the capture of Saraqib with both reports, the contradiction and the change of control', async () => {
		const saraqib = item(SARAQIB, 'capture');
		await expect.poll(() => saraqib.count()).toBe(1);
		const text = await saraqib.textContent();
		expect(text).toContain('1 other article(s) report it');
		expect(text).toContain('control: government → opposition');
		expect(text).toMatch(/Contradicted \(clash\) by Third Test Bulletin/);
		expect(await saraqib.locator('mark.place').first().textContent()).toBe('Saraqib');
		expect(await saraqib.locator('mark.cue').first().textContent()).toBe('captured');
	});

	it('a rejected capture changes the town and the front line; review.json keeps the note; a rebuild from scratch is the same', async () => {
		expect(await holder(SARAQIB, '2024-11-29')).toBe('opposition');
		const frontBefore = await served('/data/layers/frontline.geojson');
		await item(SARAQIB, 'capture').focus();
		expect(await summary()).toMatch(/took[^;]*Saraqeb/);
		await item(SARAQIB, 'capture').locator('textarea').fill('the army says it held the town');
		// keyboard: focus the event and press r
		await item(SARAQIB, 'capture').focus();
		await decided(() => page.keyboard.press('r'));
		expect(await item(SARAQIB, 'capture').getAttribute('data-status')).toBe('rejected');
		expect(await holder(SARAQIB, '2024-11-29')).not.toBe('opposition');
		expect(await served('/data/layers/frontline.geojson')).not.toBe(frontBefore);
		// the app's map beside the list shows the rebuilt data
		await expect.poll(summary, { timeout: 30_000 }).not.toMatch(/took[^;]*Saraqeb/);

		const review = JSON.parse(readFileSync(join(project, 'review.json'), 'utf8')) as {
			decisions: { action: string; note?: string; source: { article: string; place: string } }[];
		};
		expect(review.decisions.map((d) => [d.action, d.source.article, d.source.place, d.note])).toEqual([
			['reject', '01-saraqib.md', SARAQIB, 'the army says it held the town'],
			['reject', '02-maarat.md', SARAQIB, 'the army says it held the town']
		]);

		const fresh = join(dir, 'fresh');
		expect(
			gazetteer([
				'--articles',
				join(project, 'articles'),
				'--review',
				join(project, 'review.json'),
				'--out',
				fresh
			])
		).toBe(0);
		const files = (d: string) =>
			readdirSync(d, { recursive: true, encoding: 'utf8' })
				.filter((f) => /\.(geo)?json$/.test(f))
				.sort();
		expect(files(fresh)).toEqual(files(join(project, 'out')));
		for (const f of files(fresh))
			expect(readFileSync(join(fresh, f), 'utf8'), f).toBe(readFileSync(join(project, 'out', f), 'utf8'));
	}, 120_000);

	it('an edited date moves the capture', async () => {
		expect(await holder(MAARAT, '2024-11-29')).toBe('government');
		const maarat = item(MAARAT, 'capture');
		await maarat.locator('button[data-action=edit]').click();
		await maarat.locator('form.edit input[name=date]').fill('2024-11-29');
		await decided(() => maarat.locator('form.edit button[type=submit]').click());
		expect(await item(MAARAT, 'capture').getAttribute('data-status')).toBe('edited');
		expect(await holder(MAARAT, '2024-11-29')).toBe('opposition');
	}, 60_000);

	it('an added event from a selected span appears with its sentence', async () => {
		expect(await item(KHAN_AL_ASAL, 'capture').count()).toBe(0);
		await page.selectOption('#add-article', '01-saraqib.md');
		const sentence = 'By evening the flag of the insurgents was flying over the main square of Khan al-Asal';
		await page.evaluate((s) => {
			const t = document.getElementById('add-text') as HTMLTextAreaElement;
			const start = t.value.indexOf(s);
			t.focus();
			t.setSelectionRange(start, start + s.length);
		}, sentence);
		const form = page.locator('#add-form');
		await form.locator('select[name=kind]').selectOption('capture');
		await form.locator('input[name=date]').fill('2024-11-29');
		await form.locator('input[name=place]').fill(KHAN_AL_ASAL);
		await form.locator('select[name=actor]').selectOption('HTS-led opposition');
		await form.locator('input[name=note]').fill('a flag over the square: they hold it');
		await decided(() => form.locator('button[type=submit]').click());
		const added = item(KHAN_AL_ASAL, 'capture');
		expect(await added.getAttribute('data-status')).toBe('added');
		expect(await added.locator('blockquote').textContent()).toBe(sentence);
		expect(await holder(KHAN_AL_ASAL, '2024-11-29')).toBe('opposition');
		const events = JSON.parse(await served('/data/events.geojson')) as {
			features: { properties: { place_id: string; reviewed: boolean; note?: string } }[];
		};
		expect(events.features.find((f) => f.properties.place_id === KHAN_AL_ASAL)?.properties).toMatchObject({
			reviewed: true,
			note: 'a flag over the square: they hold it'
		});
		expect(errors).toEqual([]);
	}, 60_000);

	it('the published map tells reviewed from machine-read events, quotes the sentences and has a reviewed-only view', async () => {
		const { page: app, errors: appErrors } = await openPage(browser, server.url, {
			width: 1400,
			height: 900
		});
		await app.goto(`${server.url}/?date=2024-11-29`);
		await app.waitForFunction(() => document.body.dataset.mapReady === 'true', undefined, {
			timeout: 60_000
		});
		const dayEvents = app.locator('.day-events button');
		await dayEvents.filter({ hasText: 'Khan al-Asal' }).click();
		const panel = app.locator('section.inspect');
		await expect.poll(() => panel.locator('[data-reviewed]').textContent()).toBe('Reviewed by an analyst');
		expect(await panel.textContent()).toContain('a flag over the square: they hold it');
		expect(await panel.locator('blockquote').textContent()).toBe(
			'By evening the flag of the insurgents was flying over the main square of Khan al-Asal'
		);
		await dayEvents.filter({ hasText: 'Idlib' }).click();
		await expect
			.poll(() => panel.locator('[data-reviewed]').textContent())
			.toBe('Machine-read, not reviewed');
		expect(await panel.locator('blockquote').textContent()).toMatch(
			/^Government warplanes struck the city of Idlib/
		);
		// the layer panel shows both marks and the switch; switched on, machine-read events leave the list and the URL says so
		await app.locator('[data-toggle=reviewed-only] input').check();
		await expect.poll(() => dayEvents.filter({ hasText: 'Idlib' }).count()).toBe(0);
		expect(await dayEvents.filter({ hasText: 'Khan al-Asal' }).count()).toBe(1);
		await expect.poll(() => new URL(app.url()).searchParams.get('reviewed')).toBe('only');
		const filter = await app.evaluate(() =>
			(window as unknown as { __map: { getFilter(id: string): unknown } }).__map.getFilter('events-circle')
		);
		expect(JSON.stringify(filter)).toContain('["==",["get","reviewed"],true]');
		expect(appErrors).toEqual([]);
		await app.context().close();
	}, 120_000);
});
