// Where a scrub step's time goes (issue 14): opens the test build on the default data or on the
// generated 100k-event data set, steps the date slider as the bench does (scripts/bench-app.ts,
// keydown on the slider), and prints the step times beside a CDP CPU profile of the steps: the
// functions with the most self time, the garbage collector's share and the heap allocated per step.
// `npx tsx scripts/profile-scrub.ts [--large] [--steps 120] [--top 30]`; needs `npm run build:test`.
import { mkdtempSync, rmSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { dayNumber } from '../src/lib/geo/days';
import type { LayerManifest } from '../src/lib/domain/types';
import { BUILD_DIR, FIXTURE_DATA, launchBrowser, realDataHasLayers, startServer } from '../tests/e2e/browser';
import { generateLargeData, openScrubPage, sliderSteps } from './bench-app';

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
	hitCount?: number;
	children?: number[];
}
interface Profile {
	nodes: ProfileNode[];
	samples: number[];
	timeDeltas: number[];
}

const { values } = parseArgs({
	options: {
		large: { type: 'boolean', default: false },
		steps: { type: 'string', default: '120' },
		top: { type: 'string', default: '30' },
		/** Comma-separated function names whose inclusive time (with their callees) is printed. */
		inclusive: { type: 'string', default: '' }
	}
});
const steps = Number(values.steps);
const tmp = mkdtempSync(join(tmpdir(), 'situation-map-profile-'));
const dataDir = values.large
	? join(tmp, 'large')
	: realDataHasLayers()
		? join(BUILD_DIR, 'data')
		: FIXTURE_DATA;
if (values.large) generateLargeData(dataDir);
const manifest = JSON.parse(readFileSync(join(dataDir, 'manifest.json'), 'utf8')) as LayerManifest;
const span = dayNumber(manifest.end) - dayNumber(manifest.start);
const keys: string[] = [];
while (keys.length < steps) {
	const run = Math.min(span, steps - keys.length);
	keys.push(...Array<string>(run).fill('ArrowRight'));
	keys.push(...Array<string>(Math.min(run, steps - keys.length)).fill('ArrowLeft'));
}
const server = await startServer({ dataDir });
const browser = await launchBrowser();
try {
	const page = await openScrubPage(browser, server.url, manifest.start);
	const cdp = await page.context().newCDPSession(page);
	// A warm-up pass, so the profile shows steady-state steps, not first-time compilation.
	const warm = Math.min(10, span);
	await sliderSteps(page, [
		...Array<string>(warm).fill('ArrowRight'),
		...Array<string>(warm).fill('ArrowLeft')
	]);
	await cdp.send('Profiler.enable');
	await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
	const history0 = await page.evaluate(() => history.length);
	await cdp.send('Profiler.start');
	const s = await sliderSteps(page, keys);
	const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
	const history1 = await page.evaluate(() => history.length);
	const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
	const q = (xs: number[], p: number) => sorted(xs)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
	const f = (x: number) => x.toFixed(2);
	console.log(`${values.large ? '100k events + 1k polygons' : 'default data'}, ${keys.length} steps`);
	console.log(
		`step: median ${f(q(s.wall, 0.5))}, p95 ${f(q(s.wall, 0.95))}, max ${f(Math.max(...s.wall))} ms`
	);
	console.log(
		`page work: median ${f(q(s.page, 0.5))}, p95 ${f(q(s.page, 0.95))}, max ${f(Math.max(...s.page))} ms`
	);
	console.log(`source reloads ${s.reloads}; history entries added ${history1 - history0}`);
	// Self time per function (by name and place), from the samples.
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const self = new Map<string, number>();
	let total = 0;
	for (let i = 0; i < profile.samples.length; i++) {
		const n = byId.get(profile.samples[i]!)!;
		const dt = (profile.timeDeltas[i] ?? 0) / 1000;
		const cf = n.callFrame;
		const file = cf.url.split('/').pop() ?? '';
		const key = `${cf.functionName || '(anonymous)'} ${file}:${cf.lineNumber + 1}`;
		self.set(key, (self.get(key) ?? 0) + dt);
		if (cf.functionName !== '(idle)' && cf.functionName !== '(program)') total += dt;
	}
	console.log(`profiled busy time ${f(total)} ms (${f(total / keys.length)} ms a step)`);
	for (const [k, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top)))
		console.log(`${f(ms).padStart(9)} ms  ${((ms / total) * 100).toFixed(1).padStart(5)}%  ${k}`);
	// Inclusive time: a sample counts for a function when it is on the sample's stack (once per stack).
	const names = values.inclusive ? values.inclusive.split(',') : [];
	if (names.length) {
		const parent = new Map<number, number>();
		for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
		const incl = new Map<string, number>(names.map((n) => [n, 0]));
		for (let i = 0; i < profile.samples.length; i++) {
			const dt = (profile.timeDeltas[i] ?? 0) / 1000;
			const onStack = new Set<string>();
			for (let id: number | undefined = profile.samples[i]; id !== undefined; id = parent.get(id)) {
				const name = byId.get(id)!.callFrame.functionName;
				if (incl.has(name)) onStack.add(name);
			}
			for (const name of onStack) incl.set(name, incl.get(name)! + dt);
		}
		console.log('inclusive:');
		for (const [name, ms] of incl)
			console.log(`${f(ms).padStart(9)} ms  ${f(ms / keys.length).padStart(6)} ms a step  ${name}`);
	}
	await page.context().close();
} finally {
	await browser.close();
	await server.close();
	rmSync(tmp, { recursive: true, force: true });
}
