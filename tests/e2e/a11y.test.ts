// The whole flow with the keyboard alone (issue 6): Tab to the date slider and scrub with the
// arrows, Tab to play/pause and press Space, Tab to a layer toggle and flip it, open the inspect
// panel from the day's events, open the embed dialog and the export menu — in English and in
// Arabic (mirrored arrows). Every control is reached by Tab / Shift+Tab, never focused by script,
// and each step is checked on what the reader sees. axe-core also runs in the states only the
// keyboard flow reaches (panel, dialog, menu open); the pages' first states are covered by
// app.test.ts and embed.test.ts.
import { describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { isoDate } from '../../src/lib/geo/days';
import { axeSerious, openPage, waitForMap, e2eDataDir } from './browser';
import { servedBrowser } from './served-browser';

const DATA_DIR = e2eDataDir();

const e2e = servedBrowser({ dataDir: DATA_DIR });

const isFocused = (l: Locator) =>
	l.evaluate((el) => el === document.activeElement || el.contains(document.activeElement)).catch(() => false);

/** Presses Tab (or Shift+Tab) until `target` has focus; fails if it is not reached in `max` presses. */
async function tabTo(page: Page, target: Locator, o: { back?: boolean; max?: number } = {}): Promise<void> {
	const key = o.back ? 'Shift+Tab' : 'Tab';
	for (let i = 0; i < (o.max ?? 120); i++) {
		if (await isFocused(target.first())) return;
		await page.keyboard.press(key);
	}
	const where = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 120));
	throw new Error(`not reached by ${key}: ${target.toString()} (focus on ${where})`);
}

const valueNow = (slider: Locator) => slider.getAttribute('aria-valuenow').then(Number);
const frontlineVisibility = (page: Page) =>
	page.evaluate(
		() =>
			(
				window as unknown as { __map: { getLayoutProperty(id: string, p: string): unknown } }
			).__map.getLayoutProperty('frontline-line', 'visibility') ?? 'visible'
	);

