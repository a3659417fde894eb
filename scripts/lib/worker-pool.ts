// Reads and runs the articles of a folder on every core: read, decode, parse and the per-article stages
// (src/lib/pipeline/run-pipeline.ts `runArticle`) in worker threads, joined in file-name order by the
// same `assemblePipeline` as the in-process run, so the output is byte-identical whatever the number of
// workers (tests/cli/worker-pool.test.ts).
//
//   main thread: walk the folder ─ hand out chunks of files ─┐        ┌─ batch dates ─┐
//   worker i:        read ─ decode ─ parse ─ runArticle (dated) ─ hold undated ─ runArticle (undated)
//   main thread:                                     join by slot (read diagnostics) and by file name
//
// An undated article's weekdays are read against the latest publication date of the whole batch and what
// the dated articles say happened, known only when every dated file is run: workers hold those few
// articles and run them last.
//
// The pool is synchronous, so `npm run gazetteer`'s main() stays a plain function: the main thread sleeps
// in Atomics.wait on a shared counter that a worker bumps after each message, and takes the messages with
// receiveMessageOnPort (no event loop needed). A worker that dies sets its flag in the same buffer from
// its 'exit' handler, so the main thread never waits for a dead worker.
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { Diagnostic, IsoDate } from '../../src/lib/domain/types';
import {
	assemblePipeline,
	compareFiles,
	batchDates,
	runPipeline,
	type BatchDates,
	type ArticleResult,
	type PipelineContext,
	type PipelineOutput
} from '../../src/lib/pipeline/run-pipeline';
import { readWalked, walkArticles, type ArticleFile, type ReadArticlesOptions } from './read-articles';

/** Knobs of the pool, each with why. */
export const POOL = {
	/** Without --workers, a batch gets a worker per this many articles (up to the cores): starting a worker
	 *  (loading the modules, the NLP model, copying the gazetteer index) costs about 0.5–1 s of CPU, what
	 *  the pipeline spends on a few hundred articles; a small batch is faster in-process. */
	articlesPerAutoWorker: 200,
	/** Files handed to a worker at a time: small enough that the workers finish together (one 2 MB
	 *  article among thousands of 4 KB ones), large enough that messages cost nothing beside the work. */
	chunkFiles: 16
};

/** What `runArticles` returns: the reading's diagnostics (in walking order), the pipeline's output, and how many files were read. */
export interface ArticlesRun {
	diagnostics: Diagnostic[];
	pipeline: PipelineOutput;
	readCount: number;
	/** The decoded text of every article read, in file-name order: the events' sources quote it and the
	 *  analyst's decisions are keyed by its sentences. */
	files: { file: string; text: string }[];
}

export interface RunArticlesOptions extends ReadArticlesOptions {
	/** Worker threads (--workers): 1 runs in this thread; undefined picks by the batch's size and the cores. */
	workers?: number;
	/** Start a worker thread even for one worker (the bench compares pools of 1, 2 and N workers, each starting cold). */
	threadEvenForOne?: boolean;
}

/** The number of workers for a batch: the one asked for, else one per POOL.articlesPerAutoWorker up to the cores; never more than the files. */
export function workerCount(files: number, asked: number | undefined): number {
	const wanted = asked ?? Math.min(availableParallelism(), Math.ceil(files / POOL.articlesPerAutoWorker));
	return Math.max(1, Math.min(wanted, files));
}

/**
 * Reads every article of `dir` and runs the pipeline over them, in this thread or in a pool of workers
 * (see the top of this file). `context.clock` is replaced by each worker's own `performance.now`.
 */
