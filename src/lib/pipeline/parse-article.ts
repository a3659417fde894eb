// Stage 1: a file's text → an Article (front matter, publication date) + diagnostics.
import { parse as parseYaml } from 'yaml';
import type { Article, ArticleMeta, Diagnostic, IsoDate } from '../domain/types';
import { findDateExpressions, isCaptionDate } from '../text/date-expressions';
import { maskMarkup } from '../text/mask-markup';

export interface ParseArticleContext {
	/** `--published YYYY-MM-DD`: used when neither front matter nor text gives a date. */
	published: IsoDate | null;
}

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
// A date, optionally with a time of day (hh:mm[:ss[.fff]]) and a zone; the numbers are range-checked below.
const DATE_PREFIX =
	/^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-](\d{2}):?(\d{2}))?)?$/;
const PUBLISHED_CUE = /\b(?:Published|Posted|Updated|Last updated)\b[^\n]{0,40}$/i;
/** How far into an article a dateline can stand and still be its publication date. */
const HEADER_ZONE = 400;

function diag(
	file: string,
	level: Diagnostic['level'],
	code: string,
	message: string,
	start: number | null = null,
	end: number | null = null
): Diagnostic {
	return { level, code, message: `${file}: ${message}`, article: file, start, end };
}

function stringField(
	fm: Record<string, unknown>,
	key: string,
	file: string,
	diagnostics: Diagnostic[]
): string | null {
	const value = fm[key];
	if (value === undefined || value === null) return null;
	if (typeof value !== 'string' || !value.trim()) {
		diagnostics.push(
			diag(
				file,
				'error',
				'bad-front-matter',
				`front matter field "${key}" must be a non-empty string, got ${JSON.stringify(value)}`
			)
		);
		return null;
	}
	return value.trim();
}

/** One `key: value` line whose value YAML's core schema reads as a string for certain. */
const SIMPLE_LINE = /^([A-Za-z_][\w-]*):[ \t]+(.*?)[ \t]*$/;
/** Plain scalars the core schema reads as null, a boolean or a number: left to the YAML parser. */
const NOT_A_STRING =
	/^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$/;

/**
 * The front matter of nearly every article is a few `key: "text"` or `key: text` lines: read those
 * directly (the YAML parser costs as much as reading the whole article's events). Anything else
 * (quotes of another kind, lists, numbers, comments, indicators) goes to the YAML parser; null here.
 */
