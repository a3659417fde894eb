// Fault injection (issue 10, item 6): the real gazetteer as a child process, killed with SIGKILL at
// 20 seeded points of its write phase, raced against a second run, blocked by a folder in the way of
// a rename, and fed a FIFO named like an article. The write phase pauses at a chosen step through the
// test hook in scripts/lib/write-atomic.ts (SITUATION_MAP_PAUSE_AT_STEP), so every kill lands exactly.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../scripts/gazetteer';
import { bundleGazetteer, smallGeodata, startGazetteer, tree } from './child-gazetteer';
import { seededRandom } from '../../src/lib/util/seeded-random';

let base: string;
let bundle: string;
let geodata: string;
let oldArticles: string;
let newArticles: string;
let emptyArticles: string;
let oldSet: Record<string, string>;
let newSet: Record<string, string>;

/** A folder of articles written for these tests (own wording). */
function articles(name: string, files: Record<string, string>): string {
	const d = join(base, name);
	mkdirSync(d, { recursive: true });
	for (const [file, body] of Object.entries(files)) writeFileSync(join(d, file), body);
	return d;
}
const quiet = () => {
	vi.spyOn(console, 'error').mockImplementation(() => {});
	vi.spyOn(console, 'log').mockImplementation(() => {});
};
/** The gazetteer in this process (fast: modules loaded once), for set-up and the run after a kill. */
const runHere = (articlesDir: string, out: string) =>
	main(['--geodata', geodata, '--articles', articlesDir, '--out', out]);

beforeAll(() => {
	base = mkdtempSync(join(tmpdir(), 'sm-fault-'));
	bundle = bundleGazetteer(base);
	geodata = smallGeodata(base);
	oldArticles = articles('old', {
		'a.md': '---\npublished: 2024-11-28\n---\nOpposition fighters captured Khan al-Asal on 28 November 2024.'
	});
	newArticles = articles('new', {
		'b.md':
			'---\npublished: 2024-11-30\n---\nOpposition fighters captured Maarat al-Artiq on 29 November 2024. Government aircraft struck Khan al-Asal on 30 November 2024.'
	});
	emptyArticles = articles('empty', { 'blank.md': '' });
	quiet();
	expect(runHere(oldArticles, join(base, 'expected-old'))).toBe(0);
	expect(runHere(newArticles, join(base, 'expected-new'))).toBe(0);
	vi.restoreAllMocks();
	oldSet = tree(join(base, 'expected-old'))!;
	newSet = tree(join(base, 'expected-new'))!;
	// the two sets differ in files, not only in content: a mix or a stale file would show
	expect(Object.keys(newSet).filter((f) => !(f in oldSet)).length).toBeGreaterThan(0);
	expect(Object.keys(oldSet).filter((f) => !(f in newSet)).length).toBeGreaterThan(0);
});
beforeEach(quiet);
afterEach(() => vi.restoreAllMocks());
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** A fresh parent folder whose `out` holds the old set. */
function freshOut(name: string): { parent: string; out: string } {
	const parent = join(base, name);
	mkdirSync(parent, { recursive: true });
	const out = join(parent, 'out');
	expect(runHere(oldArticles, out)).toBe(0);
	expect(tree(out)).toEqual(oldSet);
	return { parent, out };
}
const siblingsOf = (parent: string) => readdirSync(parent).filter((f) => f.startsWith('.out.'));

/** Seeded distinct points in 1..total: the first and last step, the rest drawn from a seeded PRNG. */
function seededPoints(total: number, count: number, seed: number): number[] {
	const points = new Set([1, total]);
	const next = seededRandom(seed);
	while (points.size < Math.min(count, total)) points.add(1 + Math.floor(next() * total));
	return [...points].sort((a, b) => a - b);
}

describe('SIGKILL during the write phase', () => {
	it('leaves exactly the old set or the new one at 20 seeded points, and the next run leaves no temporary file', async () => {
		// the first child tells how many steps the write phase has
		const probe = freshOut('probe');
		const first = startGazetteer(
			bundle,
			['--geodata', geodata, '--articles', newArticles, '--out', probe.out],
			1
		);
		const { total } = await first.paused;
		first.process.kill('SIGKILL');
		await first.exited;
		const points = seededPoints(total, 20, 10);
		expect(points).toHaveLength(20);

		const outcomes: string[] = [];
		for (const step of points) {
			const { parent, out } = freshOut(`kill-${step}`);
			const child = startGazetteer(
				bundle,
				['--geodata', geodata, '--articles', newArticles, '--out', out],
				step
			);
			const paused = await child.paused;
			expect(paused.step).toBe(step);
			child.process.kill('SIGKILL');
			expect(await child.exited).toEqual({ code: null, signal: 'SIGKILL' });

			const left = tree(out);
			const aside = tree(join(parent, `.out.old-${child.process.pid}`));
			if (left === null) {
				// killed between its two moves: the folder is briefly absent and the old set whole beside it
				expect(paused.label).toBe('move the new set in');
				expect(aside).toEqual(oldSet);
			} else expect([oldSet, newSet]).toContainEqual(left);
			outcomes.push(
				left === null ? 'aside' : JSON.stringify(left) === JSON.stringify(oldSet) ? 'old' : 'new'
			);

			// a run that ends in error writes nothing, but puts the old set back and clears what the dead run left
			expect(runHere(emptyArticles, out)).toBe(1);
			expect([oldSet, newSet]).toContainEqual(tree(out));
			expect(siblingsOf(parent)).toEqual([]);
			// the next good run: exactly the new set, no temporary folder, no lock
			expect(runHere(newArticles, out)).toBe(0);
			expect(tree(out)).toEqual(newSet);
			expect(siblingsOf(parent)).toEqual([]);
		}
		// the points cover all three outcomes: before the swap, between its moves, after it
		expect(new Set(outcomes)).toEqual(new Set(['old', 'aside', 'new']));
	}, 240_000); // 21 child runs of the whole tool: a guard against a hang, not a speed goal
});

