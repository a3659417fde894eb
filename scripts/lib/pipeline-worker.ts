// A worker of the pipeline pool (worker-pool.ts): reads, decodes and parses the files it is handed and
// runs the per-article stages on them, with its own clock for the per-article time limit. The NLP model
// and the gazetteer index are loaded once per worker (the index comes copied from the main thread).
import { workerData } from 'node:worker_threads';
import type { IsoDate } from '../../src/lib/domain/types';
import { parseArticle } from '../../src/lib/pipeline/parse-article';
import { runArticle, type PipelineContext } from '../../src/lib/pipeline/run-pipeline';
import { readArticleFile } from './read-articles';
import type { FileReply, FromWorker, ToWorker, WorkerSetup } from './worker-pool';

const { port, signals, index, context: shared } = workerData as WorkerSetup;
const context: PipelineContext = { ...shared, clock: () => performance.now() };

const wake = () => {
	Atomics.add(signals, 0, 1);
	Atomics.notify(signals, 0);
};
// the main thread sleeps until a worker signals: it must learn of this one's end, however it ends
process.on('exit', () => {
	Atomics.store(signals, 1 + index, 1);
	wake();
});

/** Undated articles, run once the batch's dates are known (run-pipeline.ts BatchDates). */
const held: { slot: number; parsed: ReturnType<typeof parseArticle> }[] = [];

function handle(message: ToWorker): FromWorker {
	if (message.type === 'finish')
		return {
			type: 'finish',
			replies: held.map(({ slot, parsed }) => ({ slot, result: runArticle(parsed, message.batch, context) }))
		};
	const replies: FileReply[] = [];
	for (const { slot, file } of message.jobs) {
		const read = readArticleFile(file);
		if (!('text' in read)) {
			replies.push({ slot, diagnostic: read });
			continue;
		}
		const parsed = parseArticle(read.file, read.text, { published: context.published });
		const published: IsoDate | null = parsed.article.meta.published;
		if (published === null) {
			held.push({ slot, parsed });
			replies.push({ slot, published, text: read.text, result: null });
		} else replies.push({ slot, published, text: read.text, result: runArticle(parsed, null, context) });
	}
	return { type: 'read', replies };
}

port.on('message', (message: ToWorker) => {
	let reply: FromWorker;
	try {
		reply = handle(message);
	} catch (e) {
		reply = { type: 'failed', message: (e as Error).message };
	}
	port.postMessage(reply);
	wake();
});
