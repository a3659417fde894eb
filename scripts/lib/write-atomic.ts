// Outputs are replaced as one set: the whole set is written to a sibling temporary folder, then swapped
// in by renaming folders, so a reader sees the old set or the new one, never a mix, and files the new
// set no longer has (the snapshots of dropped dates) go with the old set. A lock file beside the folder
// keeps two runs from swapping at once. Only folders the tool wrote itself are replaced (a marker file).
import {
	closeSync,
	existsSync,
	mkdirSync,
	openSync,
	readdirSync,
	readFileSync,
	readSync,
	renameSync,
	rmSync,
	statSync,
	writeFileSync,
	writeSync
} from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';

/** Written into every set; its presence is how a later run knows the folder is the tool's own. */
export const MARKER_FILE = '.situation-map';
const MARKER_TEXT =
	'Written by situation-map `npm run gazetteer`; this whole folder is replaced on every run.\n';
/** Layer names of the data contract: a folder whose manifest.json lists only these predates the marker. */
const CONTRACT_LAYERS = new Set(['control', 'frontline', 'changes', 'events', 'places', 'routes']);

/**
 * Fault-injection hook for tests/cli/fault-injection.test.ts, inactive unless the environment variable
 * SITUATION_MAP_PAUSE_AT_STEP=N is set: before the Nth step of the write phase (counted from 1: create
 * the temporary folder, write each file, write the marker, move the old set aside, move the new one in,
 * remove the old set, release the lock) the process says so on stderr and waits for a line on stdin, so
 * the test can look at the folder and then kill it with SIGKILL, or let it go on.
 */
export const PAUSE_ENV = 'SITUATION_MAP_PAUSE_AT_STEP';
let stepsTaken = 0;
function writeStep(label: string, total: number): void {
	const pauseAt = Number(process.env[PAUSE_ENV] ?? 0);
	stepsTaken++;
	if (!pauseAt || stepsTaken !== pauseAt) return;
	writeSync(2, `${PAUSE_ENV}: paused before step ${stepsTaken} of ${total} (${label}), pid ${process.pid}\n`);
	const byte = Buffer.alloc(1);
	for (;;) {
		try {
			if (readSync(0, byte, 0, 1, null) === 0 || byte[0] === 0x0a) return;
		} catch (e) {
			// stdin may be non-blocking: wait a little and try again
			if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') return;
			Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 20);
		}
	}
}
/** Steps of a write phase beyond one per file: temporary folder, marker, aside, in, remove old, lock. */
const STEPS_BESIDE_FILES = 6;

/** JSON with a trailing newline; GeoJSON collections get one feature per line for readable diffs. */
export function serialise(value: unknown): string {
	const v = value as { type?: string; features?: unknown[] };
	if (v && v.type === 'FeatureCollection' && Array.isArray(v.features)) {
		const { features, ...rest } = v;
		const head = JSON.stringify(rest).slice(0, -1);
		const body = features.map((f) => JSON.stringify(f)).join(',\n');
		return `${head}${head.endsWith('{') ? '' : ','}"features":[\n${body}\n]}\n`;
	}
	return JSON.stringify(value, null, 2) + '\n';
}

/** The sibling paths used while replacing `outDir` (all in its parent, so renames stay on one disk). */
export function siblings(outDir: string, pid = process.pid) {
	const parent = dirname(outDir);
	const name = basename(outDir);
	return {
		parent,
		name,
		temp: join(parent, `.${name}.tmp-${pid}`),
		old: join(parent, `.${name}.old-${pid}`),
		lock: join(parent, `.${name}.lock`)
	};
}

/** True when a process with this id exists (EPERM: it exists but belongs to another user). */
export function isAlive(pid: number): boolean {
	if (!Number.isInteger(pid) || pid <= 0) return false;
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return (e as NodeJS.ErrnoException).code === 'EPERM';
	}
}

const contains = (outer: string, inner: string) => {
	const rel = relative(outer, inner);
	return rel === '' || (!rel.startsWith('..') && !rel.startsWith(sep) && rel !== '..');
};

function isOwnSet(dir: string): boolean {
	if (existsSync(join(dir, MARKER_FILE))) return true;
	// Migration: sets written before the marker existed are recognised by their manifest's layers.
	try {
		const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { layers?: unknown };
		const layers = manifest.layers;
		if (!layers || typeof layers !== 'object' || Array.isArray(layers)) return false;
		const names = Object.keys(layers);
		return names.length > 0 && names.every((n) => CONTRACT_LAYERS.has(n));
	} catch {
		return false;
	}
}

/**
 * Refuses an --out folder whose replacement would destroy something: one that holds the current folder,
 * the home folder or an input folder, and (unless `force`) an existing non-empty folder the tool did not write.
 */
export function checkOutDir(
	outDir: string,
	opts: { force: boolean; cwd?: string; home?: string; inputs?: string[] }
): void {
	const out = resolve(outDir);
	const cwd = resolve(opts.cwd ?? process.cwd());
	const home = resolve(opts.home ?? homedir());
	const guarded: [string, string][] = [
		[cwd, existsSync(join(cwd, 'package.json')) ? 'the repository root' : 'the current folder'],
		[home, 'the home folder'],
		...(opts.inputs ?? []).map((p): [string, string] => [resolve(p), 'an input folder'])
	];
	if (out === dirname(out)) throw new Error(`--out ${out}: refusing to replace the file system root`);
	for (const [path, what] of guarded)
		if (contains(out, path))
			throw new Error(
				`--out ${out}: refusing to replace a folder that is or holds ${what} (${path}); the whole folder is replaced on every run`
			);
	if (!existsSync(out)) return;
	if (!statSync(out).isDirectory()) throw new Error(`--out ${out}: exists and is not a folder`);
	if (opts.force || readdirSync(out).length === 0 || isOwnSet(out)) return;
	throw new Error(
		`--out ${out}: folder holds files the gazetteer did not write (no ${MARKER_FILE} marker); every run replaces the whole folder, so pick a new or empty folder, or pass --force to replace it`
	);
}

