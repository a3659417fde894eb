// An article file's bytes → its text, the way a text editor opens it: a byte-order mark picks the
// encoding (UTF-8, UTF-16 LE or BE) and is not part of the text, so offsets count from the first
// character after it, as editors count columns. Without a mark the file must be UTF-8.

export type DecodedText =
	| { ok: true; text: string; encoding: 'utf-8' | 'utf-8 with BOM' | 'utf-16le' | 'utf-16be' }
	| { ok: false; reason: string };

const BOMS: {
	bytes: number[];
	encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
	name: 'utf-8 with BOM' | 'utf-16le' | 'utf-16be';
}[] = [
	{ bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8', name: 'utf-8 with BOM' },
	{ bytes: [0xff, 0xfe], encoding: 'utf-16le', name: 'utf-16le' },
	{ bytes: [0xfe, 0xff], encoding: 'utf-16be', name: 'utf-16be' }
];

/** Share of NUL bytes at even (or odd) positions above which a mark-less file is taken for UTF-16:
 *  ASCII text in UTF-16 has a NUL in every other byte; binary data spreads them evenly. */
const UTF16_NUL_SHARE = 0.3;
/** Fewer bytes than this say too little to tell UTF-16 from binary data. */
const UTF16_MIN_BYTES = 16;

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
	return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/** Does a file without a byte-order mark look like UTF-16 (NULs bunched on one byte parity)? */
function looksLikeUtf16(bytes: Uint8Array): boolean {
	if (bytes.length < UTF16_MIN_BYTES) return false;
	const pairs = Math.floor(bytes.length / 2);
	let even = 0;
	let odd = 0;
	for (let i = 0; i + 1 < bytes.length; i += 2) {
		if (bytes[i] === 0) even++;
		if (bytes[i + 1] === 0) odd++;
	}
	return Math.max(even, odd) / pairs > UTF16_NUL_SHARE && Math.min(even, odd) / pairs < UTF16_NUL_SHARE / 10;
}

/**
 * Decodes an article file. The byte-order mark is dropped (offsets count from the character after it);
 * text holding NUL characters is refused as binary, whatever its encoding.
 *
 * @example
 * decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x41])); // { ok: true, text: 'A', encoding: 'utf-8 with BOM' }
 */
export function decodeText(bytes: Uint8Array): DecodedText {
	const bom = BOMS.find((b) => startsWith(bytes, b.bytes));
	const encoding = bom?.encoding ?? 'utf-8';
	let text: string;
	try {
		// ignoreBOM: the mark was matched above and is cut off here, so it is never decoded twice
		text = new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(
			bytes.subarray(bom?.bytes.length ?? 0)
		);
	} catch {
		if (bom)
			return {
				ok: false,
				reason: `not valid ${encoding.toUpperCase()} text (it starts with a ${encoding.toUpperCase()} byte-order mark)`
			};
		if (bytes.includes(0) && looksLikeUtf16(bytes))
			return { ok: false, reason: 'looks like UTF-16 without a byte-order mark; please save it as UTF-8' };
		if (bytes.includes(0))
			return { ok: false, reason: 'binary file (contains NUL bytes), not a text article' };
		return { ok: false, reason: 'not valid UTF-8 text' };
	}
	if (text.includes('\0')) {
		if (!bom && looksLikeUtf16(bytes))
			return { ok: false, reason: 'looks like UTF-16 without a byte-order mark; please save it as UTF-8' };
		return { ok: false, reason: 'binary file (contains NUL bytes), not a text article' };
	}
	return { ok: true, text, encoding: bom?.name ?? 'utf-8' };
}
