// Benchmarks of hostile input (issue 10): the pipeline on one article of 200,000 place names on one
// line (2 MB, the largest article the reader accepts; goal: linear, under 10 s), and the baseline
// check on a polygon of 100,000 vertices (goal: under 5 s). Run alone:
//   npx tsx scripts/bench-hostile.ts
// Each article size runs in its own child process, so its peak memory (maxRSS) is its own.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { composeDataSet } from '../src/lib/compose/compose-data-set';
import { ARTICLE_LIMITS } from '../src/lib/pipeline/limits';
import { runPipeline } from '../src/lib/pipeline/run-pipeline';
import { round6 } from '../src/lib/territory/validate';
import type { BenchResult } from './bench-territory';
import { readComposerGeodata, readPolygons } from './lib/build-data-layers';
import { loadPipelineContext } from './lib/pipeline-context';
import { MAX_ARTICLE_BYTES } from './lib/read-articles';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** How many different place names the list article cycles through. */
const LIST_NAMES = 8;
const FILLER = ' Officials gave no figure for the wounded and said the situation was being assessed.';

/** One article naming `names` places (cycling through `placeNames`) in a single comma-separated line,
 *  padded with filler to `bytes`. */
export function listArticle(names: number, bytes: number, placeNames: string[]): string {
	const parts: string[] = ['---\npublished: 2024-11-30\n---\nFighters went into '];
	for (let i = 0; i < names; i++) parts.push(placeNames[i % placeNames.length]!, ', ');
	parts.push('and stayed.');
	let text = parts.join('');
	if (text.length < bytes) text += FILLER.repeat(Math.floor((bytes - text.length) / FILLER.length));
	return text;
}

/** A closed counterclockwise ring of `n` vertices round a wavy circle, at 6 decimals: a valid boundary. */
export function wavyRing(n: number): number[][] {
	const ring: number[][] = [];
	for (let k = 0; k < n; k++) {
		const t = (2 * Math.PI * k) / n;
		const r = 1 + 0.1 * Math.sin(37 * t);
		ring.push([round6(37 + r * Math.cos(t)), round6(35 + r * Math.sin(t))]);
	}
	ring.push([...ring[0]!]);
	return ring;
}

interface ArticleRun {
	bytes: number;
	seconds: number;
	cpuSeconds: number;
	peakRssMB: number;
	loadedRssMB: number;
	mentions: number;
	warnings: string[];
}

type Mode = 'pipeline' | 'uncapped' | 'whole';

/** Child mode: one article through the pipeline (or the whole composer), measured; prints one JSON line. */
function childRun(names: number, bytes: number, mode: Mode): ArticleRun {
	const whole = mode === 'whole';
	// lifted only in this child, to see whether every stage stays linear without the cap's help
	if (mode === 'uncapped') ARTICLE_LIMITS.maxMentionsPerArticle = Infinity;
	const geodata = join(root, 'geodata');
	const loaded = loadPipelineContext(geodata, null);
	const composer = readComposerGeodata(geodata);
	// the theatre's own cities, whatever the theatre: the first by id, so every run names the same ones
	const cities = [...loaded.context.index.entries.values()]
		.filter((e) => e.kind === 'city')
		.sort((a, b) => (a.id < b.id ? -1 : 1))
		.slice(0, LIST_NAMES)
		.map((e) => e.name);
	const article = { file: 'list.md', text: listArticle(names, bytes, cities) };
	const loadedRss = process.memoryUsage().rss;
	const t0 = performance.now();
	const cpu0 = process.cpuUsage();
	const out = whole
		? composeDataSet({
				articles: [article],
				...composer,
				context: { ...loaded.context, clock: () => performance.now() },
				entries: loaded.entries
			})
		: runPipeline([article], loaded.context);
	const cpu = process.cpuUsage(cpu0);
	const seconds = (performance.now() - t0) / 1000;
	return {
		bytes: Buffer.byteLength(article.text),
		seconds,
		cpuSeconds: (cpu.user + cpu.system) / 1e6,
		// maxRSS is in kilobytes on Linux
		peakRssMB: process.resourceUsage().maxRSS / 1024,
		loadedRssMB: loadedRss / 1048576,
		mentions: out.mentions.length,
		warnings: out.diagnostics.filter((d) => d.level !== 'info').map((d) => d.code)
	};
}

function inChild(names: number, bytes: number, mode: Mode): ArticleRun {
	const stdout = execFileSync(
		process.execPath,
		['--import', 'tsx', fileURLToPath(import.meta.url), '--child', String(names), String(bytes), mode],
		{
			cwd: root,
			encoding: 'utf8',
			maxBuffer: 16 * 1048576
		}
	);
	return JSON.parse(stdout.trim().split('\n').pop()!) as ArticleRun;
}

