// npm run eval -- --articles DIR --gold FILE [--geodata DIR] [--published YYYY-MM-DD]
// Runs the pipeline in memory (writes nothing) and scores it against a gold file.
import { resolve } from 'node:path';
import type { Gold } from '../src/lib/eval/score';
import { scoreRun } from '../src/lib/eval/score';
import { runPipeline } from '../src/lib/pipeline/run-pipeline';
import { parseArgs } from './lib/args';
import { loadPipelineContext, readJson } from './lib/pipeline-context';
import { readArticles } from './lib/read-articles';

const USAGE = 'usage: npm run eval -- --articles DIR --gold FILE [--geodata DIR] [--published YYYY-MM-DD] [--verbose]';

function main(argv: string[]): number {
	const flags = parseArgs(argv, { articles: 'string', gold: 'string', geodata: 'string', published: 'string', verbose: 'boolean' });
	if (!flags.articles || !flags.gold) throw new Error('--articles and --gold are required');
	const gold = readJson(resolve(flags.gold as string)) as Gold;
	if (!gold || typeof gold.articles !== 'object') throw new Error(`${flags.gold as string}: must be {"articles": {file: {places, events}}}`);
	const loaded = loadPipelineContext(resolve((flags.geodata as string | undefined) ?? 'geodata'), (flags.published as string | undefined) ?? null);
	const read = readArticles(resolve(flags.articles as string));
	for (const d of read.diagnostics) console.error(`${d.level}: ${d.message}`);
	const out = runPipeline(read.files, loaded.context);
	const scores = scoreRun(gold, out.mentions, out.events, loaded.context.index.entries);
	const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
	console.log(`articles: ${read.files.length}, gold places: ${scores.counts.gold_places}, gold events: ${scores.counts.gold_events}`);
	console.log(`place precision      ${pct(scores.place_precision)}`);
	console.log(`place recall         ${pct(scores.place_recall)}`);
	console.log(`within 5 km          ${pct(scores.within_5km)}`);
	console.log(`event recall         ${pct(scores.event_recall)}`);
	console.log(`event date accuracy  ${pct(scores.event_date_accuracy)}`);
	if (flags.verbose) for (const miss of scores.misses) console.log(`  - ${miss}`);
	return 0;
}

try {
	process.exitCode = main(process.argv.slice(2));
} catch (e) {
	console.error(`eval: ${(e as Error).message}`);
	console.error(USAGE);
	process.exitCode = 2;
}
