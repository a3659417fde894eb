// theatre.json: what makes a map project one theatre (issue 12 §1): its titles, country, bounds,
// initial view, timeline start, baseline and actors files, the distance figure's reference point
// and the attribution. Pure: the text in, a checked Theatre out, or one error that names the file,
// every bad field and the rule it breaks. The fields are documented in README "theatre.json".
import type { Bilingual, Box, IsoDate, ManifestTheatre } from '../domain/types';
import { isCalendarDate } from '../geo/days';

export interface Theatre {
	title: Bilingual;
	subtitle: Bilingual;
	country: {
		/** ACLED's country name, written on every exported row. */
		name: string;
		/** ISO 3166-1 numeric code, ACLED's `iso` column. */
		iso: number;
		/** ACLED's region, its `region` column. */
		region: string;
		/** The gazetteer id of the country: where a collapse of the state is placed. */
		gazetteerId: string;
	};
	/** What the map may show (its max bounds). */
	bounds: Box;
	/** The view the map opens on. */
	view: Box;
	/** First day of the timeline: the day the baseline describes. */
	timelineStart: IsoDate;
	/** Path of the control baseline, relative to the project folder. */
	baseline: string;
	/** Path of the actors file, relative to the project folder. */
	actors: string;
	/** The point the "front to …" figure measures from; null for no such figure. */
	distanceReference: {
		name: Bilingual;
		/** A gazetteer id whose position wins over lon/lat when the gazetteer has it. */
		placeId?: string;
		lon: number;
		lat: number;
	} | null;
	attribution: string[];
}

/** Limits on text fields: a title is a line, not a document (a 10 MB title would stall every page). */
export const THEATRE_LIMITS = {
	/** Characters in a title, a country or a place name. */
	name: 200,
	/** Characters in a subtitle (also the page's meta description) or one attribution line. */
	line: 500,
	/** Attribution lines. */
	attributionLines: 20,
	/** Characters in a relative file path. */
	path: 500
};

/** The theatre file's keys, for unknown-key suggestions (`$comment` and `<key>$comment` are always allowed). */
const KEYS = {
	root: [
		'title',
		'subtitle',
		'country',
		'bounds',
		'view',
		'timelineStart',
		'baseline',
		'actors',
		'distanceReference',
		'attribution'
	],
	bilingual: ['en', 'ar'],
	country: ['name', 'iso', 'region', 'gazetteerId'],
	distanceReference: ['name', 'placeId', 'lon', 'lat']
} as const;

/** Raised with every problem of the file, one per line. */
export class TheatreError extends Error {
	constructor(
		readonly file: string,
		readonly problems: string[]
	) {
		super(problems.map((p) => `${file}: ${p}`).join('\n'));
		this.name = 'TheatreError';
	}
}

/** Parses and checks theatre.json's text; `file` names it in every message. */
export function parseTheatre(text: string, file: string): Theatre {
	let raw: unknown;
	try {
		raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
	} catch (e) {
		throw new TheatreError(file, [`not valid JSON: ${jsonErrorWhere(e as Error, text)}`]);
	}
	return checkTheatre(raw, file);
}