describe('concurrent runs', () => {
	it('refuses a second process while the first holds the lock, naming its pid; the first then finishes', async () => {
		const { parent, out } = freshOut('concurrent');
		const first = startGazetteer(bundle, ['--geodata', geodata, '--articles', newArticles, '--out', out], 1);
		await first.paused;
		const second = startGazetteer(bundle, ['--geodata', geodata, '--articles', oldArticles, '--out', out]);
		expect((await second.exited).code).toBe(2);
		expect(second.stderr()).toMatch(
			new RegExp(
				`gazetteer: another gazetteer run \\(pid ${first.process.pid}, started \\d{4}-\\d{2}-\\d{2}T[^)]*\\) is writing ${out}`
			)
		);
		first.resume();
		expect((await first.exited).code).toBe(0);
		expect(tree(out)).toEqual(newSet);
		expect(siblingsOf(parent)).toEqual([]);
	});
});

describe('a failing rename', () => {
	it('keeps the old set when a folder is in the way of moving it aside', async () => {
		const { parent, out } = freshOut('blocked-aside');
		const child = startGazetteer(bundle, ['--geodata', geodata, '--articles', newArticles, '--out', out], 1);
		await child.paused;
		const blocker = join(parent, `.out.old-${child.process.pid}`);
		mkdirSync(blocker);
		writeFileSync(join(blocker, 'somebody-else'), 'x');
		child.resume();
		expect((await child.exited).code).toBe(2);
		expect(child.stderr()).toMatch(
			/could not move the previous outputs aside to .*\.out\.old-\d+: ENOTEMPTY.*previous outputs kept in .*, nothing written/
		);
		expect(tree(out)).toEqual(oldSet);
		expect(siblingsOf(parent)).toEqual([`.out.old-${child.process.pid}`]);
	});

	it("keeps the old set aside, and says where, when a folder takes the out folder's place between the moves", async () => {
		const { parent, out } = freshOut('blocked-in');
		const steps = await (async () => {
			const probe = startGazetteer(
				bundle,
				['--geodata', geodata, '--articles', newArticles, '--out', out],
				1
			);
			const { total } = await probe.paused;
			probe.process.kill('SIGKILL');
			await probe.exited;
			expect(runHere(emptyArticles, out)).toBe(1); // clears the probe's leftovers
			return total;
		})();
		const child = startGazetteer(
			bundle,
			['--geodata', geodata, '--articles', newArticles, '--out', out],
			steps - 2
		);
		expect((await child.paused).label).toBe('move the new set in');
		mkdirSync(out);
		writeFileSync(join(out, 'somebody-else'), 'x');
		child.resume();
		expect((await child.exited).code).toBe(2);
		const aside = join(parent, `.out.old-${child.process.pid}`);
		expect(child.stderr()).toContain(
			`something else is now at ${out}, so the previous outputs are kept in ${aside}`
		);
		expect(tree(aside)).toEqual(oldSet);
		expect(siblingsOf(parent)).toEqual([`.out.old-${child.process.pid}`]);
		// once the intruder is gone (an empty folder left), the next run, even a failing one, puts the old set back
		rmSync(join(out, 'somebody-else'));
		expect(runHere(emptyArticles, out)).toBe(1);
		expect(tree(out)).toEqual(oldSet);
		expect(siblingsOf(parent)).toEqual([]);
	});
});

describe('a FIFO named like an article', () => {
	it('is refused by name and never opened: the run ends instead of waiting for a writer', async () => {
		const d = articles('fifo', {
			'ok.md':
				'---\npublished: 2024-11-28\n---\nOpposition fighters captured Khan al-Asal on 28 November 2024.'
		});
		execFileSync('mkfifo', [join(d, 'x.md')]);
		const out = join(base, 'fifo-out');
		const child = startGazetteer(bundle, ['--geodata', geodata, '--articles', d, '--out', out]);
		const timer = setTimeout(() => child.process.kill('SIGKILL'), 20_000);
		const exit = await child.exited;
		clearTimeout(timer);
		expect(exit).toEqual({ code: 0, signal: null });
		expect(child.stderr()).toContain('error: x.md: a FIFO (named pipe), not a regular file; not read');
		expect(existsSync(join(out, 'manifest.json'))).toBe(true);
	});
});
