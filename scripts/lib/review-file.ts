// Reading and writing review.json (the analyst's decisions, src/lib/review). Writes are atomic
// (a temporary file renamed over the old one) and serialised by a lock file, so two writers (two
// browser tabs through the review server, or two servers) never lose each other's decisions.
import {
	closeSync,
	existsSync,
	openSync,
	readFileSync,
	renameSync,
	statSync,
	unlinkSync,
	writeFileSync
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** Largest review.json read: far above any desk's decisions, below what would stall the build. */
export const MAX_REVIEW_BYTES = 20 * 1024 * 1024;

/** review.json as text, or an empty review when the file does not exist yet. */
export function readReviewFile(file: string): { text: string; file: string } {
	if (!existsSync(file)) return { text: '{"version":1,"decisions":[]}', file };
	const size = statSync(file).size;
	if (size > MAX_REVIEW_BYTES)
		throw new Error(
			`${file}: ${(size / 1048576).toFixed(1)} MB, more than the limit of ${MAX_REVIEW_BYTES / 1048576} MB`
		);
	return { text: readFileSync(file, 'utf8'), file };
}

function sleep(ms: number): void {
	Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Read-modify-write of `file` under an exclusive lock file (`.<name>.lock`, created with O_EXCL):
 * `change` gets the current text (null when absent) and returns the new text, written to a
 * temporary file and renamed into place. A lock older than `staleMs` (a writer that died) is taken over.
 */
export function updateFileLocked(
	file: string,
	change: (current: string | null) => string,
	o: { timeoutMs?: number; staleMs?: number } = {}
): string {
	const lock = join(dirname(file), `.${basename(file)}.lock`);
	const deadline = Date.now() + (o.timeoutMs ?? 5000);
	for (;;) {
		try {
			closeSync(openSync(lock, 'wx'));
			break;
		} catch (e) {
			if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
			try {
				if (Date.now() - statSync(lock).mtimeMs > (o.staleMs ?? 10_000)) unlinkSync(lock);
			} catch {
				// the holder released it meanwhile
			}
			if (Date.now() > deadline) throw new Error(`${file}: locked by another writer (${lock})`);
			sleep(5);
		}
	}
	try {
		const current = existsSync(file) ? readFileSync(file, 'utf8') : null;
		const next = change(current);
		const tmp = join(dirname(file), `.${basename(file)}.tmp-${process.pid}`);
		writeFileSync(tmp, next);
		renameSync(tmp, file);
		return next;
	} finally {
		unlinkSync(lock);
	}
}
