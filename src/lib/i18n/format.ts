// Dates and numbers in the reader's locale. Day numbers are UTC days, so dates are formatted in UTC:
// the 29th stays the 29th wherever the reader is.
import { COUNTS, fill, type CountKey, type Lang, type PluralCategory } from './strings';

const MS_PER_DAY = 86_400_000;

/**
 * One formatter per locale and style, made on first use: building an Intl formatter costs far more
 * than formatting, and a scrub step formats the day, its summary and its counts (issue 14).
 */
const formatters = new Map<string, unknown>();
function cached<T>(key: string, make: () => T): T {
	if (!formatters.has(key)) formatters.set(key, make());
	return formatters.get(key) as T;
}

/** The BCP 47 locale to format with: the reader's own when it matches the UI language. */
export function localeFor(lang: Lang, readerLocales: readonly string[] = []): string {
	const own = readerLocales.find((l) => l.toLowerCase().split('-')[0] === lang);
	return own ?? (lang === 'ar' ? 'ar' : 'en-GB');
}

/** "29 Nov 2024" / "٢٩ نوفمبر ٢٠٢٤" style, in UTC. */
export function formatDay(day: number, locale: string, style: 'long' | 'short' = 'long'): string {
	const f = cached(
		`date|${locale}|${style}`,
		() =>
			new Intl.DateTimeFormat(
				locale,
				style === 'long'
					? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
					: { day: 'numeric', month: 'short', timeZone: 'UTC' }
			)
	);
	return f.format(day * MS_PER_DAY);
}

export function formatNumber(n: number, locale: string, digits = 0): string {
	const f = cached(
		`number|${locale}|${digits}`,
		() => new Intl.NumberFormat(locale, { maximumFractionDigits: digits })
	);
	return f.format(n);
}

/** A change with its sign ("+767", "−253", "0"), in the locale's digits and minus sign. */
export function formatChange(n: number, locale: string, digits = 0): string {
	const f = cached(
		`change|${locale}|${digits}`,
		() => new Intl.NumberFormat(locale, { maximumFractionDigits: digits, signDisplay: 'exceptZero' })
	);
	return f.format(n);
}

/**
 * "1 event", "2 events"; in Arabic "حدث واحد", "حدثان", "3 أحداث", "11 حدثًا": the form is chosen
 * by `Intl.PluralRules` for the UI language, the number written in the reader's locale.
 */
export function formatCount(lang: Lang, key: CountKey, n: number, locale: string): string {
	const forms = COUNTS[lang][key];
	const rules = cached(`plural|${lang}`, () => new Intl.PluralRules(lang));
	const form = forms[rules.select(n) as PluralCategory] ?? forms.other;
	return fill(form, { n: formatNumber(n, locale) });
}

/** "A, B and C" / "أ وب وج", by `Intl.ListFormat` in the reader's locale (`localeFor`). */
export function formatList(items: readonly string[], locale: string): string {
	return cached(`list|${locale}`, () => new Intl.ListFormat(locale, { type: 'conjunction' })).format(items);
}
