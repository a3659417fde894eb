// The video export (issue 13): WebCodecs through mediabunny, frames stamped i / fps. The file is read
// back in Node with mediabunny's Input: its written duration must be frames ÷ fps within one frame,
// also when the page is hidden while it records. Needs `npm run gazetteer && npm run build`.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ALL_FORMATS, BufferSource, Input } from 'mediabunny';
import { openPage, waitForMap, e2eDataDir } from './browser';
import { servedBrowser } from './served-browser';
import { scrubPlan } from '../../src/lib/map/scrub-plan';
import { dayNumber, isoDate } from '../../src/lib/geo/days';

const DATA_DIR = e2eDataDir();
const manifest = JSON.parse(readFileSync(join(DATA_DIR, 'manifest.json'), 'utf8')) as {
	start: string;
	end: string;
};
const LAST = dayNumber(manifest.end);

const e2e = servedBrowser({ dataDir: DATA_DIR });

type MapWindow = { __map: { getGlobalState(): Record<string, unknown> } };
/** The day the map has published (it does so once the day holds: map-controller.ts). */
const publishedDay = (page: Page) =>
	page.evaluate(() => (window as unknown as MapWindow).__map.getGlobalState().day);

/** Opens the app on the last date, the menu, and chooses the last day's scrub. */
async function ready(): Promise<{ page: Page; errors: string[] }> {
	// A small window: Chromium renders WebGL in software here, and every frame is rendered.
	const o = await openPage(e2e.browser, e2e.server.url, { width: 700, height: 500 });
	await o.page.goto(`${e2e.server.url}/?date=${manifest.end}`);
	await waitForMap(o.page, 60_000);
	await o.page.getByRole('button', { name: 'Export' }).click();
	await o.page.getByRole('combobox', { name: 'From', exact: true }).selectOption(isoDate(LAST - 1));
	await o.page.getByRole('combobox', { name: 'To', exact: true }).selectOption(isoDate(LAST));
	return o;
}

/** The file's container, codec, written duration and frame count, read by mediabunny's demuxer. */
async function probe(bytes: Buffer) {
	const input = new Input({ source: new BufferSource(new Uint8Array(bytes)), formats: ALL_FORMATS });
	const track = (await input.getPrimaryVideoTrack())!;
	return {
		mime: await input.getMimeType(),
		codec: track.codec,
		duration: await input.computeDuration(),
		frames: (await track.computePacketStats()).packetCount
	};
}

describe('video export', () => {
	const plan = scrubPlan({ from: LAST - 1, to: LAST });

	it('writes MP4 (H.264) or WebM (VP9) whose duration is frames ÷ fps, and puts the map back on its date', async () => {
		const { page, errors } = await ready();
		const wait = page.waitForEvent('download', { timeout: 110_000 });
		await page.getByRole('button', { name: /Animation/ }).click();
		const file = await wait;
		expect(file.suggestedFilename()).toMatch(
			new RegExp(`^situation-map-${isoDate(LAST - 1)}_${isoDate(LAST)}\\.(mp4|webm)$`)
		);
		const v = await probe(readFileSync((await file.path())!));
		console.log(`video export: ${v.mime}, ${v.codec}, ${v.frames} frames, ${v.duration} s`);
		expect(v.codec === 'avc' ? v.mime.startsWith('video/mp4') : v.mime.startsWith('video/webm')).toBe(true);
		expect(['avc', 'vp9']).toContain(v.codec);
		expect(v.frames).toBe(plan.frames);
		expect(Math.abs(v.duration - plan.frames / plan.fps)).toBeLessThanOrEqual(1 / plan.fps);
		await expect.poll(() => publishedDay(page)).toBe(LAST);
		expect(errors).toEqual([]);
		await page.context().close();
	}, 180_000);

	it('keeps its length when the page is hidden and frozen during the export', async () => {
		// Headless Chromium has no tab strip: bringing another page to the front leaves this one
		// "visible", and no DevTools command sets visibility. So the test gives the page what a hidden
		// tab gets: document.visibilityState "hidden" with its event, no animation frames at all, and
		// timers held to one run a second (Chromium's budget for hidden tabs); then, midway, it freezes
		// the page outright for two seconds (Page.setWebLifecycleState, what Chromium does to a
		// background tab it freezes): no task runs. A recorder paced by the wall clock, timers or
		// animation frames would lose frames or stretch; one that stamps frame i at i / fps does not.
		const { page, errors } = await ready();
		await page.getByRole('button', { name: 'All dates' }).click();
		await page.evaluate(() => {
			Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
			Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
			document.dispatchEvent(new Event('visibilitychange'));
			window.requestAnimationFrame = () => 0;
			const timeout = window.setTimeout.bind(window);
			let next = 0;
			window.setTimeout = ((fn: TimerHandler, ms = 0, ...args: unknown[]) => {
				next = Math.max(performance.now() + Number(ms), next + 1000);
				return timeout(fn, next - performance.now(), ...args);
			}) as typeof window.setTimeout;
		});
		const wait = page.waitForEvent('download', { timeout: 230_000 });
		await page.getByRole('button', { name: /Animation/ }).click({ force: true });
		const progress = page.locator('#export-menu progress');
		await page.waitForFunction(() => {
			const p = document.querySelector('#export-menu progress') as HTMLProgressElement | null;
			return !!p && p.value > 0.2;
		});
		const before = await progress.evaluate((p) => (p as HTMLProgressElement).value);
		const cdp = await page.context().newCDPSession(page);
		await cdp.send('Page.setWebLifecycleState', { state: 'frozen' });
		await new Promise((ok) => setTimeout(ok, 2000));
		await cdp.send('Page.setWebLifecycleState', { state: 'active' });
		expect(before).toBeLessThan(1);
		const file = await wait;
		const all = scrubPlan({ from: dayNumber(manifest.start), to: LAST });
		const v = await probe(readFileSync((await file.path())!));
		expect(await page.evaluate(() => document.visibilityState)).toBe('hidden');
		expect(v.frames).toBe(all.frames);
		expect(Math.abs(v.duration - all.frames / all.fps)).toBeLessThanOrEqual(1 / all.fps);
		expect(errors).toEqual([]);
		await page.context().close();
	}, 240_000);

	it('cancels from the progress bar, and leaves the map on its date', async () => {
		const { page, errors } = await ready();
		// The whole timeline: long enough to cancel midway.
		await page.getByRole('button', { name: 'All dates' }).click();
		let downloads = 0;
		page.on('download', () => downloads++);
		await page.getByRole('button', { name: /Animation/ }).click();
		await page.locator('#export-menu progress').waitFor();
		// Skip Playwright's wait for two steady animation frames: the recorder keeps the page busy.
		await page.getByRole('button', { name: 'Cancel' }).click({ force: true });
		await page.getByRole('status').filter({ hasText: 'Recording cancelled.' }).waitFor({ timeout: 60_000 });
		expect(downloads).toBe(0);
		expect(await page.locator('#export-menu progress').count()).toBe(0);
		await expect.poll(() => publishedDay(page)).toBe(LAST);
		expect(errors).toEqual([]);
		await page.context().close();
	}, 120_000);
});
