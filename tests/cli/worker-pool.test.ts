// The pipeline on every core (issue 14): the same articles run with 1, 2 and 3 workers give the same
// data folder, byte for byte, and a file that cannot be read stays a diagnostic naming it. The corpus is
// our own writing, made from a few sentence patterns over villages of the curated gazetteer: dated and
// undated articles (an undated one waits for the batch's latest date), subfolders, front matter errors,
// files that are refused; enough files that every worker gets several chunks.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../scripts/gazetteer';
import { POOL, workerCount } from '../../scripts/lib/worker-pool';
import { bundleGazetteer, smallGeodata, startGazetteer, tree } from './child-gazetteer';

const ROOT = join(__dirname, '..', '..');
/** Each run loads the gazetteer and starts real worker threads or processes: generous, for a shared 2-core machine. */
const SLOW = 300_000;
const PLACES = [
	'Saraqeb',
	'Khan al-Asal',
	'Kafr Halab',
	'Atarib',
	'Zardana',
	'Maarrat al-Numan',
	'Hama',
	'Aleppo'
];
const SENTENCES = [
	(a: string, b: string) => `Rebel units took ${a} on Thursday and moved on toward ${b}.`,
	(a: string) => `Jets of the government bombed ${a} overnight, a rescue group said.`,
	(a: string, b: string) => `Fighting went on around ${a} while people left for ${b}.`,
	(a: string) => `Army troops pulled out of ${a} on 29 November, a monitor reported.`,
	() => `Nobody could say how many people had been hurt.`
];

let base: string;
let corpus: string;

/** `count` articles; every seventh has no date, every eleventh a broken front matter field. */
function writeCorpus(dir: string, count: number) {
	for (let i = 0; i < count; i++) {
		const folder = i % 5 === 0 ? join(dir, `week-${i % 3}`) : dir;
		mkdirSync(folder, { recursive: true });
		const day = 27 + (i % 4);
		const front =
			i % 7 === 0
				? ''
				: `---\npublished: 2024-11-${day}${i % 11 === 0 ? 'T25:00' : ''}\ntitle: Report ${i}\n---\n`;
		let body = '';
		for (let s = 0; s < 6; s++) {
			const pattern = SENTENCES[(i + s) % SENTENCES.length]!;
			body += pattern(PLACES[(i * 3 + s) % PLACES.length]!, PLACES[(i + s * 5 + 1) % PLACES.length]!) + ' ';
		}
		writeFileSync(join(folder, `report-${String(i).padStart(3, '0')}.md`), front + body.trim() + '\n');
	}
	// refused by name, wherever they fall among the chunks
	writeFileSync(join(dir, 'report-050b.md'), Buffer.from([0x00, 0x01, 0x02, 0x03]));
	writeFileSync(join(dir, 'week-1', 'empty.md'), '   \n');
	writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Saraqeb \xe9t\xe9\n', 'latin1'));
	// no date given or stated: dated by the week in which its events agree with the dated reports'
	writeFileSync(
		join(dir, 'undated-weekdays.md'),
		'Army troops pulled out of Saraqeb on Friday, a monitor reported.\n'
	);
	// no date given, one stated that no dated report agrees with: read against that date, as a bound
	writeFileSync(
		join(dir, 'undated-bound.md'),
		'Army troops pulled out of Kafr Halab on 12 November, a monitor reported.\n'
	);
}

beforeAll(() => {
	base = mkdtempSync(join(tmpdir(), 'sm-pool-'));
	corpus = join(base, 'articles');
	// several chunks per worker, with three workers
	writeCorpus(corpus, POOL.chunkFiles * 3 * 3);
});

