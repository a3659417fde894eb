// npm run gazetteer [-- --articles DIR --out DIR --published YYYY-MM-DD --strict --geodata DIR]
// With no --articles: builds the embedded default data (geodata/events.json) into static/data/.
// A thin shell: reads files, runs the pure pipeline, writes outputs atomically, prints diagnostics.
import { join, resolve } from 'node:path';
import type { ConflictEvent, Diagnostic, IsoDate, ManifestSource, ResolvedMention } from '../src/lib/domain/types';
import { curatedEvents } from '../src/lib/pipeline/curated-events';
import { runPipeline } from '../src/lib/pipeline/run-pipeline';
import { eventsCollection, placesCollection } from '../src/lib/pipeline/to-geojson';
import { parseArgs } from './lib/args';
import { buildDataLayers } from './lib/build-data-layers';
import { loadPipelineContext, readJson } from './lib/pipeline-context';
import { readArticles } from './lib/read-articles';
import { writeOutputs } from './lib/write-atomic';

const USAGE = 'usage: npm run gazetteer [-- --articles DIR --out DIR [--published YYYY-MM-DD] [--strict] [--geodata DIR]]';

export function main(argv: string[]): number {
	const flags = parseArgs(argv, { articles: 'string', out: 'string', published: 'string', strict: 'boolean', geodata: 'string', help: 'boolean' });
	if (flags.help) {
		console.log(USAGE);
		return 0;
	}
	const published = (flags.published as string | undefined) ?? null;
	if (published !== null && !/^\d{4}-\d{2}-\d{2}$/.test(published)) throw new Error(`--published must be YYYY-MM-DD, got "${published}"`);
	const geodata = resolve((flags.geodata as string | undefined) ?? 'geodata');
	const loaded = loadPipelineContext(geodata, published);
	const { index, actors } = loaded.context;
	const curated = curatedEvents(readJson(join(geodata, 'events.json')), join(geodata, 'events.json'), index.entries, actors);

	const diagnostics: Diagnostic[] = [...loaded.diagnostics];
	let events: ConflictEvent[];
	let mentions: ResolvedMention[];
	let sources: ManifestSource[];
	let end: IsoDate = curated.timeline.end;
	let readCount = 0;
	if (flags.articles) {
		const read = readArticles(resolve(flags.articles as string));
		diagnostics.push(...read.diagnostics);
		readCount = read.files.length;
		const out = runPipeline(read.files, loaded.context);
		diagnostics.push(...out.diagnostics);
		events = out.events;
		mentions = out.mentions;
		sources = out.articles.map((a) => ({ article: a.file, title: a.title, publisher: a.publisher, url: a.url, published: a.published }));
		const dates = events.map((e) => e.date).filter((d): d is IsoDate => d !== null).sort();
		end = dates.length ? (dates[dates.length - 1]! > curated.timeline.start ? dates[dates.length - 1]! : curated.timeline.start) : curated.timeline.start;
	} else {
		diagnostics.push(...curated.diagnostics);
		events = curated.events;
		mentions = curated.mentions;
		sources = curated.sources;
	}
	const outDir = resolve((flags.out as string | undefined) ?? (flags.articles ? 'out' : 'static/data'));
	const layers = buildDataLayers({ geodata, entries: loaded.entries, events, sources, start: curated.timeline.start, end });
	diagnostics.push(...layers.diagnostics);
	const written = writeOutputs(outDir, {
		'places.geojson': placesCollection(mentions, index.entries),
		'events.geojson': eventsCollection(events, index.entries),
		'diagnostics.json': diagnostics,
		...layers.files
	});

	for (const d of diagnostics) if (d.level !== 'info') console.error(`${d.level}: ${d.message}`);
	const errors = diagnostics.filter((d) => d.level === 'error').length;
	const warnings = diagnostics.filter((d) => d.level === 'warning').length;
	console.log(
		`gazetteer: ${flags.articles ? `${readCount} article(s) read, ` : 'default data, '}${mentions.length} mention(s) of ${new Set(mentions.map((m) => m.place_id)).size} place(s), ${events.length} event(s); ${errors} error(s), ${warnings} warning(s); ${written.length} file(s) written to ${outDir}`
	);
	if (flags.articles && readCount === 0) {
		console.error(`gazetteer: no article could be read in ${flags.articles as string}`);
		return 1;
	}
	return flags.strict && errors > 0 ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('gazetteer.ts')) {
	try {
		process.exitCode = main(process.argv.slice(2));
	} catch (e) {
		console.error(`gazetteer: ${(e as Error).message}`);
		console.error(USAGE);
		process.exitCode = 2;
	}
}
