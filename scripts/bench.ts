// npm run bench: every benchmark with its goal, printed and written to bench/results.md
// (the README quotes it). Speed and memory goals live here, never in timed tests.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { benchApp } from './bench-app';
import { benchPipeline } from './bench-pipeline';
import { benchSizes } from './bench-sizes';
import { benchTerritory, type BenchResult } from './bench-territory';

const sections: [string, () => Promise<BenchResult[]>][] = [
	['Gazetteer pipeline (issue 2)', () => benchPipeline()],
	['Territorial model (issue 3)', () => benchTerritory()],
	['App in Chromium (issue 4)', () => benchApp()],
	['Page weight of / and /embed (issue 6)', () => benchSizes()]
];

const lines: string[] = [
	'# Benchmark results',
	'',
	`Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}, Node ${process.version}. Regenerate with \`npm run bench\`.`,
	''
];
let failed = false;
for (const [title, run] of sections) {
	console.log(`\n== ${title}`);
	lines.push(`## ${title}`, '', '| figure | value | goal |', '|---|---|---|');
	try {
		for (const r of await run()) {
			console.log(`${r.name}: ${r.value} ${r.unit} (goal: ${r.goal})`);
			lines.push(`| ${r.name} | ${r.value} ${r.unit} | ${r.goal} |`);
		}
	} catch (e) {
		failed = true;
		console.error(`${title}: ${(e as Error).message}`);
		lines.push(`| (failed) | ${(e as Error).message.replace(/\|/g, '/')} | |`);
	}
	lines.push('');
}
mkdirSync('bench', { recursive: true });
const target = join('bench', 'results.md');
writeFileSync(`${target}.tmp`, lines.join('\n'));
renameSync(`${target}.tmp`, target);
console.log(`\nwritten to ${target}`);
process.exitCode = failed ? 1 : 0;
