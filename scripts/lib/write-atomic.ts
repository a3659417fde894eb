// Outputs are written only after everything was computed, each file to a temporary name first and
// then renamed over the old one, so a failed run leaves earlier outputs intact.
import { mkdirSync, renameSync, writeFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';

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

/** Writes every file (relative path → JSON value) under `outDir`: all to temp names, then all renamed. */
export function writeOutputs(outDir: string, files: Record<string, unknown>): string[] {
	const temps: [string, string][] = [];
	try {
		for (const [rel, value] of Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1))) {
			const target = join(outDir, rel);
			mkdirSync(dirname(target), { recursive: true });
			const temp = `${target}.tmp-${process.pid}`;
			writeFileSync(temp, serialise(value));
			temps.push([temp, target]);
		}
	} catch (e) {
		for (const [temp] of temps) rmSync(temp, { force: true });
		throw e;
	}
	for (const [temp, target] of temps) renameSync(temp, target);
	return temps.map(([, target]) => target);
}
