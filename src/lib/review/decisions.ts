// review.json: the analyst's decisions over the machine's reading, validated field by field.
// A broken file is refused as a whole (an Error naming the file, the field and the rule), so the
// shell writes nothing and the last good outputs stay.
import type { Confidence, EventKind, GazetteerEntry, IsoDate } from '../domain/types';
import { dayNumber } from '../geo/days';
import { ACLED_TYPES } from '../pipeline/event-cues';
import type { ReadingKey } from './source-key';

/** Limits on review.json: a note is a comment, not an archive; the file is read whole into memory. */
export const REVIEW_LIMITS = {
	/** Characters of one note: a few paragraphs of the analyst's reasoning. */
	maxNoteChars: 4000,
	/** Decisions in one file: a desk reviewing for months stays far below it. */
	maxDecisions: 100_000
};

export type DecisionAction = 'accept' | 'reject' | 'edit' | 'add';

/** The fields an Edit may change and an Add must (kind, date, place) or may state. */
export interface EventFields {
	kind?: EventKind;
	date?: IsoDate;
	place?: string;
	/** An actor of the actors file (geodata/actors.json); its faction comes with it. */
	actor?: string;
	confidence?: Confidence;
	geo_precision?: 1 | 2 | 3;
	time_precision?: 1 | 2 | 3;
}

/** Accept, Reject or Edit one reading: an article's sentence read as an event of a kind at a place. */
export interface ReadingDecision {
	action: 'accept' | 'reject' | 'edit';
	source: ReadingKey;
	/** Edit only: the fields that replace the machine's. */
	set?: EventFields;
	note?: string;
}

/** Add: a span of an article made an event the machine did not read. */
export interface AddDecision {
	action: 'add';
	span: { article: string; start: number; end: number; sentence: string };
	event: EventFields & { kind: EventKind; date: IsoDate; place: string };
	note?: string;
}

export type Decision = ReadingDecision | AddDecision;

export interface Review {
	decisions: Decision[];
}

export interface ReviewVocabulary {
	/** The articles of the project (ids as in `sources`). */
	articles: ReadonlySet<string>;
	entries: ReadonlyMap<string, GazetteerEntry>;
	/** Actor names of the actors file. */
	actors: ReadonlySet<string>;
}

const KINDS = new Set(Object.keys(ACLED_TYPES));
const HASH = /^[0-9a-f]{8}$/;

/**
 * Parses and checks review.json. Throws an Error naming `file`, the field and the rule at the first
 * problem; returns the decisions in file order.
 */
export function parseReview(text: string, file: string, vocab: ReviewVocabulary): Review {
	let doc: unknown;
	try {
		doc = JSON.parse(text);
	} catch (e) {
		throw new Error(`${file}: not valid JSON (${(e as Error).message})`);
	}
	const fail = (field: string, rule: string): never => {
		throw new Error(`${file}: ${field} ${rule}`);
	};
	const obj = (v: unknown, field: string, keys: string[]): Record<string, unknown> => {
		if (!v || typeof v !== 'object' || Array.isArray(v)) fail(field, 'must be an object');
		for (const k of Object.keys(v as object))
			if (!keys.includes(k)) fail(`${field}.${k}`, `is not a known field (known: ${keys.join(', ')})`);
		return v as Record<string, unknown>;
	};
	const top = obj(doc, '(top level)', ['version', 'decisions']);
	if (top.version !== 1) fail('version', 'must be 1');
	if (!Array.isArray(top.decisions)) fail('decisions', 'must be an array');
	const list = top.decisions as unknown[];
	if (list.length > REVIEW_LIMITS.maxDecisions)
		fail('decisions', `holds ${list.length} decisions, more than the limit of ${REVIEW_LIMITS.maxDecisions}`);
	const decisions = list.map((raw, i) => parseDecision(raw, `decisions[${i}]`, vocab, obj, fail));
	return { decisions };
}

type Obj = (v: unknown, field: string, keys: string[]) => Record<string, unknown>;
type Fail = (field: string, rule: string) => never;

