// An undated article that states no date either ("Rebels took Hama on Thursday"): which Thursday? Read
// in a batch of dated reports, the day of writing is the one at which its events agree with theirs, the
// way a desk dates a clipping: if every dated report has Hama falling on 5 December, a Thursday, the
// undated one was written on or after that Thursday.
import { addDays, dayNumber } from '../geo/days';
import { CHANGES_HANDS, kindFamily } from '../domain/event-families';
import type { Article, ConflictEvent, Diagnostic, EventKind, IsoDate } from '../domain/types';
import type { PipelineOptions } from './config';
import { eventId } from './event-id';

/** The fact an event states, whatever its day: its place and kind family. */
const factOf = (event: ConflictEvent) => `${event.place_id} ${kindFamily(event.kind)}`;

/** What the dated articles of a batch say happened: a key per (place, kind family, day). */
export function factKey(event: ConflictEvent): string | null {
	return event.date === null ? null : `${factOf(event)} ${event.date}`;
}

/** The facts of a batch's dated events, sorted and once each (a message between threads carries them). */
export function batchFacts(events: Iterable<ConflictEvent>): string[] {
	const keys = new Set<string>();
	for (const event of events) {
		const key = factKey(event);
		if (key !== null) keys.add(key);
	}
	return [...keys].sort();
}

export interface AnchoredEvents {
	date: IsoDate;
	events: ConflictEvent[];
	diagnostics: Diagnostic[];
	diagnostic: Diagnostic;
}

/**
 * Reads the article against each day from `options.anchorWindowDays` before the batch's latest date up to
 * it (from `notBefore` on, when the text states a date), and keeps the reading whose events agree most with
 * the batch's facts. Readings that date every event alike (the days of one week, for weekdays) are one; the
 * best must beat every other by at least one agreeing event and have `options.anchorMinAgreeing`, else the
 * week whose changes of hands fall nearest the batch's (`nearestReading`) is taken, if one is. Null when
 * neither decides: the article keeps its undated events.
 */
export function anchorByAgreement(
	article: Article,
	latest: IsoDate,
	facts: ReadonlySet<string>,
	options: PipelineOptions,
	read: (dated: Article) => { items: ConflictEvent[]; diagnostics: Diagnostic[] },
	/** The latest date the text states, when it states one: it was written on that day or after. */
	notBefore: IsoDate | null = null,
	/** The days the dated articles give each change of hands (`changeDays`), for when no week agrees exactly. */
	changes: ChangeDays = new Map()
): AnchoredEvents | null {
	const readings = new Map<string, { date: IsoDate; agreeing: number; read: ReturnType<typeof read> }>();
	for (let back = options.anchorWindowDays; back >= 0; back--) {
		const date = addDays(latest, -back);
		if (notBefore !== null && date < notBefore) continue;
		const reading = read({
			...article,
			meta: { ...article.meta, published: date, published_from: 'corroborated' }
		});
		const dating = reading.items.map((e) => e.date).join(' ');
		if (readings.has(dating)) continue; // the earliest day of a dating speaks for it
		const agreeing = reading.items.filter((e) => facts.has(factKey(e) ?? '')).length;
		readings.set(dating, { date, agreeing, read: reading });
	}
	const ranked = [...readings.values()].sort((a, b) => b.agreeing - a.agreeing);
	const [first, second] = ranked;
	const agreed =
		first && first.agreeing >= options.anchorMinAgreeing && !(second && second.agreeing >= first.agreeing);
	const best = agreed ? first : nearestReading(ranked, changes, options);
	if (!best) return null;
	const next = ranked.find((r) => r !== best);
	return {
		date: best.date,
		events: sameFactSameDay(best.read.items),
		diagnostics: best.read.diagnostics,
		diagnostic: {
			level: 'warning',
			code: 'reference-date-corroborated',
			message: `${article.meta.file}: no publication date${notBefore ? `, and ${notBefore}, the latest date the text states, only a bound` : ' and no date in the text'}; its weekdays are read as the week of ${best.date}, ${agreed ? `in which ${best.agreeing} of its events fall on the days the dated articles give them (other weeks: ${next?.agreeing ?? 0} at most)` : "in which its changes of hands fall nearest the days the dated articles give the same side's changes at the same places (no week agrees on the day)"}; what it dates by "today" or "yesterday", or leaves undated, takes the day a dated sentence of it or the dated articles give the same fact, else the latest day it gives any event`,
			article: article.meta.file,
			start: null,
			end: null
		}
	};
}

