// Stage 3: mentions with several candidates → one place each, by context, never by population alone:
// the kind the text names ("the town of", "airport", "province"), then nearness to the places
// resolved without doubt in the same sentence, nearby text, or the article.
import type {
	Article,
	Diagnostic,
	GazetteerEntry,
	Mention,
	ResolvedMention,
	StageResult
} from '../domain/types';
import { distanceKm } from '../geo/distance';
import { lookupName, type GazetteerIndex } from '../gazetteer/gazetteer-index';
import { maskMarkup } from '../text/mask-markup';
import type { Span } from '../text/sentences';
import { minOf } from '../util/append-all';
import { countrySideId, sideRegionId, SIDES, type Side } from '../gazetteer/side-regions';

export interface ResolvePlacesContext {
	index: GazetteerIndex;
	sentences: Span[];
	/** The article text with markup masked (offsets unchanged), computed once per article by the caller. */
	masked?: string;
	/** How near a place named exactly in its sentence a near spelling must lie (config.ts `fuzzyContextKm`). */
	fuzzyContextKm?: number;
}

type KindCue = 'settlement' | 'neighbourhood' | 'site' | 'region' | 'city';

const SETTLEMENT_KINDS = new Set(['city', 'town', 'village']);
const POINT_KINDS = new Set(['city', 'town', 'village', 'neighbourhood', 'facility', 'airport', 'base']);
/** A region word after the name, or after a list the name opens ("Aleppo, Idlib and Hama provinces": each
 *  name of up to two words, capitalised, perhaps after a direction, joined by commas, "and" or "or";
 *  "Aleppo and its countryside"; a generic word ends the list). */
