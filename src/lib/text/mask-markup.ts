// Stray HTML in pasted articles must not break offsets or leak into names: tags, comments and the
// contents of <script>/<style> are blanked with spaces of the same length, so every offset still
// points into the original file.

const BLOCKS = /<(script|style)\b[^>]*>[\s\S]*?(<\/\1\s*>|$)/gi;
const COMMENTS = /<!--[\s\S]*?(-->|$)/g;
// A tag: "<" then a letter, "/" or "!", up to the next ">" (bounded so a stray "<" cannot eat the text).
const TAGS = /<[a-zA-Z/!][^<>]{0,2000}>/g;
const ENTITIES = /&(?:[a-zA-Z]{2,8}|#\d{1,6}|#x[0-9a-fA-F]{1,6});/g;

function blank(match: string): string {
	// keep line breaks so sentences and lines stay where they were
	return match.replace(/[^\n]/g, ' ');
}

/** The text with markup blanked; same length as the input. */
export function maskMarkup(text: string): string {
	if (!text.includes('<') && !text.includes('&')) return text;
	// every stage masks the same article: keep the last answer
	if (text === last.text) return last.masked;
	const masked = text
		.replace(BLOCKS, blank)
		.replace(COMMENTS, blank)
		.replace(TAGS, blank)
		.replace(ENTITIES, blank);
	last = { text, masked };
	return masked;
}

let last = { text: '', masked: '' };