/**
 * When no week agrees exactly, the week whose changes of hands fall nearest the days the dated articles
 * give the same side's changes of hands at the same places: "rebels entered Hama on Thursday" among
 * reports of rebels taking Hama on 5 December is of that Thursday, not of the week before, though none
 * tells of an entry on that day. Each event's distance is to the nearest such day; the week must be nearer
 * in total, by `anchorNearMarginDays`, than every other week, and near in itself (`anchorNearMeanDays`),
 * or it is not known.
 */
function nearestReading<R extends { read: { items: ConflictEvent[] } }>(
	readings: R[],
	changes: ChangeDays,
	options: PipelineOptions
): R | null {
	const scored = readings
		.map((reading) => {
			let off = 0;
			let placed = 0;
			for (const e of reading.read.items) {
				// fighting and strikes recur, and a region is fought over all along: only a change of hands at a
				// place, or the state's fall, happens once
				if (!CHANGES_HANDS.has(e.kind) || (e.geo_precision !== 1 && e.kind !== 'collapse')) continue;
				const days = e.date === null ? undefined : daysOfChange(changes, e);
				if (!days) continue;
				placed++;
				off += Math.min(...days.map((d) => Math.abs(dayNumber(d) - dayNumber(e.date!))));
			}
			return { reading, off, placed };
		})
		.filter((s) => s.placed > 0)
		.sort((a, b) => a.off - b.off);
	const [best, next] = scored;
	if (!best || (next && next.off - best.off < options.anchorNearMarginDays)) return null;
	// nearest is not near: its events fall days away from what the dated articles tell of their places
	if (best.off > best.placed * options.anchorNearMeanDays) return null;
	// a week that places fewer of its events than another is not compared on the same events
	if (next && next.placed > best.placed) return null;
	return best.reading;
}

/** The days the dated articles give changes of hands: by place and kind family ("capture" for captures and
 *  entries, "withdrawal" for withdrawals and collapses), then by side ("-" for none said). */
export type ChangeDays = ReadonlyMap<string, ReadonlyMap<string, IsoDate[]>>;

/** `batchDays` keys ("place kind side day") as ChangeDays. */
export function changeDays(keys: Iterable<string>): ChangeDays {
	const out = new Map<string, Map<string, IsoDate[]>>();
	for (const key of keys) {
		const [place, kind, side, day] = key.split(' ') as [string, EventKind, string, IsoDate];
		const fact = `${place} ${kindFamily(kind)}`;
		const sides = out.get(fact) ?? new Map<string, IsoDate[]>();
		out.set(fact, sides);
		sides.set(side, [...(sides.get(side) ?? []), day]);
	}
	return out;
}

/**
 * The days the dated articles give a change like `event`: its side's, and those that name no side; for an
 * event naming no side, every side's when they name one at most ("Hama fell" is the rebels' fall of Hama
 * when only the rebels took it, and nobody's known one when the army retook it too).
 */
function daysOfChange(changes: ChangeDays, event: ConflictEvent): IsoDate[] | undefined {
	const sides = changes.get(`${event.place_id} ${kindFamily(event.kind)}`);
	if (!sides) return undefined;
	const side = event.faction ?? '-';
	const named = [...sides.keys()].filter((s) => s !== '-');
	if (side === '-' && named.length > 1) return undefined;
	const days = [...sides].filter(([s]) => side === '-' || s === side || s === '-').flatMap(([, d]) => d);
	return days.length ? days : undefined;
}

/**
 * "Rebels captured Hama on Thursday … the capture of Hama": an event the text leaves undated is the same
 * fact as a dated one of its place and family, and takes its day (the earliest, if it has several).
 */
