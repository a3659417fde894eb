// Events as CSV in ACLED's column layout (REFERENCE.md, ACLED codebook), RFC 4180 quoting, and a
// guard against formula injection: a text cell that a spreadsheet would run (= + - @, tab, CR)
// gets a leading apostrophe. Numbers are written from numbers, so a negative longitude stays one.
// UTF-8 with a byte-order mark: without it Excel on Windows reads the file as the system code page
// and the curly quotes of every source line, or any Arabic name, turn into mojibake.
import type { ConflictEvent, Faction, ManifestSource } from '../domain/types';
import type { Feature, Geometry } from 'geojson';
import { sourceLine } from './credits';

export const ACLED_COLUMNS = [
	'event_id_cnty',
	'event_date',
	'year',
	'time_precision',
	'disorder_type',
	'event_type',
	'sub_event_type',
	'actor1',
	'assoc_actor_1',
	'inter1',
	'actor2',
	'assoc_actor_2',
	'inter2',
	'interaction',
	'civilian_targeting',
	'iso',
	'region',
	'country',
	'admin1',
	'admin2',
	'admin3',
	'location',
	'latitude',
	'longitude',
	'geo_precision',
	'source',
	'source_scale',
	'notes',
	'fatalities',
	'tags',
	'timestamp'
] as const;
export type AcledColumn = (typeof ACLED_COLUMNS)[number];

/** The country the theatre lies in: ACLED writes it on every row (numeric ISO 3166, ACLED region). */
export interface CountryInfo {
	iso: number;
	country: string;
	region: string;
}
export const SYRIA: CountryInfo = { iso: 760, country: 'Syria', region: 'Middle East' };

/** ACLED's actor category (`inter1`) for our factions. */
const INTER: Record<Faction, string> = {
	government: 'State forces',
	opposition: 'Rebel group',
	sna: 'Rebel group',
	sdf: 'Rebel group'
};

/** ACLED's disorder type from the event type. */
export function disorderType(eventType: string): string {
	if (eventType === 'Strategic developments') return 'Strategic developments';
	if (eventType === 'Protests' || eventType === 'Riots') return 'Demonstrations';
	return 'Political violence';
}

