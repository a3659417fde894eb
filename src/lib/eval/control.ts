// Scores the control the model draws against a sourced reference of who held which place on each
// day (eval/real/README.md, "Control reference"). The model's answer for a place is its feature in
// the `places` layer: by id when the reference names one, else a settlement of the same name within
// NAME_KM, else the nearest settlement within MATCH_KM.
import type { Faction, IsoDate } from '../domain/types';
import { dayNumber, isoDate } from '../geo/days';
import { distanceKm } from '../geo/distance';
import { ratio } from './score';

export type ReferenceHolder = Faction | 'contested';

export interface ReferencePlace {
	place: string;
	place_id?: string;
	lat: number;
	lon: number;
	baseline: Faction;
	changes: { date: IsoDate; holder: ReferenceHolder; sources?: string[]; note?: string }[];
}

export interface ControlReference {
	period: { start: IsoDate; end: IsoDate };
	places: ReferencePlace[];
}

/** What the scorer reads of a `places` layer feature. */
export interface PlaceInterval {
	geometry: { type: string; coordinates: unknown };
	properties: { place_id: string; name: string; kind: string; faction: Faction; status: string; from: number; to: number };
}

export interface ControlScores {
	/** Share of (place, date) facts after the baseline that the map draws right; contested counts half. */
	accuracy: number;
	facts: number;
	/** Date → [right, facts]. */
	per_date: Record<IsoDate, [number, number]>;
	misses: string[];
}

/** A reference point this far from every settlement of the map is not scored (and reported). */
const MATCH_KM = 5;
/** A settlement of the reference's name counts as it this far off (gazetteers place towns apart). */
const NAME_KM = 15;

/** A parsed control reference file, checked for its shape; `file` names it in the error. */
export function asControlReference(doc: unknown, file: string): ControlReference {
	const reference = doc as ControlReference | null;
	if (!reference || !Array.isArray(reference.places) || !reference.period)
		throw new Error(`${file}: must be {period, places: [...]}`);
	return reference;
}

/** The holder on `date`: the last change on or before it, else the baseline. */
export function holderOn(place: ReferencePlace, date: IsoDate): ReferenceHolder {
	let holder: ReferenceHolder = place.baseline;
	for (const c of [...place.changes].sort((a, b) => (a.date < b.date ? -1 : 1))) if (c.date <= date) holder = c.holder;
	return holder;
}

function credit(expected: ReferenceHolder, drawn: ReferenceHolder): number {
	if (expected === drawn) return 1;
	return expected === 'contested' || drawn === 'contested' ? 0.5 : 0;
}

/**
 * Scores every reference place on every day from the day after the reference's start up to
 * `through` (the run's last day: a map cannot be asked about days its articles never reached).
 */
export function scoreControl(reference: ControlReference, places: PlaceInterval[], through: IsoDate): ControlScores {
	const byId = new Map<string, PlaceInterval[]>();
	for (const f of places) {
		const list = byId.get(f.properties.place_id);
		if (list) list.push(f);
		else byId.set(f.properties.place_id, [f]);
	}
	const points = [...byId.entries()].map(([id, list]) => ({ id, name: simple(list[0]!.properties.name), at: list[0]!.geometry.coordinates as [number, number] }));
	const misses: string[] = [];
	const perDate: Record<IsoDate, [number, number]> = {};
	let right = 0, facts = 0;
	const first = dayNumber(reference.period.start) + 1;
	const last = Math.min(dayNumber(reference.period.end), dayNumber(through));
	for (const place of reference.places) {
		const id = place.place_id && byId.has(place.place_id) ? place.place_id : nearest(points, place);
		if (!id) {
			misses.push(`${place.place}: no settlement of the map within ${MATCH_KM} km`);
			continue;
		}
		const intervals = byId.get(id)!;
		for (let day = first; day <= last; day++) {
			const date = isoDate(day);
			const f = intervals.find((p) => p.properties.from <= day && day <= p.properties.to);
			const drawn: ReferenceHolder | null = f ? (f.properties.status === 'contested' ? 'contested' : f.properties.faction) : null;
			const expected = holderOn(place, date);
			const got = drawn === null ? 0 : credit(expected, drawn);
			const tally = (perDate[date] ??= [0, 0]);
			tally[0] += got;
			tally[1]++;
			right += got;
			facts++;
			if (got < 1) misses.push(`${date} ${place.place}: drawn ${drawn ?? 'nothing'}, reference ${expected}`);
		}
	}
	return { accuracy: ratio(right, facts), facts, per_date: perDate, misses };
}

const simple = (name: string) => name.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '');

function nearest(points: { id: string; name: string; at: [number, number] }[], place: ReferencePlace): string | null {
	const name = simple(place.place);
	let best: { id: string; score: number } | null = null;
	for (const p of points) {
		const km = distanceKm(p.at, [place.lon, place.lat]);
		// same name within NAME_KM ranks before any other point within MATCH_KM
		const score = p.name === name && km <= NAME_KM ? km - 1000 : km <= MATCH_KM ? km : Infinity;
		if (score !== Infinity && (!best || score < best.score)) best = { id: p.id, score };
	}
	return best?.id ?? null;
}