/** Checks an already parsed theatre object. */
export function checkTheatre(raw: unknown, file: string): Theatre {
	const problems: string[] = [];
	const bad = (field: string, rule: string) => problems.push(`${field}: ${rule}`);
	if (!isObject(raw)) throw new TheatreError(file, [`(root): must be an object, got ${typeName(raw)}`]);
	unknownKeys(raw, '', KEYS.root, bad);
	for (const key of KEYS.root) if (!(key in raw)) bad(key, 'is required');

	const title = bilingual(raw.title, 'title', THEATRE_LIMITS.name, bad);
	const subtitle = bilingual(raw.subtitle, 'subtitle', THEATRE_LIMITS.line, bad);

	let country: Theatre['country'] | null = null;
	if ('country' in raw) {
		if (!isObject(raw.country)) bad('country', `must be an object, got ${typeName(raw.country)}`);
		else {
			const c = raw.country;
			unknownKeys(c, 'country.', KEYS.country, bad);
			const name = stringField(c.name, 'country.name', THEATRE_LIMITS.name, bad);
			const region = stringField(c.region, 'country.region', THEATRE_LIMITS.name, bad);
			const gazetteerId = stringField(c.gazetteerId, 'country.gazetteerId', THEATRE_LIMITS.name, bad);
			let iso: number | null = null;
			if (!Number.isInteger(c.iso) || (c.iso as number) < 1 || (c.iso as number) > 999)
				bad('country.iso', `must be an ISO 3166-1 numeric code (a whole number 1–999), got ${shown(c.iso)}`);
			else iso = c.iso as number;
			if (name !== null && region !== null && gazetteerId !== null && iso !== null)
				country = { name, iso, region, gazetteerId };
		}
	}

	const bounds = 'bounds' in raw ? box(raw.bounds, 'bounds', bad) : null;
	const view = 'view' in raw ? box(raw.view, 'view', bad) : null;
	if (
		bounds &&
		view &&
		!(view[0] >= bounds[0] && view[1] >= bounds[1] && view[2] <= bounds[2] && view[3] <= bounds[3])
	)
		bad('view', `must lie inside bounds [${bounds.join(', ')}], got [${view.join(', ')}]`);

	let timelineStart: IsoDate | null = null;
	if ('timelineStart' in raw) {
		if (typeof raw.timelineStart !== 'string' || !isCalendarDate(raw.timelineStart))
			bad('timelineStart', `must be a YYYY-MM-DD calendar date, got ${shown(raw.timelineStart)}`);
		else timelineStart = raw.timelineStart;
	}
	const baseline = 'baseline' in raw ? relativePath(raw.baseline, 'baseline', bad) : null;
	const actors = 'actors' in raw ? relativePath(raw.actors, 'actors', bad) : null;

	let distanceReference: Theatre['distanceReference'] | undefined;
	if ('distanceReference' in raw) {
		const d = raw.distanceReference;
		if (d === null) distanceReference = null;
		else if (!isObject(d))
			bad('distanceReference', `must be an object {name, lon, lat, placeId?} or null, got ${typeName(d)}`);
		else {
			unknownKeys(d, 'distanceReference.', KEYS.distanceReference, bad);
			for (const key of ['name', 'lon', 'lat'] as const)
				if (!(key in d)) bad(`distanceReference.${key}`, 'is required');
			const name = 'name' in d ? bilingual(d.name, 'distanceReference.name', THEATRE_LIMITS.name, bad) : null;
			const lon = 'lon' in d ? coordinate(d.lon, 'distanceReference.lon', 180, bad) : null;
			const lat = 'lat' in d ? coordinate(d.lat, 'distanceReference.lat', 90, bad) : null;
			const placeId =
				'placeId' in d
					? stringField(d.placeId, 'distanceReference.placeId', THEATRE_LIMITS.name, bad)
					: undefined;
			if (
				bounds &&
				lon !== null &&
				lat !== null &&
				!(lon >= bounds[0] && lon <= bounds[2] && lat >= bounds[1] && lat <= bounds[3])
			)
				bad('distanceReference', `[${lon}, ${lat}] must lie inside bounds [${bounds.join(', ')}]`);
			if (name && lon !== null && lat !== null && placeId !== null)
				distanceReference = { name, lon, lat, ...(placeId !== undefined ? { placeId } : {}) };
		}
	}

	let attribution: string[] | null = null;
	if ('attribution' in raw) {
		const a = raw.attribution;
		if (!Array.isArray(a)) bad('attribution', `must be a list of strings, got ${typeName(a)}`);
		else if (a.length > THEATRE_LIMITS.attributionLines)
			bad('attribution', `must have at most ${THEATRE_LIMITS.attributionLines} lines, got ${a.length}`);
		else {
			const lines = a.map((line, i) => stringField(line, `attribution[${i}]`, THEATRE_LIMITS.line, bad));
			if (lines.every((l) => l !== null)) attribution = lines as string[];
		}
	}

	if (problems.length) throw new TheatreError(file, problems);
	return {
		title: title!,
		subtitle: subtitle!,
		country: country!,
		bounds: bounds!,
		view: view!,
		timelineStart: timelineStart!,
		baseline: baseline!,
		actors: actors!,
		distanceReference: distanceReference!,
		attribution: attribution!
	};
}

type Report = (field: string, rule: string) => void;

