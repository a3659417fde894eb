// Sentence spans: where the reader cuts an article into sentences.
import { describe, expect, it } from 'vitest';
import { sentenceSpans } from './sentences';

const cut = (text: string) => sentenceSpans(text).map((s) => text.slice(s.start, s.end));

describe('sentenceSpans', () => {
	it('cuts at a full stop, a question or an exclamation mark before a space, and at line breaks', () => {
		expect(cut('Rebels took Sarmin. Did the army leave? It did!\nA new line.')).toEqual([
			'Rebels took Sarmin.',
			'Did the army leave?',
			'It did!',
			'A new line.'
		]);
	});
	it('does not cut after an abbreviation', () => {
		expect(cut('Gen. Ali spoke on 3 Dec. in Homs.')).toEqual(['Gen. Ali spoke on 3 Dec. in Homs.']);
	});
	it('cuts where a page joined two paragraphs without a space ("province.The …")', () => {
		expect(cut('Shells fell on the eastern district.Later the army withdrew.')).toEqual([
			'Shells fell on the eastern district.',
			'Later the army withdrew.'
		]);
	});
	it('does not cut inside a domain, a decimal or a name after a title', () => {
		expect(cut('Figures are on data.example.org and rose 2.5 times, Mr.Haddad said.')).toHaveLength(1);
	});
});