/** A cell as RFC 4180 wants it: quoted when it holds a comma, quote, CR or LF. */
export function csvCell(v: string | number | null | undefined): string {
	if (v === null || v === undefined) return '';
	let s = typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '') : v;
	if (typeof v === 'string' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
	return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export interface CsvInput {
	/** Events layer features (a ConflictEvent each, `place_name` optional). */
	events: readonly Feature<Geometry | null, Record<string, unknown>>[];
	/** Manifest sources, by article file name. */
	sources: readonly ManifestSource[];
	/** Data credits, written once in the credits row at the end (see CREDITS_TAG). */
	attribution: readonly string[];
	country?: CountryInfo;
	/** Place id → name for rows without `place_name`. */
	placeName?: (id: string) => string | undefined;
}

const r6 = (v: number) => Math.round(v * 1e6) / 1e6;

function pointOf(g: Geometry | null): [number, number] | null {
	if (!g) return null;
	if (g.type === 'Point') return [g.coordinates[0]!, g.coordinates[1]!];
	if (g.type === 'LineString' && g.coordinates.length) {
		const mid = g.coordinates[Math.floor(g.coordinates.length / 2)]!;
		return [mid[0]!, mid[1]!];
	}
	return null;
}

/** The byte-order mark that opens the file (U+FEFF, written as EF BB BF in UTF-8). */
export const BOM = '\uFEFF';

/**
 * The data credit is written once, as the last row, with `tags` = this and the credit in `notes`,
 * every other cell empty. Why a row and not a `# comment` line before the header: a comment line
 * would become the header in Excel, LibreOffice and QGIS (none of them skips comments by default),
 * so ACLED's 31 named columns would no longer be read as such; a row of 31 cells keeps the file
 * rectangular. It is last and has no event id, date or coordinates, so sorting or filtering by date
 * leaves it out, and QGIS skips it as a row without a point.
 */
export const CREDITS_TAG = 'credits';

/** Events of the events layer dated from `from` to `to` (ISO dates, both inclusive). */
export function eventsBetween<F extends { properties: Record<string, unknown> | null }>(
	events: readonly F[],
	from: string,
	to: string
): F[] {
	return events.filter((f) => {
		const d = f.properties?.date;
		return typeof d === 'string' && d >= from && d <= to;
	});
}

/**
 * The file: a byte-order mark, the header, one row per event sorted by date then id, then the
 * credits row; CRLF line ends (RFC 4180).
 */
export function eventsToAcledCsv(input: CsvInput): string {
	const country = input.country ?? SYRIA;
	const byArticle = new Map(input.sources.map((s) => [s.article, s]));
	const rows = input.events
		.map((f) => ({
			e: f.properties as unknown as ConflictEvent & {
				place_name?: string;
				admin1?: string | null;
				admin2?: string | null;
			},
			p: pointOf(f.geometry)
		}))
		.sort((a, b) => (a.e.date ?? '').localeCompare(b.e.date ?? '') || a.e.id.localeCompare(b.e.id))
		.map(({ e, p }) => {
			const articles = [...new Set((e.sources ?? []).map((s) => s.article))].sort();
			const source = articles.map((a) => (byArticle.has(a) ? sourceLine(byArticle.get(a)!) : a)).join('; ');
			const notes = [
				e.note,
				e.confidence === 'claimed' ? 'Claimed by a party to the conflict.' : null,
				// reviewed (src/lib/review): absent in older data folders, which say nothing
				e.reviewed === true
					? 'Reviewed by an analyst.'
					: e.reviewed === false
						? 'Machine-read, not reviewed.'
						: null
			]
				.filter(Boolean)
				.join(' ');
			const row: Record<AcledColumn, string | number | null> = {
				event_id_cnty: e.id,
				event_date: e.date,
				year: e.date ? Number(e.date.slice(0, 4)) : null,
				time_precision: e.time_precision,
				disorder_type: disorderType(e.event_type),
				event_type: e.event_type,
				sub_event_type: e.sub_event_type,
				actor1: e.actor,
				assoc_actor_1: null,
				inter1: e.faction ? INTER[e.faction] : null,
				actor2: null,
				assoc_actor_2: null,
				inter2: null,
				interaction: null,
				civilian_targeting: null,
				iso: country.iso,
				region: country.region,
				country: country.country,
				// The gazetteer's governorate, carried on the events layer (src/lib/territory/build-layers.ts).
				admin1: e.admin1 ?? null,
				// The district, carried likewise: the nearest district seat of the governorate
				// (src/lib/gazetteer/districts.ts), an approximation of the boundaries (README "Publishing").
				admin2: e.admin2 ?? null,
				admin3: null,
				location: e.place_name ?? input.placeName?.(e.place_id) ?? e.place_id,
				latitude: p ? r6(p[1]) : null,
				longitude: p ? r6(p[0]) : null,
				geo_precision: e.geo_precision,
				source,
				source_scale: null,
				notes,
				fatalities: e.fatalities ?? 0,
				tags:
					[e.confidence === 'claimed' ? 'claimed' : null, e.reviewed === false ? 'machine-read' : null]
						.filter(Boolean)
						.join('; ') || null,
				timestamp: null
			};
			return ACLED_COLUMNS.map((c) => csvCell(row[c])).join(',');
		});
	const credits = input.attribution.length
		? [
				ACLED_COLUMNS.map((c) =>
					csvCell(c === 'tags' ? CREDITS_TAG : c === 'notes' ? `Data: ${input.attribution.join('; ')}` : null)
				).join(',')
			]
		: [];
	return BOM + [ACLED_COLUMNS.join(','), ...rows, ...credits].join('\r\n') + '\r\n';
}
