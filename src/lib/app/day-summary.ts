// The one summary of a day, read by the app's "today" panel, the embed's map description and every
// export (text, image, video): how many events the map shows that day, who took, entered or left
// which places, where strikes and fighting were reported, the area gained and how far the front
// stood from the theatre's reference point ("3 events: Opposition (HTS-led) took Khan al-Asal and Saraqeb; …").
// Arabic is nominal, headline style: no verb agreement to get wrong. Words come from the one
// string table (i18n/strings.ts); counts and lists from Intl.PluralRules and Intl.ListFormat.
import type { FeatureCollection } from 'geojson';
import type { Bilingual, ConflictEvent, DateFigures, EventKind } from '../domain/types';
import { FACTIONS } from '../domain/factions';
import { isoDate } from '../geo/days';
import { fill, STRINGS, type Lang, type Strings } from '../i18n/strings';
import { formatCount, formatList, formatNumber } from '../i18n/format';
import { shownOn } from '../map/pick';
import type { PlaceNamer } from './place-names';

type Clause = 'took' | 'entered' | 'advanced' | 'withdrew' | 'fighting' | 'strikes' | 'fled';

const CLAUSE_OF: Record<EventKind, Clause> = {
	capture: 'took',
	entry: 'entered',
	advance: 'advanced',
	withdrawal: 'withdrew',
	clash: 'fighting',
	airstrike: 'strikes',
	'drone-strike': 'strikes',
	shelling: 'strikes',
	projectile: 'strikes',
	'car-bomb': 'strikes',
	displacement: 'fled',
	collapse: 'withdrew'
};
/** Clauses that name who acted; the others are about places only. */
const BY_FACTION: readonly Clause[] = ['took', 'entered', 'advanced', 'withdrew'];
/** The order of the clauses in the sentence: control first, then violence, then people. */
const ORDER: readonly Clause[] = ['took', 'entered', 'advanced', 'withdrew', 'fighting', 'strikes', 'fled'];
const TEMPLATE: Record<Clause, keyof Strings> = {
	took: 'summaryTook',
	entered: 'summaryEntered',
	advanced: 'summaryAdvanced',
	withdrew: 'summaryWithdrew',
	fighting: 'summaryFighting',
	strikes: 'summaryStrikes',
	fled: 'summaryFled'
};
/** At most this many places per clause; the rest are counted ("and 2 more"), so a line stays readable. */
const MAX_PLACES = 5;

export type SummaryEvent = Pick<ConflictEvent, 'id' | 'kind' | 'faction' | 'place_id'>;

type DatedEvent = ConflictEvent & { from?: number };

const NONE: readonly DatedEvent[] = [];

/** Newest first: by `from`, latest first, then by id. */
const newestFirst = (a: DatedEvent, b: DatedEvent) =>
	(b.from ?? 0) - (a.from ?? 0) || a.id.localeCompare(b.id);

/**
 * The events of a layer indexed by day, built once, so that a day's events are found without
 * reading every event (a scrub at 100,000 events asks on every step). Gives what `eventsShownOn`
 * gives over the whole layer, by the same rule (`shownOn`); days outside `start`–`end` are not
 * indexed (the map never shows them).
 */
export class EventsByDay {
	/** Events by each day of the timeline they show on (non-cumulative), newest first. */
	private readonly onDay = new Map<number, DatedEvent[]>();
	/** Dated events, newest first, with their `from` (descending) for binary search. */
	private readonly dated: DatedEvent[];
	private readonly fromDesc: Float64Array;
	/** Events without a day range (shown on every day by `shownOn`), newest first. */
	private readonly undated: DatedEvent[];

	constructor(
		private readonly events: FeatureCollection | null | undefined,
		readonly start: number,
		readonly end: number
	) {
		const all = (events?.features ?? []).map((f) => (f.properties ?? {}) as DatedEvent).sort(newestFirst);
		const isDated = (e: DatedEvent) =>
			Number.isFinite(Number(e.from)) && Number.isFinite(Number((e as { to?: unknown }).to));
		this.dated = all.filter(isDated);
		this.undated = all.filter((e) => !isDated(e));
		this.fromDesc = Float64Array.from(this.dated, (e) => Number(e.from));
		for (const e of this.dated) {
			const from = Math.max(start, Number(e.from));
			const to = Math.min(end, Number((e as { to?: unknown }).to));
			for (let d = from; d <= to; d++) {
				let list = this.onDay.get(d);
				if (!list) this.onDay.set(d, (list = []));
				list.push(e);
			}
		}
	}

	/**
	 * The events shown on `day`, newest first (as `eventsShownOn`). Read-only: on a day without
	 * undated events it is the index's own list (a scrub step copies nothing).
	 */
	shownOn(day: number, cumulative = false): readonly DatedEvent[] {
		if (day < this.start || day > this.end) return eventsShownOn(this.events, day, cumulative);
		let dated: readonly DatedEvent[];
		if (!cumulative) dated = this.onDay.get(day) ?? NONE;
		else {
			// Every event from on or before the day: a suffix of the newest-first order.
			let lo = 0;
			let hi = this.fromDesc.length;
			while (lo < hi) {
				const mid = (lo + hi) >>> 1;
				if (this.fromDesc[mid]! > day) lo = mid + 1;
				else hi = mid;
			}
			dated = this.dated.slice(lo);
		}
		return this.undated.length ? [...dated, ...this.undated].sort(newestFirst) : dated;
	}
}

