// Contested places resolve when the news stops: after `contestedDays` without an event naming
// the place, it goes to the side that contested it if that side holds ground next to it (the
// fighting moved on with the front: in 2024 Aleppo, Homs and Manbij fell a day or two after the
// first street fighting, and the reports moved to the next town), else back to its holder (an
// attack from nowhere near was a raid, beaten off). A city needs more than a neighbour: the contester
// must hold a share of its border (TerritoryOptions.quietFallFrontKinds). The holder's own fight, with
// no other side seen advancing on it, has no contester and goes back to its holder. Either way the result
// is `inferred`.
import type { Faction } from '../domain/types';
import type { DayContext, NodeState } from './control-state';

/**
 * Resolves the contested places whose last news is `contestedDays` old; returns the day the
 * next one will be due (so the timeline visits it), or null. `lastNews[n]` is the last day an
 * event named place n.
 */
export function resolveContested(ctx: DayContext, lastNews: Int32Array): number | null {
	const { next, options, day, named } = ctx;
	let due: number | null = null;
	const states = new Map<string, NodeState>();
	for (let n = 0; n < next.length; n++) {
		const s = next[n]!;
		if (s.status !== 'contested') continue;
		const when = lastNews[n]! + options.contestedDays;
		if (day < when || named.has(n)) {
			due = due === null ? when : Math.min(due, when);
			continue;
		}
		// no side named or seen advancing on it (the holder's own fight): nobody to hand it to
		const contester = s.contester ?? null;
		// fighting where the holder is the side taking ground nearest: a raid on its rear, beaten off
		const holderAdvancing = ctx.recent.takers.near([n], day, () => true) === s.faction;
		const adjacent = contester !== null && !holderAdvancing && onFront(ctx, n, contester);
		const faction = adjacent ? contester! : s.faction;
		const key = `${faction}|${s.eventIds.join()}`;
		let resolved = states.get(key);
		if (!resolved)
			states.set(
				key,
				(resolved = { faction, status: 'inferred', rule: 'contested-timeout', eventIds: s.eventIds })
			);
		next[n] = resolved;
	}
	return due;
}

/** Whether `contester` holds ground next to place n: any neighbour, or for the kinds of
 *  TerritoryOptions.quietFallFrontKinds a share of its border of at least `quietFallFrontShare`. */
function onFront(ctx: DayContext, n: number, contester: Faction): boolean {
	const { next, graph, nodeSet, options } = ctx;
	const neighbours = graph.neighbours[n] ?? [];
	if (!(options.quietFallFrontKinds as string[]).includes(nodeSet.nodes[n]!.kind))
		return neighbours.some((nb) => next[nb.node]!.faction === contester);
	let border = 0;
	let held = 0;
	for (const nb of neighbours) {
		border += nb.lengthKm;
		if (next[nb.node]!.faction === contester) held += nb.lengthKm;
	}
	return held > 0 && held >= options.quietFallFrontShare * border;
}
