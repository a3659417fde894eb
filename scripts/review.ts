// npm run review -- --project DIR | --articles DIR --review FILE --out DIR [--port N] [--geodata DIR]
// A local review page for a map project, on 127.0.0.1 only: the machine's events with their
// sentences, Accept / Reject / Edit / Add, each decision written at once to review.json (locked,
// atomic) and the data folder rebuilt, with the app's own map (the built /embed page) beside the list.
// A thin shell: the decisions (src/lib/review) and the data set (src/lib/compose) are pure.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { composeDataSet, type DataSet } from '../src/lib/compose/compose-data-set';
import type { ManifestSource } from '../src/lib/domain/types';
import { ACLED_TYPES } from '../src/lib/pipeline/event-cues';
import { runPipeline, type PipelineOutput } from '../src/lib/pipeline/run-pipeline';
import { parseReview, serialiseReview, type Decision, type Review } from '../src/lib/review/decisions';
import { reviewItems } from '../src/lib/review/review-items';
import { readingKeyString, sentenceHash } from '../src/lib/review/source-key';
import { parseArgs } from './lib/args';
import { readComposerGeodata } from './lib/build-data-layers';
import { loadPipelineContext } from './lib/pipeline-context';
import { loadProject } from './lib/project';
import { PROJECT_LAYOUT } from '../src/lib/project/layout';
import { escapeControl } from './lib/print-diagnostics';
import { readArticles } from './lib/read-articles';
import { readReviewFile, updateFileLocked } from './lib/review-file';
import { acquireLock, checkOutDir, cleanLeftovers, writeOutputs } from './lib/write-atomic';

const USAGE =
	'usage: npm run review -- --project DIR | --articles DIR --review FILE --out DIR [--port N] [--geodata DIR] [--force]';
const ROOT = resolve(import.meta.dirname, '..');
const BUILD = join(ROOT, 'build');
const PAGE = join(import.meta.dirname, 'review-page');
/** Largest request body: a batch of decisions with their notes (review.json's own limits apply after). */
const MAX_BODY_BYTES = 1024 * 1024;

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.ico': 'image/x-icon',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.geojson': 'application/geo+json',
	'.woff2': 'font/woff2',
	'.png': 'image/png',
	'.svg': 'image/svg+xml'
};

export interface ReviewPaths {
	articles: string;
	review: string;
	out: string;
	geodata: string;
	/** The map project whose theatre.json (title, timeline, baseline, actors) the map is built with:
	 *  `--project DIR` when it has one, else the default project (geodata/). */
	theatreProject: string;
}

/** The project's inputs and outputs: `--project DIR` is DIR/articles, DIR/review.json and DIR/out. */
export function reviewPaths(flags: Record<string, string | boolean>): ReviewPaths {
	const project = flags.project as string | undefined;
	const geodata = resolve((flags.geodata as string | undefined) ?? join(ROOT, 'geodata'));
	const pick = (flag: string, inProject: string) => {
		const v = (flags[flag] as string | undefined) ?? (project ? join(project, inProject) : undefined);
		if (!v) throw new Error(`--${flag} is needed (or --project DIR)`);
		return resolve(v);
	};
	return {
		articles: pick('articles', 'articles'),
		review: pick('review', 'review.json'),
		out: pick('out', 'out'),
		geodata,
		theatreProject: project && existsSync(join(project, PROJECT_LAYOUT.theatre)) ? resolve(project) : geodata
	};
}

/** Everything read once, and the rebuild that runs after each decision. */
export class ReviewSession {
	readonly loaded;
	readonly geodata;
	readonly files: { file: string; text: string }[];
	readonly texts: Map<string, string>;
	readonly read: PipelineOutput;
	readonly sources: ManifestSource[];
	last: { data: DataSet; review: Review; ms: number; error: string | null } | null = null;

	constructor(
		readonly paths: ReviewPaths,
		o: { force?: boolean } = {}
	) {
		checkOutDir(paths.out, { force: o.force === true, inputs: [paths.geodata, paths.articles] });
		const project = loadProject(paths.theatreProject);
		this.loaded = loadPipelineContext(paths.geodata, null, project);
		this.geodata = readComposerGeodata(paths.geodata, project);
		const read = readArticles(paths.articles);
		if (read.files.length === 0) throw new Error(`${paths.articles}: no article could be read`);
		this.files = read.files;
		this.texts = new Map(read.files.map((f) => [f.file, f.text]));
		this.read = runPipeline(this.files, this.loaded.context);
		this.sources = this.read.articles.map((a) => ({
			article: a.file,
			title: a.title,
			publisher: a.publisher,
			url: a.url,
			published: a.published
		}));
	}

	vocabulary() {
		return {
			articles: new Set(this.texts.keys()),
			entries: this.loaded.context.index.entries,
			actors: new Set(this.loaded.context.actors.map((a) => a.actor))
		};
	}

