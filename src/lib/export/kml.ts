// A KML 2.2 document for Google Earth, QGIS and togeojson: one folder per layer, one Placemark per
// feature with a TimeSpan, and every attribute twice: as a typed field (`<Schema>` of SimpleFields,
// `<SchemaData>` per Placemark, what GIS tools read as columns) and as a readable HTML balloon
// (`<description>` in CDATA, with the sources as links). Every text is escaped (escapeXml for
// XML text, escapeHtml inside CDATA), and characters XML 1.0 forbids are dropped, so an article's
// text can never break or inject markup.
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { FACTION_COLOURS, EVENT_COLOURS, UNKNOWN_COLOUR } from '../map/theme';
import type { ManifestSource } from '../domain/types';
import { sourceLine, type Credits } from './credits';
import { strToU8, zipSync } from 'fflate';

/** Characters XML 1.0 forbids (controls, lone surrogates, U+FFFE/FFFF) removed. */
function xmlChars(s: string): string {
	return (
		s
			// eslint-disable-next-line no-control-regex
			.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
			.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
	);
}

/** XML 1.0 text: the five entities escaped, forbidden characters removed. */
export function escapeXml(s: string): string {
	return xmlChars(s)
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

/** "#2b8a3e" at opacity 0.5 → KML's aabbggrr "802b8a3e" reversed: "803e8a2b". */
export function kmlColour(hex: string, opacity = 1): string {
	const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
	const [r, g, b] = m ? [m[1], m[2], m[3]] : ['86', '8e', '96'];
	const a = Math.round(Math.min(1, Math.max(0, opacity)) * 255)
		.toString(16)
		.padStart(2, '0');
	return `${a}${b}${g}${r}`.toLowerCase();
}

const r6 = (v: number) => Math.round(v * 1e6) / 1e6;
const coords = (ps: Position[]) => ps.map((p) => `${r6(p[0]!)},${r6(p[1]!)}`).join(' ');
const ring = (tag: string, ps: Position[]) =>
	`<${tag}><LinearRing><coordinates>${coords(ps)}</coordinates></LinearRing></${tag}>`;
const polygon = (rings: Position[][]) =>
	`<Polygon>${rings.map((r, i) => ring(i === 0 ? 'outerBoundaryIs' : 'innerBoundaryIs', r)).join('')}</Polygon>`;

/** A GeoJSON geometry as KML geometry; null for none. */
export function kmlGeometry(g: Geometry | null): string | null {
	if (!g) return null;
	switch (g.type) {
		case 'Point':
			return `<Point><coordinates>${coords([g.coordinates])}</coordinates></Point>`;
		case 'LineString':
			return `<LineString><tessellate>1</tessellate><coordinates>${coords(g.coordinates)}</coordinates></LineString>`;
		case 'Polygon':
			return polygon(g.coordinates);
		case 'MultiPoint':
		case 'MultiLineString':
		case 'MultiPolygon': {
			const parts = g.coordinates.map((c) =>
				kmlGeometry({ type: g.type.slice(5) as 'Point', coordinates: c as Position } as Geometry)
			);
			return `<MultiGeometry>${parts.join('')}</MultiGeometry>`;
		}
		case 'GeometryCollection':
			return `<MultiGeometry>${g.geometries.map(kmlGeometry).filter(Boolean).join('')}</MultiGeometry>`;
	}
}

/** Style id for a feature: by faction (areas, lines, places) or event kind. */
function styleOf(p: Record<string, unknown>): string {
	if (typeof p.kind === 'string' && p.kind in EVENT_COLOURS && 'event_type' in p) return `kind-${p.kind}`;
	if (typeof p.faction === 'string' && p.faction in FACTION_COLOURS) return `faction-${p.faction}`;
	return 'other';
}

function styles(): string {
	const out: string[] = [];
	const style = (id: string, hex: string) =>
		`<Style id="${id}"><IconStyle><color>${kmlColour(hex)}</color><scale>0.8</scale></IconStyle>` +
		`<LineStyle><color>${kmlColour(hex)}</color><width>2</width></LineStyle>` +
		`<PolyStyle><color>${kmlColour(hex, 0.4)}</color></PolyStyle></Style>`;
	for (const [f, hex] of Object.entries(FACTION_COLOURS)) out.push(style(`faction-${f}`, hex));
	for (const [k, hex] of Object.entries(EVENT_COLOURS)) out.push(style(`kind-${k}`, hex));
	out.push(style('other', UNKNOWN_COLOUR));
	return out.join('\n');
}

/** A short plain-text name for a feature. */
export function featureName(layer: string, p: Record<string, unknown>): string {
	const place = typeof p.place_name === 'string' ? p.place_name : typeof p.name === 'string' ? p.name : null;
	const what = [p.kind, p.faction, p.status].filter((x) => typeof x === 'string').join(', ');
	return [place, what || layer].filter(Boolean).join(': ');
}

/** HTML text (inside a CDATA section): escaped like XML, then `]]>` can no longer occur. */
const escapeHtml = escapeXml;

/** A CDATA section; `]]>` cannot occur after escapeHtml, the split is a second guard. */
const cdata = (html: string) => `<![CDATA[${xmlChars(html).replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;

/** Attributes kept out of the fields: `mentions` repeats the article offsets of places. */
const SKIPPED = new Set(['mentions']);

/** KML SimpleField types (KML 2.2 §9.14): the ones our values need. */
export type FieldType = 'int' | 'double' | 'bool' | 'string';

function typeOfValue(v: unknown): FieldType {
	if (typeof v === 'boolean') return 'bool';
	if (typeof v === 'number') return Number.isInteger(v) ? 'int' : 'double';
	return 'string';
}

/** One field per attribute name over all features; a field whose values differ in type is a string. */
export function fieldTypes(collections: FeatureCollection[]): Map<string, FieldType> {
	const out = new Map<string, FieldType>([['layer', 'string']]);
	for (const fc of collections)
		for (const f of fc.features)
			for (const [k, v] of Object.entries(f.properties ?? {})) {
				if (SKIPPED.has(k) || v === null || v === undefined) continue;
				const t = typeOfValue(v);
				const had = out.get(k);
				out.set(
					k,
					had === undefined || had === t
						? t
						: (had === 'int' && t === 'double') || (had === 'double' && t === 'int')
							? 'double'
							: 'string'
				);
			}
	return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}

/** A value as field text: objects and arrays as JSON, booleans as xsd:boolean. */
function fieldText(v: unknown): string {
	return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

const SCHEMA_ID = 'situation-map-fields';

function schema(fields: Map<string, FieldType>): string {
	const simple = [...fields].map(
		([name, type]) => `<SimpleField type="${type}" name="${escapeXml(name)}"></SimpleField>`
	);
	return `<Schema name="situation-map" id="${SCHEMA_ID}">${simple.join('')}</Schema>`;
}

function extendedData(layer: string, p: Record<string, unknown>): string {
	const data = Object.entries({ layer, ...p })
		.filter(([k, v]) => !SKIPPED.has(k) && v !== null && v !== undefined && v !== '')
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([k, v]) => `<SimpleData name="${escapeXml(k)}">${escapeXml(fieldText(v))}</SimpleData>`);
	return `<ExtendedData><SchemaData schemaUrl="#${SCHEMA_ID}">${data.join('')}</SchemaData></ExtendedData>`;
}

/** A link to an article when the manifest has its URL (http(s) only), else its line as text. */
function sourceHtml(article: string, byArticle: Map<string, ManifestSource>): string {
	const s = byArticle.get(article);
	const line = escapeHtml(s ? sourceLine(s) : article);
	const url = s?.url && /^https?:\/\//i.test(s.url) ? s.url : null;
	return url
		? `<a href="${escapeHtml(url)}">${escapeHtml(s!.title ?? s!.publisher ?? url)}</a> (${line})`
		: line;
}

/** The attributes a reader wants first in the balloon, in this order; the rest follow by name. */
const BALLOON_FIRST = ['date', 'from_date', 'to_date', 'kind', 'faction', 'actor', 'status', 'confidence'];
/** Machine fields that say nothing to a reader (day numbers, ids of other features). */
const BALLOON_SKIP = new Set(['from', 'to', 'mentions', 'sources', 'event_ids', 'id', 'place_id']);

/** The Placemark's balloon: a small table of its attributes and its sources as links. */
export function descriptionHtml(p: Record<string, unknown>, byArticle: Map<string, ManifestSource>): string {
	const keys = Object.keys(p)
		.filter((k) => !BALLOON_SKIP.has(k) && p[k] !== null && p[k] !== undefined && p[k] !== '')
		.sort((a, b) => {
			const ia = BALLOON_FIRST.indexOf(a);
			const ib = BALLOON_FIRST.indexOf(b);
			return (ia < 0 ? 99 : ia) - (ib < 0 ? 99 : ib) || a.localeCompare(b);
		});
	const rows = keys.map(
		(k) =>
			`<tr><th align="left">${escapeHtml(k.replace(/_/g, ' '))}</th><td>${escapeHtml(fieldText(p[k]))}</td></tr>`
	);
	const articles = Array.isArray(p.sources)
		? [...new Set((p.sources as { article?: unknown }[]).map((s) => String(s?.article ?? '')))]
				.filter(Boolean)
				.sort()
		: [];
	const sources = articles.length
		? `<p><b>Sources</b></p><ul>${articles.map((a) => `<li>${sourceHtml(a, byArticle)}</li>`).join('')}</ul>`
		: '';
	return `<table>${rows.join('')}</table>${sources}`;
}

function placemark(
	layer: string,
	f: Feature<Geometry | null, Record<string, unknown> | null>,
	byArticle: Map<string, ManifestSource>
): string | null {
	const geom = kmlGeometry(f.geometry);
	if (!geom) return null;
	const p = f.properties ?? {};
	const from = typeof p.from_date === 'string' ? p.from_date : typeof p.date === 'string' ? p.date : null;
	const to = typeof p.to_date === 'string' ? p.to_date : from;
	const time = from
		? `<TimeSpan><begin>${escapeXml(from)}</begin><end>${escapeXml(to ?? from)}</end></TimeSpan>`
		: '';
	return (
		`<Placemark><name>${escapeXml(featureName(layer, p))}</name>` +
		`<description>${cdata(descriptionHtml(p, byArticle))}</description>${time}` +
		`<styleUrl>#${styleOf(p)}</styleUrl>${extendedData(layer, p)}${geom}</Placemark>`
	);
}

