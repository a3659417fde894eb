// The day an offensive began, as a report recalls it ("the offensive launched on 27 November"): a date of
// background. It dates no change of hands of the offensive's course (build-events.ts), and it is no day a
// report was written on (reference-date.ts: an undated page whose only date is the launch is not of that day).
import type { Span } from '../text/sentences';

/** The nouns of an offensive, in both patterns of its start date below. */
export const OFFENSIVE_NOUN = 'offensive|counter-?offensive|counteroffensive|campaign|operation';

/** A verb that opens an offensive, its own noun (no "in", "of" or "for" between: "opened a new front in their
 *  campaign" launches the front) and at most a place or two of where, up to the date, a weekday before it
 *  allowed ("opened their big offensive near Morek on Wednesday, 27 November"); the date is when the
 *  offensive began. */
export const LAUNCH_BEFORE_DATE = new RegExp(
	String.raw`\b(?:launch(?:ed|ing)?|beg[au]n|start(?:ed|ing)?|open(?:ed|ing)?|mount(?:ed|ing)?|unleash(?:ed|ing)?)\s+(?:(?!(?:in|of|for)\b)[\p{L}'’-]+\s+){0,5}(?:${OFFENSIVE_NOUN})\s+(?:(?:in|on|against|across|toward|towards|near|into)\s+[^,.;:]{0,30}?\s+)?(?:early\s+|late\s+)?(?:on|at|from|in)\s+(?:(?:early|mid|late)[\s-]+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?$`,
	'iu'
);

/** An offensive named (where it is fought allowed: "the offensive in Syria"), then the verb of its start,
 *  active or passive ("was launched"), its starter and a preposition of time, up to a date ("the offensive
 *  launched by rebel groups on", "the operation was launched by insurgents on"). */
export const LAUNCHED_ON = new RegExp(
	String.raw`\b(?:${OFFENSIVE_NOUN})\s+(?:(?:in|on|against|across)\s+[^,.;:]{0,30}?\s+)?(?:that\s+)?(?:(?:was|were|had\s+been|has\s+been)\s+)?(?:launched|begun|began|started|opened)\s+(?:by\s+[^,.;:]{0,60}?\s+)?(?:early\s+|late\s+)?(?:on|in)\s+$`,
	'i'
);
/** How far before a date the patterns above look. */
export const LAUNCH_REACH_CHARS = 120;

/** Whether the text right before `d` tells it as the day an offensive began, in either pattern. */
export function isOffensiveStart(text: string, d: Span): boolean {
	const before = text.slice(Math.max(0, d.start - LAUNCH_REACH_CHARS), d.start);
	return LAUNCHED_ON.test(before) || LAUNCH_BEFORE_DATE.test(before);
}
