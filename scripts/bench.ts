// npm run bench [-- --only NAME]: every benchmark with its goal, printed and written to bench/results.md
// (the README quotes it). Speed and memory goals live here, never in timed tests. --only runs one section
// (pipeline, territory, app, sizes, hostile, review) and replaces just that section of bench/results.md.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from './lib/args';
import type { BenchResult } from './bench-territory';

// Each section's module is loaded when the section runs, not before: a process that also holds the
// modules of the other sections (Playwright, the review server) ran the pipeline about 10% slower.
const sections: [string, string, () => Promise<BenchResult[]>][] = [
	[
		'pipeline',
		'Gazetteer pipeline (issue 2)',
		async () => (await import('./bench-pipeline')).benchPipeline()
	],
	[
		'territory',
		'Territorial model (issue 3)',
		async () => (await import('./bench-territory')).benchTerritory()
	],
	['app', 'App in Chromium (issue 4)', async () => (await import('./bench-app')).benchApp()],
	[
		'sizes',
		'Page weight of / and /embed (issue 6)',
		async () => (await import('./bench-sizes')).benchSizes()
	],
	['hostile', 'Hostile input (issue 10)', async () => (await import('./bench-hostile')).benchHostile()],
	['review', 'Review loop (issue 12)', async () => (await import('./bench-review')).benchReview()]
];
const flags = parseArgs(process.argv.slice(2), { only: 'string' });
const only = flags.only as string | undefined;
if (only && !sections.some(([key]) => key === only))
	throw new Error(`--only must be one of ${sections.map(([key]) => key).join(', ')}, got "${only}"`);
const target = join('bench', 'results.md');

const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}`;
const lines: string[] = [
	'# Benchmark results',
	'',
	`Machine: ${machine}. Regenerate with \`npm run bench\`.`,
	''
];
/** The sections of the current results file (title → its lines), kept when --only runs another. */
const previous = new Map<string, string[]>();
if (only && existsSync(target)) {
	let current: string[] | null = null;
	const text = readFileSync(target, 'utf8').split('\n');
	// the other sections were measured on the machine the file names: keep that line
	if (text[2]?.startsWith('Machine: ')) lines[2] = text[2];
	for (const line of text) {
		if (line.startsWith('## ')) previous.set(line.slice(3), (current = []));
		if (current) current.push(line);
	}
}
let failed = false;
for (const [key, title, run] of sections) {
	if (only && key !== only) {
		const kept = previous.get(title);
		if (kept) lines.push(...kept.slice(0, kept.length - (kept[kept.length - 1] === '' ? 1 : 0)), '');
		continue;
	}
	console.log(`\n== ${title}`);
	lines.push(`## ${title}`, '');
	if (only) lines.push(`Measured on its own (\`npm run bench -- --only ${key}\`): ${machine}.`, '');
	lines.push('| figure | value | goal |', '|---|---|---|');
	try {
		for (const r of await run()) {
			const value = `${r.value} ${r.unit}`.trim();
			console.log(`${r.name}: ${value} (goal: ${r.goal})`);
			lines.push(`| ${r.name} | ${value} | ${r.goal} |`);
		}
	} catch (e) {
		failed = true;
		console.error(`${title}: ${(e as Error).message}`);
		lines.push(`| (failed) | ${(e as Error).message.replace(/\|/g, '/')} | |`);
	}
	lines.push('');
}
mkdirSync('bench', { recursive: true });
writeFileSync(`${target}.tmp`, lines.join('\n'));
renameSync(`${target}.tmp`, target);
console.log(`\nwritten to ${target}`);
process.exitCode = failed ? 1 : 0;
