// The review loop (issue 12): one decision changed → review.json written under its lock → the data
// set rebuilt from the cached reading (review applied, territorial model, every file written
// atomically). Measured on our own articles (the development, holdout and review-project sets: 11
// articles) over the default geodata/ (gazetteer, baseline, routes), as `npm run review` runs it.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchResult } from './bench-territory';
import { ReviewSession, reviewPaths } from './review';
import { main as gazetteer } from './gazetteer';

const ROOT = join(import.meta.dirname, '..');
const SETS = [
	'tests/fixtures/articles',
	'tests/fixtures/holdout/articles',
	'tests/fixtures/review-project/articles'
];
/** Rebuilds measured: enough for a stable median on a busy 2-core machine. */
const RUNS = 15;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) =>
	[...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)]!;

export async function benchReview(): Promise<BenchResult[]> {
	const dir = mkdtempSync(join(tmpdir(), 'sm-bench-review-'));
	try {
		const articles = join(dir, 'project', 'articles');
		mkdirSync(articles, { recursive: true });
		for (const set of SETS)
			for (const f of readdirSync(join(ROOT, set)))
				cpSync(join(ROOT, set, f), join(articles, `${set.split('/')[2]}-${f}`));
		const started = performance.now();
		const session = new ReviewSession(reviewPaths({ project: join(dir, 'project') }));
		const first = session.rebuild();
		if (first.error) throw new Error(first.error);
		const startup = performance.now() - started;
		const event = session.read.events.find((e) => e.kind === 'capture');
		if (!event) throw new Error('no capture in the benchmark articles');
		const item = session.state().items.find((i) => i.id === event.id)!;
		const decide: number[] = [];
		const rebuild: number[] = [];
		// CPU time beside wall time: on a shared machine the wall clock mostly measures the others
		const rebuildCpu: number[] = [];
		for (let i = 0; i < RUNS; i++) {
			// alternate reject and accept: each run changes the map (the capture goes, then comes back)
			const action = i % 2 === 0 ? 'reject' : 'accept';
			const t0 = performance.now();
			session.decide(item.readings.map((r) => ({ action, source: r.key })));
			const t1 = performance.now();
			const cpu = process.cpuUsage();
			const { error } = session.rebuild();
			const used = process.cpuUsage(cpu);
			rebuildCpu.push((used.user + used.system) / 1000);
			if (error) throw new Error(error);
			decide.push(t1 - t0);
			rebuild.push(performance.now() - t1);
		}
		const total = decide.map((d, i) => d + rebuild[i]!);
		// one article added (what `--watch` does on a new file): the whole build again in a warm process
		const added = addedArticleRebuilds(dir, articles, session.paths.review);
		const ms = (x: number) => Math.round(x);
		return [
			{
				name: `review server start (read ${session.files.length} articles, ${session.read.events.length} events, first build)`,
				value: ms(startup),
				unit: 'ms',
				goal: 'report'
			},
			{
				name: 'one decision: review.json locked write (median / p95)',
				value: `${ms(median(decide))} / ${ms(p95(decide))}`,
				unit: 'ms',
				goal: 'report'
			},
			{
				name: `one decision: rebuild and write the data folder (median / p95 of ${RUNS})`,
				value: `${ms(median(rebuild))} / ${ms(p95(rebuild))}`,
				unit: 'ms',
				goal: '< 1,000 ms (well under a second)'
			},
			{
				name: 'one decision: rebuild CPU time (median / p95)',
				value: `${ms(median(rebuildCpu))} / ${ms(p95(rebuildCpu))}`,
				unit: 'ms',
				goal: 'report'
			},
			{
				name: `one article added: read every article again and rebuild (median / p95 of ${ADDED_RUNS}, warm process)`,
				value: `${ms(median(added))} / ${ms(p95(added))}`,
				unit: 'ms',
				goal: median(added) < 1000 ? '< 1,000 ms — met' : '< 1,000 ms — **not met**'
			},
			{
				name: `one decision, end to end (median; load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores)`,
				value: ms(median(total)),
				unit: 'ms',
				goal: median(total) < 1000 ? '< 1,000 ms — met' : '< 1,000 ms — **not met**'
			}
		];
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** Rebuilds measured after adding an article. */
const ADDED_RUNS = 5;

/** Wall times of full builds (`npm run gazetteer -- --articles … --review …`), each after one new article. */
function addedArticleRebuilds(dir: string, articles: string, review: string): number[] {
	const out = join(dir, 'out-added');
	const args = ['--articles', articles, '--review', review, '--out', out, '--force'];
	const quiet = { log: console.log, error: console.error };
	console.log = console.error = () => {};
	try {
		if (gazetteer(args) !== 0) throw new Error('bench-review: the first build failed'); // warms the process
		const times: number[] = [];
		for (let i = 0; i < ADDED_RUNS; i++) {
			writeFileSync(
				join(articles, `added-${i}.md`),
				`---\npublished: 2024-12-0${i + 1}\n---\nRebels captured Saraqeb and shelled Maarat al-Numan on Tuesday.\n`
			);
			const t0 = performance.now();
			if (gazetteer(args) !== 0) throw new Error('bench-review: a build after adding an article failed');
			times.push(performance.now() - t0);
		}
		return times;
	} finally {
		console.log = quiet.log;
		console.error = quiet.error;
	}
}