let errors: string[];
beforeEach(() => {
	errors = [];
	vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void errors.push(a.join(' ')));
	vi.spyOn(console, 'log').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

const run = (workers: number) => {
	const out = join(base, `out-${workers}`);
	const code = main([
		'--geodata',
		join(ROOT, 'geodata'),
		'--articles',
		corpus,
		'--out',
		out,
		'--workers',
		String(workers)
	]);
	return { code, out, errors: [...errors] };
};

describe('the worker pool', () => {
	it(
		'writes the same files, byte for byte, with 1, 2 and 3 workers',
		() => {
			const one = run(1);
			expect(one.code).toBe(0);
			const files = tree(one.out)!;
			// the corpus exercises what the merge must keep in order: events, refusals, undated articles
			const diagnostics = JSON.parse(files['diagnostics.json']!) as { code: string; article: string }[];
			const codes = new Set(diagnostics.map((d) => d.code));
			for (const code of [
				'unreadable-article',
				'bad-front-matter',
				'reference-date-inferred',
				'reference-date-corroborated'
			])
				expect(codes, code).toContain(code);
			expect(JSON.parse(files['events.geojson']!).features.length).toBeGreaterThan(10);
			for (const workers of [2, 3]) {
				errors.length = 0;
				const other = run(workers);
				expect(other.code).toBe(0);
				const got = tree(other.out)!;
				expect(Object.keys(got).sort()).toEqual(Object.keys(files).sort());
				for (const [name, content] of Object.entries(files))
					expect(got[name], `${name}, ${workers} workers`).toBe(content);
				// the terminal says the same too, bar the out folder's name
				expect(other.errors.map((l) => l.replaceAll(other.out, 'OUT'))).toEqual(
					one.errors.map((l) => l.replaceAll(one.out, 'OUT'))
				);
			}
		},
		SLOW
	);

	it(
		'names each refused file in its own diagnostic',
		() => {
			const { out } = run(2);
			const diagnostics = JSON.parse(readFileSync(join(out, 'diagnostics.json'), 'utf8')) as {
				code: string;
				message: string;
			}[];
			const refused = diagnostics.filter((d) => d.code === 'unreadable-article').map((d) => d.message);
			expect(refused).toEqual([
				'latin1.txt: not valid UTF-8 text',
				'report-050b.md: binary file (contains NUL bytes), not a text article',
				'week-1/empty.md: empty file'
			]);
		},
		SLOW
	);

	it(
		'runs from the bundled script, with the worker entry beside it',
		async () => {
			const bundle = bundleGazetteer(join(base, 'bundle'));
			// the bundle has no node_modules beside it: a geodata folder without GeoNames rows
			const geodata = smallGeodata(base);
			const outs = [];
			for (const workers of ['1', '2']) {
				const out = join(base, `out-bundle-${workers}`);
				const child = startGazetteer(bundle, [
					'--geodata',
					geodata,
					'--articles',
					corpus,
					'--out',
					out,
					'--workers',
					workers
				]);
				expect((await child.exited).code, child.stderr()).toBe(0);
				outs.push(tree(out));
			}
			expect(JSON.parse(outs[0]!['places.geojson']!).features.length).toBeGreaterThan(0);
			expect(outs[1]).toEqual(outs[0]);
		},
		SLOW
	);

	it('refuses a --workers that is not a whole number of at least 1', () => {
		for (const bad of ['0', '-1', '1.5', 'all'])
			expect(() => main(['--articles', corpus, '--out', join(base, 'never'), '--workers', bad])).toThrow(
				`--workers must be a whole number of at least 1, got "${bad}"`
			);
	});
});

describe('workerCount', () => {
	it('uses the workers asked for, never more than the files', () => {
		expect(workerCount(100, 3)).toBe(3);
		expect(workerCount(2, 8)).toBe(2);
		expect(workerCount(0, 4)).toBe(1);
	});
	it('without --workers, stays in-process for a small batch and adds a worker per articlesPerAutoWorker', () => {
		expect(workerCount(POOL.articlesPerAutoWorker, undefined)).toBe(1);
		expect(workerCount(POOL.articlesPerAutoWorker + 1, undefined)).toBe(Math.min(2, availableParallelism()));
	});
});
