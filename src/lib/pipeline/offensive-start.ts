// The day an offensive began, as a report recalls it ("the offensive launched on 27 November"): a date of
// background. It dates no change of hands of the offensive's course (build-events.ts), and it is no day a
// report was written on (reference-date.ts: an undated page whose only date is the launch is not of that day).
import type { Span } from '../text/sentences';

/** The nouns of an offensive, in the patterns of its start date below. */
export const OFFENSIVE_NOUN = 'offensive|counter-?offensive|counteroffensive|campaign|operation';

/** A verb that opens an offensive, its own noun (no "in", "of" or "for" between: "opened a new front in their
 *  campaign" launches the front) and at most a place or two of where, up to the date, a weekday before it
 *  allowed ("opened their big offensive near Morek on Wednesday, 27 November"); the date is when the
 *  offensive began. */
export const LAUNCH_BEFORE_DATE = new RegExp(
	String.raw`\b(?:launch(?:ed|ing)?|beg[au]n|start(?:ed|ing)?|open(?:ed|ing)?|mount(?:ed|ing)?|unleash(?:ed|ing)?)\s+(?:(?!(?:in|of|for)\b)[\p{L}'’-]+\s+){0,5}(?:${OFFENSIVE_NOUN})\s+(?:(?:in|on|against|across|toward|towards|near|into)\s+[^,.;:]{0,30}?\s+)?(?:early\s+|late\s+)?(?:on|at|from|in)\s+(?:(?:early|mid|late)[\s-]+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?$`,
	'iu'
);

/** An offensive named (where it is fought and a comma allowed: "the offensive in Syria", "the offensive,
 *  which"), then the verb of its start, active or passive ("was launched"), its starter and a preposition of
 *  time, up to a date ("the offensive launched by rebel groups on", "the operation was launched by the factions
 *  on", "the offensive they launched on"; agencies' style drops the preposition: "the offensive began Nov. 27"). */
export const LAUNCHED_ON = new RegExp(
	String.raw`\b(?:${OFFENSIVE_NOUN})\s*,?\s+(?:(?:in|on|against|across)\s+[^,.;:]{0,30}?\s+)?(?:which\s+|that\s+|they\s+|it\s+)?(?:(?:was|were|had\s+been|has\s+been)\s+)?(?:launched|begun|began|started|opened)\s+(?:by\s+[^,.;:]{0,60}?\s+)?(?:early\s+|late\s+)?(?:(?:on|in)\s+)?$`,
	'iu'
);
/** The start of an offensive named as a noun, then its starter, up to a date ("since the start of their
 *  campaign on", "the beginning of the offensive by the rebels on", "the launch of their offensive on"). */
export const START_OF_OFFENSIVE = new RegExp(
	String.raw`\b(?:start|beginning|launch|onset|opening)\s+of\s+(?:the|their|its|this|a|an)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:${OFFENSIVE_NOUN})\s+(?:by\s+[^,.;:]{0,60}?\s+)?(?:early\s+|late\s+)?(?:on|in)\s+$`,
	'iu'
);
/** How far before a date the patterns above look. */
export const LAUNCH_REACH_CHARS = 120;

/** A date that opens the telling of an offensive's start: "On 27 November, the insurgents launched their offensive". */
export const LAUNCH_AFTER_DATE = new RegExp(
	String.raw`^\s*,?\s+(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}?\s+(?:launched|began|started|opened|mounted)\s+(?:their|its|the|an?)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:${OFFENSIVE_NOUN})\b`,
	'iu'
);
/** An operation by its name, then its start, up to a date ("Operation Deterrence of Aggression began on");
 *  case-sensitive, for the name's capitals. */
export const NAMED_OPERATION_BEGAN =
	/\bOperation(?:\s+(?:of\s+)?\p{Lu}[\p{L}'’-]*){1,4}\s+(?:was\s+)?(?:launched|began|started|opened)\s+(?:by\s+[^,.;:]{0,60}?\s+)?(?:on|in)\s+$/u;
/** Words that make an offensive a later one, whose start is news of the day ("launched a counteroffensive on
 *  4 December", "opened a new operation on 6 December"). */
const LATER_OFFENSIVE = /\b(?:counter|new|fresh|second|another|renewed)/i;

/**
 * Whether the text around `d` tells it as the day the offensive began (any of the patterns above), for a
 * report that recalls it as background. A later offensive's start (a counteroffensive, "a new operation") is not.
 */
export function isOffensiveStart(text: string, d: Span): boolean {
	const before = text.slice(Math.max(0, d.start - LAUNCH_REACH_CHARS), d.start);
	const told =
		LAUNCHED_ON.exec(before) ??
		LAUNCH_BEFORE_DATE.exec(before) ??
		START_OF_OFFENSIVE.exec(before) ??
		NAMED_OPERATION_BEGAN.exec(before) ??
		LAUNCH_AFTER_DATE.exec(text.slice(d.end, d.end + LAUNCH_REACH_CHARS));
	return told !== null && !LATER_OFFENSIVE.test(told[0]);
}
