// What a review decision is attached to: the source of a reading, never its event id. An event id
// changes when the date moves or the extractor improves; the sentence an article says it in does not.
import { fnv1a } from '../pipeline/event-id';

/** Whitespace runs as one space, ends trimmed, Unicode NFC: a re-wrapped line keeps its hash. */
export function normaliseSentence(text: string): string {
	return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** The hash a decision names a sentence by (8 hex digits). */
export function sentenceHash(text: string): string {
	return fnv1a(normaliseSentence(text));
}

/** One reading of an article: the sentence (by hash), the place and the kind it was read as. */
export interface ReadingKey {
	article: string;
	sentence: string;
	place: string;
	kind: string;
}

export function readingKeyString(k: ReadingKey): string {
	return `${k.article}\u0000${k.sentence}\u0000${k.place}\u0000${k.kind}`;
}
