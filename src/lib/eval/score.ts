// Scores a pipeline run against gold annotations: places (recognition and position), events
// (recall, precision, dates, per phrasing family). Formats in eval/real/README.md; control accuracy
// is in ./control.ts.
import type { ConflictEvent, EventKind, Faction, GazetteerEntry, IsoDate, ResolvedMention } from '../domain/types';
import { distanceKm } from '../geo/distance';
import { kindFamily } from '../domain/event-families';

export interface GoldPlace {
	text: string;
	start: number;
	end: number;
	/** Null for lines (roads): scored for recognition only. */
	lat: number | null;
	lon: number | null;
}

export interface GoldEvent {
	place: string;
	lat: number;
	lon: number;
	kind: EventKind;
	date: IsoDate | null;
	/** The side that did it, by the text; null when the text leaves it unsaid. */
	actor?: Faction | null;
	/** Phrasing family of the predicate (eval/real/README.md); scored per family. */
	family?: string;
	/** An earlier event recalled as background: not required, and not held against precision when matched. */
	restatement?: boolean;
	/** `region`: the event is on a governorate or countryside, matched within REGION_KM. */
	scope?: 'place' | 'region';
}

export interface GoldArticle {
	places: GoldPlace[];
	events: GoldEvent[];
}

export interface Gold {
	articles: Record<string, GoldArticle>;
}

export interface Scores {
	place_precision: number;
	place_recall: number;
	/** Share of recognised point places resolved within `WITHIN_KM` of the gold position. */
	within_5km: number;
	/** Share of gold events (restatements aside) found: same kind family, place within 5 km. */
	event_recall: number;
	/** Share of produced events that match a gold event of their article. */
	event_precision: number;
	/** Share of found gold events with the gold date. */
	event_date_accuracy: number;
	/**
	 * The same over the found gold events the gold gives a day: an event the text leaves undated (gold
	 * date null) still takes the report's day on the map, which the figure above counts as a wrong date
	 * (right only when the produced event is undated too). Both are reported so a change in either is seen.
	 */
	event_date_accuracy_stated: number;
	/** Share of found gold events that name a side given that side (the control model moves ground to it). */
	event_side_accuracy: number;
	/** Recall per phrasing family: family → [found, gold]. */
	families: Record<string, [number, number]>;
	counts: {
		gold_places: number;
		predicted_places: number;
		matched_places: number;
		gold_events: number;
		matched_events: number;
		/** Found gold events the gold gives a day. */
		dated_matches: number;
		/** Found gold events whose side the text states. */
		sided_events: number;
		produced_events: number;
		correct_produced: number;
	};
	misses: string[];
}

/** Gold and machine positions this close count as the same place (ACLED precision 1 with GeoNames noise). */
const WITHIN_KM = 5;
/** Two gold events this close are at the same place (annotators copy the gazetteer point). */
const SAME_POINT_KM = 0.5;
/** Region events sit at a region's representative point, which gazetteers place differently. */
const REGION_KM = 40;
/** Outside what the gold annotates: country names, and places outside the theatre's countries (ISO alpha-2). */
const outOfScope = (entry: GazetteerEntry, countries: ReadonlySet<string> | null) => entry.kind === 'country' || (countries !== null && !countries.has(entry.country));

export const ratio = (n: number, d: number) => (d === 0 ? 1 : Math.round((n / d) * 1000) / 1000);

