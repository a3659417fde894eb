// Stage 5: events from all articles → one event per day, place and kind, with every source kept.
import type { ConflictEvent, StageResult } from '../domain/types';
import { appendAll } from '../util/append-all';

function bySource(a: { article: string; start: number }, b: { article: string; start: number }): number {
	return a.article < b.article ? -1 : a.article > b.article ? 1 : a.start - b.start;
}

/**
 * Whether any article reports the event rather than relaying a claim: within one article a claim stands,
 * so an article reports it when none of its events for it is a claim.
 */
function anyReported(reportedIn: string[], claimedIn: Set<string> | null): boolean {
	if (claimedIn === null) return reportedIn.length > 0;
	for (const article of reportedIn) if (!claimedIn.has(article)) return true;
	return false;
}

/**
 * Events sharing an id (same date, place and kind) merge. Within one article a claim about the place
 * stands (the article attributes it: "HTS claimed Tel Hadiyah" after a list of towns taken); across
 * articles an independent report beats a claim. The lowest stated
 * fatality figure is kept (ACLED), the finest precisions win, and the actor is the one most reports
 * name (the first named on a tie): one misread subject among several reports does not flip a town.
 */
export function mergeEvents(events: ConflictEvent[]): StageResult<ConflictEvent> {
	// one record per id, found by one lookup per event: the merged copy, the articles reporting and claiming it, the votes
	const byId = new Map<string, Merging>();
	let order = 0;
	for (const event of events) {
		const article = event.sources[0]?.article ?? '';
		let merging = byId.get(event.id);
		const seen = merging?.event;
		if (!merging) {
			merging = {
				event: { ...event, sources: [...event.sources] },
				reportedIn: [],
				claimedIn: null,
				tally: null
			};
			byId.set(event.id, merging);
		}
		// most events are reports: a list to push to, and a set only once some article claims the event
		if (event.confidence === 'claimed') (merging.claimedIn ??= new Set()).add(article);
		else merging.reportedIn.push(article);
		if (event.actor) {
			merging.tally ??= new Map();
			let v = merging.tally.get(event.actor);
			if (!v)
				merging.tally.set(
					event.actor,
					(v = { actor: event.actor, faction: event.faction, n: 0, first: order++ })
				);
			v.n++;
		}
		if (!seen) continue;
		appendAll(seen.sources, event.sources);
		if (event.fatalities !== null)
			seen.fatalities =
				seen.fatalities === null ? event.fatalities : Math.min(seen.fatalities, event.fatalities);
		seen.geo_precision = Math.min(seen.geo_precision, event.geo_precision) as 1 | 2 | 3;
		seen.time_precision = Math.min(seen.time_precision, event.time_precision) as 1 | 2 | 3;
	}
	// the merged events are this function's own copies (made above): finished in place, not copied again
	const items: ConflictEvent[] = [];
	for (const { event: e, reportedIn, claimedIn, tally } of byId.values()) {
		if (tally) {
			const best = [...tally.values()].sort((a, b) => b.n - a.n || a.first - b.first)[0]!;
			e.actor = best.actor;
			e.faction = best.faction;
		}
		e.confidence = anyReported(reportedIn, claimedIn) ? 'reported' : 'claimed';
		e.sources = e.sources
			.sort(bySource)
			.filter((s, i, all) => i === 0 || s.article !== all[i - 1]!.article || s.start !== all[i - 1]!.start);
		items.push(e);
	}
	items.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	return { items, diagnostics: [] };
}

/** An event being merged: its copy, the articles that report it and those that claim it, the actors its reports name. */
interface Merging {
	event: ConflictEvent;
	/** The article of each report of it (repeated when an article reports it twice). */
	reportedIn: string[];
	/** The articles that relay a claim of it (null while none does). */
	claimedIn: Set<string> | null;
	tally: Map<string, { actor: string; faction: ConflictEvent['faction']; n: number; first: number }> | null;
}
