// Links a hostile or careless reader could open (issue 10), as fast-check arbitraries shared by the
// parsers' property test (tests/url-fuzz/parsers.property.test.ts) and the browser fuzz of both
// pages (tests/e2e/url-fuzz.test.ts). Most values are near-misses of valid ones (dates around the
// timeline and past month ends, layer lists mixing real names, groups and prototype keys, numbers
// at the edges), the rest anything: markup, control and direction characters, lone surrogates,
// thousands of characters, raw query text with stray % & = + ;.
import fc from 'fast-check';
import { TOGGLE_KEYS } from '../../src/lib/map/toggles';

/** Every parameter either page reads. */
export const PARAMS = [
	'date',
	'layers',
	'center',
	'zoom',
	'lang',
	'events',
	'bbox',
	'autoplay',
	'controls',
	'theme'
] as const;

/** Keys that reach Object.prototype when used to index a plain object. */
export const PROTOTYPE_KEYS = [
	'__proto__',
	'constructor',
	'toString',
	'hasOwnProperty',
	'valueOf',
	'prototype',
	'__defineGetter__',
	'isPrototypeOf'
];

const pad = (n: number, w: number) => String(n).padStart(w, '0');

/** YYYY-MM-DD around late 2024, impossible days and months included ("2024-11-31", "2024-13-01"). */
const dateLike = fc
	.record({
		y: fc.constantFrom(2023, 2024, 2025, 0, 9999),
		m: fc.integer({ min: 0, max: 13 }),
		d: fc.integer({ min: 0, max: 32 })
	})
	.map(({ y, m, d }) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
const nearDate = fc.constantFrom(
	'2024-11-26',
	'2024-11-29',
	'2024-11-30',
	'2024-11-31',
	'2024-12-01',
	'2024-12-02',
	'2024-02-30',
	'2024-11-29T00:00',
	' 2024-11-29',
	'2024-11-2٩'
);

const numberText = fc.oneof(
	fc.constantFrom(
		'NaN',
		'Infinity',
		'-Infinity',
		'1e309',
		'-0',
		'0x25',
		'',
		' ',
		'1e-400',
		'36.',
		'.5',
		'+37',
		'9'.repeat(400)
	),
	fc.double({ noNaN: false }).map(String),
	fc.integer({ min: 25, max: 50 }).map(String),
	fc.double({ min: 29, max: 41, noNaN: true }).map((v) => v.toFixed(4))
);

const layerName = fc.oneof(
	fc.constantFrom(
		...TOGGLE_KEYS,
		'control',
		'strikes',
		'events',
		'none',
		'',
		'Control',
		'control ',
		'strike-'
	),
	fc.constantFrom(...PROTOTYPE_KEYS),
	fc.string({ maxLength: 12 })
);
const layerList = fc.array(layerName, { maxLength: 12 }).map((names) => names.join(','));
/** Many unknown names: the note must fold them into one line. */
const manyLayers = fc
	.integer({ min: 200, max: 3000 })
	.map((n) => Array.from({ length: n }, (_, i) => `layer${i}`).join(','));

/** Text a page must show as text if at all: markup, script URLs, invisible and reordering characters. */
const hostileText = fc.constantFrom(
	'<img src=x onerror="window.__pwned=1">',
	'<script>window.__pwned=2</script>',
	'javascript:window.__pwned=3',
	'"><svg onload=window.__pwned=4>',
	'\u202eevil\u202c',
	'a\u0000b\u0007c',
	'\ud800',
	'\udfff\ud800x',
	'\u200b\u200b\u200b',
	'ﷺ'.repeat(30),
	'e\u0301\u0301\u0301\u0301\u0301\u0301'
);

/** Long values: a few hundred to a few thousand characters, narrow or wide. */
const longText = fc
	.record({
		unit: fc.constantFrom('x', '0', '9', 'ش', '😀', ',', ' ', 'W'),
		n: fc.integer({ min: 100, max: 3000 })
	})
	.map(({ unit, n }) => unit.repeat(n));

const anyValue = fc.oneof(
	{ weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
	{ weight: 2, arbitrary: fc.constantFrom(...PROTOTYPE_KEYS) },
	{ weight: 2, arbitrary: hostileText },
	{ weight: 1, arbitrary: longText }
);

/** A value shaped for its parameter most of the time, anything the rest of the time. */
function valueFor(param: string): fc.Arbitrary<string> {
	const shaped: Record<string, fc.Arbitrary<string>> = {
		date: fc.oneof(dateLike, nearDate),
		layers: fc.oneof({ weight: 4, arbitrary: layerList }, { weight: 1, arbitrary: manyLayers }),
		center: fc.tuple(numberText, numberText).map(([a, b]) => `${a},${b}`),
		zoom: numberText,
		lang: fc.constantFrom('en', 'ar', 'EN', 'fr', 'ar-SY', ''),
		events: fc.constantFrom('day', 'cumulative', 'all', ''),
		bbox: fc.array(numberText, { minLength: 3, maxLength: 5 }).map((a) => a.join(',')),
		autoplay: fc.constantFrom('1', '0', 'true', 'false', 'yes', 'no', '', 'maybe'),
		controls: fc.constantFrom('none', 'compact', 'full', ''),
		theme: fc.constantFrom('light', 'dark', 'neon', '')
	};
	// Own-property lookup: `param` may be any generated name.
	const own = Object.hasOwn(shaped, param) ? shaped[param]! : null;
	return own ? fc.oneof({ weight: 3, arbitrary: own }, { weight: 2, arbitrary: anyValue }) : anyValue;
}

const paramName = fc.oneof(
	{ weight: 8, arbitrary: fc.constantFrom(...PARAMS) },
	{ weight: 1, arbitrary: fc.constantFrom(...PROTOTYPE_KEYS) },
	{ weight: 1, arbitrary: fc.string({ maxLength: 8 }) }
);

/** One parameter: its name and a value chosen for it. */
const pair = paramName.chain((name) => valueFor(name).map((value) => [name, value] as [string, string]));

/** Raw query text (no leading "?"), as a mangled link may hold it: stray %, &, =, + and ;. */
const rawQuery = fc
	.array(
		fc.oneof(
			fc.constantFrom(...PARAMS),
			fc.constantFrom('%', '%zz', '%E0%A4%A', '%00', '&', '=', '+', ';', ',', '==', '&&', '%25', '%2C'),
			fc.string({ maxLength: 4 })
		),
		{
			maxLength: 20
		}
	)
	.map((parts) => parts.join(''));

/**
 * A query string (no leading "?"): usually well-formed pairs (repeats allowed, the page reads the
 * first), sometimes raw text. Never holds "#" unescaped, so the whole of it is the query.
 */
export const queryArb: fc.Arbitrary<string> = fc.oneof(
	{
		weight: 4,
		arbitrary: fc
			.array(pair, { minLength: 1, maxLength: 6 })
			.map((pairs) => new URLSearchParams(pairs).toString())
	},
	{ weight: 1, arbitrary: rawQuery.map((q) => q.replaceAll('#', '%23')) }
);

/** The seed of every fuzz run: fixed so CI is reproducible; FC_SEED=<n> explores others. */
export const FUZZ_SEED = Number(process.env.FC_SEED ?? 20241127);
