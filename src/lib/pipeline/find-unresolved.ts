// Likely places the gazetteer does not know ("the village of X", "X in the Idlib countryside"),
// reported as `unresolved-place` diagnostics with their span so an analyst knows what to add.
import type { Article, Diagnostic, Mention } from '../domain/types';
import { maskMarkup } from '../text/mask-markup';
import { allMatches } from '../text/all-matches';

const NAME =
	"((?:(?:al|el|as|ash|ad|an|ar|az|at)-)?\\p{Lu}[\\p{L}'’]+(?:[ -](?:(?:al|el|as|ash|ad|an|ar|az|at)-)?\\p{Lu}[\\p{L}'’]+){0,3})";
/** Patterns that open with a keyword and run forward to the name. */
const FORWARD: RegExp[] = [
	new RegExp(
		`\\b(?:the )?(?:town|towns|village|villages|city|district|neighbou?rhood|suburb|area|hill|airbase|base) of ${NAME}`,
		'gu'
	),
	new RegExp(
		`\\b(?:towns|villages) (?:of|such as|including) ${NAME}(?:,? (?:and )?${NAME})?(?:,? (?:and )?${NAME})?`,
		'gu'
	)
];
/** Patterns whose name stands before a keyword: found from the keyword backwards (cheap on long texts). */
const BACKWARD: { keyword: RegExp; before: RegExp }[] = [
	{
		// "X in the Idlib countryside", "X in rural Damascus": any capitalised region name, so another
		// theatre's provinces need no change here
		keyword: /\b(?:countryside|province|governorate|suburbs)\b/g,
		before: new RegExp(
			`${NAME},? in (?:the )?(?:(?:northern|southern|eastern|western|north-?western|north-?eastern|south-?western|south-?eastern|rural) )*\\p{Lu}[\\p{L}'’-]+(?:['’]s)? $`,
			'u'
		)
	},
	{
		keyword:
			/\b(?:a|the) (?:town|village|city|district|neighbou?rhood) (?:in|near|north|south|east|west|of)\b/g,
		before: new RegExp(`${NAME},? $`, 'u')
	}
];

/** Capitalised words that open such phrases but are not places. */
const NOT_A_PLACE = new Set([
	'The',
	'A',
	'An',
	'This',
	'That',
	'These',
	'Those',
	'Its',
	'Their',
	'His',
	'Her',
	'In',
	'On',
	'At',
	'By',
	'From',
	'Near',
	'Into',
	'Of',
	'For',
	'With',
	'And',
	'But',
	'Syria',
	'Syrian'
]);

/** Words without which none of the patterns can match: a cheap test before the costly ones. */
const TRIGGER =
	/\b(?:of|countryside|province|governorate|suburbs|town|village|city|district|neighbou?rhood)\b/;

/** `masked`: the article text with markup masked, when the caller has it already. */
export function findUnresolved(
	article: Article,
	mentions: Mention[],
	masked: string = maskMarkup(article.text)
): Diagnostic[] {
	const text = masked.slice(0, article.text.length);
	if (!TRIGGER.test(text)) return [];
	const out: Diagnostic[] = [];
	const seen = new Set<number>();
	const consider = (name: string, start: number) => {
		const end = start + name.length;
		if (start < article.bodyStart || seen.has(start) || NOT_A_PLACE.has(name.split(/[ -]/)[0]!)) return;
		if (mentions.some((x) => start < x.end && end > x.start)) return;
		seen.add(start);
		out.push({
			level: 'warning',
			code: 'unresolved-place',
			message: `${article.meta.file}: "${name}" looks like a place but is not in the gazetteer`,
			article: article.meta.file,
			start,
			end
		});
	};
	for (const pattern of FORWARD) {
		for (const m of allMatches(pattern, text)) {
			for (let g = 1; g < m.length; g++) if (m[g]) consider(m[g]!, m.index! + m[0].indexOf(m[g]!));
		}
	}
	for (const { keyword, before } of BACKWARD) {
		for (const k of allMatches(keyword, text)) {
			const from = Math.max(0, k.index! - 120);
			const m = before.exec(text.slice(from, k.index!));
			if (m?.[1]) consider(m[1], from + m.index + m[0].indexOf(m[1]));
		}
	}
	return out.sort((a, b) => a.start! - b.start!);
}