const REGION_AFTER =
	/^(?:(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?!(?:Other|Many|Several|Some|All|Both|The|Nearby|Neighbou?ring|Surrounding)\b)(?:(?:(?:north|south)-?(?:east|west)|north|south|east|west)(?:ern)?\s+)?(?:\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’-]+)?|its|their)){0,4}[\s,]*\s(?:[Pp]rovinces?|[Gg]overnorates?|[Cc]ountrysides?|[Cc]ountryside['’]s|[Rr]egions?|[Rr]ural [Aa]reas?)\b/u;
const REGION_BEFORE =
	/\b(rural|countryside of|province of|governorate of|(?:north|south|east|west)(?:ern)?|(?:north|south)(?:east|west)(?:ern)?)\s+$/i;
/** "the provinces of Tartus and Latakia", "the governorates of Quneitra, Daraa and Sweida": each name of the
 *  list; "the rural areas of Hama and Idlib", "the countryside of X and Y": the first name, and the one after
 *  "and" (a singular "countryside of Idlib, Hama fell …" closes at its comma). */
const REGION_LIST_BEFORE = (() => {
	// a name of up to two words, the second perhaps opening with a particle ("Deir ez-Zor", "Rif Dimashq")
	const name = String.raw`(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:\p{Lu}|[a-z]{1,3}-\p{Lu})[\p{L}'’-]*)?`;
	// commas between the names, one "and" before the last: the list ends there ("…of X and Y, Z remained calm")
	return new RegExp(
		String.raw`\b(?:(?:[Pp]rovinces|[Gg]overnorates)\s+of\s+(?:${name}\s*,\s*)*(?:${name}\s*,?\s+and\s+)?|(?:[Cc]ountrysides?|[Rr]ural\s+(?:areas|parts|regions))\s+of\s+(?:(?:${name}\s*,\s*)*${name}\s*,?\s+and\s+)?)(?:the\s+)?$`,
		'u'
	);
})();
/** "Idlib's countryside", "Hama's northern countryside": a city's possessive before a region word names the
 *  region, as "the countryside of Idlib" does. */
const REGION_POSSESSED_AFTER = (() => {
	const side = String.raw`(?:(?:north|south)-?(?:east|west)|north|south|east|west)(?:ern)?\s+`;
	// "region" only with a side: "Hama's region" may be the city's surroundings, "Hama's northern region" is the countryside
	return new RegExp(
		String.raw`^['’]s\s+(?:(?:${side})?(?:countryside|province|governorate|rural areas)|${side}regions?)\b`,
		'i'
	);
})();
const CITY_AFTER = /^\s+(city|city['’]s)\b/i;
/** A structure named after the name ("the Shahba dam", "the Euphrates bridge"): a point, never the region
 *  the name also is (a dam taken is not a region taken). */
const STRUCTURE_AFTER = /^\s+(dam|bridge|reservoir|lake)\b/i;
const CITY_BEFORE = /\b(city of|the city,?)\s+$/i;
const SITE_AFTER = /^\s+(?:military\s+)?(airport|airbase|air base|base|airfield)\b/i;
const NEIGHBOURHOOD_AFTER = /^\s+(axis|axes|district|districts|neighbou?rhoods?|quarter)\b/i;
const NEIGHBOURHOOD_LIST_AFTER =
	/^[\s,]*(?:(?:and|,)\s+[\p{L}'’ -]{2,30}?\s+)?(axis|axes|districts|neighbou?rhoods)\b/iu;
const SETTLEMENT_BEFORE =
	/\b(towns?|villages?|cities)\s+of\s+(?:[\p{L}'’ -]+,\s+)*(?:[\p{L}'’ -]+\s+and\s+)?$/iu;
const NEAR_BEFORE =
	/\b(near|nearby|outside|around|outskirts of|edge of|gates of|countryside of|(?:north|south|east|west)(?:ern)?(?: edge| outskirts| suburbs| countryside)? of|(?:north|south)(?:east|west) of)\s+(?:the\s+)?(?:city of\s+)?$/i;

/** "the Damascus suburbs", "a Damascus suburb", "Damascus' suburbs", "Homs outskirts": around the city, not
 *  in it, as "the suburbs of X" is. */
const NEAR_AFTER = /^(?:['’]s?)?\s+(?:suburbs?|outskirts?)\b/i;

function kindCue(text: string, mention: Mention, sentence: Span): KindCue | null {
	const after = text.slice(mention.end, Math.min(sentence.end, mention.end + 60));
	const before = text.slice(Math.max(sentence.start, mention.start - 80), mention.start);
	if (SITE_AFTER.test(after)) return 'site';
	if (
		REGION_AFTER.test(after) ||
		REGION_POSSESSED_AFTER.test(after) ||
		REGION_BEFORE.test(before) ||
		REGION_LIST_BEFORE.test(before) ||
		// "the eastern parts of Idlib": a side of the name is its countryside, as "eastern Idlib" is
		SIDE_BEFORE.test(before)
	)
		return 'region';
	if (CITY_AFTER.test(after) || CITY_BEFORE.test(before)) return 'city';
	if (NEIGHBOURHOOD_AFTER.test(after) || NEIGHBOURHOOD_LIST_AFTER.test(after)) return 'neighbourhood';
	if (SETTLEMENT_BEFORE.test(before)) return 'settlement';
	return null;
}

function fitsCue(entry: GazetteerEntry, cue: KindCue | null): boolean {
	switch (cue) {
		case 'site':
			return entry.kind === 'airport' || entry.kind === 'base';
		case 'region':
			return entry.kind === 'region';
		case 'city':
			return entry.kind === 'city';
		case 'neighbourhood':
			return entry.kind === 'neighbourhood';
		case 'settlement':
			return SETTLEMENT_KINDS.has(entry.kind);
		default:
			return false;
	}
}

/** The sentence holding a position (binary search: sentences are sorted and disjoint). */
function sentenceOf(sentences: Span[], pos: number): Span {
	let lo = 0;
	let hi = sentences.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const s = sentences[mid]!;
		if (pos < s.start) hi = mid - 1;
		else if (pos >= s.end) lo = mid + 1;
		else return s;
	}
	return { start: pos, end: pos };
}

function point(entry: GazetteerEntry): [number, number] {
	return [entry.lon, entry.lat];
}

/** "western Aleppo", "the northern countryside of Hama", "rural western Idlib", "Idlib's southern countryside",
 *  "the northwestern region of Aleppo province", "Hama province's northern region". */
const SIDE_BEFORE =
	/\b(north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+(?:(?:rural|countryside of|countryside|parts of|part of|areas of|regions? of|province of|governorate of)\s+)?(?:the\s+)?$/i;
const SIDE_AFTER =
	/^(?:['’]s)?\s+(north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+(?:countryside|rural areas|province|governorate|outskirts|regions?|parts?)\b/i;

/** After a country, what names one of its governorates, not a side of it: "Syria's southern province of
 *  Suwayda", "southern Syria's Daraa province" (a place of the country's own after its possessive). */
const ONE_GOVERNORATE_AFTER = /^(?:['’‘]s)?\s+\S+\s+(?:province|governorate)\b|^['’‘]s\s+\p{Lu}/iu;

/** A name's possessive right before a side word ("Syria's northern province of …"). */
const OWNER_BEFORE = /\p{Lu}[\p{L}-]*['’‘]s\s+$/u;

/** The side of a governorate (or of the country) the text names around a mention of it, if any. */
function sideNamed(text: string, mention: Mention, sentence: Span, country: boolean): Side | null {
	const before = text.slice(Math.max(sentence.start, mention.start - 40), mention.start);
	const after = text.slice(mention.end, Math.min(sentence.end, mention.end + 40));
	if (country && ONE_GOVERNORATE_AFTER.test(after)) return null;
	const sideBefore = SIDE_BEFORE.exec(before);
	// "Syria's northern province of Idlib": the side places the province in the country, not a part of it
	if (sideBefore && OWNER_BEFORE.test(before.slice(0, sideBefore.index))) return null;
	const m = sideBefore ?? SIDE_AFTER.exec(after);
	if (!m) return null;
	const side = m[1]!.toLowerCase().replace('-', '') as Side;
	return SIDES.includes(side) ? side : null;
}

/** The region named like a city ("Aleppo" → Aleppo Governorate), when the text says province/countryside. */
function regionNamed(index: GazetteerIndex, name: string): string | null {
	for (const suffix of [' province', ' governorate', ' countryside']) {
		const hit = lookupName(index, name + suffix).find((h) => index.entries.get(h.id)?.kind === 'region');
		if (hit) return hit.id;
	}
	return null;
}

// The helpers below are module functions, not closures made per ambiguous mention: under tsx, which names every
// function it compiles, those closures cost more than the choice itself.

/** The anchors within `scope` (the whole article when null), other than the mention itself and its own candidates. */
function anchorsNear(
	anchors: { pos: number; id: string; at: [number, number] }[],
	mention: Mention,
	candidates: string[],
	scope: Span | null
) {
	return anchors.filter(
		(a) =>
			a.pos !== mention.start &&
			!candidates.includes(a.id) &&
			(!scope || (a.pos >= scope.start && a.pos < scope.end))
	);
}

/** Settlements first, then neighbourhoods, then anything else. */
const settlementFirst = (e: GazetteerEntry) =>
	SETTLEMENT_KINDS.has(e.kind) ? 0 : e.kind === 'neighbourhood' ? 1 : 2;

export function resolvePlaces(
	article: Article,
	mentions: Mention[],
	context: ResolvePlacesContext
): StageResult<ResolvedMention> {
	const { index, sentences } = context;
	const text = context.masked ?? maskMarkup(article.text);
	const diagnostics: Diagnostic[] = [];
	const entryOf = (id: string) => index.entries.get(id)!;
	// anchors: mentions that name one point-like place without doubt
	const anchors = mentions
		.filter((m) => m.candidates.length === 1 && POINT_KINDS.has(entryOf(m.candidates[0]!).kind))
		.map((m) => ({ pos: m.start, id: m.candidates[0]!, at: point(entryOf(m.candidates[0]!)) }));

	const items = mentions.map((mention): ResolvedMention | null => {
		const sentence = sentenceOf(sentences, mention.start);
		// the kind the text names matters only where there is a choice, or a city may stand for its region
		const needsCue = mention.candidates.length > 1 || entryOf(mention.candidates[0]!).kind === 'city';
		const cue = needsCue ? kindCue(text, mention, sentence) : null;
		let candidates = [...mention.candidates];
		if (cue === 'region' && !candidates.some((c) => entryOf(c).kind === 'region')) {
			const region = regionNamed(index, mention.text);
			if (region) candidates = [region, ...candidates];
		}
		let chosen = candidates[0]!;
		let reason = '';
		if (candidates.length > 1) {
			const window = { start: mention.start - 400, end: mention.end + 400 };
			const scopes: [string, Span | null][] = [
				['the same sentence', sentence],
				['nearby text', window],
				['the article', null]
			];
			const scored = candidates.map((id) => ({
				id,
				entry: entryOf(id),
				cue: fitsCue(entryOf(id), cue) ? 0 : 1,
				km: Infinity,
				scope: ''
			}));
			for (const [label, scope] of scopes) {
				const found = anchorsNear(anchors, mention, candidates, scope);
				if (found.length === 0) continue;
				for (const s of scored) s.km = minOf(found.map((a) => distanceKm(point(s.entry), a.at)));
				for (const s of scored)
					s.scope = `${label} (${[...new Set(found.map((a) => entryOf(a.id).name))].slice(0, 3).join(', ')})`;
				break;
			}
			scored.sort(
				(a, b) =>
					a.cue - b.cue ||
					a.km - b.km ||
					settlementFirst(a.entry) - settlementFirst(b.entry) ||
					b.entry.population - a.entry.population ||
					(a.id < b.id ? -1 : 1)
			);
			chosen = scored[0]!.id;
			candidates = scored.map((s) => s.id);
			const best = scored[0]!;
			reason =
				best.cue === 0 && scored.some((s) => s.cue === 1)
					? `the text names a ${cue}`
					: Number.isFinite(best.km)
						? `nearest to places named in ${best.scope}`
						: 'no context: the more prominent place';
			diagnostics.push({
				level: 'info',
				code: 'ambiguous-place',
				message: `${article.meta.file}: "${mention.text}" → ${best.entry.name} (${best.entry.kind}) over ${scored
					.slice(1)
					.map((s) => `${s.entry.name} (${s.entry.kind})`)
					.join(', ')}: ${reason}`,
				article: article.meta.file,
				start: mention.start,
				end: mention.end,
				candidates
			});
		}
		const structure =
			entryOf(chosen).kind === 'region'
				? STRUCTURE_AFTER.exec(text.slice(mention.end, mention.end + 12))
				: null;
		if (structure) {
			diagnostics.push({
				level: 'info',
				code: 'structure-not-region',
				message: `${article.meta.file}: "${mention.text} ${structure[1]}" names a structure the gazetteer lacks, not the region ${entryOf(chosen).name}: no place`,
				article: article.meta.file,
				start: mention.start,
				end: mention.end
			});
			return null;
		}
		// "western Aleppo countryside": the governorate's western side, where the text puts it; "northwestern
		// Syria": the country's side, where the gazetteer has it as a region
		const chosenKind = entryOf(chosen).kind;
		if (chosenKind === 'region' || chosenKind === 'country') {
			const side = sideNamed(text, mention, sentence, chosenKind === 'country');
			const sideId = side ? (chosenKind === 'region' ? sideRegionId : countrySideId)(chosen, side) : null;
			if (sideId && index.entries.has(sideId)) chosen = sideId;
		}
		const kind = entryOf(chosen).kind;
		const before = text.slice(Math.max(sentence.start, mention.start - 60), mention.start);
		const geo_precision: 1 | 2 | 3 =
			kind === 'region' || kind === 'country'
				? 3
				: kind === 'road' ||
					  kind === 'river' ||
					  NEAR_BEFORE.test(before) ||
					  NEAR_AFTER.test(text.slice(mention.end, mention.end + 12))
					? 2
					: 1;
		// the same object as `{ ...mention, candidates, place_id, geo_precision }` (same keys, same order), built
		// without the spread: a spread followed by new keys takes V8's slow path, 6× the cost per mention
		const resolved: ResolvedMention = Object.assign({}, mention, {
			candidates,
			place_id: chosen,
			geo_precision
		});
		// a region found through the text's cue widens the span only in meaning, not in offsets
		return resolved;
	});
	const kept = items.filter((m): m is ResolvedMention => m !== null);
	return { items: farVariantsDropped(article, kept, context, diagnostics), diagnostics };
}

/**
 * Drops a name matched only by a near spelling when its sentence names other places exactly and it lies
 * far from all of them: a village the gazetteer lacks, spelled like a town elsewhere in the country.
 */
function farVariantsDropped(
	article: Article,
	items: ResolvedMention[],
	context: ResolvePlacesContext,
	diagnostics: Diagnostic[]
): ResolvedMention[] {
	const limit = context.fuzzyContextKm;
	if (limit === undefined || !items.some((m) => m.fuzzy)) return items;
	const entryOf = (id: string) => context.index.entries.get(id)!;
	// the exactly named points of each sentence, keyed by its start, in one pass (a long article may hold
	// thousands of mentions: no scan of all of them per near spelling)
	const exactBySentence = new Map<number, ResolvedMention[]>();
	for (const o of items) {
		if (o.fuzzy || !POINT_KINDS.has(entryOf(o.place_id).kind)) continue;
		const at = sentenceOf(context.sentences, o.start).start;
		const list = exactBySentence.get(at);
		if (list) list.push(o);
		else exactBySentence.set(at, [o]);
	}
	return items.filter((m) => {
		if (!m.fuzzy || !POINT_KINDS.has(entryOf(m.place_id).kind)) return true;
		const exact = exactBySentence.get(sentenceOf(context.sentences, m.start).start) ?? [];
		if (exact.length === 0) return true;
		const entry = entryOf(m.place_id);
		const here = point(entry);
		// near one of them, or in the same governorate as one ("Deir Hafer and Aleppo", 49 km apart)
		if (
			exact.some(
				(o) =>
					distanceKm(here, point(entryOf(o.place_id))) <= limit ||
					(!!entry.admin1 && entry.admin1 === entryOf(o.place_id).admin1)
			)
		)
			return true;
		diagnostics.push({
			level: 'info',
			code: 'spelling-variant-far',
			message: `${article.meta.file}: "${m.text}" is spelled like ${entry.name}, which lies more than ${limit} km from every place its sentence names exactly, in another governorate; no place`,
			article: article.meta.file,
			start: m.start,
			end: m.end
		});
		return false;
	});
}