function isObject(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function typeName(v: unknown): string {
	return v === null
		? 'null'
		: Array.isArray(v)
			? 'a list'
			: typeof v === 'object'
				? 'an object'
				: `a ${typeof v}`;
}

/** A value for a message: short values as JSON, long strings by their length only. */
function shown(v: unknown): string {
	if (typeof v === 'string' && v.length > 40)
		return `a string of ${v.length.toLocaleString('en')} characters`;
	if (v === undefined) return 'nothing';
	const json = JSON.stringify(v) ?? String(v);
	return json.length > 60 ? `${typeName(v)} (${json.slice(0, 40)}…)` : json;
}

function unknownKeys(
	obj: Record<string, unknown>,
	prefix: string,
	known: readonly string[],
	bad: Report
): void {
	for (const key of Object.keys(obj)) {
		if (
			known.includes(key) ||
			key === '$comment' ||
			(key.endsWith('$comment') && known.includes(key.slice(0, -8)))
		)
			continue;
		const near = closest(key, known);
		bad(
			`${prefix}${key.length > 40 ? `${key.slice(0, 40)}…` : key}`,
			`unknown key${near ? ` (did you mean "${near}"?)` : ''}; known: ${known.join(', ')}`
		);
	}
}

/** The known key nearest to a misspelt one (edit distance at most a third of its length), if any. */
export function closest(key: string, known: readonly string[]): string | null {
	let best: string | null = null;
	let bestDistance = Infinity;
	const k = key.toLowerCase();
	if (k.length > 60) return null;
	for (const candidate of known) {
		const d = editDistance(k, candidate.toLowerCase());
		if (d < bestDistance) {
			bestDistance = d;
			best = candidate;
		}
	}
	return best !== null && bestDistance <= Math.max(1, Math.floor(best.length / 3)) ? best : null;
}

/** Edits between two words, a swap of neighbours counting as one ("titel" is one from "title"). */
function editDistance(a: string, b: string): number {
	const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i]);
	for (let j = 1; j <= b.length; j++) d[0]![j] = j;
	for (let i = 1; i <= a.length; i++)
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
				d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
		}
	return d[a.length]![b.length]!;
}

function stringField(v: unknown, field: string, max: number, bad: Report): string | null {
	if (typeof v !== 'string') {
		bad(field, `must be a string, got ${typeName(v)}`);
		return null;
	}
	if (v.trim() === '') {
		bad(field, 'must not be empty');
		return null;
	}
	if (v.length > max) {
		bad(field, `must be at most ${max} characters, got ${v.length.toLocaleString('en')}`);
		return null;
	}
	// control characters would break the page title and the CSV export's lines
	// eslint-disable-next-line no-control-regex -- finding control characters is the point
	if (/[\u0000-\u001f\u007f]/.test(v)) {
		bad(field, 'must not hold control characters (line breaks, tabs, NUL)');
		return null;
	}
	return v;
}

function bilingual(v: unknown, field: string, max: number, bad: Report): Bilingual | null {
	if (v === undefined) return null;
	if (!isObject(v)) {
		bad(field, `must be an object {en, ar}, got ${typeName(v)}`);
		return null;
	}
	unknownKeys(v, `${field}.`, KEYS.bilingual, bad);
	const en = stringField(v.en, `${field}.en`, max, bad);
	const ar = stringField(v.ar, `${field}.ar`, max, bad);
	return en !== null && ar !== null ? { en, ar } : null;
}

function coordinate(v: unknown, field: string, limit: number, bad: Report): number | null {
	if (typeof v !== 'number' || !Number.isFinite(v)) {
		bad(field, `must be a number, got ${shown(v)}`);
		return null;
	}
	if (Math.abs(v) > limit) {
		bad(field, `must be from -${limit} to ${limit}, got ${v}`);
		return null;
	}
	return v;
}

const BOX_PARTS = [
	['west', 180],
	['south', 90],
	['east', 180],
	['north', 90]
] as const;

function box(v: unknown, field: string, bad: Report): Box | null {
	if (!Array.isArray(v) || v.length !== 4) {
		bad(field, `must be [west, south, east, north] in degrees, got ${shown(v)}`);
		return null;
	}
	const parts = BOX_PARTS.map(([name, limit], i) => coordinate(v[i], `${field}[${i}] (${name})`, limit, bad));
	if (parts.some((p) => p === null)) return null;
	const [w, s, e, n] = parts as number[];
	if (!(w! < e!)) {
		bad(field, `west (${w}) must be less than east (${e})`);
		return null;
	}
	if (!(s! < n!)) {
		bad(field, `south (${s}) must be less than north (${n})`);
		return null;
	}
	return [w!, s!, e!, n!];
}

