// npm run gazetteer [-- --project DIR | --articles DIR [--review FILE]] [--out DIR --published YYYY-MM-DD --strict --geodata DIR --force --follow-symlinks --watch --workers N]
// With neither: builds the embedded default project (geodata/: theatre.json, curated events.json) into static/data/.
// A thin shell: reads files, runs the pure pipeline, writes outputs atomically, prints diagnostics.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Diagnostic } from '../src/lib/domain/types';
import { composeDataSet } from '../src/lib/compose/compose-data-set';
import { parseArgs } from './lib/args';
import { readComposerGeodata } from './lib/build-data-layers';
import { loadPipelineContext } from './lib/pipeline-context';
import { diagnosticLines, escapeControl } from './lib/print-diagnostics';
import { loadProject } from './lib/project';
import { readReviewFile } from './lib/review-file';
import { watchProject } from './lib/watch-project';
import { runArticles, type ArticlesRun } from './lib/worker-pool';
import { acquireLock, checkOutDir, cleanLeftovers, writeOutputs } from './lib/write-atomic';
import { appendAll } from '../src/lib/util/append-all';

const USAGE =
	'usage: npm run gazetteer [-- [--project DIR [--watch] | --articles DIR [--review FILE]] --out DIR [--published YYYY-MM-DD] [--strict] [--geodata DIR] [--force] [--follow-symlinks] [--workers N]]';

const FLAGS = {
	project: 'string',
	watch: 'boolean',
	articles: 'string',
	review: 'string',
	out: 'string',
	published: 'string',
	strict: 'boolean',
	geodata: 'string',
	force: 'boolean',
	'follow-symlinks': 'boolean',
	workers: 'string',
	help: 'boolean'
} as const;

interface Run {
	flags: Record<string, string | boolean>;
	published: string | null;
	/** The shared geodata: gazetteer, country outline, routes, basemap. */
	geodata: string;
	/** The map project: theatre.json, articles/ or curated events.json, overrides.geojson. geodata/ when none is given. */
	projectDir: string;
	outDir: string;
	/** Worker threads for the articles (scripts/lib/worker-pool.ts); undefined: by batch size. */
	workers: number | undefined;
}

/** Parses and checks the arguments and the out folder; throws (exit 2) on anything wrong. */
function prepare(argv: string[]): Run | null {
	const flags = parseArgs(argv, FLAGS);
	if (flags.help) {
		console.log(USAGE);
		return null;
	}
	if (flags.project && flags.articles)
		throw new Error("--project and --articles: give one (a project's articles are in its articles/ folder)");
	if (flags.watch && !flags.project) throw new Error('--watch needs --project DIR');
	if (flags.review && !flags.articles)
		throw new Error(
			"--review needs --articles: decisions are about articles (a project's are its review.json)"
		);
	const published = (flags.published as string | undefined) ?? null;
	if (published !== null && !/^\d{4}-\d{2}-\d{2}$/.test(published))
		throw new Error(`--published must be YYYY-MM-DD, got "${published}"`);
	const workers = flags.workers === undefined ? undefined : Number(flags.workers);
	if (workers !== undefined && !(Number.isInteger(workers) && workers >= 1))
		throw new Error(`--workers must be a whole number of at least 1, got "${flags.workers as string}"`);
	const geodata = resolve((flags.geodata as string | undefined) ?? 'geodata');
	const projectDir = flags.project ? resolve(flags.project as string) : geodata;
	// The out folder is checked and locked before any work, so a refused or concurrent run fails fast.
	const outDir = resolve(
		(flags.out as string | undefined) ?? (flags.articles || flags.project ? 'out' : 'static/data')
	);
	const inputs = [geodata, projectDir, ...(flags.articles ? [resolve(flags.articles as string)] : [])];
	checkOutDir(outDir, { force: flags.force === true, inputs });
	return { flags, published, geodata, projectDir, outDir, workers };
}

export function main(argv: string[]): number {
	const run = prepare(argv);
	if (!run) return 0;
	return buildLocked(run);
}

function buildLocked(run: Run): number {
	const release = acquireLock(run.outDir);
	try {
		return build(run);
	} finally {
		release();
	}
}