describe('the app with the keyboard alone', { timeout: 120_000 }, () => {
	for (const lang of ['en', 'ar'] as const) {
		it(`scrubs, plays, toggles, inspects and opens the embed dialog and export menu (${lang})`, async () => {
			const { page, errors } = await openPage(e2e.browser, e2e.server.url, { reducedMotion: 'reduce' });
			await page.goto(`${e2e.server.url}/?lang=${lang}&date=2024-11-27`);
			await waitForMap(page);
			expect(await page.locator('.app').getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
			const todayTitle = page.locator('#today-title');

			// 1. Tab to the slider; the arrow that points to later dates (mirrored in Arabic) adds a day.
			const slider = page.getByRole('slider');
			await tabTo(page, slider);
			const start = await valueNow(slider);
			const titleBefore = await todayTitle.textContent();
			await page.keyboard.press(lang === 'ar' ? 'ArrowLeft' : 'ArrowRight');
			await expect.poll(() => valueNow(slider)).toBe(start + 1);
			await expect.poll(() => todayTitle.textContent()).not.toBe(titleBefore);
			expect(await slider.getAttribute('aria-valuetext')).toBeTruthy();
			await page.keyboard.press(lang === 'ar' ? 'ArrowRight' : 'ArrowLeft');
			await expect.poll(() => valueNow(slider)).toBe(start);
			await expect.poll(() => todayTitle.textContent()).toBe(titleBefore);

			// 2. Shift+Tab back to play (it precedes the slider); Space plays, Space pauses.
			const play = page.locator('button.play');
			await tabTo(page, play, { back: true });
			const idleLabel = await play.textContent();
			await page.keyboard.press('Space');
			await expect.poll(() => play.textContent()).not.toBe(idleLabel);
			await expect.poll(() => valueNow(slider), { timeout: 15_000 }).toBeGreaterThan(start);
			await page.keyboard.press('Space');
			await expect.poll(() => play.textContent()).toBe(idleLabel);
			// Back on the slider: Home, then day by day to where we started.
			await tabTo(page, slider);
			await page.keyboard.press('Home');
			const min = Number(await slider.getAttribute('aria-valuemin'));
			await expect.poll(() => valueNow(slider)).toBe(min);
			for (let d = min; d < start; d++) await page.keyboard.press(lang === 'ar' ? 'ArrowLeft' : 'ArrowRight');
			await expect.poll(() => valueNow(slider)).toBe(start);
			await expect.poll(() => todayTitle.textContent()).toBe(titleBefore);

			// 3. Tab to the front-line toggle; Space hides the line on the map, Space shows it again.
			const toggle = page.locator('[data-toggle="frontline"] input');
			await tabTo(page, toggle);
			expect(await toggle.isChecked()).toBe(true);
			expect(await frontlineVisibility(page)).toBe('visible');
			await page.keyboard.press('Space');
			await expect.poll(() => toggle.isChecked()).toBe(false);
			await expect.poll(() => frontlineVisibility(page)).toBe('none');
			await page.keyboard.press('Space');
			await expect.poll(() => toggle.isChecked()).toBe(true);
			await expect.poll(() => frontlineVisibility(page)).toBe('visible');

			// 4. Shift+Tab to the day's first event (unfolding a long list first); Enter opens the
			// inspect panel with focus in it.
			const fold = page.locator('details.day-events');
			if (!(await fold.evaluate((d) => (d as HTMLDetailsElement).open))) {
				await tabTo(page, fold.locator('summary'), { back: true });
				await page.keyboard.press('Enter');
				await expect.poll(() => fold.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
			}
			const event = page.locator('ul.events button').first();
			await tabTo(page, event, { back: true });
			const eventLabel = ((await event.textContent()) ?? '').trim();
			await page.keyboard.press('Enter');
			const panel = page.locator('section.inspect');
			await expect.poll(() => panel.count()).toBe(1);
			expect(await panel.locator('#inspect-title').textContent()).toBeTruthy();
			expect(eventLabel.length).toBeGreaterThan(0);
			await expect.poll(() => isFocused(panel)).toBe(true);
			expect(await panel.locator('h3').count()).toBeGreaterThan(0);
			expect(await axeSerious(page)).toEqual([]);
			// Its close button is reachable; Enter closes it.
			await tabTo(page, panel.locator('button.close'));
			await page.keyboard.press('Enter');
			await expect.poll(() => panel.count()).toBe(0);

			// 5. The embed dialog: opens with Enter, holds the snippet for this date, closes with Escape
			// and gives focus back to its button.
			const embedButton = page.locator('button.open');
			await tabTo(page, embedButton, { back: true, max: 200 });
			await page.keyboard.press('Enter');
			const dialog = page.locator('dialog[open]');
			await expect.poll(() => dialog.count()).toBe(1);
			await expect.poll(() => isFocused(dialog)).toBe(true);
			const snippet = (await dialog.locator('textarea').inputValue()) ?? '';
			expect(snippet).toContain('<iframe');
			expect(snippet).toContain(`date=${isoDate(start)}`);
			expect(await axeSerious(page)).toEqual([]);
			await page.keyboard.press('Escape');
			await expect.poll(() => dialog.count()).toBe(0);
			await expect.poll(() => isFocused(embedButton)).toBe(true);

			// 6. The export menu: Tab to it, Enter opens it (aria-expanded), Escape closes it.
			const exportButton = page.locator('button.toggle[aria-controls="export-menu"]');
			await tabTo(page, exportButton);
			await page.keyboard.press('Enter');
			await expect.poll(() => exportButton.getAttribute('aria-expanded')).toBe('true');
			await expect.poll(() => page.locator('#export-menu').isVisible()).toBe(true);
			expect(await axeSerious(page)).toEqual([]);
			await page.keyboard.press('Tab');
			await expect.poll(() => isFocused(page.locator('#export-menu'))).toBe(true);
			await page.keyboard.press('Escape');
			await expect.poll(() => page.locator('#export-menu').count()).toBe(0);

			expect(errors).toEqual([]);
			await page.context().close();
		});
	}
});

describe('the embed with the keyboard alone', { timeout: 120_000 }, () => {
	for (const lang of ['en', 'ar'] as const) {
		it(`scrubs and plays from the keyboard (${lang})`, async () => {
			const { page, errors } = await openPage(e2e.browser, e2e.server.url, { reducedMotion: 'reduce' });
			await page.goto(`${e2e.server.url}/embed/?lang=${lang}&date=2024-11-27`);
			await waitForMap(page);
			const slider = page.getByRole('slider');
			await tabTo(page, slider);
			const start = await valueNow(slider);
			const text = await slider.getAttribute('aria-valuetext');
			await page.keyboard.press(lang === 'ar' ? 'ArrowLeft' : 'ArrowRight');
			await expect.poll(() => valueNow(slider)).toBe(start + 1);
			expect(await slider.getAttribute('aria-valuetext')).not.toBe(text);
			await page.keyboard.press('Home');
			await expect
				.poll(() => slider.getAttribute('aria-valuenow').then(Number))
				.toBe(Number(await slider.getAttribute('aria-valuemin')));

			const play = page.locator('button.play');
			await tabTo(page, play, { back: true });
			const idle = await play.getAttribute('aria-label');
			await page.keyboard.press('Space');
			await expect.poll(() => play.getAttribute('aria-label')).not.toBe(idle);
			await page.keyboard.press('Space');
			await expect.poll(() => play.getAttribute('aria-label')).toBe(idle);

			// The news reports behind the map fold out with the keyboard.
			const details = page.locator('details').first();
			if ((await details.count()) > 0) {
				await tabTo(page, details.locator('summary'));
				await page.keyboard.press('Enter');
				await expect.poll(() => details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
				expect(await axeSerious(page)).toEqual([]);
			}
			expect(errors).toEqual([]);
			await page.context().close();
		});
	}
});
