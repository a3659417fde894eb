// What the review page lists: the machine's events by date, each with the sentences that state it
// (place and cue marked), who reported it, corroboration and contradiction, the analyst's decision on
// each reading, and what the event changes in control on the reviewed map. Pure: data in, items out.
import type {
	ConflictEvent,
	EventKind,
	GazetteerEntry,
	ManifestSource,
	ResolvedMention
} from '../domain/types';
import {
	IRREGULAR_FORMS,
	LIGHT_VERBS,
	CONTROL_NOUNS,
	MODALITY,
	PREDICATES
} from '../pipeline/lexicon/predicates';
import type { AddDecision, Decision, Review } from './decisions';
import { readingKeyOf } from './apply-review';
import { readingKeyString, type ReadingKey } from './source-key';

export interface Highlight {
	/** Offsets in the article text. */
	start: number;
	end: number;
	type: 'place' | 'cue';
}

export interface ReviewReading {
	key: ReadingKey;
	article: string;
	start: number;
	end: number;
	/** The sentence, from the project's own article. */
	text: string;
	highlights: Highlight[];
	source: ManifestSource | null;
	/** The decision on this reading, with its index in review.json; null when none. */
	decision: (Decision & { index: number }) | null;
}

export interface ReviewItem {
	/** The machine's event id (for the page only: decisions never name it). */
	id: string;
	date: string | null;
	kind: EventKind;
	place_id: string;
	place: string;
	lonlat: [number, number] | null;
	actor: string | null;
	confidence: ConflictEvent['confidence'];
	geo_precision: ConflictEvent['geo_precision'];
	time_precision: ConflictEvent['time_precision'];
	readings: ReviewReading[];
	/** Other articles that report the same event. */
	corroboration: number;
	/** Reports of the opposite at the same place within a day (taken against repelled or held). */
	contradictions: { id: string; kind: EventKind; article: string; text: string; outlet: string | null }[];
	/** The holder of the place on the reviewed map, the day before the event and on its day. */
	control: { before: string | null; after: string | null } | null;
}

export interface ReviewItemsInput {
	/** The machine's events, before the review. */
	events: ConflictEvent[];
	texts: ReadonlyMap<string, string>;
	sources: ManifestSource[];
	mentions: ResolvedMention[];
	entries: ReadonlyMap<string, GazetteerEntry>;
	review: Review;
	/** The reviewed map's places layer (holder per place and period). */
	placesLayer: {
		features: {
			properties: { place_id: string; faction: string | null; from_date: string; to_date: string };
		}[];
	};
}

