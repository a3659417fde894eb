// npm run snapshot -- --date 2024-11-29 --layers control,strikes --out file.png
//                     [--width 1200 --height 800 --pixel-ratio 2 --lang ar --theme dark --bbox w,s,e,n | --center lon,lat --zoom z]
// A PNG of the map for print and PDF reports: serves the production site (build/), opens /embed in
// headless Chromium at the chosen size and pixel ratio, asks it for its PNG through the embed's
// message API (src/lib/app/png-requests.ts: answered once the map is idle), and saves that same
// composed image as the app's PNG export (map, title, date stamp, legend, sources, credits).
// Exit codes: 0 written; 1 could not render (no build, no Chromium, page error); 2 bad arguments.
import { existsSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from './lib/args';
import { readJson } from './lib/pipeline-context';
import { PRODUCTION_BUILD_DIR, launchBrowser, requestPng, startServer } from '../tests/e2e/browser';
import { parseEmbedParams } from '../src/lib/export/embed-params';
import { parseManifest } from '../src/lib/app/manifest';

const FLAGS = {
	date: 'string',
	layers: 'string',
	out: 'string',
	width: 'string',
	height: 'string',
	'pixel-ratio': 'string',
	lang: 'string',
	theme: 'string',
	bbox: 'string',
	center: 'string',
	zoom: 'string',
	events: 'string'
} as const;

class UsageError extends Error {}

function number(
	flags: Record<string, string | boolean>,
	name: string,
	fallback: number,
	min: number,
	max: number,
	integer: boolean
): number {
	const raw = flags[name];
	if (raw === undefined) return fallback;
	const v = Number(raw);
	if (!Number.isFinite(v) || v < min || v > max || (integer && !Number.isInteger(v))) {
		throw new UsageError(
			`--${name} must be ${integer ? 'an integer' : 'a number'} from ${min} to ${max}, got "${String(raw)}"`
		);
	}
	return v;
}

/** Reads the flags into the embed URL query and the page size; throws UsageError naming the flag. */
function plan(argv: string[]) {
	let flags: Record<string, string | boolean>;
	try {
		flags = parseArgs(argv, FLAGS);
	} catch (e) {
		throw new UsageError((e as Error).message);
	}
	const out = flags.out;
	if (typeof out !== 'string') throw new UsageError('--out FILE.png is required');
	if (!out.toLowerCase().endsWith('.png')) throw new UsageError(`--out must name a .png file, got "${out}"`);
	const outPath = resolve(out);
	if (!existsSync(dirname(outPath)) || !statSync(dirname(outPath)).isDirectory())
		throw new UsageError(`--out: folder ${dirname(outPath)} does not exist`);
	const width = number(flags, 'width', 1200, 200, 8000, true);
	const height = number(flags, 'height', 800, 200, 8000, true);
	const ratio = number(flags, 'pixel-ratio', 1, 0.5, 4, false);
	if (width * ratio > 16384 || height * ratio > 16384)
		throw new UsageError(`--width/--height × --pixel-ratio must stay within 16384 pixels`);

	const manifestFile = join(PRODUCTION_BUILD_DIR, 'data/manifest.json');
	if (!existsSync(manifestFile)) throw new Error(`${manifestFile} missing: run "npm run build" first`);
	// readJson names the file when it is truncated or not JSON
	const manifest = parseManifest(readJson(manifestFile), manifestFile);

	const q = new URLSearchParams();
	for (const name of ['date', 'layers', 'lang', 'theme', 'bbox', 'center', 'zoom', 'events'] as const) {
		if (typeof flags[name] === 'string') q.set(name, flags[name]);
	}
	// The embed falls back quietly on a bad value; on the command line a bad value is an error.
	const { notes } = parseEmbedParams(q, {
		start: manifest.start,
		end: manifest.end,
		bounds: [31, 29, 47, 41]
	});
	if (notes.length) {
		const n = notes[0]!;
		const flag = n.param === 'center/zoom' ? '--center/--zoom' : `--${n.param}`;
		const why =
			n.param === 'date'
				? `must be a date from ${manifest.start} to ${manifest.end}`
				: n.param === 'layers'
					? 'must list known layers (e.g. control,strikes,frontline)'
					: 'is not valid';
		throw new UsageError(`${flag} ${why}, got "${n.value}"`);
	}
	q.set('controls', 'none');
	return { query: `?${q.toString()}`, width, height, ratio, outPath, lang: q.get('lang') ?? 'en' };
}

async function main(): Promise<number> {
	let p: ReturnType<typeof plan>;
	try {
		p = plan(process.argv.slice(2));
	} catch (e) {
		console.error(`snapshot: ${(e as Error).message}`);
		return e instanceof UsageError ? 2 : 1;
	}
	const server = await startServer({ root: PRODUCTION_BUILD_DIR });
	const browser = await launchBrowser().catch((e: Error) => {
		throw new Error(
			`could not start Chromium (${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'}; set CHROMIUM_PATH): ${e.message.split('\n')[0]}`
		);
	});
	try {
		const context = await browser.newContext({
			viewport: { width: p.width, height: p.height },
			deviceScaleFactor: p.ratio,
			locale: p.lang === 'ar' ? 'ar' : 'en-GB'
		});
		const page = await context.newPage();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(String(e)));
		// Nothing leaves the local server.
		await page.route('**/*', (r) => (r.request().url().startsWith(server.url) ? r.continue() : r.abort()));
		await page.goto(`${server.url}/embed/${p.query}`);
		const dataUrl = await requestPng(page);
		if (errors.length) throw new Error(`page error: ${errors[0]}`);
		const png = Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
		if (png.readUInt32BE(0) !== 0x89504e47) throw new Error('the page did not return a PNG');
		const temp = `${p.outPath}.tmp-${process.pid}`;
		try {
			writeFileSync(temp, png);
			renameSync(temp, p.outPath);
		} catch (e) {
			rmSync(temp, { force: true });
			throw e;
		}
		console.log(
			`snapshot: wrote ${p.outPath} (${png.readUInt32BE(16)}×${png.readUInt32BE(20)} px, ${png.length} bytes)`
		);
		return 0;
	} finally {
		await browser.close();
		await server.close();
	}
}

main().then(
	(code) => process.exit(code),
	(e: unknown) => {
		console.error(`snapshot: ${e instanceof Error ? e.message : String(e)}`);
		process.exit(1);
	}
);