export function runArticles(dir: string, options: RunArticlesOptions, context: PipelineContext): ArticlesRun {
	const steps = walkArticles(dir, options);
	const files = steps.flatMap((step) => ('file' in step ? [step.file] : []));
	const workers = workerCount(files.length, options.workers);
	if (workers <= 1 && !options.threadEvenForOne) {
		const read = readWalked(steps);
		return {
			diagnostics: read.diagnostics,
			pipeline: runPipeline(read.files, context),
			readCount: read.files.length,
			files: read.files
		};
	}
	const { clock: _ownClockPerWorker, ...shared } = context;
	const { replies, texts } = runPool(files, workers, shared);
	const diagnostics: Diagnostic[] = [];
	const results: { file: string; result: ArticleResult; text: string }[] = [];
	let slot = 0;
	for (const step of steps) {
		if ('diagnostic' in step) {
			diagnostics.push(step.diagnostic);
			continue;
		}
		const text = texts[slot]!;
		const reply = replies[slot++]!;
		if ('diagnostic' in reply) diagnostics.push(reply.diagnostic);
		else results.push({ file: step.file.id, result: reply.result, text });
	}
	results.sort((a, b) => compareFiles(a.file, b.file));
	return {
		diagnostics,
		pipeline: assemblePipeline(results.map((r) => r.result)),
		readCount: results.length,
		files: results.map((r) => ({ file: r.file, text: r.text }))
	};
}

// ---- messages between the main thread and a worker (pipeline-worker.ts) ----

/** Main → worker. */
export type ToWorker =
	{ type: 'read'; jobs: { slot: number; file: ArticleFile }[] } | { type: 'finish'; batch: BatchDates };

/** One file's outcome: refused when read, or run (`result` null while it waits for the batch's dates). */
export type FileReply =
	| { slot: number; diagnostic: Diagnostic }
	| { slot: number; published: IsoDate | null; text: string; result: ArticleResult | null };

/** Worker → main. */
export type FromWorker =
	| { type: 'read'; replies: FileReply[] }
	| { type: 'finish'; replies: { slot: number; result: ArticleResult }[] }
	| { type: 'failed'; message: string };

/** What a worker is started with. */
export interface WorkerSetup {
	port: MessagePort;
	/** [0]: bumped after every message a worker posts; [1 + i]: worker i has exited. */
	signals: Int32Array;
	index: number;
	context: Omit<PipelineContext, 'clock'>;
}

/** The worker as one script when the pool runs from TypeScript, bundled once per process (workerScript). */
let bundledWorker: string | null = null;

/**
 * pipeline-worker.ts and the modules it imports bundled into one CommonJS script, which a worker runs
 * (`eval`) instead of registering tsx's loader (a worker does not inherit it, tsx issue 354) and compiling
 * a hundred modules again: that cost each worker about 0.3 s of wall time and half a second of CPU, the
 * bundle 0.1 s once. Packages stay outside, required from this folder as Node would. Should the script fail
 * before pipeline-worker.ts has registered its own exit handler, the main thread (asleep until a worker
 * signals) still learns of the end.
 */
function workerScript(): string {
	if (bundledWorker) return bundledWorker;
	const here = fileURLToPath(import.meta.url);
	// loaded here, not imported: a bundle of this module (tests/cli) must not take esbuild in with it
	const { buildSync } = createRequire(here)('esbuild') as typeof import('esbuild');
	const built = buildSync({
		entryPoints: [join(dirname(here), 'pipeline-worker.ts')],
		bundle: true,
		platform: 'node',
		format: 'cjs',
		packages: 'external',
		write: false,
		logLevel: 'error',
		// the project's tsconfig extends SvelteKit's generated one; the worker's modules need none of it
		tsconfigRaw: {}
	});
	bundledWorker = `(function (require) {
	const { workerData } = require('node:worker_threads');
	process.on('exit', () => {
		Atomics.store(workerData.signals, 1 + workerData.index, 1);
		Atomics.add(workerData.signals, 0, 1);
		Atomics.notify(workerData.signals, 0);
	});
	${built.outputFiles[0]!.text}
})(require('node:module').createRequire(${JSON.stringify(here)}));`;
	return bundledWorker;
}