function scorePlaces(article: string, gold: GoldPlace[], mine: ResolvedMention[], entries: Map<string, GazetteerEntry>, countries: ReadonlySet<string> | null, misses: string[]) {
	// gold places are those of the theatre's countries, countries themselves aside: score the same set
	const inScope = (m: ResolvedMention) => !outOfScope(entries.get(m.place_id)!, countries);
	let matched = 0, precise = 0, positioned = 0, near = 0;
	for (const gp of gold) {
		const hit = mine.find((m) => m.start < gp.end && m.end > gp.start);
		if (!hit) {
			misses.push(`${article}: place "${gp.text}" at ${gp.start} not recognised`);
			continue;
		}
		matched++;
		if (gp.lat === null || gp.lon === null) continue;
		positioned++;
		const entry = entries.get(hit.place_id)!;
		const km = distanceKm([entry.lon, entry.lat], [gp.lon, gp.lat]);
		// a region is not a point: its gold position is one reader's choice, scored as region events are
		if (km <= (entry.kind === 'region' ? REGION_KM : WITHIN_KM)) near++;
		else misses.push(`${article}: "${gp.text}" resolved to ${entry.name}, ${km.toFixed(1)} km off`);
	}
	let predicted = 0;
	for (const m of mine) {
		if (!inScope(m)) continue;
		predicted++;
		if (gold.some((gp) => m.start < gp.end && m.end > gp.start)) precise++;
		else misses.push(`${article}: "${m.text}" at ${m.start} is not a gold place`);
	}
	return { matched, precise, positioned, near, predicted };
}

/** How far a produced event is from a gold one, or null when they cannot be the same event. */
function matchKm(e: ConflictEvent, ge: GoldEvent, entries: Map<string, GazetteerEntry>): number | null {
	if (kindFamily(e.kind) !== kindFamily(ge.kind)) return null;
	const entry = entries.get(e.place_id)!;
	// the state's collapse is the country's, wherever the gold puts it (the capital, often): no distance to
	// measure; ranked after any match by place
	if (e.kind === 'collapse' && ge.kind === 'collapse' && entry.kind === 'country') return REGION_KM;
	const km = distanceKm([entry.lon, entry.lat], [ge.lon, ge.lat]);
	return km <= (ge.scope === 'region' || entry.kind === 'region' ? REGION_KM : WITHIN_KM) ? km : null;
}

/**
 * One-to-one matching inside an article: each gold event takes at most one produced event and
 * each produced event counts once, so "several produced events where the text states one" costs
 * precision. Pairs are taken best first: same date before any date, then the nearest, so a town's
 * capture is not spent on the region event of another sentence.
 */
function scoreEvents(article: string, goldAll: GoldEvent[], mine: ConflictEvent[], entries: Map<string, GazetteerEntry>, families: Scores['families'], misses: string[]) {
	const gold = onePerFact(goldAll);
	const pairs: { gi: number; j: number; rank: number }[] = [];
	gold.forEach((ge, gi) =>
		mine.forEach((e, j) => {
			const km = matchKm(e, ge, entries);
			if (km !== null) pairs.push({ gi, j, rank: (e.date === ge.date ? 0 : 1000) + km });
		})
	);
	pairs.sort((a, b) => a.rank - b.rank || a.gi - b.gi || a.j - b.j);
	const used = new Set<number>();
	const goldTaken = new Map<number, ConflictEvent>();
	for (const { gi, j } of pairs) {
		if (goldTaken.has(gi) || used.has(j)) continue;
		used.add(j);
		goldTaken.set(gi, mine[j]!);
	}
	let required = 0, found = 0, rightDates = 0, restated = 0, sided = 0, rightSides = 0, stated = 0, rightStated = 0;
	gold.forEach((ge, gi) => {
		const hit = goldTaken.get(gi);
		if (ge.restatement) {
			if (hit) restated++;
			return;
		}
		required++;
		const family = ge.family ?? kindFamily(ge.kind);
		const tally = (families[family] ??= [0, 0]);
		tally[1]++;
		if (!hit) {
			misses.push(`${article}: event ${ge.kind} at ${ge.place} on ${ge.date} (${family}) not found`);
			return;
		}
		found++;
		tally[0]++;
		if (ge.date !== null) stated++;
		if (hit.date === ge.date) {
			rightDates++;
			if (ge.date !== null) rightStated++;
		} else misses.push(`${article}: event ${ge.kind} at ${ge.place} dated ${hit.date} not ${ge.date}`);
		if (!ge.actor) return;
		sided++;
		if (hit.faction === ge.actor) rightSides++;
		else misses.push(`${article}: event ${ge.kind} at ${ge.place} by ${hit.faction} not ${ge.actor}`);
	});
	mine.forEach((e, j) => {
		if (!used.has(j)) misses.push(`${article}: produced ${e.kind} at ${entries.get(e.place_id)?.name ?? e.place_id} on ${e.date} is not in the gold`);
	});
	// Matches to restatements are neither right nor wrong: they leave the precision denominator.
	return { required, found, rightDates, stated, rightStated, sided, rightSides, produced: mine.length - restated, correct: used.size - restated };
}