function build({ flags, published, geodata, projectDir, outDir, workers }: Run): number {
	const project = loadProject(projectDir);
	// a project's own articles, or --articles over the default project; neither: its curated events
	const articlesDir = flags.articles
		? resolve(flags.articles as string)
		: flags.project
			? project.files.articles
			: null;
	if (flags.project && !articlesDir && !project.files.curated)
		throw new Error(`${projectDir}: a map project needs an articles/ folder (or a curated events.json)`);
	const loaded = loadPipelineContext(geodata, published, project);
	const prior: Diagnostic[] = [...loaded.diagnostics];
	// the clock bounds each article's time (ARTICLE_LIMITS): one pathological file cannot stall the batch
	const context = { ...loaded.context, clock: () => performance.now() };
	let run: ArticlesRun | null = null;
	if (articlesDir) {
		// on every core (scripts/lib/worker-pool.ts); the same output for any number of workers
		run = runArticles(articlesDir, { followSymlinks: flags['follow-symlinks'] === true, workers }, context);
		appendAll(prior, run.diagnostics);
	}
	// the analyst's decisions: --review FILE, or a project's review.json once the review page wrote one
	const reviewFile = flags.review
		? resolve(flags.review as string)
		: flags.project && existsSync(project.files.review)
			? project.files.review
			: null;
	const data = composeDataSet({
		articles: run?.files ?? null,
		pipeline: run?.pipeline,
		review: reviewFile ? readReviewFile(reviewFile) : null,
		...readComposerGeodata(geodata, project),
		context,
		entries: loaded.entries,
		prior
	});
	const { diagnostics, mentions, events } = data;
	const readCount = run?.readCount ?? 0;
	const nothingRead = Boolean(articlesDir) && readCount === 0;
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
			`gazetteer: ${articlesDir ? `${readCount} article(s) read, ` : 'curated events, '}${mentions.length} mention(s) of ${new Set(mentions.map((m) => m.place_id)).size} place(s), ${events.length} event(s); ${errors} error(s), ${warnings} warning(s); ${exitCode === 0 ? `${written.length} file(s) written to ${outDir}` : `nothing written, ${outDir} left as it was`}`
		)
	);
	if (nothingRead) console.error(escapeControl(`gazetteer: no article could be read in ${articlesDir}`));
	else if (exitCode === 1) console.error(`gazetteer: --strict and ${errors} error(s)`);
	return exitCode;
}

/** An error's message, a line per problem (a theatre file's problems are one per line), escaped. */
function printError(e: Error): void {
	for (const line of e.message.split('\n')) console.error(escapeControl(`gazetteer: ${line}`));
}

/**
 * --watch: one build, then a rebuild after each change in the project folder (debounced). A failed
 * build prints its error and keeps the last good output; the watcher runs until interrupted.
 */
function watch(run: Run): void {
	const once = (why: string) => {
		try {
			const code = buildLocked(run);
			console.log(escapeControl(`gazetteer: watch: ${why}, exit ${code}; watching ${run.projectDir}`));
		} catch (e) {
			printError(e as Error);
			console.log(
				escapeControl(`gazetteer: watch: ${why}, failed (output left as it was); watching ${run.projectDir}`)
			);
		}
	};
	// watching starts before the first build, so a change made while it runs is not missed
	const stop = watchProject(run.projectDir, { ignore: [run.outDir] }, (paths) =>
		once(
			`rebuilt after a change to ${paths.slice(0, 3).join(', ')}${paths.length > 3 ? ` and ${paths.length - 3} more` : ''}`
		)
	);
	once('first build');
	for (const signal of ['SIGINT', 'SIGTERM'] as const)
		process.once(signal, () => {
			stop();
			process.exit(0);
		});
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('gazetteer.ts')) {
	try {
		const run = prepare(process.argv.slice(2));
		if (run?.flags.watch) watch(run);
		else process.exitCode = run ? buildLocked(run) : 0;
	} catch (e) {
		printError(e as Error);
		console.error(USAGE);
		process.exitCode = 2;
	}
}
