// A fixed CPU workload, measured beside the pipeline in the same bench run (scripts/bench-pipeline.ts) so
// that the machine's load cancels out: on a shared machine the same code measured 501 and 961 articles/s
// (issue 14), while the ratio of the pipeline's rate to this one's moves far less. It is string work like
// the pipeline's (splitting, regular expressions, a Map of counts), seeded, and must never change: runs
// of different days compare through it. Plain JavaScript, so it starts in a worker thread without tsx.
//   as a module: referenceUnits(n) does n units and returns a checksum
//   as a worker: workerData = { units } does them and posts { ms }
import { isMainThread, parentPort, workerData } from 'node:worker_threads';

const WORDS = [
	'fighters',
	'entered',
	'the',
	'town',
	'of',
	'Northfield',
	'on',
	'Friday',
	'after',
	'clashes',
	'near',
	'Eastbrook'
];

/** One unit: about 0.15 ms of string work on one core of the bench machine (2 × AMD EPYC). */
function unit(seed) {
	let s = seed;
	const rnd = () => (s = (s * 16807) % 2147483647) / 2147483647;
	let text = '';
	for (let i = 0; i < 120; i++) text += WORDS[Math.floor(rnd() * WORDS.length)] + (rnd() < 0.1 ? '. ' : ' ');
	const counts = new Map();
	for (const sentence of text.split(/(?<=\.)\s+/))
		for (const word of sentence.toLowerCase().match(/[a-z]+/g) ?? [])
			counts.set(word, (counts.get(word) ?? 0) + 1);
	let sum = 0;
	for (const [word, n] of counts) sum = (sum * 31 + word.length * n) % 1000003;
	return sum;
}

/** Does `n` units; the checksum keeps the work from being optimised away. */
export function referenceUnits(n) {
	let sum = 0;
	for (let i = 0; i < n; i++) sum = (sum + unit(i + 1)) % 1000003;
	return sum;
}

if (!isMainThread && workerData?.units) {
	const t0 = performance.now();
	referenceUnits(workerData.units);
	parentPort.postMessage({ ms: performance.now() - t0 });
}