/** A path inside the project folder: relative, "/" between folders, no "..". */
function relativePath(v: unknown, field: string, bad: Report): string | null {
	const path = stringField(v, field, THEATRE_LIMITS.path, bad);
	if (path === null) return null;
	if (
		path.startsWith('/') ||
		/^[a-z]:/i.test(path) ||
		path.includes('\\') ||
		path.split('/').includes('..')
	) {
		bad(field, `must be a path inside the project folder ("control/baseline.geojson"), got ${shown(path)}`);
		return null;
	}
	return path;
}

/** Where JSON.parse stopped, as "line L, column C: reason". */
function jsonErrorWhere(e: Error, text: string): string {
	// V8 names a position in some messages and not in others ("Unexpected token ',', …"): find it ourselves
	const reason = e.message
		.replace(/ in JSON at position \d+.*$/s, '')
		.replace(/\s*\(line \d+ column \d+\)/, '')
		.replace(/, ".*" is not valid JSON$/s, '');
	const offset = jsonErrorOffset(text);
	const before = text.slice(0, offset);
	const line = before.split('\n').length;
	const column = offset - before.lastIndexOf('\n');
	return `line ${line}, column ${column}: ${reason.length > 120 ? `${reason.slice(0, 120)}…` : reason}`;
}

/** The offset of the first character that breaks JSON's grammar (the text's length if it ends early). */
export function jsonErrorOffset(text: string): number {
	let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
	const fail = (): never => {
		throw i;
	};
	const space = () => {
		while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
	};
	const literal = (word: string) => {
		for (const ch of word) {
			if (text[i] !== ch) fail();
			i++;
		}
	};
	const string = () => {
		i++;
		while (i < text.length && text[i] !== '"') {
			if (text.charCodeAt(i) < 0x20) fail();
			if (text[i] === '\\') {
				i++;
				if (text[i] === 'u') {
					for (let k = 1; k <= 4; k++) {
						if (/[0-9a-fA-F]/.test(text[i + k] ?? '')) continue;
						i += k;
						fail();
					}
					i += 4;
				} else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail();
			}
			i++;
		}
		if (i >= text.length) fail();
		i++;
	};
	const value = (): void => {
		space();
		const c = text[i];
		if (c === '{') {
			i++;
			space();
			if (text[i] === '}') return void i++;
			for (;;) {
				space();
				if (text[i] !== '"') fail();
				string();
				space();
				if (text[i] !== ':') fail();
				i++;
				value();
				space();
				if (text[i] === ',') i++;
				else if (text[i] === '}') return void i++;
				else fail();
			}
		} else if (c === '[') {
			i++;
			space();
			if (text[i] === ']') return void i++;
			for (;;) {
				value();
				space();
				if (text[i] === ',') i++;
				else if (text[i] === ']') return void i++;
				else fail();
			}
		} else if (c === '"') string();
		else if (c === 't') literal('true');
		else if (c === 'f') literal('false');
		else if (c === 'n') literal('null');
		else {
			const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
			if (!m) fail();
			i += m![0].length;
		}
	};
	try {
		value();
		space();
		return i < text.length ? i : text.length;
	} catch (at) {
		if (typeof at === 'number') return Math.min(at, text.length);
		throw at;
	}
}

/**
 * The theatre as the manifest carries it to the app and the embed. `reference` is where the
 * distance figure was measured from (the gazetteer's position of `placeId` when it has one).
 */
export function manifestTheatre(
	theatre: Theatre,
	reference: { lon: number; lat: number } | null
): ManifestTheatre {
	const d = theatre.distanceReference;
	return {
		title: { ...theatre.title },
		subtitle: { ...theatre.subtitle },
		bounds: [...theatre.bounds],
		view: [...theatre.view],
		distance_reference:
			d && reference ? { name: { ...d.name }, lon: reference.lon, lat: reference.lat } : null,
		country: { name: theatre.country.name, iso: theatre.country.iso, region: theatre.country.region }
	};
}
