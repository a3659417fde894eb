// Likely places the gazetteer does not know ("the village of X", "X in the Idlib countryside"),
// reported as `unresolved-place` diagnostics with their span so an analyst knows what to add.
import type { Article, Diagnostic, Mention } from '../domain/types';
import { maskMarkup } from '../text/mask-markup';

const NAME = "((?:(?:al|el|as|ash|ad|an|ar|az|at)-)?\\p{Lu}[\\p{L}'’]+(?:[ -](?:(?:al|el|as|ash|ad|an|ar|az|at)-)?\\p{Lu}[\\p{L}'’]+){0,3})";
const PATTERNS: RegExp[] = [
	new RegExp(`\\b(?:the )?(?:town|towns|village|villages|city|district|neighbou?rhood|suburb|area|hill|airbase|base) of ${NAME}`, 'gu'),
	new RegExp(`${NAME},? in (?:the )?(?:(?:northern|southern|eastern|western|north-?western|north-?eastern|south-?western|south-?eastern|rural) )*(?:Aleppo|Idlib|Hama|Homs|Latakia|Raqqa|Daraa|Damascus)(?:['’]s)? (?:countryside|province|governorate|suburbs)`, 'gu'),
	new RegExp(`${NAME},? (?:a|the) (?:town|village|city|district|neighbou?rhood) (?:in|near|north|south|east|west|of)`, 'gu'),
	new RegExp(`\\b(?:towns|villages) (?:of|such as|including) ${NAME}(?:,? (?:and )?${NAME})?(?:,? (?:and )?${NAME})?`, 'gu')
];
/** Capitalised words that open such phrases but are not places. */
const NOT_A_PLACE = new Set(['The', 'A', 'An', 'This', 'That', 'These', 'Those', 'Its', 'Their', 'His', 'Her', 'In', 'On', 'At', 'By', 'From', 'Near', 'Into', 'Of', 'For', 'With', 'And', 'But', 'Syria', 'Syrian']);

export function findUnresolved(article: Article, mentions: Mention[]): Diagnostic[] {
	const text = maskMarkup(article.text).slice(0, article.text.length);
	const out: Diagnostic[] = [];
	const seen = new Set<number>();
	for (const pattern of PATTERNS) {
		for (const m of text.matchAll(pattern)) {
			for (let g = 1; g < m.length; g++) {
				const name = m[g];
				if (!name) continue;
				const start = m.index! + m[0].indexOf(name);
				const end = start + name.length;
				if (start < article.bodyStart || seen.has(start) || NOT_A_PLACE.has(name.split(/[ -]/)[0]!)) continue;
				if (mentions.some((x) => start < x.end && end > x.start)) continue;
				seen.add(start);
				out.push({ level: 'warning', code: 'unresolved-place', message: `${article.meta.file}: "${name}" looks like a place but is not in the gazetteer`, article: article.meta.file, start, end });
			}
		}
	}
	return out.sort((a, b) => a.start! - b.start!);
}
