// geodata/events.json (reviewed facts from the seed articles) → ConflictEvent[] and the place
// mentions behind them, validated field by field.
import type {
	ConflictEvent,
	Diagnostic,
	EventKind,
	GazetteerEntry,
	IsoDate,
	ManifestSource,
	ResolvedMention,
	SourceRef
} from '../domain/types';
import { dayNumber } from '../geo/days';
import type { ActorPattern } from './actor-names';
import { ACLED_TYPES, GOVERNMENT_CAPTURE } from './event-cues';
import { eventId } from './event-id';

export interface CuratedEvents {
	timeline: { start: IsoDate; end: IsoDate };
	sources: ManifestSource[];
	events: ConflictEvent[];
	mentions: ResolvedMention[];
	diagnostics: Diagnostic[];
}

const KINDS = Object.keys(ACLED_TYPES) as EventKind[];

function isDate(v: unknown): v is IsoDate {
	if (typeof v !== 'string') return false;
	try {
		dayNumber(v);
		return true;
	} catch {
		return false;
	}
}

function isRef(v: unknown): v is SourceRef {
	const r = v as SourceRef;
	return (
		!!r &&
		typeof r.article === 'string' &&
		Number.isInteger(r.start) &&
		Number.isInteger(r.end) &&
		r.start >= 0 &&
		r.end > r.start
	);
}

/** Validates and converts the curated file; throws on a broken top level, collects row errors. */
export function curatedEvents(
	raw: unknown,
	file: string,
	entries: Map<string, GazetteerEntry>,
	actors: ActorPattern[]
): CuratedEvents {
	const doc = raw as { timeline?: { start?: unknown; end?: unknown }; sources?: unknown; events?: unknown };
	if (!doc || typeof doc !== 'object' || !Array.isArray(doc.events) || !Array.isArray(doc.sources)) {
		throw new Error(`${file}: must be an object with "timeline", "sources" and "events" arrays`);
	}
	if (!isDate(doc.timeline?.start) || !isDate(doc.timeline?.end))
		throw new Error(`${file}: timeline.start and timeline.end must be YYYY-MM-DD dates`);
	const diagnostics: Diagnostic[] = [];
	const events: ConflictEvent[] = [];
	const mentions: ResolvedMention[] = [];
	const factionOf = new Map(actors.map((a) => [a.actor, a.faction]));
	doc.events.forEach((row: Record<string, unknown>, i: number) => {
		const where = `${file}: events[${i}]`;
		const bad = (field: string, reason: string) =>
			diagnostics.push({
				level: 'error',
				code: 'bad-curated-event',
				message: `${where}.${field} ${reason}`,
				article: null,
				start: null,
				end: null
			});
		const kind = row.kind as EventKind;
		const place = entries.get(row.place as string);
		if (!isDate(row.date)) return bad('date', `must be a YYYY-MM-DD date, got ${JSON.stringify(row.date)}`);
		if (!KINDS.includes(kind))
			return bad('kind', `must be one of ${KINDS.join('/')}, got ${JSON.stringify(row.kind)}`);
		if (!place) return bad('place', `is not a gazetteer id: ${JSON.stringify(row.place)}`);
		if (row.confidence !== 'reported' && row.confidence !== 'claimed')
			return bad('confidence', 'must be "reported" or "claimed"');
		if (![1, 2, 3].includes(row.geo_precision as number)) return bad('geo_precision', 'must be 1, 2 or 3');
		if (![1, 2, 3].includes(row.time_precision as number)) return bad('time_precision', 'must be 1, 2 or 3');
		if (row.fatalities !== null && !(Number.isInteger(row.fatalities) && (row.fatalities as number) >= 0))
			return bad('fatalities', 'must be a whole number or null');
		if (row.actor !== null && !factionOf.has(row.actor as string))
			return bad(
				'actor',
				`must be an actor of geodata/actors.json or null, got ${JSON.stringify(row.actor)}`
			);
		if (!Array.isArray(row.sources) || row.sources.length === 0 || !row.sources.every(isRef))
			return bad('sources', 'must be a non-empty list of {article, start, end}');
		const rowMentions = Array.isArray(row.mentions) ? row.mentions : [];
		if (!rowMentions.every((m: { text?: unknown }) => isRef(m) && typeof m.text === 'string'))
			return bad('mentions', 'must be a list of {article, text, start, end}');
		const faction = row.actor ? factionOf.get(row.actor as string)! : null;
		const acled = kind === 'capture' && faction === 'government' ? GOVERNMENT_CAPTURE : ACLED_TYPES[kind];
		events.push({
			id: eventId(row.date, place.id, kind),
			date: row.date,
			time_precision: row.time_precision as 1 | 2 | 3,
			kind,
			event_type: acled.event_type,
			sub_event_type: acled.sub_event_type,
			actor: (row.actor as string | null) ?? null,
			faction,
			place_id: place.id,
			geo_precision: row.geo_precision as 1 | 2 | 3,
			confidence: row.confidence,
			fatalities: (row.fatalities as number | null) ?? null,
			sources: (row.sources as SourceRef[]).map(({ article, start, end }) => ({ article, start, end })),
			...(typeof row.note === 'string' ? { note: row.note } : {})
		});
		for (const m of rowMentions as (SourceRef & { text: string })[]) {
			mentions.push({
				article: m.article,
				text: m.text,
				start: m.start,
				end: m.end,
				candidates: [place.id],
				place_id: place.id,
				geo_precision: row.geo_precision as 1 | 2 | 3
			});
		}
	});
	const ids = new Set<string>();
	for (const e of events) {
		if (ids.has(e.id))
			diagnostics.push({
				level: 'error',
				code: 'duplicate-event',
				message: `${file}: two events share date, place and kind (${e.id})`,
				article: null,
				start: null,
				end: null
			});
		ids.add(e.id);
	}
	const sources = (doc.sources as ManifestSource[]).map((s) => ({
		article: s.article,
		title: s.title ?? null,
		publisher: s.publisher ?? null,
		url: s.url ?? null,
		published: s.published ?? null
	}));
	return {
		timeline: { start: doc.timeline!.start as IsoDate, end: doc.timeline!.end as IsoDate },
		sources,
		events,
		mentions,
		diagnostics
	};
}
