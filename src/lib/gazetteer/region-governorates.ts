// A region that spans several governorates ("southern Syria": Daraa, Quneitra and Suwayda) lists them in
// its curated row's `admin1`, joined by "|" (geodata/gazetteer/README.md). Whatever asks which places such a
// region holds goes through here (the territorial model, the pipeline's "is X in the region"), so
// "Daraa|Quneitra|Suwayda" is never taken for one governorate's name; the ACLED export writes it as it stands.
import type { GazetteerEntry } from '../domain/types';

/** The governorates a region row lists in its `admin1`; one for a place or a one-governorate region. */
export function governoratesOf(entry: GazetteerEntry): string[] {
	return entry.admin1 ? entry.admin1.split('|').map((a) => a.trim()) : [];
}

/** Whether a region row spans several governorates (its members are theirs, not a radius around its point). */
export function spansGovernorates(entry: GazetteerEntry): boolean {
	return entry.kind === 'region' && governoratesOf(entry).length > 1;
}