/**
 * `countries`: the theatre's countries; places elsewhere and country names are outside what the gold
 * annotates ("every mention of a place in Syria"), so they count neither for nor against precision.
 */
/**
 * The gold states each event once per (place, kind family, date) (eval/real/README.md), as the
 * pipeline merges them; where an annotator wrote one twice ("captured Hama on Thursday … the capture
 * of Hama"), the second is the same fact and is scored once.
 */
function onePerFact(gold: GoldEvent[]): GoldEvent[] {
	const kept: GoldEvent[] = [];
	for (const ge of [...gold].sort((a, b) => Number(a.restatement ?? false) - Number(b.restatement ?? false))) {
		// the same place: the same point (neighbouring towns a few km apart are different facts)
		const same = kept.some((k) => kindFamily(k.kind) === kindFamily(ge.kind) && k.date === ge.date && (k.scope ?? 'place') === (ge.scope ?? 'place') && distanceKm([k.lon, k.lat], [ge.lon, ge.lat]) < SAME_POINT_KM);
		if (!same) kept.push(ge);
	}
	return kept;
}

export function scoreRun(gold: Gold, mentions: ResolvedMention[], events: ConflictEvent[], entries: Map<string, GazetteerEntry>, countries: string[] | null = null): Scores {
	const scope = countries ? new Set(countries) : null;
	const c = { gold_places: 0, predicted_places: 0, matched_places: 0, gold_events: 0, matched_events: 0, dated_matches: 0, sided_events: 0, produced_events: 0, correct_produced: 0 };
	let precise = 0, positioned = 0, near = 0, rightDates = 0, rightStated = 0, rightSides = 0;
	const misses: string[] = [];
	const families: Scores['families'] = {};
	const mentionsOf = groupBy(mentions, (m) => [m.article]);
	const eventsOf = groupBy(events, (e) => [...new Set(e.sources.map((s) => s.article))]);
	for (const [article, g] of Object.entries(gold.articles)) {
		const mine = mentionsOf.get(article) ?? [];
		c.gold_places += g.places.length;
		const p = scorePlaces(article, g.places, mine, entries, scope, misses);
		c.predicted_places += p.predicted;
		c.matched_places += p.matched;
		precise += p.precise;
		positioned += p.positioned;
		near += p.near;
		const ev = scoreEvents(article, g.events, eventsOf.get(article) ?? [], entries, families, misses);
		c.gold_events += ev.required;
		c.matched_events += ev.found;
		c.produced_events += ev.produced;
		c.correct_produced += ev.correct;
		rightDates += ev.rightDates;
		c.dated_matches += ev.stated;
		rightStated += ev.rightStated;
		c.sided_events += ev.sided;
		rightSides += ev.rightSides;
	}
	return {
		place_precision: ratio(precise, c.predicted_places),
		place_recall: ratio(c.matched_places, c.gold_places),
		within_5km: ratio(near, positioned),
		event_recall: ratio(c.matched_events, c.gold_events),
		event_precision: ratio(c.correct_produced, c.produced_events),
		event_date_accuracy: ratio(rightDates, c.matched_events),
		event_date_accuracy_stated: ratio(rightStated, c.dated_matches),
		event_side_accuracy: ratio(rightSides, c.sided_events),
		families,
		counts: c,
		misses
	};
}

function groupBy<T>(items: T[], keys: (item: T) => string[]): Map<string, T[]> {
	const out = new Map<string, T[]>();
	for (const item of items) for (const key of keys(item)) {
		const list = out.get(key);
		if (list) list.push(item);
		else out.set(key, [item]);
	}
	return out;
}
