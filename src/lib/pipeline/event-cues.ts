// Typed config around the predicate lexicon (./lexicon/predicates.ts): ACLED's type for each event kind,
// and the sentence-level cues for attribution, history, fatalities and fights without a fight.
import type { EventKind } from '../domain/types';

export const ACLED_TYPES: Record<EventKind, { event_type: string; sub_event_type: string }> = {
	capture: { event_type: 'Battles', sub_event_type: 'Non-state actor overtakes territory' },
	entry: { event_type: 'Battles', sub_event_type: 'Non-state actor overtakes territory' },
	withdrawal: { event_type: 'Strategic developments', sub_event_type: 'Non-violent transfer of territory' },
	clash: { event_type: 'Battles', sub_event_type: 'Armed clash' },
	advance: { event_type: 'Strategic developments', sub_event_type: 'Change to group/activity' },
	airstrike: { event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike' },
	'drone-strike': { event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike' },
	shelling: { event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack' },
	projectile: {
		event_type: 'Explosions/Remote violence',
		sub_event_type: 'Shelling/artillery/missile attack'
	},
	'car-bomb': { event_type: 'Explosions/Remote violence', sub_event_type: 'Remote explosive/landmine/IED' },
	displacement: { event_type: 'Strategic developments', sub_event_type: 'Other' },
	collapse: { event_type: 'Strategic developments', sub_event_type: 'Non-violent transfer of territory' }
};

/** A government capture is "Government regains territory"; one without a fight is a non-violent transfer. */
export const GOVERNMENT_CAPTURE = { event_type: 'Battles', sub_event_type: 'Government regains territory' };
export const NON_VIOLENT_CAPTURE = {
	event_type: 'Strategic developments',
	sub_event_type: 'Non-violent transfer of territory'
};
export const WITHOUT_A_FIGHT =
	/\b(without (?:a )?(?:fight|fighting|resistance)|no fighting|not a single shot|minimal resistance|no resistance)\b/i;

/** Words that put a clause in the past without a year. */
export const PAST_MARKER =
	/\b(that year|at the time|back then|years ago|in the past decade|at that time|in recent years|for years|over the years|in past years|(?:nearly |almost |more than |over )?a decade|decades)\b/i;

/** Attribution to a party to the conflict: the fact is claimed, not independently reported. */
export const CLAIM =
	/\b(claim(?:s|ed|ing)?|according to (?:state|official|the (?:army|military|group|rebels?|government|regime))|state(?:-run|-controlled)? media|official (?:syrian )?media|SANA|pro-government|rebel-affiliated|the group (?:said|declared|announced)|(?:army|military) (?:said|sources)|declared)\b/i;

export const FATALITIES =
	/\b(?:kill(?:ed|ing)|deaths? of|left|claimed the lives of|dead(?:ly)?)\s+(?:at least\s+|more than\s+|over\s+|nearly\s+)?(\d{1,5}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens|dozen|scores|hundreds)\b|\b(\d{1,5}|two|three|four|five|six|seven|eight|nine|ten|several|dozens|hundreds)\s+(?:people|civilians|individuals|fighters|soldiers|persons|children|students)?\s*(?:were\s+|have been\s+|had been\s+)?(?:killed|dead)\b/i;
