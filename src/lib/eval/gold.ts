// Reads gold annotations, checking every field: a bad one throws naming the file, the field and
// the rule, so a hand-written annotation cannot silently score as zero.
import type { EventKind, Faction } from '../domain/types';
import { FACTIONS } from '../domain/factions';
import type { Gold, GoldArticle, GoldEvent, GoldPlace } from './score';

const KINDS: readonly EventKind[] = ['capture', 'entry', 'withdrawal', 'clash', 'advance', 'airstrike', 'drone-strike', 'shelling', 'projectile', 'car-bomb', 'displacement', 'collapse'];
const ISO = /^\d{4}-\d{2}-\d{2}$/;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function fail(file: string, field: string, rule: string): never {
	throw new Error(`${file}: ${field} ${rule}`);
}

function coordinate(v: unknown, file: string, field: string, nullable: boolean): number | null {
	if (v === null && nullable) return null;
	if (typeof v !== 'number' || !Number.isFinite(v)) fail(file, field, nullable ? 'must be a number or null' : 'must be a number');
	return v;
}

function place(v: unknown, file: string, field: string): GoldPlace {
	if (!isObject(v)) fail(file, field, 'must be an object');
	if (typeof v.text !== 'string') fail(file, `${field}.text`, 'must be a string');
	if (!Number.isInteger(v.start) || !Number.isInteger(v.end) || (v.start as number) > (v.end as number)) fail(file, `${field}.start/end`, 'must be integers with start ≤ end');
	return { text: v.text, start: v.start as number, end: v.end as number, lat: coordinate(v.lat, file, `${field}.lat`, true), lon: coordinate(v.lon, file, `${field}.lon`, true) };
}

function event(v: unknown, file: string, field: string): GoldEvent {
	if (!isObject(v)) fail(file, field, 'must be an object');
	if (typeof v.place !== 'string') fail(file, `${field}.place`, 'must be a string');
	if (!KINDS.includes(v.kind as EventKind)) fail(file, `${field}.kind`, `must be one of ${KINDS.join(', ')}`);
	if (v.date !== null && !(typeof v.date === 'string' && ISO.test(v.date))) fail(file, `${field}.date`, 'must be YYYY-MM-DD or null');
	if (v.scope !== undefined && v.scope !== 'place' && v.scope !== 'region') fail(file, `${field}.scope`, 'must be "place" or "region"');
	if (v.family !== undefined && typeof v.family !== 'string') fail(file, `${field}.family`, 'must be a string');
	// "other" (a foreign state, a tribe) is no side of the map: scored like an unsaid one
	if (v.actor !== undefined && v.actor !== null && v.actor !== 'other' && !FACTIONS.includes(v.actor as Faction)) fail(file, `${field}.actor`, `must be one of ${FACTIONS.join(', ')}, "other" or null`);
	return {
		place: v.place,
		lat: coordinate(v.lat, file, `${field}.lat`, false)!,
		lon: coordinate(v.lon, file, `${field}.lon`, false)!,
		kind: v.kind as EventKind,
		date: v.date as string | null,
		...(v.family !== undefined ? { family: v.family as string } : {}),
		...(FACTIONS.includes(v.actor as Faction) ? { actor: v.actor as Faction } : {}),
		...(v.restatement === true ? { restatement: true } : {}),
		...(v.scope !== undefined ? { scope: v.scope as 'place' | 'region' } : {})
	};
}

function article(v: unknown, file: string, field: string): GoldArticle {
	if (!isObject(v)) fail(file, field, 'must be an object');
	if (!Array.isArray(v.places)) fail(file, `${field}.places`, 'must be a list');
	if (!Array.isArray(v.events)) fail(file, `${field}.events`, 'must be a list');
	return {
		places: v.places.map((p, i) => place(p, file, `${field}.places[${i}]`)),
		events: v.events.map((e, i) => event(e, file, `${field}.events[${i}]`))
	};
}

/** `{"articles": {"<file>": {places, events}}}`: the format of tests/fixtures/gold.json. */
export function parseGold(raw: unknown, file: string): Gold {
	if (!isObject(raw) || !isObject(raw.articles)) fail(file, 'articles', 'must be an object of article file → {places, events}');
	const articles: Gold['articles'] = {};
	for (const [name, value] of Object.entries(raw.articles)) articles[name] = article(value, file, `articles[${JSON.stringify(name)}]`);
	return { articles };
}

/** One article's gold file (eval/real/<set>/gold/*.json): `{article, places, events, …}`. */
export function parseGoldArticle(raw: unknown, file: string): { article: string; gold: GoldArticle } {
	if (!isObject(raw) || typeof raw.article !== 'string') fail(file, 'article', 'must name the article file');
	return { article: raw.article, gold: article(raw, file, 'root') };
}
