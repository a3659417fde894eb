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
interface AllocNode {
	callFrame: { functionName: string; url: string; lineNumber: number };
	selfSize: number;
	children: AllocNode[];
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
		/** Another built site (e.g. the test build of an older commit): its steps alternate with this build's, no profile. */
		against: { type: 'string' },
		/** Also sample allocations (CDP sampling heap profiler, collected objects included). */
		alloc: { type: 'boolean', default: false },
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
const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const q = (xs: number[], p: number) => sorted(xs)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
const f = (x: number) => x.toFixed(2);
const summary = (s: { wall: number[]; page: number[] }) =>
	`step median ${f(q(s.wall, 0.5))}, p95 ${f(q(s.wall, 0.95))}, max ${f(Math.max(...s.wall))} ms; ` +
	`page work median ${f(q(s.page, 0.5))}, p95 ${f(q(s.page, 0.95))}, max ${f(Math.max(...s.page))} ms`;
if (values.against) {
	// Both sites open side by side, their steps alternating in runs of 20, so load changes touch both alike.
	const other = await startServer({ dataDir, root: values.against });
	try {
		const pages = [
			{ name: 'this build', page: await openScrubPage(browser, server.url, manifest.start) },
			{ name: values.against, page: await openScrubPage(browser, other.url, manifest.start) }
		];
		const runs = pages.map(() => ({ wall: [] as number[], page: [] as number[] }));
		for (let at = 0; at < keys.length; at += 20)
			for (const [i, p] of pages.entries()) {
				const r = await sliderSteps(p.page, keys.slice(at, at + 20));
				runs[i]!.wall.push(...r.wall);
				runs[i]!.page.push(...r.page);
			}
		for (const [i, p] of pages.entries()) console.log(`${p.name}: ${summary(runs[i]!)}`);
	} finally {
		await browser.close();
		await server.close();
		await other.close();
	}
	process.exit(0);
}
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
	if (values.alloc) {
		await cdp.send('HeapProfiler.enable');
		await cdp.send('HeapProfiler.startSampling', {
			samplingInterval: 4096,
			includeObjectsCollectedByMajorGC: true,
			includeObjectsCollectedByMinorGC: true
		});
	}
	await cdp.send('Profiler.start');
	const s = await sliderSteps(page, keys);
	const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
	const allocs = values.alloc
		? ((await cdp.send('HeapProfiler.stopSampling')) as { profile: { head: AllocNode } }).profile.head
		: null;
	const history1 = await page.evaluate(() => history.length);
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
	const names = values.inclusive ? values.inclusive.split(',') : [];
	if (allocs) {
		// Bytes allocated per function (self), over the steps: what the garbage collector has to clear.
		const bytes = new Map<string, number>();
		let all = 0;
		const walk = (n: AllocNode) => {
			const cf = n.callFrame;
			const key = `${cf.functionName || '(anonymous)'} ${cf.url.split('/').pop() ?? ''}:${cf.lineNumber + 1}`;
			bytes.set(key, (bytes.get(key) ?? 0) + n.selfSize);
			all += n.selfSize;
			for (const c of n.children) walk(c);
		};
		walk(allocs);
		// Bytes allocated under each named function (with its callees).
		const under = new Map<string, number>();
		const walkUnder = (n: AllocNode, on: ReadonlySet<string>) => {
			const name = n.callFrame.functionName;
			const here = names.includes(name) && !on.has(name) ? new Set([...on, name]) : on;
			for (const k of here) under.set(k, (under.get(k) ?? 0) + n.selfSize);
			for (const c of n.children) walkUnder(c, here);
		};
		walkUnder(allocs, new Set());
		for (const name of names)
			console.log(
				`${((under.get(name) ?? 0) / 1024 / keys.length).toFixed(1).padStart(9)} KB a step under ${name}`
			);
		console.log(`allocated ${(all / 1024 / keys.length).toFixed(0)} KB a step (sampled), by function:`);
		for (const [k, b] of [...bytes].sort((a, b) => b[1] - a[1]).slice(0, Number(values.top)))
			console.log(`${(b / 1024 / keys.length).toFixed(1).padStart(9)} KB a step  ${k}`);
	}
	// Inclusive time: a sample counts for a function when it is on the sample's stack (once per stack).
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
