// Typed config: the words that signal each event kind, and ACLED's type for each kind.
// Order matters where cues overlap: the more specific kind is listed first.
import type { EventKind } from '../domain/types';

export interface EventCue {
	kind: EventKind;
	pattern: RegExp;
}

export const EVENT_CUES: EventCue[] = [
	{ kind: 'car-bomb', pattern: /\b(car bombs?|car-bombs?|vbieds?|booby-trapped (?:car|vehicle)s?|suicide (?:car|vehicle)s?)\b/gi },
	{ kind: 'drone-strike', pattern: /\b(drone (?:strikes?|attacks?)|with drones|by drones?|kamikaze drones?|drones? struck)\b/gi },
	{ kind: 'airstrike', pattern: /\b(air ?strikes?|air-strikes?|air raids?|airstrikes|warplanes?|bombing raids?|jets? (?:struck|bombed|hit)|barrel bombs?|helicopter gunships?|struck|bombed)\b/gi },
	{ kind: 'projectile', pattern: /\b(projectiles?)\b/gi },
	{ kind: 'shelling', pattern: /\b(shell(?:ed|ing|s)|artillery|mortars?|rockets?|missiles?|missile strikes?)\b/gi },
	{ kind: 'capture', pattern: /\b(captur(?:e|ed|es|ing)|seiz(?:e|ed|es|ing)|seizure of|took (?:full )?control|take (?:full )?control|taken (?:full )?control|taking control|(?<!(?:picture|pictures|photo|photos|photograph|image|images|footage|video|videos|shot|shots) )(?:took|taken|take|takes|taking)(?! (?:place|part|note|time|refuge|shelter|from))|(?:gain(?:ed|s)?|wrest(?:ed)?|assum(?:ed|e)) control|now controls?|claim(?:ed|s|ing)? control|in control of|under (?:the |their )?control|fell to|fall of|overr(?:an|un)|liberat(?:e|ed|ing)|retook|recaptur(?:e|ed|ing)|regain(?:ed)? control)\b/gi },
	{ kind: 'entry', pattern: /\b(enter(?:ed|ing|s)?|entry into|stormed|storm(?:ing)?|broke into|breach(?:ed|ing)|broke through)\b/gi },
	{ kind: 'withdrawal', pattern: /\b(withdr(?:ew|awn|awal|aw)|retreat(?:ed|ing|s)?|pulled (?:out|back)|pull(?:ing)? (?:out|back)|pull-out|melting away|redeploy(?:ed|ment)|abandon(?:ed|ing)?)\b/gi },
	{ kind: 'clash', pattern: /\b(clash(?:es|ed|ing)?|fighting|battles?|firefights?|attack(?:ed|s)?|assault(?:ed)?|fierce fighting)\b/gi },
	{ kind: 'advance', pattern: /\b(advanc(?:e|ed|es|ing)|clos(?:e|ed|ing) in|closing on|moving closer|closer to|push(?:ed|ing)? (?:toward|towards|into)|reach(?:ed|ing)? the outskirts|at the gates|approach(?:ed|ing))\b/gi },
	{ kind: 'displacement', pattern: /\b(fled|flee(?:ing)?|displac(?:ed|ing|ement)|exodus|(?:were |are )?leaving (?:toward|towards|for|their homes))\b/gi }
];