/** Starts one worker: the bundle's `pipeline-worker.mjs` beside this module, or the TypeScript source bundled (workerScript). */
function startWorker(setup: WorkerSetup): Worker {
	const options = { workerData: setup, transferList: [setup.port] };
	if (fileURLToPath(import.meta.url).endsWith('.ts'))
		return new Worker(workerScript(), { ...options, eval: true });
	const entry = new URL('./pipeline-worker.mjs', import.meta.url);
	// a worker whose file is missing would die before it could signal: say so instead of waiting
	if (!existsSync(entry)) throw new Error(`the worker pool's entry ${fileURLToPath(entry)} is missing`);
	return new Worker(entry, options);
}

type Reply = { diagnostic: Diagnostic } | { result: ArticleResult };

/** Runs `files` on `count` workers; one reply per file, in the order of `files`, with the text each was read as. */
function runPool(
	files: ArticleFile[],
	count: number,
	context: WorkerSetup['context']
): { replies: Reply[]; texts: string[] } {
	const texts: string[] = new Array(files.length).fill('');
	const signals = new Int32Array(new SharedArrayBuffer(4 * (1 + count)));
	const pool = Array.from({ length: count }, (_, index) => {
		const { port1, port2 } = new MessageChannel();
		const worker = startWorker({ port: port2, signals, index, context });
		worker.unref();
		return { worker, port: port1, busy: 0 };
	});
	const replies: (Reply | undefined)[] = new Array(files.length);
	const published: (IsoDate | null)[] = [];
	const held: number[] = [];
	let next = 0;
	const send = (w: (typeof pool)[number], message: ToWorker) => {
		w.port.postMessage(message);
		w.busy++;
	};
	const handOut = (w: (typeof pool)[number]) => {
		if (next >= files.length) return;
		const jobs = files.slice(next, next + POOL.chunkFiles).map((file, i) => ({ slot: next + i, file }));
		next += jobs.length;
		send(w, { type: 'read', jobs });
	};
	/** Takes every message waiting, sleeping until one comes; throws when a worker failed or died with work. */
	const receive = (onMessage: (w: (typeof pool)[number], m: FromWorker) => void) => {
		const seen = Atomics.load(signals, 0);
		let got = false;
		for (const w of pool) {
			for (let m = receiveMessageOnPort(w.port); m; m = receiveMessageOnPort(w.port)) {
				got = true;
				w.busy--;
				const message = m.message as FromWorker;
				if (message.type === 'failed') throw new Error(message.message);
				onMessage(w, message);
			}
		}
		if (got) return;
		pool.forEach((w, i) => {
			if (w.busy > 0 && Atomics.load(signals, 1 + i) === 1)
				throw new Error(`worker ${i + 1} of the pool stopped before finishing its articles`);
		});
		Atomics.wait(signals, 0, seen);
	};
	try {
		// two chunks each: a worker starts on its next chunk while the main thread handles its last reply
		for (const w of pool) {
			handOut(w);
			handOut(w);
		}
		const waiting = () => pool.some((w) => w.busy > 0);
		while (waiting())
			receive((w, message) => {
				if (message.type !== 'read') return;
				for (const reply of message.replies) {
					if ('diagnostic' in reply) replies[reply.slot] = reply;
					else {
						texts[reply.slot] = reply.text;
						published.push(reply.published);
						if (reply.result) replies[reply.slot] = { result: reply.result };
						else held.push(reply.slot);
					}
				}
				handOut(w);
			});
		if (held.length > 0) {
			const dated = replies.flatMap((r) => (r && 'result' in r ? [r.result] : []));
			const batch = batchDates(published, dated);
			for (const w of pool) send(w, { type: 'finish', batch });
			while (waiting())
				receive((_, message) => {
					if (message.type !== 'finish') return;
					for (const reply of message.replies) replies[reply.slot] = { result: reply.result };
				});
		}
	} finally {
		for (const w of pool) {
			w.port.close();
			void w.worker.terminate();
		}
	}
	return {
		texts,
		replies: replies.map((reply, slot) => {
			if (!reply) throw new Error(`${files[slot]!.id}: no reply from the worker pool`);
			return reply;
		})
	};
}
