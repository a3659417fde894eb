// Starts the pipeline worker from its TypeScript source (npm run gazetteer runs under tsx, the tests under
// vitest). A worker thread does not inherit tsx's loader (tsx issue #354, "ERR_UNKNOWN_FILE_EXTENSION"),
// so this plain module registers it in the worker, then loads the entry. Bundles load pipeline-worker.mjs.
import { register } from 'tsx/esm/api';

register();
await import('./pipeline-worker.ts');
