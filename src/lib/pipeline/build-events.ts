// Stage 4: resolved mentions + their sentences → dated events (kind, actor, confidence, fatalities,
// ACLED types and precisions), each keeping the article offsets that justify it.
import type { Article, ConflictEvent, Diagnostic, EventKind, Faction, GazetteerEntry, IsoDate, ResolvedMention, StageResult } from '../domain/types';
import { findDateExpressions, type DateExpression } from '../text/date-expressions';
import { maskMarkup } from '../text/mask-markup';
import { blankLineStart } from '../text/line-prefix';
import type { Span } from '../text/sentences';
import {
	ACLED_TYPES, APPROACH_BEFORE, CLAIM, DIRECTION_BEFORE, EVENT_CUES, GENERIC_OBJECT_AFTER, LISTED_BEFORE, PAST_MARKER, FATALITIES, GOVERNMENT_CAPTURE, NON_VIOLENT_CAPTURE, NUMBER_WORDS,
	REFERENCE_BEFORE, UNREAL_BEFORE, WITHOUT_A_FIGHT
} from './event-cues';
import { eventId } from './event-id';

export interface ActorPattern {
	actor: string;
	faction: Faction;
	patterns: string[];
}

export interface BuildEventsContext {
	entries: Map<string, GazetteerEntry>;
	sentences: Span[];
	actors: ActorPattern[];
}

interface Cue extends Span {
	kind: EventKind;
}