function sameFactSameDay(events: ConflictEvent[]): ConflictEvent[] {
	const dayOf = new Map<string, IsoDate>();
	for (const e of events) {
		const fact = factOf(e);
		const known = dayOf.get(fact);
		if (e.date !== null && (known === undefined || e.date < known)) dayOf.set(fact, e.date);
	}
	return events.map((e) => {
		const date = e.date ?? dayOf.get(factOf(e)) ?? null;
		return date === e.date ? e : { ...e, date, id: eventId(date, e.place_id, e.kind) };
	});
}

/** An event's place, own kind (an entry is not a capture here: the day a city was entered is not the day it
 *  fell) and side ("-" for none said): the rebels' capture of a town is not the army's retaking it. */
const placeKindSide = (event: ConflictEvent) => `${event.place_id} ${event.kind} ${event.faction ?? '-'}`;

/** The earliest day the dated events give each change of hands (place, kind, side), as sorted "place kind side day" keys. */
export function batchDays(events: Iterable<ConflictEvent>): string[] {
	const first = new Map<string, IsoDate>();
	for (const e of events) {
		if (e.date === null || !CHANGES_HANDS.has(e.kind)) continue;
		const key = placeKindSide(e);
		const known = first.get(key);
		if (known === undefined || e.date < known) first.set(key, e.date);
	}
	return [...first].map(([key, day]) => `${key} ${day}`).sort();
}

/**
 * `batchDays` keys back into place-kind-side → day; and, for an event whose side is unsaid, place-kind-"-"
 * → the day of the one side the batch gives (none when it gives several: whose change it was is unknown).
 */
export function factDays(keys: Iterable<string>): ReadonlyMap<string, IsoDate> {
	const out = new Map<string, IsoDate>();
	const sidesOf = new Map<string, { sides: Set<string>; day: IsoDate }>();
	for (const key of keys) {
		const cut = key.lastIndexOf(' ');
		const fact = key.slice(0, cut);
		const day = key.slice(cut + 1) as IsoDate;
		out.set(fact, day);
		const side = fact.slice(fact.lastIndexOf(' ') + 1);
		const placeKind = fact.slice(0, fact.lastIndexOf(' '));
		const known = sidesOf.get(placeKind) ?? { sides: new Set<string>(), day };
		known.sides.add(side);
		if (day < known.day) known.day = day;
		sidesOf.set(placeKind, known);
	}
	for (const [placeKind, { sides, day }] of sidesOf) if (sides.size === 1) out.set(`${placeKind} -`, day);
	return out;
}

/**
 * "Factions took Maarat al-Numan" in a clipping with no date at all: a change of hands the undated article
 * leaves undated takes the day the batch's dated articles give the same one (its place, kind and side; the
 * earliest, if they give several: a later telling restates it), as a desk dates a clipping by the reports
 * beside it. Fighting and strikes recur, so their day is not borrowed; nor is anything no dated article tells.
 */
export function datedByBatch(
	events: ConflictEvent[],
	days: ReadonlyMap<string, IsoDate>
): { events: ConflictEvent[]; borrowed: number } {
	let borrowed = 0;
	const out = events.map((e) => {
		if (e.date !== null || !CHANGES_HANDS.has(e.kind)) return e;
		const day = days.get(placeKindSide(e));
		if (day === undefined) return e;
		borrowed++;
		return { ...e, date: day, id: eventId(day, e.place_id, e.kind) };
	});
	return { events: out, borrowed };
}

/**
 * The events an anchored article leaves undated take the latest day it gives any event: it cannot have been
 * written before then, and a report tells its undated news as of its own day (the day it was written may
 * be later still; this is the nearest day the text supports). Unchanged when it dates nothing.
 */
export function datedByLatest(events: ConflictEvent[]): ConflictEvent[] {
	let latest: IsoDate | null = null;
	for (const e of events) if (e.date !== null && (latest === null || e.date > latest)) latest = e.date;
	return latest === null ? events : datedOn(events, latest);
}

/** The events still undated, put on `day`. */
export function datedOn(events: ConflictEvent[], day: IsoDate): ConflictEvent[] {
	return events.map((e) => (e.date !== null ? e : { ...e, date: day, id: eventId(day, e.place_id, e.kind) }));
}
