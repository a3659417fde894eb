// Scores a pipeline run against a gold file (tests/fixtures/gold.json, format in README "Evaluation").
import type { ConflictEvent, EventKind, GazetteerEntry, ResolvedMention } from '../domain/types';
import { distanceKm } from '../geo/distance';

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
	date: string;
}

export interface Gold {
	articles: Record<string, { places: GoldPlace[]; events: GoldEvent[] }>;
}

export interface Scores {
	place_precision: number;
	place_recall: number;
	/** Share of recognised point places resolved within `withinKm` of the gold position. */
	within_5km: number;
	/** Share of gold events found (same kind, place within 5 km). */
	event_recall: number;
	/** Share of found gold events with the gold date. */
	event_date_accuracy: number;
	counts: { gold_places: number; predicted_places: number; matched_places: number; gold_events: number; matched_events: number };
	misses: string[];
}

const WITHIN_KM = 5;
const STRIKES: EventKind[] = ['airstrike', 'drone-strike', 'shelling', 'projectile', 'car-bomb'];
/** Kinds a reader may fairly swap: any strike for another, a capture for an entry. */
function sameFamily(a: EventKind, b: EventKind): boolean {
	if (a === b) return true;
	if (STRIKES.includes(a) && STRIKES.includes(b)) return true;
	return (a === 'capture' || a === 'entry') && (b === 'capture' || b === 'entry');
}

const ratio = (n: number, d: number) => (d === 0 ? 1 : Math.round((n / d) * 1000) / 1000);

export function scoreRun(gold: Gold, mentions: ResolvedMention[], events: ConflictEvent[], entries: Map<string, GazetteerEntry>): Scores {
	let goldPlaces = 0, predicted = 0, matched = 0, precise = 0, positioned = 0, near = 0, goldEvents = 0, foundEvents = 0, rightDates = 0;
	const misses: string[] = [];
	for (const [article, g] of Object.entries(gold.articles)) {
		const mine = mentions.filter((m) => m.article === article);
		goldPlaces += g.places.length;
		predicted += mine.length;
		for (const gp of g.places) {
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
			if (km <= WITHIN_KM) near++;
			else misses.push(`${article}: "${gp.text}" resolved to ${entry.name}, ${km.toFixed(1)} km off`);
		}
		for (const m of mine) {
			if (g.places.some((gp) => m.start < gp.end && m.end > gp.start)) precise++;
			else misses.push(`${article}: "${m.text}" at ${m.start} is not a gold place`);
		}
		const mineEvents = events.filter((e) => e.sources.some((s) => s.article === article));
		for (const ge of g.events) {
			goldEvents++;
			const candidates = mineEvents.filter((e) => {
				const entry = entries.get(e.place_id)!;
				return sameFamily(e.kind, ge.kind) && distanceKm([entry.lon, entry.lat], [ge.lon, ge.lat]) <= WITHIN_KM;
			});
			if (candidates.length === 0) {
				misses.push(`${article}: event ${ge.kind} at ${ge.place} on ${ge.date} not found`);
				continue;
			}
			foundEvents++;
			if (candidates.some((e) => e.date === ge.date)) rightDates++;
			else misses.push(`${article}: event ${ge.kind} at ${ge.place} dated ${candidates.map((e) => e.date).join('/')} not ${ge.date}`);
		}
	}
	return {
		place_precision: ratio(precise, predicted),
		place_recall: ratio(matched, goldPlaces),
		within_5km: ratio(near, positioned),
		event_recall: ratio(foundEvents, goldEvents),
		event_date_accuracy: ratio(rightDates, foundEvents),
		counts: { gold_places: goldPlaces, predicted_places: predicted, matched_places: matched, gold_events: goldEvents, matched_events: foundEvents },
		misses
	};
}
