// One line about a date, from the manifest's figures: events that day and area gained per faction.
import type { DateFigures, Faction } from '../domain/types';
import { fill, type Strings } from '../i18n/strings';
import { FACTIONS } from '../domain/factions';

/**
 * `eventCount`, when given, is the number of events the map shows on the date (including events
 * dated only to a week or month that span it), so the line agrees with the map and the list;
 * otherwise the figures' own count of events dated that day.
 */
export function daySummary(f: DateFigures | undefined, s: Strings, num: (n: number) => string, eventCount?: number): string {
	const parts: string[] = [];
	const n = eventCount ?? f?.event_ids.length ?? 0;
	if (n > 0) parts.push(fill(s.summaryEvents, { n: num(n) }));
	for (const faction of FACTIONS) {
		const km = f?.gained_km2[faction as Faction];
		if (km && km > 0) {
			parts.push(fill(s.summaryGained, { faction: s[`faction_${faction}`], km: num(Math.round(km)) }));
		}
	}
	return parts.length ? parts.join(' · ') : s.summaryNone;
}
