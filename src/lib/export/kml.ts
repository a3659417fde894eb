// A KML 2.2 document for Google Earth users: one folder per layer, one Placemark per feature, the
// sources and data credits in the document's description. Every text goes through escapeXml, and
// characters XML 1.0 forbids are dropped, so an article's text can never break or inject markup.
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { FACTION_COLOURS, EVENT_COLOURS, UNKNOWN_COLOUR } from '../map/theme';
import type { Credits } from './credits';

/** XML 1.0 text: the five entities escaped, forbidden characters removed. */
export function escapeXml(s: string): string {
	return (
		s
			// eslint-disable-next-line no-control-regex
			.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
			.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
			.replace(/&/g, '&amp;')
			.replace(/</g, '&lt;')
			.replace(/>/g, '&gt;')
			.replace(/"/g, '&quot;')
			.replace(/'/g, '&apos;')
	);
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

function description(p: Record<string, unknown>): string {
	const skip = new Set(['from', 'to', 'mentions']);
	return Object.entries(p)
		.filter(([k, v]) => !skip.has(k) && v !== null && v !== undefined && v !== '')
		.map(([k, v]) => `${k}: ${typeof v === 'object' ? JSON.stringify(v) : String(v)}`)
		.join('\n');
}

function placemark(
	layer: string,
	f: Feature<Geometry | null, Record<string, unknown> | null>
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
		`<description>${escapeXml(description(p))}</description>${time}` +
		`<styleUrl>#${styleOf(p)}</styleUrl>${geom}</Placemark>`
	);
}

export interface KmlInput {
	/** Document name, e.g. "Aleppo offensive — 29 Nov 2024". */
	name: string;
	/** Layers to write, in this order. */
	layers: { name: string; collection: FeatureCollection }[];
	credits: Credits;
}

export function toKml(input: KmlInput): string {
	const credit = [
		input.credits.title,
		'Sources:',
		...input.credits.sources.map((s) => `- ${s}`),
		'Data:',
		...input.credits.attribution.map((a) => `- ${a}`)
	].join('\n');
	const folders = input.layers.map(({ name, collection }) => {
		const marks = [...collection.features]
			.sort((a, b) =>
				String(a.properties?.id ?? a.id ?? '').localeCompare(String(b.properties?.id ?? b.id ?? ''))
			)
			.map((f) => placemark(name, f as Feature<Geometry | null, Record<string, unknown> | null>))
			.filter(Boolean);
		return `<Folder><name>${escapeXml(name)}</name>\n${marks.join('\n')}\n</Folder>`;
	});
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<kml xmlns="http://www.opengis.net/kml/2.2">',
		'<Document>',
		`<name>${escapeXml(input.name)}</name>`,
		`<description>${escapeXml(credit)}</description>`,
		styles(),
		...folders,
		'</Document>',
		'</kml>',
		''
	].join('\n');
}