/** A line opening with a place and a dash: "HOMS —", "ALEPPO, Syria –". */
const DATELINE = /^[\s>]*[\p{Lu}\s'’-]+(?:,\s*[\p{L}]+)?\s*[—–-]\s/u;

const NO_EVENT_KINDS = new Set(['country']);
const CLAUSE_BREAK = /[;:—–()]|,\s+(?=(?:which|after|while|where|as|but|whereas)\b)|,?\s*\b(?:when|after which|in which)\b/g;

function clausesOf(text: string, sentence: Span): Span[] {
	const out: Span[] = [];
	let start = sentence.start;
	const slice = text.slice(sentence.start, sentence.end);
	for (const m of slice.matchAll(CLAUSE_BREAK)) {
		const at = sentence.start + m.index!;
		if (at > start) out.push({ start, end: at });
		start = at;
	}
	out.push({ start, end: sentence.end });
	return out;
}

/** Every cue pattern in one expression, one group per kind (earlier kinds win at a position). */
const ALL_CUES = new RegExp(EVENT_CUES.map((c) => `(${c.pattern.source})`).join('|'), 'gi');
/** Where each kind's group sits among the expression's groups (the patterns have groups of their own). */
const CUE_GROUP: number[] = (() => {
	const out: number[] = [];
	let next = 1;
	for (const c of EVENT_CUES) {
		out.push(next);
		next += 1 + (c.pattern.source.match(/\((?!\?)/g)?.length ?? 0);
	}
	return out;
})();

function findCues(text: string, sentence: Span): Cue[] {
	const slice = text.slice(sentence.start, sentence.end);
	const cues: Cue[] = [];
	for (const m of slice.matchAll(ALL_CUES)) {
		let i = 0;
		while (i < CUE_GROUP.length && m[CUE_GROUP[i]!] === undefined) i++;
		const start = sentence.start + m.index!;
		// a cue that does not (yet) happen: "have not reached", "vowed to retake", "expected to intensify"
		if (UNREAL_BEFORE.test(text.slice(Math.max(sentence.start, start - 50), start))) continue;
		cues.push({ start, end: start + m[0].length, kind: EVENT_CUES[i]!.kind });
	}
	return cues;
}

/** Whether a clause speaks of history: it holds a past year, or opens with "when" right after one. */
function historicalClauses(text: string, clauses: Span[], dates: DateExpression[]): Set<number> {
	const out = new Set<number>();
	clauses.forEach((clause, i) => {
		const inside = dates.filter((d) => d.start >= clause.start && d.end <= clause.end);
		if (inside.some((d) => d.kind === 'historical') || PAST_MARKER.test(text.slice(clause.start, clause.end))) out.add(i);
		const prev = clauses[i - 1];
		if (prev && /^[\s,]*(when|after which|in which)\b/i.test(text.slice(clause.start, clause.end))) {
			const prevYear = dates.some((d) => d.start >= prev.start && d.end <= prev.end && (d.kind === 'historical' || d.kind === 'comparative'));
			if (prevYear || out.has(i - 1)) out.add(i);
		}
	});
	return out;
}

function parseFatalities(sentence: string): number | null {
	const m = FATALITIES.exec(sentence);
	if (!m) return null;
	const word = (m[1] ?? m[2] ?? '').toLowerCase();
	const n = /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word];
	return n ?? null;
}

/** All actor names in one expression, compiled once per actor list. */
const ACTOR_MATCHERS = new WeakMap<ActorPattern[], { re: RegExp; byName: Map<string, ActorPattern> }>();

function actorMatcher(actors: ActorPattern[]) {
	let m = ACTOR_MATCHERS.get(actors);
	if (!m) {
		const byName = new Map<string, ActorPattern>();
		const key = (p: string) => p.toLowerCase().replace(/['’]/g, '');
		const patterns = actors.flatMap((a) => a.patterns);
		for (const a of actors) for (const p of a.patterns) if (!byName.has(key(p))) byName.set(key(p), a);
		const alternatives = [...new Set(patterns)]
			.sort((a, b) => b.length - a.length)
			.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]?"));
		m = { re: new RegExp(`\\b(?:${alternatives.join('|')})\\b`, 'gi'), byName };
		ACTOR_MATCHERS.set(actors, m);
	}
	return m;
}

/** Where actors are named in a sentence, read once per sentence. */
function actorsIn(text: string, sentence: Span, actors: ActorPattern[]): { at: number; actor: ActorPattern }[] {
	const { re, byName } = actorMatcher(actors);
	const out: { at: number; actor: ActorPattern }[] = [];
	for (const m of text.slice(sentence.start, sentence.end).matchAll(re)) {
		const actor = byName.get(m[0].toLowerCase().replace(/['’]/g, ''));
		if (actor) out.push({ at: sentence.start + m.index!, actor });
	}
	return out;
}

/** The actor named nearest the cue: the subject before it, then the agent after it ("fired by insurgents"). */
function findActor(named: { at: number; actor: ActorPattern }[], cue: Cue): ActorPattern | null {
	let best: { actor: ActorPattern; score: number } | null = null;
	for (const { at, actor } of named) {
		const score = at < cue.start ? cue.start - at : (at - cue.end) * 1.5 + 5;
		if (!best || score < best.score) best = { actor, score };
	}
	return best?.actor ?? null;
}

function nearestDate(dates: DateExpression[], cue: Cue, clause: Span): DateExpression | null {
	const usable = dates.filter((d) => d.date && (d.kind === 'explicit' || d.kind === 'weekday' || d.kind === 'relative' || d.kind === 'week' || d.kind === 'since'));
	if (usable.length === 0) return null;
	const distance = (d: DateExpression) => {
		const gap = d.start >= cue.end ? d.start - cue.end : cue.start >= d.end ? cue.start - d.end : 0;
		const sameClause = d.start >= clause.start && d.end <= clause.end ? 0 : 200;
		return gap + sameClause;
	};
	return usable.reduce((a, b) => (distance(b) < distance(a) ? b : a));
}

export function buildEvents(article: Article, mentions: ResolvedMention[], context: BuildEventsContext): StageResult<ConflictEvent> {
	const text = maskMarkup(article.text);
	const published: IsoDate | null = article.meta.published;
	const items: ConflictEvent[] = [];
	const diagnostics: Diagnostic[] = [];
	// mentions and sentences are both in text order: walk them together
	const ordered = [...mentions].sort((a, b) => a.start - b.start);
	let next = 0;
	for (const sentence of context.sentences) {
		while (next < ordered.length && ordered[next]!.start < sentence.start) next++;
		const here: ResolvedMention[] = [];
		for (let k = next; k < ordered.length && ordered[k]!.start < sentence.end; k++) {
			const m = ordered[k]!;
			if (m.end <= sentence.end && !NO_EVENT_KINDS.has(context.entries.get(m.place_id)!.kind)) here.push(m);
		}
		if (here.length === 0) continue;
		const cues = findCues(text, sentence);
		if (cues.length === 0) continue;
		const dates = findDateExpressions(text, sentence, published);
		const clauses = clausesOf(text, sentence);
		const history = historicalClauses(text, clauses, dates);
		const sentenceText = text.slice(sentence.start, sentence.end);
		const claimed = CLAIM.test(sentenceText);
		const fatalities = parseFatalities(sentenceText);
		const named = actorsIn(text, sentence, context.actors);
		const specific = here.some((m) => context.entries.get(m.place_id)!.kind !== 'region');
		let fatalitiesUsed = false;
		for (const mention of here) {
			const entry = context.entries.get(mention.place_id)!;
			if (entry.kind === 'region' && specific) continue;
			// "HOMS — Rebels entered…": a dateline says where the reporter was, not where it happened
			const lineStart = blankLineStart(text, mention.start);
			if (lineStart !== null && DATELINE.test(text.slice(lineStart, mention.end + 12))) continue;
			const before = text.slice(Math.max(sentence.start, mention.start - 40), mention.start);
			if (REFERENCE_BEFORE.test(before) && !APPROACH_BEFORE.test(before)) continue;
			// the cue nearest the mention, preferring one before it (the verb usually leads)
			const cue = cues.reduce((a, b) => {
				const d = (c: Cue) => (c.end <= mention.start ? mention.start - c.end : (c.start - mention.end) * 1.3);
				return d(b) < d(a) ? b : a;
			});
			const clauseIndex = clauses.findIndex((c) => cue.start >= c.start && cue.start < c.end);
			if (history.has(clauseIndex)) {
				diagnostics.push({ level: 'info', code: 'historical-reference', message: `${article.meta.file}: "${text.slice(cue.start, cue.end)}" near "${mention.text}" is history, not a current event`, article: article.meta.file, start: cue.start, end: cue.end });
				continue;
			}
			let kind = cue.kind;
			let geo = mention.geo_precision;
			// "Saraqeb, south of Aleppo": Aleppo only locates the captured town
			if ((kind === 'capture' || kind === 'entry') && DIRECTION_BEFORE.test(before)) continue;
			// a cue far from the place speaks of something else in a long sentence
			if (Math.min(Math.abs(cue.start - mention.end), Math.abs(mention.start - cue.end)) > 160) continue;
			if ((kind === 'capture' || kind === 'entry') && APPROACH_BEFORE.test(before)) {
				// "captured ground near Aleppo", "advancing toward Saraqeb": an advance on the place, not its fall
				kind = 'advance';
				geo = Math.max(geo, 2) as 2 | 3;
			}
			if (kind === 'capture' && GENERIC_OBJECT_AFTER.test(text.slice(cue.end, cue.end + 60))) {
				const between = text.slice(cue.end, mention.start);
				if (mention.start < cue.end || !LISTED_BEFORE.test(between)) {
					kind = 'advance';
					geo = Math.max(geo, 2) as 2 | 3;
				}
			}
			const date = nearestDate(dates, cue, clauses[clauseIndex] ?? sentence);
			const actor = findActor(named, cue);
			let acled = ACLED_TYPES[kind];
			if (kind === 'capture' && actor?.faction === 'government') acled = GOVERNMENT_CAPTURE;
			else if (kind === 'capture' && WITHOUT_A_FIGHT.test(sentenceText)) acled = NON_VIOLENT_CAPTURE;
			const eventDate = date?.date ?? published;
			const killing = !fatalitiesUsed && fatalities !== null && kind !== 'advance' && kind !== 'displacement' ? fatalities : null;
			if (killing !== null) fatalitiesUsed = true;
			const source = { article: article.meta.file, start: mention.start, end: mention.end };
			items.push({
				id: eventId(eventDate, mention.place_id, kind),
				date: eventDate,
				time_precision: date ? date.precision : 1,
				kind,
				event_type: acled.event_type,
				sub_event_type: acled.sub_event_type,
				actor: actor?.actor ?? null,
				faction: actor?.faction ?? null,
				place_id: mention.place_id,
				geo_precision: geo,
				confidence: claimed ? 'claimed' : 'reported',
				fatalities: killing,
				sources: [{ ...source, start: Math.min(sentence.start, source.start), end: Math.max(sentence.end, source.end) }]
			});
		}
	}
	return { items, diagnostics };
}