	/** Rebuilds the data folder from review.json; a broken file keeps the last good outputs. */
	rebuild(): { ms: number; error: string | null } {
		const started = performance.now();
		try {
			const reviewFile = readReviewFile(this.paths.review);
			const review = parseReview(reviewFile.text, reviewFile.file, this.vocabulary());
			const data = composeDataSet({
				articles: this.files,
				pipeline: this.read,
				review: reviewFile,
				...this.geodata,
				context: this.loaded.context,
				entries: this.loaded.entries
			});
			const release = acquireLock(this.paths.out);
			try {
				cleanLeftovers(this.paths.out);
				writeOutputs(this.paths.out, data.files);
			} finally {
				release();
			}
			const ms = performance.now() - started;
			this.last = { data, review, ms, error: null };
			return { ms, error: null };
		} catch (e) {
			const error = (e as Error).message;
			if (this.last) this.last.error = error;
			return { ms: performance.now() - started, error };
		}
	}

	/** Merges `decisions` into review.json under its lock (a later decision on a reading replaces the earlier). */
	decide(decisions: unknown[], clear: unknown[] = []): void {
		const keyOf = (d: Decision) =>
			d.action === 'add'
				? `add\u0000${d.span.article}\u0000${d.span.start}\u0000${d.span.end}`
				: readingKeyString(d.source);
		const filled = decisions.map((d) => this.withSentence(d));
		updateFileLocked(this.paths.review, (current) => {
			const vocab = this.vocabulary();
			const existing = parseReview(
				current ?? '{"version":1,"decisions":[]}',
				this.paths.review,
				vocab
			).decisions;
			const incoming = parseReview(
				JSON.stringify({ version: 1, decisions: [...filled, ...clear.map((c) => this.withSentence(c))] }),
				'the request',
				vocab
			).decisions;
			const replaced = new Set(incoming.map(keyOf));
			const kept = existing.filter((d) => !replaced.has(keyOf(d)));
			return serialiseReview({ decisions: [...kept, ...incoming.slice(0, filled.length)] });
		});
	}

	/** An add from the page names its span by offsets; the sentence hash is taken from the article here. */
	private withSentence(d: unknown): unknown {
		const x = d as {
			action?: unknown;
			span?: { article?: unknown; start?: unknown; end?: unknown; sentence?: unknown };
		};
		if (x?.action !== 'add' || !x.span || x.span.sentence !== undefined) return d;
		const text = this.texts.get(String(x.span.article)) ?? '';
		return {
			...x,
			span: { ...x.span, sentence: sentenceHash(text.slice(Number(x.span.start), Number(x.span.end))) }
		};
	}

	/** What the page shows. */
	state() {
		const last = this.last;
		const review = last?.review ?? { decisions: [] };
		const placesLayer = (last?.data.files['layers/places.geojson'] ?? { features: [] }) as Parameters<
			typeof reviewItems
		>[0]['placesLayer'];
		const entries = this.loaded.context.index.entries;
		const mentioned = [...new Set(this.read.mentions.map((m) => m.place_id))]
			.map((id) => ({ id, name: entries.get(id)?.name ?? id }))
			.sort((a, b) => a.name.localeCompare(b.name));
		return {
			items: reviewItems({
				events: this.read.events,
				texts: this.texts,
				sources: this.sources,
				mentions: this.read.mentions,
				entries,
				review,
				placesLayer
			}),
			articles: this.sources.map((s) => ({ ...s, text: this.texts.get(s.article) ?? '' })),
			diagnostics: (last?.data.diagnostics ?? []).filter((d) => d.code === 'orphaned-decision'),
			places: mentioned,
			actors: this.loaded.context.actors.map((a) => a.actor),
			kinds: Object.keys(ACLED_TYPES),
			timeline: last?.data.timeline ?? null,
			rebuildMs: last ? Math.round(last.ms) : null,
			error: last?.error ?? null
		};
	}
}

function send(res: ServerResponse, status: number, body: unknown): void {
	res
		.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' })
		.end(JSON.stringify(body));
}

function readBody(req: IncomingMessage): Promise<string> {
	return new Promise((ok, fail) => {
		let size = 0;
		const parts: Buffer[] = [];
		req.on('data', (c: Buffer) => {
			size += c.length;
			if (size > MAX_BODY_BYTES) {
				fail(new Error(`request body over ${MAX_BODY_BYTES} bytes`));
				req.destroy();
			} else parts.push(c);
		});
		req.on('end', () => ok(Buffer.concat(parts).toString('utf8')));
		req.on('error', fail);
	});
}

