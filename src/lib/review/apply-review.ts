// The analyst's decisions applied to the machine's events, after extraction and before the
// territorial model: a rejected capture is gone from control and the front line, an edited date
// moves it, an added span becomes an event. Pure: texts in, events out.
import type { ConflictEvent, Diagnostic, Faction, SourceRef } from '../domain/types';
import type { ActorPattern } from '../pipeline/actor-names';
import { ACLED_TYPES, GOVERNMENT_CAPTURE } from '../pipeline/event-cues';
import { eventId } from '../pipeline/event-id';
import { mergeEvents } from '../pipeline/merge-events';
import type { Decision, EventFields, Review } from './decisions';
import { readingKeyString, sentenceHash, type ReadingKey } from './source-key';

/** A reviewed event: the flag every published event carries, and the analyst's notes. */
export type ReviewedEvent = ConflictEvent & { reviewed: boolean };

export interface ReviewOutcome {
	events: ReviewedEvent[];
	diagnostics: Diagnostic[];
	/** Per decision, in file order: how many readings (or, for an add, spans) it was applied to. */
	applied: number[];
}

/** The reading key of one source of an event, from the article text it points into. */
export function readingKeyOf(
	event: ConflictEvent,
	source: SourceRef,
	texts: ReadonlyMap<string, string>
): ReadingKey {
	const text = texts.get(source.article) ?? '';
	return {
		article: source.article,
		sentence: sentenceHash(text.slice(source.start, source.end)),
		place: event.place_id,
		kind: event.kind
	};
}

const sourceId = (s: SourceRef) => `${s.article}\u0000${s.start}\u0000${s.end}`;

/**
 * Applies `review` to the merged machine events. Each source of an event is one reading (an article's
 * sentence read as this kind at this place); a decision names a reading by its key, so it finds it
 * again after any re-reading that still reads that sentence that way. A decision that finds no reading
 * (or an add whose span no longer holds its text) is reported as `orphaned-decision`, never applied
 * elsewhere.
 */
export function applyReview(
	events: ConflictEvent[],
	texts: ReadonlyMap<string, string>,
	review: Review,
	actors: ActorPattern[],
	reviewFile = 'review.json'
): ReviewOutcome {
	const factionOf = new Map<string, Faction>(actors.map((a) => [a.actor, a.faction]));
	const byKey = new Map<string, number>();
	review.decisions.forEach((d, i) => {
		// the later decision on one reading wins: the review page appends, a re-decision replaces
		if (d.action !== 'add') byKey.set(readingKeyString(d.source), i);
	});
	const applied = review.decisions.map(() => 0);
	const reviewedSources = new Map<string, string[]>();
	const markReviewed = (s: SourceRef, note: string | undefined) => {
		const notes = reviewedSources.get(sourceId(s)) ?? [];
		if (note) notes.push(note);
		reviewedSources.set(sourceId(s), notes);
	};
	const out: ConflictEvent[] = [];
	for (const event of events) {
		const kept: SourceRef[] = [];
		for (const source of event.sources) {
			const i = byKey.size ? byKey.get(readingKeyString(readingKeyOf(event, source, texts))) : undefined;
			const decision = i === undefined ? undefined : review.decisions[i]!;
			if (!decision || decision.action === 'add') {
				kept.push(source);
				continue;
			}
			applied[i!]!++;
			if (decision.action === 'reject') continue;
			markReviewed(source, decision.note);
			if (decision.action === 'accept') kept.push(source);
			else out.push(edited({ ...event, sources: [source] }, decision.set ?? {}, factionOf));
		}
		if (kept.length === event.sources.length) out.push(event);
		else if (kept.length) out.push({ ...event, sources: kept });
	}
	review.decisions.forEach((d, i) => {
		if (d.action !== 'add') return;
		const text = texts.get(d.span.article) ?? '';
		if (d.span.end > text.length || sentenceHash(text.slice(d.span.start, d.span.end)) !== d.span.sentence)
			return;
		applied[i]!++;
		const source = { article: d.span.article, start: d.span.start, end: d.span.end };
		markReviewed(source, d.note);
		out.push(added(d, source, factionOf));
	});
	const diagnostics: Diagnostic[] = [];
	review.decisions.forEach((d, i) => {
		if (applied[i]) return;
		const article = d.action === 'add' ? d.span.article : d.source.article;
		diagnostics.push({
			level: 'warning',
			code: 'orphaned-decision',
			message:
				d.action === 'add'
					? `${reviewFile}: decisions[${i}] (add) — the text at ${d.span.start}–${d.span.end} of ${article} is not the span it was made from; not applied`
					: `${reviewFile}: decisions[${i}] (${d.action}) — no sentence of ${article} is read as ${d.source.kind} at ${d.source.place} any more; not applied`,
			article,
			start: d.action === 'add' ? d.span.start : null,
			end: d.action === 'add' ? d.span.end : null
		});
	});
	const merged = reviewedSources.size ? mergeEvents(out).items : out;
	const result = merged.map((e): ReviewedEvent => {
		const notes = e.sources.flatMap((s) => reviewedSources.get(sourceId(s)) ?? []);
		const reviewed = e.sources.some((s) => reviewedSources.has(sourceId(s)));
		const note = [...new Set([...(e.note ? [e.note] : []), ...notes])].join(' · ');
		const { note: _old, ...rest } = e;
		void _old;
		return { ...rest, ...(note ? { note } : {}), reviewed };
	});
	return { events: result, diagnostics, applied };
}

function acledOf(kind: ConflictEvent['kind'], faction: Faction | null) {
	return kind === 'capture' && faction === 'government' ? GOVERNMENT_CAPTURE : ACLED_TYPES[kind];
}

function edited(event: ConflictEvent, set: EventFields, factionOf: Map<string, Faction>): ConflictEvent {
	const kind = set.kind ?? event.kind;
	const date = set.date ?? event.date;
	const place = set.place ?? event.place_id;
	const actor = set.actor ?? event.actor;
	const faction = set.actor ? (factionOf.get(set.actor) ?? null) : event.faction;
	const retyped = set.kind !== undefined || set.actor !== undefined;
	return {
		...event,
		id: eventId(date, place, kind),
		kind,
		date,
		place_id: place,
		actor,
		faction,
		...(retyped ? acledOf(kind, faction) : {}),
		confidence: set.confidence ?? event.confidence,
		geo_precision: set.geo_precision ?? event.geo_precision,
		time_precision: set.time_precision ?? event.time_precision
	};
}

function added(
	d: Extract<Decision, { action: 'add' }>,
	source: SourceRef,
	factionOf: Map<string, Faction>
): ConflictEvent {
	const e = d.event;
	const faction = e.actor ? (factionOf.get(e.actor) ?? null) : null;
	return {
		id: eventId(e.date, e.place, e.kind),
		date: e.date,
		time_precision: e.time_precision ?? 1,
		kind: e.kind,
		...acledOf(e.kind, faction),
		actor: e.actor ?? null,
		faction,
		place_id: e.place,
		geo_precision: e.geo_precision ?? 1,
		confidence: e.confidence ?? 'reported',
		fatalities: null,
		sources: [source]
	};
}
