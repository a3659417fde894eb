// npx tsx scripts/screenshot-chart.ts [--out docs/figures-chart.png] [--date 2024-11-29] [--lang en]
// The README's picture of the figures chart: serves the production site (build/, after `npm run
// build`), opens the app at a date in headless Chromium and saves the chart's panel as a PNG.
// Exit codes: 0 written; 1 could not render; 2 bad arguments.
import { resolve } from 'node:path';
import { parseArgs } from './lib/args';
import { launchBrowser, openPage, PRODUCTION_BUILD_DIR, startServer } from '../tests/e2e/browser';

async function main(): Promise<number> {
	let flags: Record<string, string | boolean>;
	try {
		flags = parseArgs(process.argv.slice(2), { out: 'string', date: 'string', lang: 'string' });
	} catch (e) {
		console.error(`screenshot-chart: ${(e as Error).message}`);
		return 2;
	}
	const out = resolve(typeof flags.out === 'string' ? flags.out : 'docs/figures-chart.png');
	const date = typeof flags.date === 'string' ? flags.date : '2024-11-29';
	const lang = flags.lang === 'ar' ? 'ar' : 'en';
	const server = await startServer({ root: PRODUCTION_BUILD_DIR });
	const browser = await launchBrowser();
	try {
		const { page, errors } = await openPage(browser, server.url, { width: 1280, height: 900 });
		await page.goto(`${server.url}/?date=${date}&lang=${lang}`);
		await page.waitForFunction(() => document.body.dataset.mapReady === 'true', undefined, {
			timeout: 60_000
		});
		if (errors.length) throw new Error(`page error: ${errors[0]}`);
		// Clipped from the page rather than shot as an element, which may scroll the panel sideways first.
		const box = await page.locator('.figures').boundingBox();
		if (!box) throw new Error('the page shows no figures chart (no figures in the manifest?)');
		await page.screenshot({
			path: out,
			clip: { x: box.x - 4, y: box.y - 4, width: box.width + 8, height: box.height + 8 }
		});
		console.log(`screenshot-chart: wrote ${out}`);
		return 0;
	} finally {
		await browser.close();
		await server.close();
	}
}

main().then(
	(code) => process.exit(code),
	(e: unknown) => {
		console.error(`screenshot-chart: ${e instanceof Error ? e.message : String(e)}`);
		process.exit(1);
	}
);
