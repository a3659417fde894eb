// Stage 5: events from all articles → one event per day, place and kind, with every source kept.
import type { ConflictEvent, StageResult } from '../domain/types';
import { appendAll } from '../util/append-all';

function bySource(a: { article: string; start: number }, b: { article: string; start: number }): number {
	return a.article < b.article ? -1 : a.article > b.article ? 1 : a.start - b.start;
}

/** Whether any article reports the event rather than relaying a claim. */
function anyReported(confidences: Map<string, ConflictEvent['confidence']>): boolean {
	for (const c of confidences.values()) if (c === 'reported') return true;
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
	const byId = new Map<string, ConflictEvent>();
	const votes = new Map<
		string,
		Map<string, { actor: string; faction: ConflictEvent['faction']; n: number; first: number }>
	>();
	let order = 0;
	const vote = (event: ConflictEvent) => {
		if (!event.actor) return;
		let tally = votes.get(event.id);
		if (!tally) votes.set(event.id, (tally = new Map()));
		let v = tally.get(event.actor);
		if (!v)
			tally.set(event.actor, (v = { actor: event.actor, faction: event.faction, n: 0, first: order++ }));
		v.n++;
	};
	const perArticle = new Map<string, Map<string, ConflictEvent['confidence']>>();
	for (const event of events) {
		const article = event.sources[0]?.article ?? '';
		let confidences = perArticle.get(event.id);
		if (!confidences) perArticle.set(event.id, (confidences = new Map()));
		if (confidences.get(article) !== 'claimed') confidences.set(article, event.confidence);
		vote(event);
		const seen = byId.get(event.id);
		if (!seen) {
			byId.set(event.id, { ...event, sources: [...event.sources] });
			continue;
		}
		appendAll(seen.sources, event.sources);
		if (event.fatalities !== null)
			seen.fatalities =
				seen.fatalities === null ? event.fatalities : Math.min(seen.fatalities, event.fatalities);
		seen.geo_precision = Math.min(seen.geo_precision, event.geo_precision) as 1 | 2 | 3;
		seen.time_precision = Math.min(seen.time_precision, event.time_precision) as 1 | 2 | 3;
	}
	for (const [id, tally] of votes) {
		const best = [...tally.values()].sort((a, b) => b.n - a.n || a.first - b.first)[0]!;
		const e = byId.get(id)!;
		e.actor = best.actor;
		e.faction = best.faction;
	}
	// the merged events are this function's own copies (made above): finished in place, not copied again
	const items = [...byId.values()];
	for (const e of items) {
		e.confidence = anyReported(perArticle.get(e.id)!) ? 'reported' : 'claimed';
		e.sources = e.sources
			.sort(bySource)
			.filter((s, i, all) => i === 0 || s.article !== all[i - 1]!.article || s.start !== all[i - 1]!.start);
	}
	items.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	return { items, diagnostics: [] };
}