/**
 * The events the map shows on `day` (the map's own rule, `shownOn`: events dated to a week or
 * a month show on every day they span), newest first. Cumulative mode adds the earlier ones.
 * The summary and the app's list of the day's events both read this; given an `EventsByDay`
 * it looks the day up instead of reading every event.
 */
export function eventsShownOn(
	events: FeatureCollection | EventsByDay | null | undefined,
	day: number,
	cumulative = false
): readonly DatedEvent[] {
	if (events instanceof EventsByDay) return events.shownOn(day, cumulative);
	return (events?.features ?? [])
		.filter((f) => shownOn(f.properties ?? {}, day, cumulative))
		.map((f) => f.properties as DatedEvent)
		.sort(newestFirst);
}

export interface DaySummaryInput {
	lang: Lang;
	/** The reader's locale for numbers and lists (`localeFor`). */
	locale: string;
	/** The events shown on the day (`eventsShownOn`). */
	events: readonly SummaryEvent[];
	/** The manifest's figures of the day, when it is an observed date. */
	figures?: DateFigures;
	/** The name of the point the front's distance is measured from (the manifest's theatre); none: no distance clause. */
	reference?: Bilingual | null;
	placeName: PlaceNamer;
	/** At most this many places per clause; the rest are counted. */
	maxPlaces?: number;
}

function placeList(names: string[], input: DaySummaryInput, max: number): string {
	const shown = names.slice(0, max);
	if (names.length > max) shown.push(formatCount(input.lang, 'morePlaces', names.length - max, input.locale));
	return formatList(shown, input.locale);
}

/** The summary of a day, one sentence ending in a full stop. */
export function daySummary(input: DaySummaryInput): string {
	const s = STRINGS[input.lang];
	const max = input.maxPlaces ?? MAX_PLACES;
	// clause → faction key ('' for place-only clauses and unnamed actors) → place ids. The events'
	// order does not matter: each clause's names are sorted below.
	const groups = new Map<string, Set<string>>();
	for (const e of input.events) {
		const clause = CLAUSE_OF[e.kind];
		if (!clause) continue;
		const key = `${clause}|${BY_FACTION.includes(clause) ? (e.faction ?? '') : ''}`;
		if (!groups.has(key)) groups.set(key, new Set());
		groups.get(key)!.add(e.place_id);
	}
	// A place taken that day is not listed again as entered or advanced on by the same side.
	for (const f of [...FACTIONS, '']) {
		const took = groups.get(`took|${f}`);
		if (!took) continue;
		for (const c of ['entered', 'advanced']) {
			const g = groups.get(`${c}|${f}`);
			if (g) for (const id of took) g.delete(id);
		}
	}
	const clauses: string[] = [];
	for (const clause of ORDER) {
		for (const f of [...FACTIONS, ''] as const) {
			const ids = groups.get(`${clause}|${f}`);
			if (!ids?.size) continue;
			const names = [...new Set([...ids].map((id) => input.placeName(id, input.lang)))].sort((a, b) =>
				a.localeCompare(b, input.lang)
			);
			clauses.push(
				fill(s[TEMPLATE[clause]], {
					f: f ? s[`faction_${f}`] : s.summaryUnnamed,
					p: placeList(names, input, max)
				})
			);
		}
	}
	const fig = input.figures;
	if (fig) {
		for (const f of FACTIONS) {
			const km = fig.gained_km2[f];
			if (km && km >= 1)
				clauses.push(
					fill(s.summaryGained, {
						faction: s[`faction_${f}`],
						km: formatNumber(Math.round(km), input.locale)
					})
				);
		}
		if (
			clauses.length &&
			input.reference &&
			fig.front_to_reference_km !== null &&
			Number.isFinite(fig.front_to_reference_km)
		) {
			clauses.push(
				fill(s.summaryReference, {
					km: formatNumber(fig.front_to_reference_km, input.locale, 1),
					place: input.reference[input.lang]
				})
			);
		}
	}
	const n = input.events.length;
	if (!n && !clauses.length) return s.summaryNone;
	const count = n ? formatCount(input.lang, 'events', n, input.locale) : '';
	const rest = clauses.join(s.summarySep);
	return `${count && rest ? fill(s.summaryHead, { count, rest }) : count || rest}.`;
}

/** What a day's summary is drawn from: the loaded data folder's events layer, figures and place names. */
export interface SummarySource {
	events: FeatureCollection | EventsByDay | null | undefined;
	figures: readonly DateFigures[];
	/** The distance figure's reference point, by name (`referenceName` of the manifest). */
	reference?: Bilingual | null;
	placeName: PlaceNamer;
}

/**
 * The summary of day number `day` from the loaded data: the one path from the data to the words,
 * shared by the app's panel, the embed's map description and the exports.
 */
export function summaryOfDay(source: SummarySource, day: number, lang: Lang, locale: string): string {
	const date = isoDate(day);
	return daySummary({
		lang,
		locale,
		events: eventsShownOn(source.events, day),
		figures: source.figures.find((f) => f.date === date),
		reference: source.reference ?? null,
		placeName: source.placeName
	});
}

/** The summary with its date in front, for texts read apart from the map (exports, alt text). */
export function datedSummary(lang: Lang, dateLabel: string, summary: string): string {
	return fill(STRINGS[lang].summaryDated, { date: dateLabel, summary });
}
