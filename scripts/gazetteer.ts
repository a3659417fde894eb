// npm run gazetteer [-- --articles DIR [--review FILE] --out DIR --published YYYY-MM-DD --strict --geodata DIR --force --follow-symlinks]
// With no --articles: builds the embedded default data (geodata/events.json) into static/data/.
// A thin shell: reads files, runs the pure pipeline, writes outputs atomically, prints diagnostics.
import { resolve } from 'node:path';
import type { Diagnostic } from '../src/lib/domain/types';
import { composeDataSet } from '../src/lib/compose/compose-data-set';
import { parseArgs } from './lib/args';
import { readComposerGeodata } from './lib/build-data-layers';
import { loadPipelineContext } from './lib/pipeline-context';
import { diagnosticLines, escapeControl } from './lib/print-diagnostics';
import { readArticles } from './lib/read-articles';
import { readReviewFile } from './lib/review-file';
import { acquireLock, checkOutDir, cleanLeftovers, writeOutputs } from './lib/write-atomic';
import { appendAll } from '../src/lib/util/append-all';

const USAGE =
	'usage: npm run gazetteer [-- --articles DIR [--review FILE] --out DIR [--published YYYY-MM-DD] [--strict] [--geodata DIR] [--force] [--follow-symlinks]]';

export function main(argv: string[]): number {
	const flags = parseArgs(argv, {
		articles: 'string',
		review: 'string',
		out: 'string',
		published: 'string',
		strict: 'boolean',
		geodata: 'string',
		force: 'boolean',
		'follow-symlinks': 'boolean',
		help: 'boolean'
	});
	if (flags.help) {
		console.log(USAGE);
		return 0;
	}
	if (flags.review && !flags.articles)
		throw new Error('--review needs --articles: decisions are about articles');
	const published = (flags.published as string | undefined) ?? null;
	if (published !== null && !/^\d{4}-\d{2}-\d{2}$/.test(published))
		throw new Error(`--published must be YYYY-MM-DD, got "${published}"`);
	const geodata = resolve((flags.geodata as string | undefined) ?? 'geodata');
	// The out folder is checked and locked before any work, so a refused or concurrent run fails fast.
	const outDir = resolve((flags.out as string | undefined) ?? (flags.articles ? 'out' : 'static/data'));
	const inputs = [geodata, ...(flags.articles ? [resolve(flags.articles as string)] : [])];
	checkOutDir(outDir, { force: flags.force === true, inputs });
	const release = acquireLock(outDir);
	try {
		return build(flags, published, geodata, outDir);
	} finally {
		release();
	}
}

function build(
	flags: Record<string, string | boolean>,
	published: string | null,
	geodata: string,
	outDir: string
): number {
	const loaded = loadPipelineContext(geodata, published);
	const prior: Diagnostic[] = [...loaded.diagnostics];
	let articles: { file: string; text: string }[] | null = null;
	if (flags.articles) {
		const read = readArticles(resolve(flags.articles as string), {
			followSymlinks: flags['follow-symlinks'] === true
		});
		appendAll(prior, read.diagnostics);
		articles = read.files;
	}
	const data = composeDataSet({
		articles,
		...readComposerGeodata(geodata),
		// the clock bounds each article's time (ARTICLE_LIMITS): one pathological file cannot stall the batch
		review: flags.review ? readReviewFile(resolve(flags.review as string)) : null,
		context: { ...loaded.context, clock: () => performance.now() },
		entries: loaded.entries,
		prior
	});
	const { diagnostics, mentions, events } = data;
	const readCount = articles?.length ?? 0;
	const nothingRead = Boolean(flags.articles) && readCount === 0;
	const errors = diagnostics.filter((d) => d.level === 'error').length;
	const warnings = diagnostics.filter((d) => d.level === 'warning').length;
	// The exit code is known before writing: a run that ends in error leaves the previous set untouched.
	const exitCode = nothingRead || (flags.strict && errors > 0) ? 1 : 0;
	cleanLeftovers(outDir);
	const written = exitCode === 0 ? writeOutputs(outDir, data.files) : [];

	for (const line of diagnosticLines(diagnostics, exitCode === 0 ? `${outDir}/diagnostics.json` : null))
		console.error(line);
	console.log(
		escapeControl(
			`gazetteer: ${flags.articles ? `${readCount} article(s) read, ` : 'default data, '}${mentions.length} mention(s) of ${new Set(mentions.map((m) => m.place_id)).size} place(s), ${events.length} event(s); ${errors} error(s), ${warnings} warning(s); ${exitCode === 0 ? `${written.length} file(s) written to ${outDir}` : `nothing written, ${outDir} left as it was`}`
		)
	);
	if (nothingRead)
		console.error(escapeControl(`gazetteer: no article could be read in ${flags.articles as string}`));
	else if (exitCode === 1) console.error(`gazetteer: --strict and ${errors} error(s)`);
	return exitCode;
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('gazetteer.ts')) {
	try {
		process.exitCode = main(process.argv.slice(2));
	} catch (e) {
		console.error(escapeControl(`gazetteer: ${(e as Error).message}`));
		console.error(USAGE);
		process.exitCode = 2;
	}
}
