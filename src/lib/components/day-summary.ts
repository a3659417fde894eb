// One line about a date, from the manifest's figures: events that day and area gained per faction.
import type { DateFigures, Faction } from '../domain/types';
import { fill, type Strings } from '../i18n/strings';
import { FACTIONS } from '../map/theme';

/** `eventCount` is used when the date has no figures (a data folder without the territorial model). */
export function daySummary(f: DateFigures | undefined, s: Strings, num: (n: number) => string, eventCount = 0): string {
	const parts: string[] = [];
	const n = f ? f.event_ids.length : eventCount;
	if (n > 0) parts.push(fill(s.summaryEvents, { n: num(n) }));
	for (const faction of FACTIONS) {
		const km = f?.gained_km2[faction as Faction];
		if (km && km > 0) {
			parts.push(fill(s.summaryGained, { faction: s[`faction_${faction}`], km: num(Math.round(km)) }));
		}
	}
	return parts.length ? parts.join(' · ') : s.summaryNone;
}
