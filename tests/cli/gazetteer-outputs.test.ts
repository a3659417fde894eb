// The out folder is replaced as one set: failed runs write nothing, stale files and leftovers go,
// concurrent runs and folders the tool did not write are refused, and a blocked swap keeps the old set.
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	renameSync,
	writeFileSync
} from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../scripts/gazetteer';
import { isAlive, MARKER_FILE } from '../../scripts/lib/write-atomic';
import { tree as treeOrNull } from './child-gazetteer';

const ROOT = join(__dirname, '..', '..');
let dir: string;
let out: string;

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'sm-out-'));
	out = join(dir, 'out');
	vi.spyOn(console, 'error').mockImplementation(() => {});
	vi.spyOn(console, 'log').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

/** A folder of articles written for these tests (own wording, one short report each). */
function articles(name: string, files: Record<string, string>): string {
	const d = join(dir, name);
	mkdirSync(d, { recursive: true });
	for (const [file, body] of Object.entries(files)) writeFileSync(join(d, file), body);
	return d;
}
const run = (...args: string[]) => main(['--geodata', join(ROOT, 'geodata'), ...args]);
/** Every file under `d` (relative path → content), so "byte-identical" covers the whole set. */
const tree = (d: string): Record<string, string> => treeOrNull(d) ?? {};
const leftovers = () => readdirSync(dir).filter((f) => f.startsWith('.out.'));

const LATE = {
	'late.md': '---\npublished: 2024-12-02\n---\nOpposition fighters took Saraqeb on 1 December 2024.'
};
const EARLY = {
	'early.md': '---\npublished: 2024-11-28\n---\nFighting was reported near Saraqeb on 28 November 2024.'
};

describe('gazetteer output set', () => {
	it('leaves the previous set byte-identical when nothing can be read, and writes nothing with --strict errors', () => {
		expect(run('--articles', articles('good', LATE), '--out', out)).toBe(0);
		const before = tree(out);
		expect(before[MARKER_FILE]).toBeDefined();
		expect(run('--articles', articles('none', { 'empty.txt': '' }), '--out', out)).toBe(1);
		expect(tree(out)).toEqual(before);
		const withError = articles('mixed', { ...EARLY, 'empty.txt': '' });
		expect(run('--articles', withError, '--out', out, '--strict')).toBe(1);
		expect(tree(out)).toEqual(before);
		const fresh = join(dir, 'fresh');
		expect(run('--articles', withError, '--out', fresh, '--strict')).toBe(1);
		expect(existsSync(fresh)).toBe(false);
		expect(leftovers()).toEqual([]);
	});

	it('drops the snapshots of dates a rerun no longer has, and leaves no temporary folder or lock', () => {
		expect(run('--articles', articles('late', LATE), '--out', out)).toBe(0);
		const lateDates = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).dates as string[];
		expect(run('--articles', articles('early', EARLY), '--out', out)).toBe(0);
		const earlyDates = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).dates as string[];
		expect(lateDates.some((d) => !earlyDates.includes(d))).toBe(true);
		expect(readdirSync(join(out, 'snapshots')).sort()).toEqual([...earlyDates].sort());
		expect(leftovers()).toEqual([]);
	});

	it('removes leftovers of a dead run, and takes over a lock whose process is dead', () => {
		expect(isAlive(999999)).toBe(false);
		mkdirSync(join(dir, '.out.tmp-999999', 'layers'), { recursive: true });
		writeFileSync(join(dir, '.out.tmp-999999', 'layers', 'events.geojson'), '{"half":');
		writeFileSync(join(dir, '.out.lock'), JSON.stringify({ pid: 999999, started: '2024-12-01T00:00:00Z' }));
		expect(run('--articles', articles('good', LATE), '--out', out)).toBe(0);
		expect(leftovers()).toEqual([]);
		expect(existsSync(join(out, 'manifest.json'))).toBe(true);
	});

	it('puts the old set back when a dead run left it aside between its two renames', () => {
		expect(run('--articles', articles('good', LATE), '--out', out)).toBe(0);
		const before = tree(out);
		// as a run killed after moving the old set aside and before moving the new one in would leave it
		renameSync(out, join(dir, '.out.old-999999'));
		expect(run('--articles', articles('none', { 'empty.txt': '' }), '--out', out)).toBe(1);
		expect(tree(out)).toEqual(before);
		expect(leftovers()).toEqual([]);
	});

	it('refuses a second run while a live process holds the lock, naming that process', () => {
		expect(run('--articles', articles('good', LATE), '--out', out)).toBe(0);
		const before = tree(out);
		writeFileSync(
			join(dir, '.out.lock'),
			JSON.stringify({ pid: process.pid, started: '2024-12-01T00:00:00Z' })
		);
		expect(() => run('--articles', articles('early', EARLY), '--out', out)).toThrow(
			new RegExp(`another gazetteer run \\(pid ${process.pid}, started 2024-12-01`)
		);
		expect(tree(out)).toEqual(before);
		expect(existsSync(join(dir, '.out.lock'))).toBe(true);
	});

	it('refuses the root, home, repository and a folder it did not write; --force replaces the last', () => {
		const good = articles('good', LATE);
		expect(() => run('--articles', good, '--out', '/')).toThrow(/file system root/);
		expect(() => run('--articles', good, '--out', homedir())).toThrow(/home folder/);
		expect(() => run('--articles', good, '--out', ROOT)).toThrow(/repository root/);
		expect(() => run('--articles', good, '--out', dir)).toThrow(/input folder/);
		const foreign = join(dir, 'mine');
		mkdirSync(foreign);
		writeFileSync(join(foreign, 'notes.txt'), 'my own notes');
		expect(() => run('--articles', good, '--out', foreign)).toThrow(
			/did not write \(no \.situation-map marker\).*--force/
		);
		expect(readFileSync(join(foreign, 'notes.txt'), 'utf8')).toBe('my own notes');
		expect(run('--articles', good, '--out', foreign, '--force')).toBe(0);
		expect(existsSync(join(foreign, 'notes.txt'))).toBe(false);
	});

	it('accepts a set written before the marker existed (a manifest with the contract layers)', () => {
		mkdirSync(out);
		writeFileSync(
			join(out, 'manifest.json'),
			JSON.stringify({
				version: 1,
				layers: { control: 'layers/control.geojson', events: 'layers/events.geojson' }
			})
		);
		expect(run('--articles', articles('good', LATE), '--out', out)).toBe(0);
		expect(existsSync(join(out, MARKER_FILE))).toBe(true);
	});

	it('keeps the old set and says why when a folder is in the way of the swap', () => {
		expect(run('--articles', articles('good', LATE), '--out', out)).toBe(0);
		const before = tree(out);
		const blocker = join(dir, `.out.old-${process.pid}`);
		mkdirSync(blocker);
		writeFileSync(join(blocker, 'keep'), 'x');
		expect(() => run('--articles', articles('early', EARLY), '--out', out)).toThrow(
			/could not move the previous outputs aside to .*\.out\.old-\d+: .*previous outputs kept/
		);
		expect(tree(out)).toEqual(before);
		expect(leftovers()).toEqual([`.out.old-${process.pid}`]);
	});
});
