// Tokens, parts of speech, lemmas and negation from wink-nlp's English model, with offsets into the
// article. Chosen over compromise by measurement (README "Reading events"): on the real-reporting
// corpus wink reads about 9× more words per second, and its lemmas and negation scope are what
// the clause reader needs. The model is loaded once, on first use.
import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Span } from './sentences';

export interface Token extends Span {
	/** The word as written, lower-cased. */
	lower: string;
	/** Lemma, lower-cased ("seized" → "seize", "fighting" → "fight"). */
	lemma: string;
	/** Universal part of speech (VERB, NOUN, PROPN, ADP, AUX, …). */
	pos: string;
	/** Inside the scope of a negation ("did not withdraw", "failed to retake"). */
	negated: boolean;
}

let nlp: WinkMethods | null = null;

function engine(): WinkMethods {
	// pos and negation only: the pipeline needs no entities, sentiment or sentence splitting here
	nlp ??= winkNLP(model, ['pos', 'negation']);
	return nlp;
}

/** Reads one span of `text` (a sentence) into tokens whose offsets index `text`. */
/** A headline in title case ("Insurgents Breach Syria's Aleppo"): the tagger would read every word as a name. */
function isTitleCase(slice: string): boolean {
	// headlines are short; a long sentence is never read as one
	if (slice.length > 160) return false;
	const words = slice.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
	if (words.length < 4) return false;
	const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
	return capitalised / words.length > 0.7;
}

export function analyse(text: string, span: Span): Token[] {
	const original = text.slice(span.start, span.end);
	// lower-case a title-case headline so verbs read as verbs; places are known by offsets, not by tags
	const lowered = isTitleCase(original) ? original.toLowerCase() : original;
	const slice = lowered.length === original.length ? lowered : original;
	const doc = engine().readDoc(slice);
	const its = engine().its;
	const tokens = doc.tokens();
	const values = tokens.out() as string[];
	const lemmas = tokens.out(its.lemma as Parameters<typeof tokens.out>[0]) as string[];
	const pos = tokens.out(its.pos) as string[];
	const negation = tokens.out(its.negationFlag) as unknown as boolean[];
	const out: Token[] = [];
	let cursor = 0;
	for (let i = 0; i < values.length; i++) {
		const value = values[i]!;
		// wink keeps each token's characters; find it from where the last one ended
		const at = slice.indexOf(value, cursor);
		const start = at < 0 ? cursor : at;
		const end = at < 0 ? cursor : at + value.length;
		cursor = end;
		out.push({ start: span.start + start, end: span.start + end, lower: value.toLowerCase(), lemma: (lemmas[i] ?? value).toLowerCase(), pos: pos[i] ?? 'X', negated: Boolean(negation[i]) });
	}
	return out;
}