function serveFile(
	res: ServerResponse,
	root: string,
	rel: string,
	headers: Record<string, string> = {}
): void {
	let file = normalize(join(root, rel));
	if (!file.startsWith(root + sep) && file !== root) return void res.writeHead(403).end();
	if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
	if (!existsSync(file))
		return void res.writeHead(404, { 'content-type': 'text/plain' }).end(`not found: ${rel}`);
	res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers });
	createReadStream(file).pipe(res);
}

/** The review server on 127.0.0.1 (`port` 0: any free port). */
/** `site`: the built app whose /embed is the map beside the list (browser tests pass the test build). */
export async function startReviewServer(session: ReviewSession, port = 5174, site = BUILD) {
	if (!existsSync(join(site, 'embed', 'index.html')) && !existsSync(join(site, 'embed.html')))
		throw new Error(
			`${site}: the built app is missing; run "npm run build" first (the map beside the list is its /embed page)`
		);
	if (!session.last) session.rebuild();
	let origin = '';
	const server = createServer(async (req, res) => {
		const url = new URL(req.url ?? '/', 'http://127.0.0.1');
		// Only this machine's pages: another site's page (a DNS name pointing here, or a cross-site POST) is refused.
		const host = req.headers.host ?? '';
		if (
			host !== origin.slice('http://'.length) &&
			host !== origin.replace('127.0.0.1', 'localhost').slice('http://'.length)
		)
			return void res.writeHead(421, { 'content-type': 'text/plain' }).end('wrong host');
		const path = decodeURIComponent(url.pathname);
		try {
			if (path === '/review' || path === '/review/')
				return serveFile(res, PAGE, 'index.html', {
					'content-security-policy':
						"default-src 'self'; script-src 'self'; style-src 'self'; frame-src 'self'; img-src 'self' data:; frame-ancestors 'none'",
					'cache-control': 'no-store'
				});
			if (path.startsWith('/review/'))
				return serveFile(res, PAGE, path.slice('/review/'.length), { 'cache-control': 'no-store' });
			if (path === '/api/state' && req.method === 'GET') return send(res, 200, session.state());
			if (path === '/api/decisions' && req.method === 'POST') {
				const o = req.headers.origin;
				if (
					(o !== undefined && o !== origin) ||
					!/^application\/json\b/.test(req.headers['content-type'] ?? '')
				)
					return send(res, 403, {
						error: 'decisions are taken from the review page only (same origin, JSON)'
					});
				let body: { decisions?: unknown; clear?: unknown };
				try {
					body = JSON.parse(await readBody(req)) as typeof body;
				} catch (e) {
					return send(res, 400, { error: `the request: ${(e as Error).message}` });
				}
				if (!Array.isArray(body.decisions) || (body.clear !== undefined && !Array.isArray(body.clear)))
					return send(res, 400, {
						error: 'the request: "decisions" must be a list (and "clear", when given)'
					});
				try {
					session.decide(body.decisions, (body.clear as unknown[] | undefined) ?? []);
				} catch (e) {
					return send(res, 400, { error: (e as Error).message });
				}
				const { ms, error } = session.rebuild();
				return send(res, error ? 409 : 200, { ...session.state(), rebuildMs: Math.round(ms), error });
			}
			if (path.startsWith('/data/'))
				return serveFile(res, session.paths.out, path.slice('/data/'.length), {
					'cache-control': 'no-store'
				});
			return serveFile(res, site, path);
		} catch (e) {
			send(res, 500, { error: (e as Error).message });
		}
	});
	await new Promise<void>((ok, fail) => {
		server.once('error', fail);
		server.listen(port, '127.0.0.1', ok);
	});
	origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
	return { url: origin, close: () => new Promise<void>((ok) => server.close(() => ok())) };
}

async function main(argv: string[]): Promise<void> {
	const flags = parseArgs(argv, {
		project: 'string',
		articles: 'string',
		review: 'string',
		out: 'string',
		geodata: 'string',
		port: 'string',
		force: 'boolean',
		help: 'boolean'
	});
	if (flags.help) return void console.log(USAGE);
	const port = Number(flags.port ?? 5174);
	if (!Number.isInteger(port) || port < 0 || port > 65535)
		throw new Error(`--port must be a port number, got "${flags.port as string}"`);
	const session = new ReviewSession(reviewPaths(flags), { force: flags.force === true });
	const first = session.rebuild();
	if (first.error) throw new Error(first.error);
	const server = await startReviewServer(session, port);
	console.log(
		`review: ${session.files.length} article(s), ${session.read.events.length} machine event(s); data in ${session.paths.out}`
	);
	console.log(
		`review: open ${server.url}/review (this machine only; the map as published: ${server.url}/); Ctrl-C stops`
	);
}

if (process.argv[1]?.endsWith('review.ts')) {
	main(process.argv.slice(2)).catch((e: Error) => {
		console.error(escapeControl(`review: ${e.message}`));
		console.error(USAGE);
		process.exitCode = 2;
	});
}
