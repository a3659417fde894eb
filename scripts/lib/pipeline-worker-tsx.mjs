// Starts the pipeline worker from its TypeScript source (npm run gazetteer runs under tsx, the tests under
// vitest). A worker thread does not inherit tsx's loader (tsx issue #354, "ERR_UNKNOWN_FILE_EXTENSION"),
// so this plain module registers it in the worker, then loads the entry. Bundles load pipeline-worker.mjs.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

// should the entry fail to load, the main thread (asleep until a worker signals) still learns of the end
process.on('exit', () => {
	Atomics.store(workerData.signals, 1 + workerData.index, 1);
	Atomics.add(workerData.signals, 0, 1);
	Atomics.notify(workerData.signals, 0);
});
register();
await import('./pipeline-worker.ts');