/** Kinds that say the place changed hands, against kinds that say it did not (yet). */
const TAKEN: ReadonlySet<EventKind> = new Set(['capture', 'entry', 'withdrawal']);
const HELD: ReadonlySet<EventKind> = new Set(['clash', 'advance']);
const WORD = /[\p{L}][\p{L}'’-]*/gu;

/** Lemmas whose words mark an event of `kind` in its sentence (the clause reader's own lexicon). */
function cueLemmas(kind: EventKind): Set<string> {
	const lemmas = new Set(PREDICATES.filter((p) => p.kind === kind).flatMap((p) => p.lemmas));
	if (kind === 'capture') for (const w of [...LIGHT_VERBS, ...CONTROL_NOUNS]) lemmas.add(w);
	if (kind === 'clash') for (const w of MODALITY.failure) lemmas.add(w);
	return lemmas;
}

function lemmaCandidates(word: string): string[] {
	const w = word.toLowerCase();
	const out = [w, IRREGULAR_FORMS[w] ?? ''];
	for (const [suffix, repl] of [
		['ied', 'y'],
		['ies', 'y'],
		['ed', ''],
		['ed', 'e'],
		['d', ''],
		['ing', ''],
		['ing', 'e'],
		['es', ''],
		['s', '']
	] as const)
		if (w.endsWith(suffix)) out.push(w.slice(0, -suffix.length) + repl);
	return out.filter(Boolean);
}

function dayBefore(date: string): string {
	const d = new Date(`${date}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() - 1);
	return d.toISOString().slice(0, 10);
}

function daysApart(a: string | null, b: string | null): number {
	if (!a || !b) return Infinity;
	return Math.abs(Date.parse(`${a}T00:00:00Z`) - Date.parse(`${b}T00:00:00Z`)) / 86_400_000;
}

export function reviewItems(input: ReviewItemsInput): ReviewItem[] {
	const { texts, entries, review } = input;
	const sourceOf = new Map(input.sources.map((s) => [s.article, s]));
	const decisionOf = new Map<string, Decision & { index: number }>();
	review.decisions.forEach((d, index) => {
		if (d.action !== 'add') decisionOf.set(readingKeyString(d.source), { ...d, index });
	});
	const mentionsByArticle = new Map<string, ResolvedMention[]>();
	for (const m of input.mentions) {
		const list = mentionsByArticle.get(m.article) ?? [];
		list.push(m);
		mentionsByArticle.set(m.article, list);
	}
	const holderOn = (place: string, date: string) =>
		input.placesLayer.features.find(
			(f) => f.properties.place_id === place && f.properties.from_date <= date && date <= f.properties.to_date
		)?.properties.faction ?? null;
	const cues = new Map<EventKind, Set<string>>();

	const readingsOf = (event: ConflictEvent, spans: { article: string; start: number; end: number }[]) =>
		spans.map((s): ReviewReading => {
			const text = texts.get(s.article) ?? '';
			const key = readingKeyOf(event, s, texts);
			const lemmas = cues.get(event.kind) ?? cueLemmas(event.kind);
			cues.set(event.kind, lemmas);
			const highlights: Highlight[] = (mentionsByArticle.get(s.article) ?? [])
				.filter((m) => m.place_id === event.place_id && m.start >= s.start && m.end <= s.end)
				.map((m) => ({ start: m.start, end: m.end, type: 'place' as const }));
			for (const m of text.slice(s.start, s.end).matchAll(WORD))
				if (lemmaCandidates(m[0]).some((l) => lemmas.has(l)))
					highlights.push({ start: s.start + m.index, end: s.start + m.index + m[0].length, type: 'cue' });
			highlights.sort((a, b) => a.start - b.start);
			return {
				key,
				article: s.article,
				start: s.start,
				end: s.end,
				text: text.slice(s.start, s.end),
				highlights,
				source: sourceOf.get(s.article) ?? null,
				decision: decisionOf.get(readingKeyString(key)) ?? null
			};
		});

	const itemOf = (event: ConflictEvent, readings: ReviewReading[]): ReviewItem => {
		const entry = entries.get(event.place_id);
		const contradictions = input.events
			.filter(
				(o) =>
					o.place_id === event.place_id &&
					o.id !== event.id &&
					daysApart(o.date, event.date) <= 1 &&
					((TAKEN.has(event.kind) && HELD.has(o.kind)) || (HELD.has(event.kind) && TAKEN.has(o.kind)))
			)
			.flatMap((o) =>
				o.sources
					.filter((s) => !event.sources.some((e) => e.article === s.article))
					.map((s) => ({
						id: o.id,
						kind: o.kind,
						article: s.article,
						text: (texts.get(s.article) ?? '').slice(s.start, s.end),
						outlet: sourceOf.get(s.article)?.publisher ?? null
					}))
			);
		return {
			id: event.id,
			date: event.date,
			kind: event.kind,
			place_id: event.place_id,
			place: entry?.name ?? event.place_id,
			lonlat: entry ? [entry.lon, entry.lat] : null,
			actor: event.actor,
			confidence: event.confidence,
			geo_precision: event.geo_precision,
			time_precision: event.time_precision,
			readings,
			corroboration: new Set(event.sources.map((s) => s.article)).size - 1,
			contradictions,
			control: event.date
				? {
						before: holderOn(event.place_id, dayBefore(event.date)),
						after: holderOn(event.place_id, event.date)
					}
				: null
		};
	};

	const items = input.events.map((e) => itemOf(e, readingsOf(e, e.sources)));
	review.decisions.forEach((d, index) => {
		if (d.action !== 'add') return;
		const event = addedEvent(d);
		const [reading] = readingsOf(event, [d.span]);
		items.push(itemOf(event, [{ ...reading!, decision: { ...d, index } }]));
	});
	return items.sort(
		(a, b) =>
			(a.date ?? '9999').localeCompare(b.date ?? '9999') ||
			a.place.localeCompare(b.place) ||
			a.kind.localeCompare(b.kind)
	);
}

function addedEvent(d: AddDecision): ConflictEvent {
	return {
		id: `add:${d.span.article}:${d.span.start}`,
		date: d.event.date,
		time_precision: d.event.time_precision ?? 1,
		kind: d.event.kind,
		event_type: '',
		sub_event_type: '',
		actor: d.event.actor ?? null,
		faction: null,
		place_id: d.event.place,
		geo_precision: d.event.geo_precision ?? 1,
		confidence: d.event.confidence ?? 'reported',
		fatalities: null,
		sources: [{ article: d.span.article, start: d.span.start, end: d.span.end }]
	};
}