const s = (x: number) => Math.round(x * 100) / 100;

export async function benchHostile(): Promise<BenchResult[]> {
	const results: BenchResult[] = [];
	// just under the reader's limit: the largest single article `npm run gazetteer` accepts
	const fullBytes = MAX_ARTICLE_BYTES - 4096;
	const sizes = [50_000, 100_000, 200_000];
	const runs = sizes.map((n) => inChild(n, Math.round((fullBytes * n) / 200_000), 'pipeline'));
	const full = runs[runs.length - 1]!;
	results.push(
		{
			name: `pipeline, one ${(full.bytes / 1048576).toFixed(2)} MB article of 200,000 place names on one line (wall)`,
			value: s(full.seconds),
			unit: 's',
			goal: '< 10 s'
		},
		{ name: 'the same, CPU time', value: s(full.cpuSeconds), unit: 's', goal: '< 10 s' },
		{
			name: 'the same, mentions kept and warnings',
			value: `${full.mentions} kept; ${[...new Set(full.warnings)].join(', ') || 'none'}`,
			unit: '',
			goal: '20,000 kept (the cap), too-many-mentions named'
		},
		{
			name: 'the same, peak RSS of its process (after loading the gazetteer)',
			value: `${Math.round(full.peakRssMB)} (${Math.round(full.loadedRssMB)})`,
			unit: 'MB',
			goal: 'report'
		},
		{
			name: 'pipeline CPU ms per 1,000 names at 50k / 100k / 200k names (0.5 / 1 / 2 MB)',
			value: runs.map((r, i) => ((r.cpuSeconds * 1000) / (sizes[i]! / 1000)).toFixed(1)).join(' / '),
			unit: 'ms',
			goal: 'flat or falling (linear; fixed costs spread thinner)'
		},
		{
			name: 'peak RSS at 50k / 100k / 200k names',
			value: runs.map((r) => Math.round(r.peakRssMB)).join(' / '),
			unit: 'MB',
			goal: 'report (linear growth)'
		}
	);
	const uncapped = sizes.map((n) => inChild(n, Math.round((fullBytes * n) / 200_000), 'uncapped'));
	results.push({
		name: 'the same with the mention cap lifted (every stage sees every mention), CPU at 50k / 100k / 200k names',
		value: uncapped.map((r) => r.cpuSeconds.toFixed(2)).join(' / '),
		unit: 's',
		goal: 'linear (a fixed start-up cost, then the same per name)'
	});
	const whole = inChild(200_000, fullBytes, 'whole');
	results.push({
		name: 'whole data set (pipeline + layers) for that article, wall',
		value: s(whole.seconds),
		unit: 's',
		goal: '< 10 s'
	});

	// the baseline check, as `npm run gazetteer` reads it: parse, positions, winding, self-intersection
	const dir = mkdtempSync(join(tmpdir(), 'sm-bench-'));
	try {
		// the first count is run twice and its first time dropped: compiling the checker is not per vertex
		const vertexCounts = [25_000, 25_000, 50_000, 100_000];
		const times = vertexCounts
			.map((n) => {
				const file = join(dir, `baseline-${n}.geojson`);
				const polygon = {
					type: 'Feature',
					properties: { faction: 'government' },
					geometry: { type: 'Polygon', coordinates: [wavyRing(n)] }
				};
				writeFileSync(file, JSON.stringify({ type: 'FeatureCollection', features: [polygon] }));
				const t0 = performance.now();
				readPolygons(file, ['faction']);
				return (performance.now() - t0) / 1000;
			})
			.slice(1);
		results.push(
			{
				name: 'baseline check, one polygon of 100,000 vertices (read and checked)',
				value: s(times[2]!),
				unit: 's',
				goal: '< 5 s'
			},
			{
				name: 'baseline check at 25k / 50k / 100k vertices',
				value: times.map((t) => t.toFixed(2)).join(' / '),
				unit: 's',
				goal: 'near-linear'
			}
		);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
	return results;
}

const argv = process.argv.slice(2);
if (argv[0] === '--child') {
	console.log(JSON.stringify(childRun(Number(argv[1]), Number(argv[2]), argv[3] as Mode)));
} else if (process.argv[1]?.endsWith('bench-hostile.ts')) {
	for (const r of await benchHostile()) console.log(`${r.name}: ${r.value} ${r.unit} (goal ${r.goal})`);
}
