// npm run eval:sparse -- --articles DIR --sources FILE[,FILE…] --control FILE [--samples N] [--size N] [--kinds K,…] [--geodata DIR] [--verbose]
// The control map from a few articles: draws `--samples` stratified samples of `--size` articles
// (src/lib/eval/sparse-samples.ts), builds each sample's map and scores it against the control
// reference. An article whose front matter has no date takes the `text_date` its sources list gives
// (the day its text is written on, read by hand), as a desk dating its clippings would. Prints each
// sample's accuracy and worst date, then the mean and worst over the samples, per date too. `--kinds city`
// scores only the reference's places of those gazetteer kinds (a published map is read by its cities first).
import { resolve } from 'node:path';
import { composeDataSet } from '../src/lib/compose/compose-data-set';
import { asControlReference, scoreControl, type PlaceInterval } from '../src/lib/eval/control';
import { stratifiedSamples, withPublished } from '../src/lib/eval/sparse-samples';
import type { IsoDate, PlaceKind } from '../src/lib/domain/types';
import { PLACE_KINDS } from '../src/lib/gazetteer/curated-rows';
import { parseArgs } from './lib/args';
import { readComposerGeodata } from './lib/build-data-layers';
import { loadPipelineContext, readJson } from './lib/pipeline-context';
import { readArticles } from './lib/read-articles';

const USAGE =
	'usage: npm run eval:sparse -- --articles DIR --sources FILE[,FILE…] --control FILE [--samples N] [--size N] [--kinds K,…] [--geodata DIR] [--verbose]';
const pct = (n: number) => `${(n * 100).toFixed(1)}%`;

function positiveInt(value: unknown, flag: string, fallback: number): number {
	if (value === undefined) return fallback;
	const n = Number(value);
	if (!Number.isInteger(n) || n < 1)
		throw new Error(`--${flag} must be a positive integer, not ${JSON.stringify(value)}`);
	return n;
}

/** article file → the date its text is written on, from the eval sets' sources lists. */
function textDates(files: string[]): Map<string, IsoDate> {
	const out = new Map<string, IsoDate>();
	for (const file of files) {
		const list = readJson(file);
		if (!Array.isArray(list)) throw new Error(`${file}: must be a list of sources`);
		list.forEach((s, i) => {
			if (typeof s?.article !== 'string') throw new Error(`${file}: [${i}].article must be a file name`);
			const field = s.text_date != null ? 'text_date' : 'published';
			const date = s[field] ?? null;
			if (date !== null && !/^\d{4}-\d\d-\d\d$/.test(date))
				throw new Error(`${file}: [${i}].${field} must be YYYY-MM-DD or null, not ${JSON.stringify(date)}`);
			if (date) out.set(s.article, date);
		});
	}
	return out;
}

function main(argv: string[]): number {
	const flags = parseArgs(argv, {
		articles: 'string',
		sources: 'string',
		control: 'string',
		samples: 'string',
		size: 'string',
		geodata: 'string',
		kinds: 'string',
		verbose: 'boolean'
	});
	if (!flags.articles || !flags.sources || !flags.control)
		throw new Error('--articles, --sources and --control are required');
	const count = positiveInt(flags.samples, 'samples', 8);
	const size = positiveInt(flags.size, 'size', 15);
	const geodata = resolve((flags.geodata as string | undefined) ?? 'geodata');
	const loaded = loadPipelineContext(geodata, null);
	const composer = readComposerGeodata(geodata);
	const controlFile = resolve(flags.control as string);
	const reference = asControlReference(readJson(controlFile), controlFile);
	if (flags.kinds !== undefined) {
		const kinds = (flags.kinds as string).split(',');
		const unknown = kinds.filter((k) => !PLACE_KINDS.includes(k as PlaceKind));
		if (unknown.length)
			throw new Error(`--kinds: ${unknown.join(', ')} is not a place kind (${PLACE_KINDS.join(', ')})`);
		const kindOf = new Map(loaded.entries.map((e) => [e.id, e.kind as string]));
		reference.places = reference.places.filter((p) => kinds.includes(kindOf.get(p.place_id ?? '') ?? ''));
		console.log(`scoring the ${reference.places.length} reference places of kind ${kinds.join(', ')}`);
	}
	const dates = textDates((flags.sources as string).split(',').map((f) => resolve(f)));
	const read = readArticles(resolve(flags.articles as string));
	const texts = new Map(
		read.files.map((f) => {
			const date = dates.get(f.file);
			return [f.file, date ? withPublished(f.text, date) : f.text];
		})
	);
	const samples = stratifiedSamples(
		read.files.map((f) => ({ file: f.file, date: dates.get(f.file) ?? null })),
		size,
		count
	);
	const perDate = new Map<string, number[]>();
	const overall: number[] = [];
	samples.forEach((sample, k) => {
		const data = composeDataSet({
			articles: sample.map((file) => ({ file, text: texts.get(file)! })),
			...composer,
			context: loaded.context,
			entries: loaded.entries
		});
		const places = (data.files['layers/places.geojson'] as { features: PlaceInterval[] }).features;
		const score = scoreControl(reference, places, data.timeline.end);
		overall.push(score.accuracy);
		const days = Object.entries(score.per_date).sort();
		for (const [date, [right, total]] of days)
			(perDate.get(date) ?? perDate.set(date, []).get(date)!).push(right / total);
		const worst = days.length ? days.reduce((w, d) => (d[1][0] / d[1][1] < w[1][0] / w[1][1] ? d : w)) : null;
		console.log(
			`sample ${k + 1}: ${pct(score.accuracy)} of ${score.facts} facts through ${data.timeline.end}` +
				(worst ? `; worst ${worst[0]} ${pct(worst[1][0] / worst[1][1])}` : '; no date after the baseline')
		);
		if (flags.verbose) {
			console.log(`  articles: ${sample.join(', ')}`);
			for (const miss of score.misses) console.log(`  - ${miss}`);
		}
	});
	const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
	console.log(
		`control over ${count} samples of ${size} articles: mean ${pct(mean(overall))}, worst sample ${pct(Math.min(...overall))}`
	);
	console.log('per date: mean (worst sample)');
	for (const [date, shares] of [...perDate].sort())
		console.log(
			`  ${date}  ${pct(mean(shares)).padStart(6)}  (${pct(Math.min(...shares))}, ${shares.length} samples)`
		);
	return 0;
}

try {
	process.exitCode = main(process.argv.slice(2));
} catch (e) {
	console.error(`eval:sparse: ${(e as Error).message}`);
	console.error(USAGE);
	process.exitCode = 2;
}