export interface KmlInput {
	/** Document name, e.g. "Aleppo offensive — 29 Nov 2024". */
	name: string;
	/** Layers to write, in this order. */
	layers: { name: string; collection: FeatureCollection }[];
	credits: Credits;
	/** The manifest's sources, so each Placemark links the articles it rests on. */
	sources?: readonly ManifestSource[];
}

export function toKml(input: KmlInput): string {
	const byArticle = new Map((input.sources ?? []).map((s) => [s.article, s]));
	const credit =
		`<p>${escapeHtml(input.credits.title)}</p><p><b>Sources</b></p><ul>` +
		[...byArticle.keys()]
			.sort()
			.map((a) => `<li>${sourceHtml(a, byArticle)}</li>`)
			.join('') +
		(byArticle.size ? '' : input.credits.sources.map((s) => `<li>${escapeHtml(s)}</li>`).join('')) +
		`</ul><p><b>Data</b></p><ul>${input.credits.attribution.map((a) => `<li>${escapeHtml(a)}</li>`).join('')}</ul>`;
	const folders = input.layers.map(({ name, collection }) => {
		const marks = [...collection.features]
			.sort((a, b) =>
				String(a.properties?.id ?? a.id ?? '').localeCompare(String(b.properties?.id ?? b.id ?? ''))
			)
			.map((f) => placemark(name, f as Feature<Geometry | null, Record<string, unknown> | null>, byArticle))
			.filter(Boolean);
		return `<Folder><name>${escapeXml(name)}</name>\n${marks.join('\n')}\n</Folder>`;
	});
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<kml xmlns="http://www.opengis.net/kml/2.2">',
		'<Document>',
		`<name>${escapeXml(input.name)}</name>`,
		`<description>${cdata(credit)}</description>`,
		// KML 2.2's schema orders a Document's children: styles, then Schema, then features.
		styles(),
		schema(fieldTypes(input.layers.map((l) => l.collection))),
		...folders,
		'</Document>',
		'</kml>',
		''
	].join('\n');
}

/** The KML zipped as a KMZ (the document must be the archive's first entry, `doc.kml`). */
export function toKmz(kml: string): Uint8Array {
	return zipSync({ 'doc.kml': strToU8(kml) }, { level: 6, mtime: KMZ_MTIME });
}

/** A fixed time in the archive, so the same data gives the same bytes. */
const KMZ_MTIME = new Date('2024-01-01T00:00:00Z');