export function simpleFrontMatter(block: string): Record<string, string> | null {
	const out: Record<string, string> = {};
	for (const line of block.split(/\r?\n/)) {
		const m = SIMPLE_LINE.exec(line);
		if (!m || Object.hasOwn(out, m[1]!)) return null;
		const raw = m[2]!;
		let value: string;
		if (raw.startsWith('"')) {
			// a JSON string is a YAML double-quoted scalar with the same meaning
			try {
				const parsed: unknown = JSON.parse(raw);
				if (typeof parsed !== 'string') return null;
				value = parsed;
			} catch {
				return null;
			}
		} else {
			if (
				raw === '' ||
				/^[-?:,[\]{}#&*!|>'"%@`]/.test(raw) ||
				raw.includes(': ') ||
				raw.includes(' #') ||
				NOT_A_STRING.test(raw)
			)
				return null;
			value = raw;
		}
		out[m[1]!] = value;
	}
	return out;
}

/** Reads front matter; a malformed block is reported and the whole file is read as text. */
function readFrontMatter(
	text: string,
	file: string,
	diagnostics: Diagnostic[]
): { fm: Record<string, unknown>; bodyStart: number } {
	const m = FRONT_MATTER.exec(text);
	if (!m) return { fm: {}, bodyStart: 0 };
	const simple = simpleFrontMatter(m[1]!);
	if (simple) return { fm: simple, bodyStart: m[0].length };
	try {
		const parsed: unknown = parseYaml(m[1]!, { schema: 'core', maxAliasCount: 10 });
		if (parsed === null || parsed === undefined) return { fm: {}, bodyStart: m[0].length };
		if (typeof parsed !== 'object' || Array.isArray(parsed)) {
			diagnostics.push(
				diag(file, 'error', 'bad-front-matter', 'front matter must be a YAML mapping (key: value lines)')
			);
			return { fm: {}, bodyStart: m[0].length };
		}
		return { fm: parsed as Record<string, unknown>, bodyStart: m[0].length };
	} catch (e) {
		const reason = (e as Error).message.split('\n')[0];
		diagnostics.push(diag(file, 'error', 'bad-front-matter', `front matter is not valid YAML (${reason})`));
		return { fm: {}, bodyStart: m[0].length };
	}
}

/** The publication date the text states: a "Published …" dateline, a date in the header, or the latest full
 *  date (`bound`: the article is no older, but may be newer). */
export function publishedFromText(
	masked: string,
	bodyStart: number
): { date: IsoDate; start: number; end: number; how: string; bound: boolean } | null {
	const full = findDateExpressions(masked, { start: bodyStart, end: masked.length }, null).filter(
		(e) =>
			e.date && e.precision === 1 && /\d{4}/.test(masked.slice(e.start, e.end)) && !isCaptionDate(masked, e)
	);
	if (full.length === 0) return null;
	const cued = full.find((e) => PUBLISHED_CUE.test(masked.slice(Math.max(bodyStart, e.start - 60), e.start)));
	if (cued) return { date: cued.date!, start: cued.start, end: cued.end, how: 'a dateline', bound: false };
	const header = full.find((e) => e.start - bodyStart < HEADER_ZONE);
	if (header)
		return { date: header.date!, start: header.start, end: header.end, how: 'the header', bound: false };
	// An article cannot be older than the latest full date it states: a lower bound, said as such.
	const latest = full.reduce((a, b) => (b.date! > a.date! ? b : a));
	return {
		date: latest.date!,
		start: latest.start,
		end: latest.end,
		how: 'the latest full date in the text',
		bound: true
	};
}

/** A day in a URL's path, as news sites file their pages: ".../2024/12/07/slug", ".../2024-12/07/...";
 *  the day ends its path segment (".../2024/12/12-killed-in-x" is a slug opening with a number, no day). */
const URL_PATH_DAY = /\/(20\d\d)[/-](\d\d)[/-](\d\d)(?=[/.?#]|$)/;

/** The day a page's URL files it under, or null (a month alone, ".../2024/12/slug", dates no day). */
export function publishedFromUrl(url: string | null): IsoDate | null {
	const m = url ? URL_PATH_DAY.exec(url) : null;
	return m ? validPublished(`${m[1]}-${m[2]}-${m[3]}`) : null;
}

/** The day of an ISO date or datetime whose every part is in range (no 25:99, no 30 February); else null. */
function validPublished(value: string): IsoDate | null {
	const m = DATE_PREFIX.exec(value);
	if (!m) return null;
	const date = m[1]!;
	const [hour, minute, second, zoneHour, zoneMinute] = [m[2], m[3], m[4], m[5], m[6]].map((v) =>
		v === undefined ? 0 : Number(v)
	);
	// seconds up to 60 for a leap second; zones run from -12:00 to +14:00
	if (hour! > 23 || minute! > 59 || second! > 60 || zoneHour! > 14 || zoneMinute! > 59) return null;
	const day = new Date(`${date}T00:00:00Z`);
	return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(date) ? date : null;
}

/** Parses one article file. Never throws for bad content: problems become diagnostics. */
export function parseArticle(
	file: string,
	text: string,
	context: ParseArticleContext
): { article: Article; diagnostics: Diagnostic[] } {
	const diagnostics: Diagnostic[] = [];
	const { fm, bodyStart } = readFrontMatter(text, file, diagnostics);
	const meta: ArticleMeta = {
		file,
		title: stringField(fm, 'title', file, diagnostics),
		publisher: stringField(fm, 'publisher', file, diagnostics),
		url: stringField(fm, 'url', file, diagnostics),
		published: null,
		published_from: null
	};
	if (meta.url && !/^https?:\/\//i.test(meta.url)) {
		diagnostics.push(
			diag(
				file,
				'error',
				'bad-front-matter',
				`front matter field "url" must be an http(s) URL, got ${JSON.stringify(meta.url)}`
			)
		);
		meta.url = null;
	}
	const rawPublished = fm.published;
	if (rawPublished !== undefined && rawPublished !== null) {
		const date = typeof rawPublished === 'string' ? validPublished(rawPublished.trim()) : null;
		if (date) {
			meta.published = date;
			meta.published_from = 'front-matter';
		} else {
			diagnostics.push(
				diag(
					file,
					'error',
					'bad-front-matter',
					`front matter field "published" must be an ISO date or datetime with every part in range (YYYY-MM-DD[Thh:mm[:ss]][Z|±hh:mm]), got ${JSON.stringify(rawPublished)}`
				)
			);
		}
	}
	if (!meta.published) {
		const found = publishedFromText(maskMarkup(text), bodyStart);
		// the text's latest date is only a lower bound: the day the URL files the page under comes first, unless
		// it is earlier than that bound (a page filed under its first version, updated since)
		const fromUrl = publishedFromUrl(meta.url);
		if (fromUrl && (!found || (found.bound && found.date <= fromUrl))) {
			meta.published = fromUrl;
			meta.published_from = 'url';
			diagnostics.push(
				diag(file, 'info', 'published-from-url', `publication date ${fromUrl} taken from the page's URL`)
			);
		} else if (found) {
			meta.published = found.date;
			meta.published_from = 'text';
			diagnostics.push(
				diag(
					file,
					found.bound ? 'warning' : 'info',
					'published-from-text',
					`publication date ${found.date} taken from ${found.how}`,
					found.start,
					found.end
				)
			);
		} else if (context.published) {
			meta.published = context.published;
			meta.published_from = 'flag';
		} else {
			diagnostics.push(
				diag(
					file,
					'warning',
					'no-publication-date',
					'no publication date (front matter, text or --published): only dates the text states itself are used'
				)
			);
		}
	}
	return { article: { meta, text, bodyStart }, diagnostics };
}
