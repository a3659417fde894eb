// Stable, content-derived event ids: one event per day, place and kind (ACLED's atomic unit).
import type { EventKind, IsoDate } from '../domain/types';

const HEX_DIGITS = '0123456789abcdef';

/** FNV-1a, 32 bits, as 8 hex digits: short, stable across runs and platforms. */
export function fnv1a(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	// the digits by hand, the same as h.toString(16).padStart(8, '0'): V8 converts a number to base 16
	// by its generic radix path, about 5× the cost of the hash itself (one call per event)
	let hex = '';
	for (let shift = 28; shift >= 0; shift -= 4) hex += HEX_DIGITS[(h >>> shift) & 15];
	return hex;
}

export function eventId(date: IsoDate | null, placeId: string, kind: EventKind): string {
	return `evt:${date ?? 'undated'}:${fnv1a(`${date}|${placeId}|${kind}`)}`;
}