export const ACLED_TYPES: Record<EventKind, { event_type: string; sub_event_type: string }> = {
	capture: { event_type: 'Battles', sub_event_type: 'Non-state actor overtakes territory' },
	entry: { event_type: 'Battles', sub_event_type: 'Non-state actor overtakes territory' },
	withdrawal: { event_type: 'Strategic developments', sub_event_type: 'Non-violent transfer of territory' },
	clash: { event_type: 'Battles', sub_event_type: 'Armed clash' },
	advance: { event_type: 'Strategic developments', sub_event_type: 'Change to group/activity' },
	airstrike: { event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike' },
	'drone-strike': { event_type: 'Explosions/Remote violence', sub_event_type: 'Air/drone strike' },
	shelling: { event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack' },
	projectile: { event_type: 'Explosions/Remote violence', sub_event_type: 'Shelling/artillery/missile attack' },
	'car-bomb': { event_type: 'Explosions/Remote violence', sub_event_type: 'Remote explosive/landmine/IED' },
	displacement: { event_type: 'Strategic developments', sub_event_type: 'Other' },
	collapse: { event_type: 'Strategic developments', sub_event_type: 'Non-violent transfer of territory' }
};

/** A government capture is "Government regains territory"; one without a fight is a non-violent transfer. */
export const GOVERNMENT_CAPTURE = { event_type: 'Battles', sub_event_type: 'Government regains territory' };
export const NON_VIOLENT_CAPTURE = { event_type: 'Strategic developments', sub_event_type: 'Non-violent transfer of territory' };
export const WITHOUT_A_FIGHT = /\b(without (?:a )?(?:fight|fighting|resistance)|no fighting|not a single shot|minimal resistance|no resistance)\b/i;

/** A capture of something unnamed ("captured territory", "seized over 50 villages"): it takes a place
 * only when the text lists it ("including X", "the towns of X"); other places nearby saw an advance. */
export const GENERIC_OBJECT_AFTER = /^\s+(?:(?:strategic|more|new|large|vast|several|dozens of|scores of|at least|over|more than|nearly|about|\d+)\s+)*(?:territory|territories|ground|areas?|positions?|villages?|towns?|locations?|localities|\d+)\b/i;
export const LISTED_BEFORE = /\b(?:including|such as|among them|among which|notably|towns? of|villages? of|city of)\b[^.;]*$/i;

/** Words that put a clause in the past without a year. */
export const PAST_MARKER = /\b(that year|at the time|back then|years ago|in the past decade|at that time|in recent years|for years|over the years|in past years)\b/i;

/** Words before a cue that make it not (yet) happen: negation, intent, the future. */
export const UNREAL_BEFORE = /\b(not|no|never|yet to|failed to|fail to|struggl\w+ to|trying to|tries to|seek(?:s|ing)? to|aim(?:s|ed|ing)? to|plan(?:s|ned)? to|intend\w* to|intent to|vow(?:s|ed)? to|threaten\w* to|expected to|will|would|could|may|might|urg\w+|call(?:s|ed|ing)? on|to prevent|warn\w*(?: of)?|fears? of|before)\s+(?:\w+\s+){0,3}$/i;

/** Attribution to a party to the conflict: the fact is claimed, not independently reported. */
export const CLAIM = /\b(claim(?:s|ed|ing)?|according to (?:state|official|the (?:army|military|group|rebels?|government|regime))|state(?:-run|-controlled)? media|official (?:syrian )?media|SANA|pro-government|rebel-affiliated|the group (?:said|declared|announced)|(?:army|military) (?:said|sources)|declared)\b/i;

/** Words that make a place a reference point, not where an event happened. */
export const REFERENCE_BEFORE = /\b(from|with|kilomet(?:er|re)s? (?:from|of)|miles (?:from|of)|km (?:from|of)|linking|connecting|between|to|toward|towards|closer to|on the road to)\s+(?:the\s+)?(?:city of\s+)?$/i;
/** A place placed by direction ("Saraqeb, south of Aleppo") is a reference for a capture, a vicinity otherwise. */
export const DIRECTION_BEFORE = /\b(?:(?:north|south|east|west)(?:ern)?|(?:north|south)-?(?:east|west)(?:ern)?)(?: edge| outskirts| suburbs| countryside)? of\s+(?:the\s+)?(?:city of\s+)?$/i;

/** Words that turn a capture at a place into an advance on it. */
export const APPROACH_BEFORE = /\b(toward|towards|closer to|closing (?:in )?on|advancing on|near|outskirts of|gates of|edge of)\s+(?:the\s+)?(?:city of\s+)?$/i;

export const NUMBER_WORDS: Record<string, number> = {
	one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
	several: 3, dozens: 12, dozen: 12, scores: 20, hundreds: 100
};
export const FATALITIES = /\b(?:kill(?:ed|ing)|deaths? of|left|claimed the lives of|dead(?:ly)?)\s+(?:at least\s+|more than\s+|over\s+|nearly\s+)?(\d{1,5}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens|dozen|scores|hundreds)\b|\b(\d{1,5}|two|three|four|five|six|seven|eight|nine|ten|several|dozens|hundreds)\s+(?:people|civilians|individuals|fighters|soldiers|persons|children|students)?\s*(?:were\s+|have been\s+|had been\s+)?(?:killed|dead)\b/i;
