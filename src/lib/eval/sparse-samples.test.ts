import { describe, expect, it } from 'vitest';
import { stratifiedSamples, withPublished } from './sparse-samples';

const articles = Array.from({ length: 20 }, (_, i) => ({
	file: `a${String(i).padStart(2, '0')}.md`,
	date: i < 18 ? `2024-12-${String(1 + (i % 9)).padStart(2, '0')}` : null
}));

describe('stratified samples', () => {
	it('draws one article from each run of the date order, the same on every call', () => {
		const samples = stratifiedSamples(articles, 5, 3);
		expect(samples).toHaveLength(3);
		expect(stratifiedSamples(articles, 5, 3)).toEqual(samples);
		const order = [...articles].sort(
			(a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.file.localeCompare(b.file)
		);
		for (const sample of samples) {
			expect(sample).toHaveLength(5);
			// article i of the sample comes from the i-th quarter-ish run of the date order
			sample.forEach((file, i) => {
				const at = order.findIndex((a) => a.file === file);
				expect(at).toBeGreaterThanOrEqual(i * 4);
				expect(at).toBeLessThan((i + 1) * 4);
			});
		}
		expect(new Set(samples.map((s) => s.join()))).not.toEqual(new Set([samples[0]!.join()])); // seeds differ
		// the undated articles sort last: only the last run can draw them
		for (const sample of samples) expect(sample.slice(0, 4).some((f) => f === 'a18.md' || f === 'a19.md')).toBe(false);
	});

	it('refuses a size it cannot draw', () => {
		expect(() => stratifiedSamples(articles, 21, 1)).toThrow(/more than the 20 articles/);
		expect(() => stratifiedSamples(articles, 0, 1)).toThrow(/positive integer/);
	});
});

describe('withPublished', () => {
	it('adds the date to front matter without one, replaces a null one, keeps a real one', () => {
		expect(withPublished('---\nurl: "x"\n---\nText.', '2024-12-06')).toBe(
			'---\nurl: "x"\npublished: "2024-12-06"\n---\nText.'
		);
		expect(withPublished('---\nurl: "x"\npublished: null\n---\nText.', '2024-12-06')).toBe(
			'---\nurl: "x"\npublished: "2024-12-06"\n---\nText.'
		);
		const dated = '---\npublished: "2024-12-01"\n---\nText.';
		expect(withPublished(dated, '2024-12-06')).toBe(dated);
		expect(withPublished('Text.', '2024-12-06')).toBe('---\npublished: "2024-12-06"\n---\nText.');
	});
});
