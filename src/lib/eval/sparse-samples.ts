// Samples of a few articles from a larger real corpus: the map a desk gets from a morning's reading,
// not from everything. A test set of 15 articles over two weeks names a place on a day far less often
// than 65 do, so the territorial model's rules carry more of the map; scoring many such samples says
// how much. Stratified by date, so every sample spans the period as a real reading would.
import type { IsoDate } from '../domain/types';
import { seededRandom } from '../util/seeded-random';

/**
 * `count` samples of `size` articles each: the articles sorted by date (undated last, then by name),
 * cut into `size` runs of (nearly) equal length, one article drawn from each run. Sample k draws with
 * seed k, so the samples are the same on every machine.
 */
export function stratifiedSamples(
	articles: { file: string; date: IsoDate | null }[],
	size: number,
	count: number
): string[][] {
	if (!Number.isInteger(size) || size < 1) throw new Error(`sample size must be a positive integer, not ${size}`);
	if (size > articles.length)
		throw new Error(`sample size ${size} is more than the ${articles.length} articles there are`);
	const sorted = [...articles].sort(
		(a, b) => (a.date ?? '9999') .localeCompare(b.date ?? '9999') || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)
	);
	const samples: string[][] = [];
	for (let k = 0; k < count; k++) {
		const random = seededRandom(k + 1);
		const sample: string[] = [];
		for (let i = 0; i < size; i++) {
			const from = Math.floor((i * sorted.length) / size);
			const to = Math.floor(((i + 1) * sorted.length) / size);
			sample.push(sorted[from + Math.floor(random() * (to - from))]!.file);
		}
		samples.push(sample);
	}
	return samples;
}

/**
 * The text with `published: <date>` in its front matter when it has none (or a null one): an article
 * the desk dated by hand from its content. A text without front matter gets one.
 */
export function withPublished(text: string, date: IsoDate): string {
	const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
	if (!m) return `---\npublished: "${date}"\n---\n${text}`;
	const lines = m[1]!.split(/\r?\n/).filter((l) => !/^published\s*:\s*(null|~|""|'')?\s*$/.test(l));
	if (lines.some((l) => /^published\s*:/.test(l))) return text;
	return `---\n${[...lines, `published: "${date}"`].join('\n')}\n---\n${text.slice(m[0].length)}`;
}
