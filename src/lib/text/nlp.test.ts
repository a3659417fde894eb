// The NLP model's reading: chunks it has split before are given to it split, with the same tokens.
import model from 'wink-eng-lite-web-model';
import { describe, expect, it } from 'vitest';
import { analyse, readBackPending, withChunksSplit } from './nlp';

const read = (text: string) => analyse(text, { start: 0, end: text.length });

describe('analyse', () => {
	it('gives the same tokens, tags, lemmas and negation when a text comes back (its chunks then split)', () => {
		const text =
			"Opposition fighters didn't retake Ra’s al-‘Ayn, Aş-Şanamayn or Ḩarrān al-‘Awāmīd on Friday; HTS-led forces (the \"rebels\") can't hold al-Sham's 3,000 km², the U.S.-backed SDF said.";
		const first = read(text);
		readBackPending();
		expect(withChunksSplit(text, [])).not.toBe(text);
		const again = read(text);
		expect(again).toEqual(first);
		expect(first.map((t) => text.slice(t.start, t.end))).toContain('al');
		// a contraction's parts keep the contraction's lemma: its chunk is never split
		expect(first.filter((t) => t.lower === "n't").map((t) => t.lemma)).toEqual(['not', 'not']);
	});
	it('splits a chunk it has read before into its tokens, and leaves the others as they are', () => {
		read('Rebels entered Aş-Şanamayn, residents said.');
		readBackPending();
		const unknown: number[] = [];
		expect(withChunksSplit('In Aş-Şanamayn, an unheard-of chunk.', unknown)).toBe(
			// the model reads a letter outside its word class apart ("A" "ş"): so does the split chunk
			'In A ş - Ş anamayn , an unheard-of chunk.'
		);
		// "unheard-of" and "chunk." are new (start, end pairs)
		expect(unknown).toEqual([19, 29, 30, 36]);
	});
	it('cuts chunks where the model does', () => {
		const splitter = (model as unknown as { core(): { trex: { helpers: { splitter: string[] } } } }).core()
			.trex.helpers.splitter[0];
		expect(splitter).toBe('([ \\u00a0\\u2002-\\u2005\\u2009\\u200a\\u202f\\u205f]+|[\\n\\r\\t]+)');
	});
});
