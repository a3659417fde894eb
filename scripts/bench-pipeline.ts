// Benchmark of the gazetteer pipeline: articles per second and memory on a generated corpus of
// 10,000 articles of ~4 KB (goal: ≥ 1,000 articles/s on one core, memory growing linearly), then the
// worker pool on 1, 2 and all cores against a fixed reference workload measured in the same run
// (scripts/lib/reference-workload.mjs), so that the load of a shared machine cancels out.
//   npx tsx --expose-gc --max-semi-space-size=64 scripts/bench-pipeline.ts
// The corpus is generated from a seeded template, so every run reads the same text.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { GazetteerEntry } from '../src/lib/domain/types';
import { runPipeline } from '../src/lib/pipeline/run-pipeline';
import type { BenchResult } from './bench-territory';
import { loadPipelineContext, type LoadedContext } from './lib/pipeline-context';
import { runArticles } from './lib/worker-pool';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function seeded(seed: number) {
	let s = seed;
	return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

const SENTENCES = [
	(a: string, b: string, d: string) =>
		`Opposition fighters captured ${a} on ${d}, the monitor said, and pushed on toward ${b}.`,
	(a: string, _b: string, d: string) =>
		`Government warplanes struck ${a} ${d}, killing 4 civilians, rescuers said.`,
	(a: string, b: string) => `Clashes continued near ${a} as families fled toward ${b}.`,
	(a: string) => `Artillery shelled the outskirts of ${a} throughout the night, residents said.`,
	() => `Officials gave no figure for the wounded and said the situation was being assessed.`,
	() => `Aid groups warned that services had been suspended across the area for several days.`,
	() => `The United Nations called for restraint and for safe passage for civilians and aid convoys.`,
	() => `Diplomats in Ankara, Moscow and Tehran held talks, according to officials familiar with the calls.`,
	() => `Analysts said the speed of the advance had surprised even the fighters' own commanders.`,
	() => `Prices of bread and fuel rose sharply in the markets, residents told reporters by telephone.`
];
const DAYS = ['Wednesday', 'Thursday', 'Friday', 'earlier Friday', 'overnight', 'on 28 November'];

/**
 * `count` articles of about `bytes` each, naming random settlements of the gazetteer. About 25–30
 * place mentions per 4 KB, as in the seed articles (e.g. 28 in the 4 KB of seed 000).
 */
export function generateCorpus(
	entries: GazetteerEntry[],
	count: number,
	bytes = 4096
): { file: string; text: string }[] {
	const rnd = seeded(7);
	const names = entries
		.filter((e) => e.country === 'SY' && (e.kind === 'town' || e.kind === 'village' || e.kind === 'city'))
		.map((e) => e.name);
	const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
	const out: { file: string; text: string }[] = [];
	for (let i = 0; i < count; i++) {
		let text = `---\npublished: 2024-11-${String(27 + (i % 4)).padStart(2, '0')}\ntitle: Generated report ${i}\n---\n`;
		while (text.length < bytes)
			text += pick(SENTENCES)(pick(names), pick(names), pick(DAYS)) + (rnd() < 0.2 ? '\n\n' : ' ');
		out.push({ file: `gen-${String(i).padStart(5, '0')}.md`, text });
	}
	return out;
}

/**
 * The semi-space size this process was started with: `npm run gazetteer` and `npm run bench` pass
 * --max-semi-space-size (package.json; README "Benchmarks" says why), and the figures depend on it.
 */
function semiSpaceSize(): string {
	const flags = [...process.execArgv, ...(process.env.NODE_OPTIONS ?? '').split(/\s+/)];
	const flag = flags.find((f) => f.startsWith('--max-semi-space-size='));
	return flag ? `${flag.slice('--max-semi-space-size='.length)} MB` : "Node's default (16 MB)";
}

export async function benchPipeline(count = 10_000): Promise<BenchResult[]> {
	const loaded = loadPipelineContext(join(root, 'geodata'), null);
	const corpus = generateCorpus(loaded.entries, count);
	const results: BenchResult[] = [
		{
			name: 'pipeline: semi-space of the young generation (--max-semi-space-size, as npm run gazetteer runs)',
			value: semiSpaceSize(),
			unit: '',
			goal: 'report'
		}
	];
	// memory at growing corpus sizes: linear growth means the ratio per article stays flat
	const perArticle: number[] = [];
	const gc = (globalThis as { gc?: () => void }).gc;
	if (!gc)
		throw new Error(
			'bench-pipeline: run node with --expose-gc (npm run bench does) to measure retained memory'
		);
	// warm up: caches of word forms and compiled expressions are a fixed cost, not per article
	runPipeline(corpus.slice(0, 200), loaded.context);
	for (const n of [count / 4, count / 2, count]) {
		gc();
		const before = process.memoryUsage().heapUsed;
		const t0 = performance.now();
		const cpu0 = process.cpuUsage();
		const out = runPipeline(corpus.slice(0, n), loaded.context);
		const cpu = process.cpuUsage(cpu0);
		const ms = performance.now() - t0;
		gc();
		// what the run retains (its output), not garbage waiting for collection
		const grown = process.memoryUsage().heapUsed - before;
		perArticle.push(grown / n);
		if (n === count) {
			results.push(
				{ name: `pipeline: ${n} articles of ~4 KB`, value: Math.round(ms), unit: 'ms', goal: 'report' },
				{
					name: 'pipeline throughput (wall)',
					value: Math.round((n / ms) * 1000),
					unit: 'articles/s',
					goal: '≥ 1000'
				},
				{
					name: 'pipeline throughput (CPU time, one core)',
					value: Math.round((n / ((cpu.user + cpu.system) / 1000)) * 1000),
					unit: 'articles/s',
					goal: '≥ 1000'
				},
				{
					name: 'pipeline place mentions per article (seed 000: 28 in 4 KB)',
					value: Math.round((out.mentions.length / n) * 10) / 10,
					unit: 'mentions',
					goal: 'report'
				},
				{ name: 'pipeline events found', value: out.events.length, unit: 'events', goal: 'report' },
				{
					name: 'pipeline retained heap (10,000 articles)',
					value: Math.round(grown / 1048576),
					unit: 'MB',
					goal: 'report'
				}
			);
		}
	}
	results.push({
		name: 'pipeline retained heap per article at 2.5k / 5k / 10k articles',
		value: perArticle.map((b) => (b / 1024).toFixed(1)).join(' / '),
		unit: 'KB',
		goal: 'flat or falling (linear)'
	});
	appendScaling(results, await benchScaling(loaded));
	results.push({
		name: 'pipeline peak RSS',
		value: Math.round(process.memoryUsage().rss / 1048576),
		unit: 'MB',
		goal: 'report'
	});
	return results;
}

/** Articles in the scaling corpus: a few seconds per measurement on one core. */
const SCALING_ARTICLES = 4000;
/** Reference units per thread per measurement: about 1.5 s on one core of the bench machine. */
const REFERENCE_UNITS = 10_000;

interface ScalingRow {
	workers: number;
	/** in worker threads (false: in the main thread, as `--workers 1`) */
	pool: boolean;
	/** the machine's load average (1 min) when the run ended: on a shared machine it says what the figures are worth */
	load: number;
	/** articles per second, wall clock (worker start-up included) */
	wall: number;
	/** articles per CPU second of the whole process (all threads) */
	cpu: number;
	/** the reference workload on as many threads, units per second (mean of before and after) */
	reference: number;
}

/** The reference workload on `threads` worker threads at once: units per second, all threads together. */
async function referenceRate(threads: number): Promise<number> {
	const t0 = performance.now();
	await Promise.all(
		Array.from(
			{ length: threads },
			() =>
				new Promise((done, fail) => {
					const worker = new Worker(new URL('./lib/reference-workload.mjs', import.meta.url), {
						workerData: { units: REFERENCE_UNITS }
					});
					worker.once('message', done);
					worker.once('error', fail);
				})
		)
	);
	return (threads * REFERENCE_UNITS) / ((performance.now() - t0) / 1000);
}

/** The pool (scripts/lib/worker-pool.ts) on a corpus of files, at 1, 2 and all cores, each between two reference runs. */
async function benchScaling(loaded: LoadedContext): Promise<ScalingRow[]> {
	const dir = mkdtempSync(join(tmpdir(), 'sm-bench-pool-'));
	try {
		mkdirSync(join(dir, 'articles'));
		for (const { file, text } of generateCorpus(loaded.entries, SCALING_ARTICLES))
			writeFileSync(join(dir, 'articles', file), text);
		const context = { ...loaded.context, clock: () => performance.now() };
		const rows: ScalingRow[] = [];
		// in-process (warm: the runs above compiled the code), then pools of 1, 2 and all cores (each cold)
		for (const [workers, pool] of [
			[1, false],
			...[...new Set([1, 2, availableParallelism()])].map((k) => [k, true] as const)
		] as const) {
			const before = await referenceRate(workers);
			const t0 = performance.now();
			const cpu0 = process.cpuUsage();
			const run = runArticles(join(dir, 'articles'), { workers, threadEvenForOne: pool }, context);
			const cpu = process.cpuUsage(cpu0);
			const ms = performance.now() - t0;
			const after = await referenceRate(workers);
			if (run.readCount !== SCALING_ARTICLES)
				throw new Error(`bench-pipeline: ${run.readCount} of ${SCALING_ARTICLES} articles read`);
			rows.push({
				workers,
				pool,
				load: loadavg()[0]!,
				wall: (SCALING_ARTICLES / ms) * 1000,
				cpu: (SCALING_ARTICLES / ((cpu.user + cpu.system) / 1000)) * 1000,
				reference: (before + after) / 2
			});
		}
		return rows;
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

function appendScaling(results: BenchResult[], rows: ScalingRow[]) {
	const one = rows.find((r) => r.pool && r.workers === 1)!;
	for (const row of rows) {
		const k = row.workers;
		const label = row.pool
			? `pool of ${k} worker thread${k > 1 ? 's' : ''}, ${SCALING_ARTICLES} articles from files`
			: `in-process (--workers 1, code already warm), ${SCALING_ARTICLES} articles from files`;
		results.push(
			{
				name: `${label}: articles/s wall${k > 1 ? ' (per worker)' : ''}`,
				value: k > 1 ? `${Math.round(row.wall)} (${Math.round(row.wall / k)})` : Math.round(row.wall),
				unit: 'articles/s',
				goal:
					k === 1
						? '≥ 1000 per core'
						: `near-linear: ≥ ${Math.round(0.8 * k * one.wall)} (0.8 × ${k} × the pool of 1)`
			},
			{
				name: `${label}: articles per CPU second, all threads${row.pool ? ' (worker start-up included)' : ''}`,
				value: Math.round(row.cpu),
				unit: 'articles/s',
				goal: '≥ 1000 per core'
			},
			{
				name: `${label}: the reference workload on ${k} thread${k > 1 ? 's' : ''} just before and after`,
				value: Math.round(row.reference),
				unit: 'units/s',
				goal: 'report (what the machine gave)'
			},
			{
				name: `${label}: the machine's load average (1 min) at its end, on ${availableParallelism()} cores`,
				value: row.load.toFixed(1),
				unit: '',
				goal: `report (below ${availableParallelism()}: cores to spare)`
			},
			{
				name: `${label}: articles per 1,000 reference units (load cancels out)`,
				value: Math.round((row.wall / row.reference) * 1000),
				unit: 'articles',
				goal: 'report (compare runs by this)'
			}
		);
		if (row.pool && k > 1)
			results.push({
				name: `${label}: speed-up over the pool of 1, as a share of the reference's speed-up on ${k} threads`,
				value: `${(row.wall / one.wall).toFixed(2)}× / ${(row.reference / one.reference).toFixed(2)}× = ${Math.round((row.wall / one.wall / (row.reference / one.reference)) * 100)}`,
				unit: '%',
				goal: '≥ 80 (near-linear)'
			});
	}
}

if (process.argv[1]?.endsWith('bench-pipeline.ts')) {
	// npx tsx --expose-gc --max-semi-space-size=64 scripts/bench-pipeline.ts
	for (const r of await benchPipeline()) console.log(`${r.name}: ${r.value} ${r.unit} (goal ${r.goal})`);
}
