// Stable, content-derived event ids: one event per day, place and kind (ACLED's atomic unit).
import type { EventKind, IsoDate } from '../domain/types';

/** FNV-1a, 32 bits, as 8 hex digits: short, stable across runs and platforms. */
export function fnv1a(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193) >>> 0;
	}
	return h.toString(16).padStart(8, '0');
}

export function eventId(date: IsoDate | null, placeId: string, kind: EventKind): string {
	return `evt:${date ?? 'undated'}:${fnv1a(`${date}|${placeId}|${kind}`)}`;
}