function parseDecision(raw: unknown, at: string, vocab: ReviewVocabulary, obj: Obj, fail: Fail): Decision {
	const action = (raw as { action?: unknown } | null)?.action;
	if (action !== 'accept' && action !== 'reject' && action !== 'edit' && action !== 'add')
		fail(`${at}.action`, 'must be one of accept, reject, edit, add');
	const note = (d: Record<string, unknown>): { note?: string } => {
		if (d.note === undefined) return {};
		if (typeof d.note !== 'string') fail(`${at}.note`, 'must be a string');
		const n = d.note as string;
		if (n.length > REVIEW_LIMITS.maxNoteChars)
			fail(`${at}.note`, `has ${n.length} characters, more than the limit of ${REVIEW_LIMITS.maxNoteChars}`);
		return n.trim() === '' ? {} : { note: n };
	};
	const article = (v: unknown, field: string): string => {
		if (typeof v !== 'string' || v === '') fail(field, 'must be an article id');
		if (!vocab.articles.has(v as string))
			fail(field, `names "${v as string}", which is not an article of the project`);
		return v as string;
	};
	const hash = (v: unknown, field: string): string => {
		if (typeof v !== 'string' || !HASH.test(v)) fail(field, 'must be a sentence hash (8 hex digits)');
		return v as string;
	};
	if (action === 'add') {
		const d = obj(raw, at, ['action', 'span', 'event', 'note']);
		const s = obj(d.span, `${at}.span`, ['article', 'start', 'end', 'sentence']);
		const start = s.start;
		const end = s.end;
		if (!Number.isInteger(start) || (start as number) < 0)
			fail(`${at}.span.start`, 'must be an offset (integer ≥ 0)');
		if (!Number.isInteger(end) || (end as number) <= (start as number))
			fail(`${at}.span.end`, 'must be an offset after start');
		const event = eventFields(d.event, `${at}.event`, vocab, obj, fail);
		for (const k of ['kind', 'date', 'place'] as const)
			if (event[k] === undefined) fail(`${at}.event.${k}`, 'is required for an added event');
		return {
			action,
			span: {
				article: article(s.article, `${at}.span.article`),
				start: start as number,
				end: end as number,
				sentence: hash(s.sentence, `${at}.span.sentence`)
			},
			event: event as AddDecision['event'],
			...note(d)
		};
	}
	const d = obj(
		raw,
		at,
		action === 'edit' ? ['action', 'source', 'set', 'note'] : ['action', 'source', 'note']
	);
	const s = obj(d.source, `${at}.source`, ['article', 'sentence', 'place', 'kind']);
	if (typeof s.place !== 'string' || !vocab.entries.has(s.place))
		fail(`${at}.source.place`, 'must be a place id of the gazetteer');
	if (typeof s.kind !== 'string' || !KINDS.has(s.kind))
		fail(`${at}.source.kind`, `must be an event kind (${[...KINDS].join(', ')})`);
	const source: ReadingKey = {
		article: article(s.article, `${at}.source.article`),
		sentence: hash(s.sentence, `${at}.source.sentence`),
		place: s.place as string,
		kind: s.kind as string
	};
	if (action !== 'edit') return { action: action as 'accept' | 'reject', source, ...note(d) };
	const set = eventFields(d.set, `${at}.set`, vocab, obj, fail);
	if (Object.keys(set).length === 0) fail(`${at}.set`, 'must change at least one field');
	return { action: 'edit', source, set, ...note(d) };
}

function eventFields(raw: unknown, at: string, vocab: ReviewVocabulary, obj: Obj, fail: Fail): EventFields {
	const d = obj(raw, at, ['kind', 'date', 'place', 'actor', 'confidence', 'geo_precision', 'time_precision']);
	const out: EventFields = {};
	if (d.kind !== undefined) {
		if (typeof d.kind !== 'string' || !KINDS.has(d.kind))
			fail(`${at}.kind`, `must be an event kind (${[...KINDS].join(', ')})`);
		out.kind = d.kind as EventKind;
	}
	if (d.date !== undefined) {
		if (!isDate(d.date)) fail(`${at}.date`, 'must be a calendar date YYYY-MM-DD');
		out.date = d.date as IsoDate;
	}
	if (d.place !== undefined) {
		if (typeof d.place !== 'string' || !vocab.entries.has(d.place))
			fail(`${at}.place`, 'must be a place id of the gazetteer');
		out.place = d.place as string;
	}
	if (d.actor !== undefined) {
		if (typeof d.actor !== 'string' || !vocab.actors.has(d.actor))
			fail(`${at}.actor`, `must be an actor of the actors file (${[...vocab.actors].join(', ')})`);
		out.actor = d.actor as string;
	}
	if (d.confidence !== undefined) {
		if (d.confidence !== 'reported' && d.confidence !== 'claimed')
			fail(`${at}.confidence`, 'must be reported or claimed');
		out.confidence = d.confidence as Confidence;
	}
	for (const k of ['geo_precision', 'time_precision'] as const) {
		if (d[k] === undefined) continue;
		if (d[k] !== 1 && d[k] !== 2 && d[k] !== 3) fail(`${at}.${k}`, 'must be 1, 2 or 3');
		out[k] = d[k] as 1 | 2 | 3;
	}
	return out;
}

function isDate(v: unknown): boolean {
	if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
	try {
		dayNumber(v);
		return true;
	} catch {
		return false;
	}
}

/** review.json text for decisions: stable layout, one decision per line block, for diffs. */
export function serialiseReview(review: Review): string {
	return `${JSON.stringify({ version: 1, decisions: review.decisions }, null, '\t')}\n`;
}
