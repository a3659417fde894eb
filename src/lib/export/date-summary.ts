// One sentence about a date, generated from the data: who took, entered or left which places,
// where strikes and fighting were reported, the area gained and how far the front stood from
// Aleppo's citadel ("29 Nov 2024: the opposition took Khan al-Asal and Saraqeb; …"). English and
// Arabic (nominal, headline style in Arabic: no verb agreement to get wrong). Used as the embed's
// alt text, announced to screen readers, and burnt into exported images.
import type { ConflictEvent, DateFigures, EventKind, Faction } from '../domain/types';
import type { Lang } from '../i18n/strings';
import { FACTIONS } from '../domain/factions';

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
const ORDER: readonly Clause[] = ['took', 'entered', 'advanced', 'withdrew', 'fighting', 'strikes', 'fled'];

const WORDS = {
	en: {
		faction: { opposition: 'the opposition', sna: 'the Turkish-backed SNA', government: 'government forces', sdf: 'the SDF' } as Record<Faction, string>,
		someone: 'unnamed forces',
		took: '{f} took {p}',
		entered: '{f} entered {p}',
		advanced: '{f} advanced on {p}',
		withdrew: '{f} withdrew from {p}',
		fighting: 'fighting at {p}',
		strikes: 'strikes reported at {p}',
		fled: 'people fled {p}',
		gained: '{f} gained {km} km²',
		citadel: 'the front stood {km} km from Aleppo’s citadel',
		none: 'no reported change',
		and: ' and ',
		comma: ', ',
		more: '{n} more',
		sep: '; '
	},
	ar: {
		faction: { opposition: 'المعارضة', sna: 'الجيش الوطني المدعوم من تركيا', government: 'القوات الحكومية', sdf: 'قسد' } as Record<Faction, string>,
		someone: 'قوات غير محددة',
		took: 'سيطرة {f} على {p}',
		entered: 'دخول {f} إلى {p}',
		advanced: 'تقدّم {f} نحو {p}',
		withdrew: 'انسحاب {f} من {p}',
		fighting: 'اشتباكات في {p}',
		strikes: 'ضربات في {p}',
		fled: 'نزوح من {p}',
		gained: 'مكاسب {f}: {km} كم²',
		citadel: 'الجبهة على بعد {km} كم من قلعة حلب',
		none: 'لا تغيير مُبلَّغ عنه',
		and: ' و',
		comma: '، ',
		more: '{n} أماكن أخرى',
		sep: '؛ '
	}
} as const;

export interface SummaryInput {
	lang: Lang;
	/** The date as the reader should see it ("29 Nov 2024"). */
	dateLabel: string;
	/** Events dated that day. */
	events: readonly Pick<ConflictEvent, 'id' | 'kind' | 'faction' | 'place_id'>[];
	figures?: DateFigures;
	placeName: (placeId: string, lang: Lang) => string;
	formatNumber: (n: number) => string;
	/** At most this many places per clause; the rest are counted. */
	maxPlaces?: number;
}

const put = (t: string, v: Record<string, string>) => t.replace(/\{(\w+)\}/g, (m, k: string) => v[k] ?? m);

function list(names: string[], w: (typeof WORDS)[Lang], max: number): string {
	const shown = names.slice(0, max);
	if (names.length > max) shown.push(put(w.more, { n: String(names.length - max) }));
	if (shown.length <= 1) return shown.join('');
	return shown.slice(0, -1).join(w.comma) + w.and + shown.at(-1);
}

export function dateSummary(input: SummaryInput): string {
	const w = WORDS[input.lang];
	const max = input.maxPlaces ?? 5;
	const name = (id: string) => input.placeName(id, input.lang);
	// clause → faction key ('' for place-only clauses) → place ids
	const groups = new Map<string, Set<string>>();
	for (const e of [...input.events].sort((a, b) => a.id.localeCompare(b.id))) {
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
	const parts: string[] = [];
	for (const clause of ORDER) {
		for (const f of [...FACTIONS, ''] as const) {
			const ids = groups.get(`${clause}|${f}`);
			if (!ids?.size) continue;
			const names = [...new Set([...ids].map(name))].sort((a, b) => a.localeCompare(b, input.lang));
			parts.push(put(w[clause], { f: f ? w.faction[f] : w.someone, p: list(names, w, max) }));
		}
	}
	const fig = input.figures;
	if (fig) {
		for (const f of FACTIONS) {
			const km = fig.gained_km2[f];
			if (km && km >= 1) parts.push(put(w.gained, { f: w.faction[f], km: input.formatNumber(Math.round(km)) }));
		}
		if (parts.length && fig.front_to_citadel_km !== null && Number.isFinite(fig.front_to_citadel_km)) {
			parts.push(put(w.citadel, { km: input.formatNumber(Math.round(fig.front_to_citadel_km * 10) / 10) }));
		}
	}
	return `${input.dateLabel}: ${parts.length ? parts.join(w.sep) : w.none}.`;
}
