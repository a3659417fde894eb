// review.json is written by read-modify-write under a lock: two writers at once (two browser tabs
// through the review server, here two processes) keep every decision of both.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { updateFileLocked } from '../../scripts/lib/review-file';

const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'sm-review-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A child that appends `n` numbered entries to the file's list, each in its own locked update. */
function writer(file: string, name: string, n: number): Promise<number> {
	const script = join(dir, `writer-${name}.ts`);
	writeFileSync(
		script,
		`import { updateFileLocked } from ${JSON.stringify(join(ROOT, 'scripts/lib/review-file.ts'))};
for (let i = 0; i < ${n}; i++)
	updateFileLocked(${JSON.stringify(file)}, (text) => {
		const doc = text ? JSON.parse(text) : { version: 1, decisions: [] };
		doc.decisions.push(${JSON.stringify(name)} + i);
		return JSON.stringify(doc);
	});
`
	);
	return new Promise((resolve) => {
		const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: ROOT, stdio: 'inherit' });
		child.on('exit', (code) => resolve(code ?? -1));
	});
}

describe('updateFileLocked', () => {
	it('two concurrent writers lose nothing', async () => {
		const file = join(dir, 'review.json');
		const codes = await Promise.all([writer(file, 'a', 60), writer(file, 'b', 60)]);
		expect(codes).toEqual([0, 0]);
		const decisions = (JSON.parse(readFileSync(file, 'utf8')) as { decisions: string[] }).decisions;
		expect(decisions).toHaveLength(120);
		expect(new Set(decisions).size).toBe(120);
	}, 60_000);

	it('leaves the old file whole when the change throws', () => {
		const file = join(dir, 'keep.json');
		writeFileSync(file, '{"version":1,"decisions":[]}');
		expect(() =>
			updateFileLocked(file, () => {
				throw new Error('refused');
			})
		).toThrow('refused');
		expect(readFileSync(file, 'utf8')).toBe('{"version":1,"decisions":[]}');
		// and the lock was released
		expect(updateFileLocked(file, () => 'next')).toBe('next');
	});
});
