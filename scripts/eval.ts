// npm run eval -- --articles DIR --gold FILE|DIR [--control FILE] [--geodata DIR] [--published YYYY-MM-DD] [--verbose] [--json FILE]
// Builds the whole data set in memory (writes nothing but --json) and scores it: places and events
// against the gold, the control it draws against a sourced reference. Formats: eval/real/README.md.
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { composeDataSet } from '../src/lib/compose/compose-data-set';
import { asControlReference, scoreControl, type PlaceInterval } from '../src/lib/eval/control';
import { parseGold, parseGoldArticle } from '../src/lib/eval/gold';
import { scoreRun, type Gold } from '../src/lib/eval/score';
import { parseArgs } from './lib/args';
import { readComposerGeodata } from './lib/build-data-layers';
import { loadPipelineContext, readJson } from './lib/pipeline-context';
import { diagnosticLines } from './lib/print-diagnostics';
import { readArticles } from './lib/read-articles';

const USAGE =
	'usage: npm run eval -- --articles DIR --gold FILE|DIR [--control FILE] [--geodata DIR] [--published YYYY-MM-DD] [--verbose] [--json FILE]';

/** A gold file (`{"articles": {…}}`) or a folder of one-article gold files. */
function readGold(path: string): Gold {
	if (!statSync(path).isDirectory()) return parseGold(readJson(path), path);
	const articles: Gold['articles'] = {};
	for (const name of readdirSync(path).sort()) {
		if (!name.endsWith('.json')) continue;
		const file = join(path, name);
		const { article, gold } = parseGoldArticle(readJson(file), file);
		articles[article] = gold;
	}
	return { articles };
}

const pct = (n: number) => `${(n * 100).toFixed(1)}%`;

function main(argv: string[]): number {
	const flags = parseArgs(argv, {
		articles: 'string',
		gold: 'string',
		control: 'string',
		geodata: 'string',
		published: 'string',
		verbose: 'boolean',
		json: 'string'
	});
	if (!flags.articles || !flags.gold) throw new Error('--articles and --gold are required');
	const gold = readGold(resolve(flags.gold as string));
	const geodata = resolve((flags.geodata as string | undefined) ?? 'geodata');
	const loaded = loadPipelineContext(geodata, (flags.published as string | undefined) ?? null);
	const read = readArticles(resolve(flags.articles as string));
	for (const line of diagnosticLines(read.diagnostics, null)) console.error(line);
	const missing = Object.keys(gold.articles).filter((a) => !read.files.some((f) => f.file === a));
	if (missing.length)
		console.error(
			`eval: ${missing.length} gold article(s) not in ${flags.articles as string}: ${missing.slice(0, 5).join(', ')}`
		);
	const started = performance.now();
	const data = composeDataSet({
		articles: read.files,
		...readComposerGeodata(geodata),
		context: loaded.context,
		entries: loaded.entries
	});
	const ms = performance.now() - started;
	// the gold annotates places of the theatre's countries (the gazetteer config lists them)
	const theatre =
		(readJson(join(geodata, 'gazetteer-config.json')) as { countries?: string[] }).countries ?? null;
	const scores = scoreRun(gold, data.mentions, data.events, loaded.context.index.entries, theatre);
	console.log(
		`articles: ${read.files.length}, gold places: ${scores.counts.gold_places}, gold events: ${scores.counts.gold_events}, produced events: ${scores.counts.produced_events} (${ms.toFixed(0)} ms)`
	);
	console.log(`place precision      ${pct(scores.place_precision)}`);
	console.log(`place recall         ${pct(scores.place_recall)}`);
	console.log(`within 5 km          ${pct(scores.within_5km)}`);
	console.log(`event recall         ${pct(scores.event_recall)}`);
	console.log(`event precision      ${pct(scores.event_precision)}`);
	console.log(`event date accuracy  ${pct(scores.event_date_accuracy)}`);
	console.log(
		`  where the gold gives a day  ${pct(scores.event_date_accuracy_stated)} (of ${scores.counts.dated_matches}; the rest the text leaves undated)`
	);
	console.log(
		`event side accuracy  ${pct(scores.event_side_accuracy)} (of ${scores.counts.sided_events} found events whose side the text states)`
	);
	console.log('recall per phrasing family:');
	for (const [family, [found, total]] of Object.entries(scores.families).sort())
		console.log(`  ${family.padEnd(16)} ${found}/${total}`);
	let control = null;
	if (flags.control) {
		const file = resolve(flags.control as string);
		const reference = asControlReference(readJson(file), file);
		const places = (data.files['layers/places.geojson'] as { features: PlaceInterval[] }).features;
		control = scoreControl(reference, places, data.timeline.end);
		console.log(
			`control accuracy     ${pct(control.accuracy)} of ${control.facts} (place, date) facts through ${data.timeline.end}`
		);
		for (const [date, [right, total]] of Object.entries(control.per_date).sort())
			console.log(`  ${date}  ${pct(right / total).padStart(6)}  (${right}/${total})`);
	}
	if (flags.verbose) {
		for (const miss of scores.misses) console.log(`  - ${miss}`);
		for (const miss of control?.misses ?? []) console.log(`  - control ${miss}`);
	}
	if (flags.json) {
		const { misses: _m, ...figures } = scores;
		writeFileSync(
			resolve(flags.json as string),
			JSON.stringify(
				{
					...figures,
					control: control && { accuracy: control.accuracy, facts: control.facts, per_date: control.per_date }
				},
				null,
				1
			) + '\n'
		);
	}
	return 0;
}

try {
	process.exitCode = main(process.argv.slice(2));
} catch (e) {
	console.error(`eval: ${(e as Error).message}`);
	console.error(USAGE);
	process.exitCode = 2;
}