/**
 * Takes `<parent>/.<name>.lock` (pid and start time). A lock whose pid is dead is stale and taken over;
 * a live one refuses with a message naming that process. Returns the release function.
 */
export function acquireLock(outDir: string): () => void {
	const { parent, lock } = siblings(resolve(outDir));
	mkdirSync(parent, { recursive: true });
	for (let attempt = 0; attempt < 2; attempt++) {
		let fd: number;
		try {
			fd = openSync(lock, 'wx');
		} catch (e) {
			if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
			let holder: { pid?: unknown; started?: unknown } = {};
			try {
				holder = JSON.parse(readFileSync(lock, 'utf8'));
			} catch {
				// unreadable or half-written lock: its writer died before finishing it, so it is stale
			}
			if (typeof holder.pid === 'number' && isAlive(holder.pid))
				throw new Error(
					`another gazetteer run (pid ${holder.pid}, started ${String(holder.started)}) is writing ${resolve(outDir)}; wait for it to end (remove ${lock} only if pid ${holder.pid} is not a gazetteer)`
				);
			rmSync(lock, { force: true });
			continue;
		}
		writeSync(fd, JSON.stringify({ pid: process.pid, started: new Date().toISOString() }) + '\n');
		closeSync(fd);
		return () => {
			writeStep('release the lock', stepsTaken + 1);
			rmSync(lock, { force: true });
		};
	}
	throw new Error(`could not take the lock ${lock}: another run keeps creating it`);
}

/**
 * Removes `.tmp-`/`.old-` siblings left by runs whose process is dead. If such a run died between its two
 * renames (the folder is missing or empty, its old set is aside), the old set is put back first. Call with the lock held.
 */
export function cleanLeftovers(outDir: string): string[] {
	const { parent, name } = siblings(resolve(outDir));
	if (!existsSync(parent)) return [];
	const pattern = new RegExp(`^\\.${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(tmp|old)-(\\d+)$`);
	const stale = readdirSync(parent)
		.map((f) => ({ f, m: pattern.exec(f) }))
		.filter(({ m }) => m && !isAlive(Number(m[2])))
		.map(({ f, m }) => ({ path: join(parent, f), kind: m![1] }));
	const restorable = stale.find((s) => s.kind === 'old');
	let restored: string | null = null;
	// the folder is missing (or an empty folder took its place): the old set aside is the last good one
	const vacant = !existsSync(outDir) || (statSync(outDir).isDirectory() && readdirSync(outDir).length === 0);
	if (vacant && restorable) {
		rmSync(outDir, { recursive: true, force: true });
		renameSync(restorable.path, outDir);
		restored = restorable.path;
	}
	const removed = stale.filter((s) => s.path !== restored).map((s) => s.path);
	for (const path of removed) rmSync(path, { recursive: true, force: true });
	return removed;
}

/**
 * Writes every file (relative path → JSON value) plus the marker as one new set, then swaps it in for
 * `outDir`. On any error the previous set stays (or is put back) under `outDir` and the temporary folder
 * is removed. Returns the paths written, as they are after the swap.
 */
export function writeOutputs(outDir: string, files: Record<string, unknown>): string[] {
	const out = resolve(outDir);
	const { parent, temp, old } = siblings(out);
	mkdirSync(parent, { recursive: true });
	rmSync(temp, { recursive: true, force: true });
	const rels = Object.keys(files).sort();
	stepsTaken = 0;
	const total = rels.length + STEPS_BESIDE_FILES;
	try {
		writeStep('create the temporary folder', total);
		mkdirSync(temp);
		for (const rel of rels) {
			const target = join(temp, rel);
			if (!contains(temp, target) || target === temp)
				throw new Error(`output path "${rel}" leaves the output folder`);
			writeStep(`write ${rel}`, total);
			mkdirSync(dirname(target), { recursive: true });
			writeFileSync(target, serialise(files[rel]));
		}
		writeStep(`write ${MARKER_FILE}`, total);
		writeFileSync(join(temp, MARKER_FILE), MARKER_TEXT);
	} catch (e) {
		rmSync(temp, { recursive: true, force: true });
		throw new Error(
			`could not write the new outputs in ${temp}: ${(e as Error).message}; previous outputs kept in ${out}`
		);
	}
	writeStep('move the old set aside', total);
	const hadOld = existsSync(out);
	if (hadOld) {
		try {
			renameSync(out, old);
		} catch (e) {
			rmSync(temp, { recursive: true, force: true });
			throw new Error(
				`could not move the previous outputs aside to ${old}: ${(e as Error).message}; previous outputs kept in ${out}, nothing written`
			);
		}
	}
	writeStep('move the new set in', total);
	try {
		renameSync(temp, out);
	} catch (e) {
		rmSync(temp, { recursive: true, force: true });
		const why = `could not move the new outputs into ${out}: ${(e as Error).message}`;
		if (hadOld) {
			try {
				renameSync(old, out);
			} catch {
				// something took the folder's place between the two moves: the old set stays aside, and says where
				throw new Error(
					`${why}; something else is now at ${out}, so the previous outputs are kept in ${old} (the next run puts them back once ${out} is gone or empty)`
				);
			}
		}
		throw new Error(`${why}; previous outputs kept, nothing written`);
	}
	// The new set is in place; a failure here only leaves the old set aside, and the next run removes it.
	writeStep('remove the old set', total);
	if (hadOld) rmSync(old, { recursive: true, force: true });
	return rels.map((rel) => join(out, rel));
}
