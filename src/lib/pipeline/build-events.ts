// Stage 4: resolved mentions + their sentences → dated events (kind, actor, confidence, fatalities,
// ACLED types and precisions), each keeping the article offsets that justify it.
import type {
	Article,
	ConflictEvent,
	Diagnostic,
	EventKind,
	GazetteerEntry,
	IsoDate,
	PlaceKind,
	ResolvedMention,
	StageResult
} from '../domain/types';
import {
	chronicleSections,
	daysBetween,
	findDateExpressions,
	MONTH,
	type DateExpression
} from '../text/date-expressions';
import { maskMarkup } from '../text/mask-markup';
import { blankLineStart } from '../text/line-prefix';
import type { Span } from '../text/sentences';
import {
	ACLED_TYPES,
	CLAIM,
	PAST_MARKER,
	FATALITIES,
	GOVERNMENT_CAPTURE,
	NON_VIOLENT_CAPTURE,
	WITHOUT_A_FIGHT
} from './event-cues';
import { analyseAll } from '../text/nlp';
import { NUMBER_WORDS } from '../text/number-words';
import { DEFAULT_PIPELINE_OPTIONS, type PipelineOptions } from './config';
import {
	ANAPHORS,
	type Title,
	CONTROL_NOUNS,
	FRAME_WORDS,
	IRREGULAR_FORMS,
	PREDICATES,
	COLLAPSE_LEMMAS,
	STATE_SUBJECTS,
	UNSTATED_EXTENT,
	type Family
} from './lexicon/predicates';
import {
	DIRECTION_ADJECTIVES,
	DIRECTIONS,
	GROUP_NOUNS,
	PLACE_RELATIVE_WORDS,
	PLACE_SIZE,
	RELATIVE_WORDS,
	STRIKE_MODIFIERS,
	STRIKE_NOUNS
} from './lexicon/syntax';
import { readClauses, type PlaceSpan, type Reading } from './read-clauses';
import { eventId } from './event-id';
import { CHANGES_HANDS } from '../domain/event-families';
import { allMatches } from '../text/all-matches';
import { distanceKm } from '../geo/distance';
import { actorsIn, type ActorPattern, type NamedSide } from './actor-names';
import { governoratesOf, spansGovernorates } from '../gazetteer/region-governorates';
import { LAUNCH_BEFORE_DATE, LAUNCH_REACH_CHARS, LAUNCHED_ON } from './offensive-start';

export interface BuildEventsContext {
	entries: Map<string, GazetteerEntry>;
	sentences: Span[];
	actors: ActorPattern[];
	/** The theatre's country entry: where a national collapse is placed. */
	countryId?: string | null;
	/** The theatre's countries (ISO2): events at places of other countries are left out. */
	theatreCountries?: string[];
	options?: PipelineOptions;
	/** The article text with markup masked (offsets unchanged), computed once per article by the caller. */
	masked?: string;
	/** Reads spans into tokens (text/nlp.ts analyseAll by default); a caller reading one article against
	 *  several dates passes one that remembers, since the tokens do not depend on the date. */
	analyse?: typeof analyseAll;
}

/** A place of a country that is not the theatre's; country rows (whose collapse is the state's) are not. */
function outsideTheatre(entry: GazetteerEntry, theatre: string[] | undefined): boolean {
	return !!theatre && entry.kind !== 'country' && !!entry.country && !theatre.includes(entry.country);
}

/** Who collapses when the text says the state did ("the regime has fallen", "the army melted away"). */
const STATE_ACTOR: ActorPattern = {
	actor: 'the state (government forces)',
	faction: 'government',
	patterns: []
};

/** The state or its army named: a sentence that names no place may still tell the state's collapse. */
const STATE_WORD = new RegExp(`\\b(?:${[...STATE_SUBJECTS, 'army'].join('|')})\\b`, 'i');

/** Characters a dateline runs past its place: a country, a date and an agency in brackets. */
const DATELINE_TAIL = 40;
/** Up to three capitalised words: the place (or country) of a dateline. */
const DATELINE_NAME = "\\p{Lu}[\\p{L}'’-]*(?:[ \\t]+\\p{Lu}[\\p{L}'’-]*){0,2}";
/** A name in capitals ("HOMS"): only such a name makes a dateline with a colon; "Hama: rebels entered…" is
 *  a bulletin's heading about Hama. */
const DATELINE_CAPITALS = "\\p{Lu}[\\p{Lu}'’-]*(?:[ \\t]+\\p{Lu}[\\p{Lu}'’-]*){0,2}";
/**
 * A line opening with where the reporter filed from, in the agencies' forms: a dash ("HOMS —",
 * "ALEPPO, Syria –"), a name in capitals and a colon ("HOMS:"), the agency in brackets ("BEIRUT
 * (Newswire)") or the date ("Homs, Dec 3", "HOMS, Syria, December 3.").
 */
const DATELINE = new RegExp(
	`^[\\s>]*(?:${DATELINE_CAPITALS}:\\s|${DATELINE_NAME}(?:,[ \\t]*${DATELINE_NAME})?(?:[ \\t]*[—–-]\\s|[ \\t]*\\([^)\\n]{2,30}\\)|,[ \\t]*${MONTH}[ \\t]+\\d{1,2}\\b))`,
	'u'
);

/**
 * A place that names a road by its ends, or a front by its place: "the Damascus-Aleppo international M5
 * highway", "the Hama road", "the Aleppo and Idlib fronts". It locates; it is not where the event is.
 */
const NAME = "\\p{Lu}[\\p{L}'’-]*(?:\\s\\p{Lu}[\\p{L}'’-]*)?";
const NAMES_ROAD = new RegExp(
	`^(?:\\s*[-–—]\\s*${NAME})?\\s+(?:[Ii]nternational\\s+)?(?:M\\d+\\s+)?(?:[Hh]ighway|[Rr]oad|[Mm]otorway|[Ee]xpressway)\\b` +
		`|^(?:\\s*(?:,|and|[-–—])\\s*(?:the\\s+)?${NAME})*\\s+(?:[Ff]ronts?|[Ff]rontlines?|[Ff]ront lines?|[Aa]xis|[Aa]xes)\\b`,
	'u'
);

/** Countries are not where events happen (a national collapse is placed on the theatre's country by rule). */
const NO_EVENT_KINDS = new Set(['country']);
/** Words before a country's name that put the sentence there ("in Lebanon", "between Lebanon and …", "the
 *  border with Lebanon"), not a side's backer named ("militias loyal to Iran", "Russia's jets"). */
const IN_COUNTRY = /\b(?:in|into|inside|between|across|towards?|near|borders? with)\s+(?:the\s+)?$/i;
/** The words of a side of the country, as nouns or adjectives ("north-east", "northern"). */
const SIDE_WORDS = [...DIRECTIONS, ...DIRECTION_ADJECTIVES].join('|');
/** Words before the theatre's own country that put the sentence in a side of it ("in northern Syria", "in
 *  north-east Syria") or all over it ("across Syria"): somewhere the sentence before did not name, so not that
 *  sentence's place ("Russia, Assad's backer in Syria" is no such place). */
const IN_PART_OF_COUNTRY = new RegExp(
	String.raw`\b(?:(?:in|across|throughout)\s+(?:the\s+)?(?:${SIDE_WORDS})|across|throughout|all\s+over)\s+$`,
	'i'
);
/** A sentence that places itself in a side of the country the gazetteer names nothing for ("in the north-east
 *  of the country", "in the country's south"), all over it ("across the country") or "elsewhere": it speaks of
 *  there, not of the place the sentence before named. A side alone ("in the eastern districts", "to positions
 *  in the south") may be the side of that place. */
const ELSEWHERE = new RegExp(
	String.raw`\belsewhere\b|\b(?:across|throughout|all\s+over)\s+the\s+country\b|\b(?:in|across)\s+the\s+(?:country(?:'s|’s)\s+(?:far\s+)?(?:${SIDE_WORDS})|(?:far\s+)?(?:${[...DIRECTIONS].join('|')})\s+of\s+the\s+country)\b`,
	'i'
);

/** Each gazetteer's governorate and governorate seat by admin1 code, built once per gazetteer. */
const ADMIN1 = new WeakMap<
	Map<string, GazetteerEntry>,
	Map<string, { governorate?: string; seat?: GazetteerEntry }>
>();

/** The governorate and the seat of the admin1 area a place lies in, if the gazetteer has them. */
function admin1Of(entries: Map<string, GazetteerEntry>, placeId: string) {
	let byAdmin1 = ADMIN1.get(entries);
	if (!byAdmin1) {
		byAdmin1 = new Map();
		for (const e of entries.values()) {
			if (!e.admin1) continue;
			const area = byAdmin1.get(e.admin1) ?? {};
			if (e.kind === 'region' && /Governorate$/i.test(e.name)) area.governorate = e.id;
			if (e.seat === 'admin1') area.seat = e;
			byAdmin1.set(e.admin1, area);
		}
		ADMIN1.set(entries, byAdmin1);
	}
	const admin1 = entries.get(placeId)?.admin1;
	return admin1 ? byAdmin1.get(admin1) : undefined;
}

/** The governorate a place lies in ("Daraa" → Daraa Governorate), or null when the gazetteer has none for it. */
function governorateOf(entries: Map<string, GazetteerEntry>, placeId: string): string | null {
	return admin1Of(entries, placeId)?.governorate ?? null;
}

/** The seat of a governorate (Deir ez-Zor Governorate → its seat, Deir ez-Zor), or null for any other place. */
function seatOf(entries: Map<string, GazetteerEntry>, placeId: string): GazetteerEntry | null {
	const area = admin1Of(entries, placeId);
	return area?.governorate === placeId ? (area.seat ?? null) : null;
}

/** The city a site or district belongs to (the gazetteer's `parent`: "Hama military airport" → Hama), or null. */
function parentCityOf(entries: Map<string, GazetteerEntry>, placeId: string): GazetteerEntry | null {
	const parent = entries.get(placeId)?.parent;
	return parent ? (entries.get(parent) ?? null) : null;
}

/** "at (the) …" right before a site: the sentence is set there. */
const AT_SITE = /\b(?:at|in|inside|into)\s+(?:the\s+)?$/i;

/** "in (the) (eastern) …" right before a name: the sentence is set in that place. */
const SET_IN = /\bin\s+(?:the\s+)?(?:(?:north|south)?(?:east|west)?(?:ern)?\s+)?$/i;

/** A name and a comma before a noun phrase: "Daraa, the birthplace of …", "Homs, once …". */
const APPOSITIVE_OPENING = /\p{Lu}[\p{L}'’-]*(,)\s+(?:the|a|an|its|once)\s/gu;

/**
 * The stretch of a clause a past year makes history: the whole clause from its start, or only the
 * appositive it stands in ("lost Daraa, the birthplace of the 2011 protests": the year describes
 * Daraa, the loss is news; "Homs, once … in 2011, fell": the fall after the aside is news too).
 */
function historyOf(text: string, clause: Span, year: DateExpression): Span {
	let start = clause.start;
	for (const m of allMatches(APPOSITIVE_OPENING, text.slice(clause.start, year.start)))
		start = clause.start + m.index! + m[0].indexOf(',');
	if (start === clause.start) return { start, end: clause.end };
	const close = text.indexOf(',', year.end);
	return { start, end: close >= 0 && close < clause.end ? close : clause.end };
}

/**
 * Where each clause speaks of history (clause index → the stretch): all of it from its start when it
 * holds a past year or a past marker, or opens with "when" right after such a clause; from the marker on
 * when the marker measures time to a past event ("reached X, a decade after being driven out"), since
 * what comes before it is the clause's own, current event; only the appositive a past year stands in.
 */
function historicalClauses(text: string, clauses: Span[], dates: DateExpression[]): Map<number, Span> {
	const out = new Map<number, Span>();
	clauses.forEach((clause, i) => {
		const inside = dates.filter((d) => d.start >= clause.start && d.end <= clause.end);
		const clauseText = text.slice(clause.start, clause.end);
		const marker = PAST_MARKER.exec(clauseText);
		const years = inside.filter((d) => d.kind === 'historical').map((d) => historyOf(text, clause, d));
		if (years.length)
			out.set(i, {
				start: Math.min(...years.map((y) => y.start)),
				end: Math.max(...years.map((y) => y.end))
			});
		else if (marker) {
			const measuresTime = /^\s+(?:after|later|since)\b/i.test(
				clauseText.slice(marker.index + marker[0].length)
			);
			out.set(i, { start: measuresTime ? clause.start + marker.index : clause.start, end: clause.end });
		}
		const prev = clauses[i - 1];
		if (prev && /^[\s,]*(when|after which|in which)\b/i.test(clauseText)) {
			const prevYear = dates.some(
				(d) =>
					d.start >= prev.start && d.end <= prev.end && (d.kind === 'historical' || d.kind === 'comparative')
			);
			// (not after a clause whose history is only an appositive inside it)
			const prevHistory = out.get(i - 1);
			if (prevYear || (prevHistory && prevHistory.end >= prev.end)) out.set(i, clause);
		}
	});
	return out;
}

function parseFatalities(sentence: string): number | null {
	const m = FATALITIES.exec(sentence);
	if (!m) return null;
	const word = (m[1] ?? m[2] ?? '').toLowerCase();
	const n = /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS[word];
	return n ?? null;
}

/** A side followed by a verb of saying is a source of the sentence: "the army said", "rebels told reporters". */
const SPEAKER_AFTER =
	/^[\p{L}'’ -]{0,40}?\s(?:said|says|say|told|reported|reports|announced|claimed|stated|added)\b/u;

/** Date expressions that count back from the day of writing: they date nothing where only a lower bound of it is known. */
const RELATIVE_TO_PUBLICATION: ReadonlySet<DateExpression['kind']> = new Set(['weekday', 'relative', 'week']);
/** Of those, the ones a week inferred from agreement cannot date: agreement finds the week, not the day of writing. */
const RELATIVE_TO_THE_DAY: ReadonlySet<DateExpression['kind']> = new Set(['relative', 'week']);

/** A head that is a gerund after a preposition of time ("after seizing", "upon taking control"), or a perfect
 *  participle, active or passive ("having seized X, the rebels …", "having been driven out of X, the army
 *  …"): its subject is the main clause's. */
const GERUND_OPENER = /\b(?:(?:after|before|since|upon|while)\s+\p{L}+ing|having\s+\p{L}+(?:ed|en))\b/iu;
/** A comma that opens a relative clause: the side named in it is that clause's, not the main clause's. */
const RELATIVE_COMMA = /^,\s*(?:which|who|whom|where|that)\b/i;
/** How far after the gerund clause's comma the main clause's subject may be named (", the SNA units"). */
const GERUND_SUBJECT_CHARS = 24;

/** How far before a head its subject words are looked for ("while others had", "drones that have"). */
const SUBJECT_LOOKBACK_CHARS = 24;

/** A subject that is more of a group just named: "(while) others retreated", "the rest fled". */
const REST_OF_SIDE = /\b(?:others|the rest|the remainder)\s+(?:(?:had|have|were|was)\s+)?$/i;

/** A head right after a relative pronoun, perhaps with its auxiliary: "drones that (had) attacked". */
const RELATIVE_BEFORE = /\b(?:that|which|who)\s+(?:(?:had|has|have|were|was)\s+)?$/i;

/** "with" (and an article) right before a side: the subject of an absolute phrase ("with rebels reaching X"). */
const WITH_BEFORE = /\bwith\s+(?:the\s+)?$/i;
/** How far before its -ing head that subject may start ("with the local militias taking"). */
const ABSOLUTE_SUBJECT_CHARS = 40;

/** "by" (and an article) right before a side: the agent of a passive. */
const BY_BEFORE = /\bby\s+(?:the\s+)?$/i;
/** "to" or "by" (and an article) right before a side: who a place was lost to, or who put its holder out. */
const TAKER_BEFORE = /\b(?:to|by)\s+(?:the\s+)?$/i;
/** "out of" or "from" (and an article) right before a side: the side a place left. */
const OUT_OF_BEFORE = /\b(?:out\s+of|from)\s+(?:the\s+)?$/i;
/** "was handed over to the (US-backed Kurdish) SDF": a side after "to" is where a place given up went, never
 *  who gave it up; its own modifiers may stand between. */
const TO_BEFORE = /\bto\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,3}$/iu;
/** How far back that "to" and the modifiers are looked for. */
const TO_REACH_CHARS = 48;
/** Whether the words right before a side named at `at` match `before` ("by the", "to", "out of the"). */
const introducedBy = (text: string, at: number, before: RegExp) =>
	before.test(text.slice(Math.max(0, at - INTRODUCER_CHARS), at));
/** Characters before a side in which its introducing words stand: "out of the " is the longest, 11. */
const INTRODUCER_CHARS = 12;

/**
 * The first side after the head, in its clause, introduced by `before`: who took what was lost ("the SDF
 * lost Deir ez-Zor to the rebels", "was expelled from X by the SNA": TAKER_BEFORE), or who lost a place
 * that fell ("fell out of government hands": OUT_OF_BEFORE).
 */
function sideAfter(
	named: { at: number; actor: ActorPattern }[],
	head: Span,
	clause: Span,
	text: string,
	before: RegExp
): ActorPattern | null {
	const side = named.find((n) => n.at >= head.end && n.at < clause.end && introducedBy(text, n.at, before));
	return side?.actor ?? null;
}

/**
 * The actor of a head: for the active voice its subject, named before it; for passives, "fell to X"
 * and "under X's control" the agent after it (else the nearest before). Never a side named after an
 * active head: "seized Aleppo from the regime" names the loser there.
 */
function findActor(named: NamedSide[], cue: Span, agentAfter: boolean, text: string): ActorPattern | null {
	let best: { actor: ActorPattern; score: number; at: number } | null = null;
	// "troops pulled out, with the militias taking the town": after "with", a side right before an -ing head
	// (only its own phrase between them: no comma, no other side) is that head's subject
	if (!agentAfter && /^\p{L}+ing\b/iu.test(text.slice(cue.start, cue.end))) {
		const last = named.filter((n) => n.at < cue.start).pop();
		if (
			last &&
			cue.start - last.at <= ABSOLUTE_SUBJECT_CHARS &&
			!text.slice(last.at, cue.start).includes(',') &&
			WITH_BEFORE.test(text.slice(Math.max(0, last.at - 12), last.at))
		)
			return last.actor;
	}
	// "rebels who were closing in after capturing X": the side a relative clause hangs on is its subject
	if (!agentAfter) {
		const relative = named.filter((n) => n.relative && n.at < cue.start).pop();
		if (relative) return relative.actor;
		// "driving back the militants as others pulled back": "others" are more of the side named last
		const justBefore = text.slice(Math.max(0, cue.start - SUBJECT_LOOKBACK_CHARS), cue.start);
		if (REST_OF_SIDE.test(justBefore)) return named.filter((n) => n.at < cue.start).pop()?.actor ?? null;
		// "drones that attacked the airbase": a head right after a relative pronoun has the noun before
		// it as subject; that noun is no side (a side there is `relative` above), so the side is unsaid
		if (RELATIVE_BEFORE.test(justBefore)) return null;
	}
	for (const { at, actor, oblique, adversary } of named) {
		if (adversary || (!agentAfter && (at >= cue.end || oblique))) continue;
		// "Hama, which the army had held for years, fell": a side inside a relative clause that closes before
		// the head tells of the subject, and is no agent of what befell it
		if (agentAfter && at < cue.start && closedRelative(text, at, cue.start)) continue;
		// "X was liberated from the regime": a side after "from" (or "out of") lost the place, it did not take it
		if (agentAfter && at >= cue.end && introducedBy(text, at, OUT_OF_BEFORE)) continue;
		// "was expelled from X by the SNA": the agent of a passive is the side after "by", however far in its
		// clause ("fell to the SNA, which was backed by Turkey": not past a comma)
		const byAgent =
			agentAfter &&
			at >= cue.end &&
			introducedBy(text, at, BY_BEFORE) &&
			!/[,;]/.test(text.slice(cue.end, at));
		const score = byAgent
			? 0
			: agentAfter
				? at >= cue.end
					? at - cue.end
					: (cue.start - at) * 1.5 + 5
				: cue.start - at;
		if (!best || score < best.score) best = { actor, score, at };
	}
	// "after seizing X, the SNA advanced": a gerund opening a clause does what the main clause's subject does
	if (!best && !agentAfter && GERUND_OPENER.test(text.slice(Math.max(0, cue.start - 12), cue.end))) {
		// the main clause opens after the comma that ends the opener, which may hold commas of its own ("having
		// taken X, Y and Z from the army, the rebels …"): the first side named just after a comma, not after one
		// that opens a relative clause ("having seized X, which the army had held, the rebels …")
		const subject = named.find((n) => {
			const comma = text.lastIndexOf(',', n.at);
			return (
				n.at > cue.end &&
				!n.oblique &&
				comma >= cue.end &&
				n.at - comma <= GERUND_SUBJECT_CHARS &&
				!RELATIVE_COMMA.test(text.slice(comma, n.at))
			);
		});
		if (subject) return subject.actor;
	}
	// no side stands as the subject: one named inside the subject's phrase before the head will do
	// ("men of the opposition factions reached Hama, then left"); not one the subject fought (an adversary,
	// actor-names.ts: "the groups clashed with regime forces and took X")
	if (!best && !agentAfter)
		return named.filter((n) => n.oblique && !n.adversary && n.at < cue.start).pop()?.actor ?? null;
	return best ? jointLead(named, best, text) : null;
}

/** How far apart two names of one side may stand and still be one mention ("Syrian National Army (SNA)"). */
const SIDE_RENAMED_CHARS = 30;
/** A word of a side's name as it is joined to another: a capitalised word, an "al-" word, a bracketed
 *  abbreviation, a group noun ("HTS fighters", "Hayat Tahrir al-Sham (HTS)"); no verb ("HTS entered Hama
 *  and SNA units took X" are two subjects). */
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}'’-]*|al-[\p{L}'’-]+|\([^()]{1,12}\)|fighters|forces|factions|groups|units|militants|rebels)`;
/** From an opposition side's name to the SNA's: "HTS and", "HTS fighters and the", "HTS and allied". */
const JOINED_BEFORE = new RegExp(
	String.raw`^${NAME_WORD}(?:\s+${NAME_WORD}){0,4}\s+(?:and|&)\s+(?:the\s+)?(?:allied\s+)?$`,
	'u'
);
/** An opposition side joined to the SNA found as the subject ("HTS and SNA fighters took X", "HTS and the
 *  Syrian National Army"): a joint subject is the opposition's, the SNA fighting in its offensive. */
function jointLead(
	named: NamedSide[],
	found: { actor: ActorPattern; at: number },
	text: string
): ActorPattern {
	if (found.actor.faction !== 'sna') return found.actor;
	// the side's first name where it is named twice ("Syrian National Army (SNA)")
	let at = found.at;
	for (let i = named.length - 1; i >= 0; i--) {
		const n = named[i]!;
		if (n.actor === found.actor && n.at < at && at - n.at <= SIDE_RENAMED_CHARS) at = n.at;
	}
	const lead = named.find(
		(n) => n.actor.faction === 'opposition' && n.at < at && JOINED_BEFORE.test(text.slice(n.at, at))
	);
	return lead?.actor ?? found.actor;
}

/** A side named inside the head's own noun phrase, right before it ("Russian air strikes"), or null. */
function ownPhraseActor(
	named: { at: number; actor: ActorPattern }[],
	head: Span,
	text: string
): ActorPattern | null {
	const phraseStart = Math.max(
		text.lastIndexOf(' by ', head.start),
		text.lastIndexOf(' under ', head.start),
		text.lastIndexOf(',', head.start),
		head.start - OWN_PHRASE_CHARS
	);
	const before = named.filter((n) => n.at >= phraseStart && n.at < head.start).pop();
	return before ? before.actor : sideOfHead(named, head, text);
}

/** "a hurried withdrawal of the army": the side right after a head's "of", the head's own, or null. */
function sideOfHead(
	named: { at: number; actor: ActorPattern }[],
	head: Span,
	text: string
): ActorPattern | null {
	return named.find((n) => n.at >= head.end && OF_SIDE.test(text.slice(head.end, n.at)))?.actor ?? null;
}

/** Strikes from the air are one kind for a strike named again ("Turkish drones struck X. The drones also hit Y"
 *  reads "drones hit" as an air strike); shelling is another. */
const FROM_THE_AIR: ReadonlySet<EventKind> = new Set(['airstrike', 'drone-strike']);
const sameStrikeKind = (a: EventKind, b: EventKind) =>
	a === b || (FROM_THE_AIR.has(a) && FROM_THE_AIR.has(b));

/** Whether `after` holds one of the side's qualifying words ("on rebel positions"): the side is named there. */
function qualifiedAfter(actor: ActorPattern, after: string): boolean {
	const words = ` ${after.toLowerCase().replace(/[^\p{L}\s-]/gu, ' ')} `;
	return (actor.qualifiers ?? []).some((q) => words.includes(` ${q.toLowerCase()} `));
}

/** The sides that take the government's ground when a report tells only its loss (takerBefore). */
const INSURGENT_TAKERS: ReadonlySet<string> = new Set(['opposition', 'sna']);

/** Kinds whose noun's "of" names who moved ("the withdrawal of government forces", "the advance of the
 *  rebels"); a strike's or a capture's "of" names what was hit or taken. */
const MOVED_OF: ReadonlySet<EventKind> = new Set(['withdrawal', 'advance', 'entry']);

/** What may stand between a noun head and its own side after it: "of", "of the". */
const OF_SIDE = /^\s+of\s+(?:the\s+)?$/i;

/** How far before a head its own noun phrase may reach, in characters ("intense Russian and Syrian air"). */
const OWN_PHRASE_CHARS = 30;

/** A sentence whose subject is a side already named, by its group noun alone ("The groups then seized X",
 *  "These fighters …"): it names no side of its own, and takes the one the sentences before named. */
const DEFINITE_GROUP = new RegExp(
	`^\\W*(?:the|these|those)\\s+(?:\\p{L}+\\s+)?(?:${[...GROUP_NOUNS].join('|')})\\b`,
	'iu'
);

/** "The attack", "this assault" told right after a strike: the strike told again, not fighting. */
const THE_ATTACK = /\b(?:the|this|that)\s+(?:attack|assault)$/i;
/** The strikes or the aircraft a sentence before told of, named again ("the raids", "those same air forces",
 *  "the jets"), in the clause before a strike's head; "the coalition aircraft" are another force's. */
const THE_STRIKES = new RegExp(
	`\\b(?:the|these|those)\\s+(?:same\\s+)?(?:(?:${[...STRIKE_MODIFIERS].filter((m) => m !== 'coalition').join('|')})\\s+)?(?:${[...STRIKE_NOUNS].join('|')})\\b`,
	'i'
);

/** A side speaking of itself in a quote ("our forces", "our units"): the quote's speaker's. */
const FIRST_PERSON_SIDE = new RegExp(
	`\\bour\\s+(?:\\p{L}+\\s+)?(?:${[...GROUP_NOUNS, 'army'].join('|')})\\b[^,;"“”]{0,80}$`,
	'iu'
);

/** Whether a head's subject is a side speaking of itself: "our forces" just before it in its clause. */
function firstPersonSubject(text: string, sentence: Span, head: Span): boolean {
	return FIRST_PERSON_SIDE.test(text.slice(Math.max(sentence.start, head.start - 120), head.start));
}
/** Words that give a quote to the side named after them ("according to the army", "a statement by the
 *  SDF"); not "said": in "residents said the army left" the army is what was said, not who said it. */
const SPEAKER_BEFORE = /\b(?:according\s+to|statement\s+(?:from|by|of))\s+(?:the\s+)?(?:\p{L}+\s+)?$/iu;

/** The other day of "on 3 December and 4 December" when `date` is one of them, or null. */
function secondDay(text: string, dates: DateExpression[], date: DateExpression | null): IsoDate | null {
	if (!date?.date || !TWO_DAYS_KINDS.has(date.kind)) return null;
	for (const d of dates) {
		if (d === date || !d.date || d.kind !== date.kind || d.date === date.date) continue;
		const between = d.start >= date.end ? text.slice(date.end, d.start) : text.slice(d.end, date.start);
		if (TWO_DAYS_GLUE.test(between)) return d.date;
	}
	return null;
}
/** Days that can be told as a pair ("on 3 and 4 December", "on Sunday and Monday"), both of one kind. */
const TWO_DAYS_KINDS: ReadonlySet<DateExpression['kind']> = new Set(['explicit', 'weekday']);
/** What joins two days told together: "and", "&", "and on". */
const TWO_DAYS_GLUE = /^\s*(?:and|&)\s+(?:on\s+)?$/i;

/** "since", as a word: the date parser reads "since 27 November" as a period's start (kind `since`); this
 *  finds "since" opening a clause whose own date follows ("since they began … on 27 November"). */
const SINCE = /\bsince\b/i;
/** A "since" clause running up to a date ("since the push began on Monday"): the date starts a period. */
const SINCE_CLAUSE_BEFORE = /\bsince\b[^.;:,()]{0,60}$/i;

/** Whether date `d` ends a "since" clause that the head `cue` stands outside of: for a change of hands told
 *  beside the clause, the day a period starts ("the newest town lost since the push began on Monday, with
 *  X taken too"); one told inside it keeps its date ("held since they took it on Saturday"). */
function periodStartFor(text: string, d: DateExpression, cue: Span): boolean {
	const from = Math.max(0, d.start - 80);
	const m = SINCE_CLAUSE_BEFORE.exec(text.slice(from, d.start));
	if (!m) return false;
	const since = from + m.index;
	return !(cue.start > since && cue.start < d.start);
}

/**
 * The date expression that dates a head: the nearest, its own clause first. For a change of hands
 * (`changesHands`) only one of its own clause, and never a "since …" (the start of a period in which
 * the place changed hands: "since 27 November they have taken 50 villages" is not dated 27 November).
 */
function nearestDate(
	text: string,
	dates: DateExpression[],
	cue: Span,
	clause: Span,
	changesHands = false
): DateExpression | null {
	const ownClauseOnly = changesHands;
	const usable = dates.filter(
		(d) =>
			d.date &&
			// "the newest of the towns lost since the campaign opened on 27 November": a date after "since"
			// dates where the count starts, not a change of hands told before it
			!(changesHands && d.start >= cue.end && SINCE.test(text.slice(cue.end, d.start))) &&
			// nor the date a "since" clause beside the head starts its period on
			!(changesHands && periodStartFor(text, d, cue)) &&
			// "took X in late November": a month is no day a place fell on (a week is, ACLED's week precision)
			!(changesHands && d.precision === 3) &&
			// "the push began on 27 November, leading to militias taking X": the date is the cause's, and
			// what it led to came after
			!(changesHands && d.end <= cue.start && CONSEQUENCE.test(text.slice(d.end, cue.start))) &&
			// "the collapse of the government that followed the offensive launched on 27 November": the date
			// the offensive began, told after what came of it
			!(
				changesHands &&
				d.start >= cue.end &&
				LAUNCHED_ON.test(text.slice(Math.max(cue.end, d.start - LAUNCH_REACH_CHARS), d.start))
			) &&
			// "X is the latest town to fall in recent days": the span is the series', and the latest of it is
			// the newest news, told as of the day of writing
			!(
				d.kind === 'week' &&
				d.start >= cue.end &&
				LATEST_OF_SERIES.test(text.slice(clause.start, cue.start))
			) &&
			(d.kind === 'explicit' ||
				d.kind === 'weekday' ||
				d.kind === 'relative' ||
				d.kind === 'week' ||
				// "since 27 November" dates fighting that began then; "since late November 2024" names a month,
				// no day to put it on
				(d.kind === 'since' && !changesHands && d.precision === 1))
	);
	if (usable.length === 0) return null;
	const best = usable.reduce((a, b) =>
		dateDistance(text, b, cue, clause) < dateDistance(text, a, cue, clause) ? b : a
	);
	// a date of another clause dates that clause's verb ("the offensive that began on 27 November, during
	// which gunmen captured Aleppo"); a change of hands takes only a date of its own clause
	if (ownClauseOnly && !(best.start >= clause.start && best.end <= clause.end)) return null;
	return best;
}

/** What may stand between an offensive's start date and a change of hands that comes of it: where it set out
 *  from ("from their stronghold, Idlib,"), then a comma (a participle: "…, seizing X"), "and", "and have
 *  since", "and then", "and within days", "before". */
const LAUNCH_TO_GAIN =
	/^(?:\s+from\s+[^.;:]{1,80}?)?[\s,]*(?:and\s+)?(?:(?:have|has|had)\s+)?(?:since|then|later|quickly|soon|swiftly|within\s+days|before)?[\s,]*$/i;
/** Words after a change of hands that put it on the offensive's first day ("taking X the same day"). */
const LAUNCH_DAY_AFTER = /^[^.;:]{0,60}?\b(?:the same day|that day|within hours|hours later)\b/i;

/** Whether `d` is the day an offensive began, told just before a change of hands of its course ("launched an
 *  offensive on 27 November, capturing X"; "the rebels who began their campaign on Wednesday took X"), and
 *  not one the sentence puts on that very day ("…, taking X the same day"). */
function launchDateBefore(text: string, d: DateExpression, cue: Span, clause: Span): boolean {
	if (d.end > cue.start) return false;
	return (
		LAUNCH_TO_GAIN.test(text.slice(d.end, cue.start)) &&
		LAUNCH_BEFORE_DATE.test(text.slice(Math.max(0, d.start - LAUNCH_REACH_CHARS), d.start)) &&
		!LAUNCH_DAY_AFTER.test(text.slice(cue.end, clause.end))
	);
}

/** "the latest (major) city to", "the most recent town to", right before the head: the newest of a series. */
const LATEST_OF_SERIES = /\b(?:latest|newest|most recent)\s+(?:[\p{L}'’-]+\s+){0,3}to\s+$/iu;

/** From a date to a head that "after" opens as a gerund ("on Monday for their victory after toppling"). */
const AFTER_GERUND = /\bafter\s+\p{L}+ing$/iu;
/** A comma and words that tell what follows as the consequence of the clause before it, then at most the
 *  head's subject ("…, leading to the rebels seizing X"): not "the road leading to X", not a relative
 *  clause ("fighting that led to losses, rebels took X"). */
const CONSEQUENCE =
	/,\s*(?:leading to|which led to|resulting in|paving the way (?:for|to))\s+[^,.;:]{0,60}$/i;

/** What may stand around a date in a clause that is nothing but a time phrase ("On Thursday", "Early on 5 December"). */
const TIME_FRAME_WORDS = /^[\s,]*(?:(?:early|late|later|earlier)\s+)?(?:on|by|in|at|during)?[\s,]*$/i;

/** Whether `clause` is only a time phrase: one date, with at most an opening preposition around it. */
function timeFrameOnly(text: string, clause: Span, dates: DateExpression[]): boolean {
	const inside = dates.filter(
		(d) => d.date && d.kind !== 'since' && d.start >= clause.start && d.end <= clause.end
	);
	if (inside.length !== 1) return false;
	const d = inside[0]!;
	return (
		TIME_FRAME_WORDS.test(text.slice(clause.start, d.start)) && /^[\s,]*$/.test(text.slice(d.end, clause.end))
	);
}

/**
 * How far a date stands from a head: characters between them, plus 200 when it is outside the head's
 * clause, plus 50 when it comes before the head across a comma (a time phrase follows its verb: "took X a
 * week ago, and entered Y on Thursday").
 */
function dateDistance(text: string, d: DateExpression, cue: Span, clause: Span): number {
	const gap = d.start >= cue.end ? d.start - cue.end : cue.start >= d.end ? cue.start - d.end : 0;
	const sameClause = d.start >= clause.start && d.end <= clause.end ? 0 : 200;
	const acrossComma = d.end <= cue.start && text.slice(d.end, cue.start).includes(',') ? 50 : 0;
	return gap + sameClause + acrossComma;
}

/**
 * Whether a claim cue ("the army said", "state media", "claimed") at `claimAt` covers a head: the heads after
 * it (what was said), or every head when none follows it (an attribution closing the sentence: "…, state
 * media said"). "Rebels entered Hama, hours after the army said it had withdrawn" makes only the withdrawal
 * the army's claim.
 */
function claimCovers(claimAt: number, head: Span, readings: Reading[]): boolean {
	if (claimAt === Infinity) return false;
	return head.start >= claimAt || !readings.some((r) => r.head.start >= claimAt);
}

/** Stems of every head word, for the pre-filter: only sentences holding one are read by the model. */
const HEAD_STEMS = (() => {
	// light verbs need a control noun, which is in the list: they need not be
	const words = new Set<string>([
		...PREDICATES.flatMap((p) => p.lemmas),
		...CONTROL_NOUNS,
		...COLLAPSE_LEMMAS
	]);
	const stems = [...words]
		.filter((w) => w.length > 2)
		.map((w) => (w.length > 4 && w.endsWith('e') ? w.slice(0, -1) : w).replace(/[-]/g, '\\W?'));
	return new RegExp(
		`\\b(?:${[...stems, ...Object.keys(IRREGULAR_FORMS), ...FRAME_WORDS].sort((a, b) => b.length - a.length).join('|')})`,
		'i'
	);
})();

/**
 * Clause breaks; a hyphen between spaces is a dash typed plain. Brackets break only around a long aside: a short one names ("Hayat Tahrir al-Sham
 * (HTS) fighters", "armed groups (NSAGs)") inside the clause it stands in (up to 40 characters).
 */
const CLAUSE_BREAK =
	/[;:—–]|\s-\s|\((?=[^()]{41,}\))|\)(?<=\([^()]{41,}\))|,\s+(?=(?:during which|in which|which|who|after|while|where|as|but|whereas)\b)|,?\s*\b(?:when|after which|in which)\b/g;
/** A clause that happens at the time of the clause before it ("…, as the army withdrew", "…, which came
 *  under SDF control"). */
const SIMULTANEOUS = /^[\s,]*(?:as|while|which)\b/i;
/** A break that opens a relative clause set off by commas ("Rebels, who took Aleppo on Saturday, …"). */
const RELATIVE_OPENING = new RegExp(`^,\\s+(?:${[...RELATIVE_WORDS].join('|')})\\b`);

/** Whether `at` stands inside a relative clause set off by commas that closes before `before` and does not
 *  tell the side went against the place ("X, where the army held out, fell"; not "X, which rebels had
 *  besieged, fell": the besieger took it). */
function closedRelative(text: string, at: number, before: number): boolean {
	const close = text.indexOf(',', at);
	if (close < 0 || close >= before) return false;
	const open = text.lastIndexOf(',', at);
	return (
		open >= 0 &&
		RELATIVE_CLAUSE_OPENING.test(text.slice(open, open + 8)) &&
		!ATTACKED_IN_CLAUSE.test(text.slice(open, close))
	);
}
/** Verbs that tell a side went against a place, in a relative clause about it: that side may be the one it
 *  fell to ("Hama, which rebels had besieged for days, fell"); a side that held, massed or retook it is not. */
const ATTACKED_IN_CLAUSE =
	/\b(?:besieg|encircl|surround|storm|enter|attack|shell|assault|advanc|push|approach|reach|bombard)\w*/i;
/** A break that opens a relative clause after a place, "where" too ("X, where the army held out, fell"). */
const RELATIVE_CLAUSE_OPENING = new RegExp(`^,\\s+(?:${[...PLACE_RELATIVE_WORDS].join('|')})\\b`);

function clausesOf(text: string, sentence: Span): Span[] {
	const breaks: number[] = [];
	const slice = text.slice(sentence.start, sentence.end);
	for (const m of allMatches(CLAUSE_BREAK, slice)) {
		breaks.push(m.index!);
		// the comma that closes a relative clause ends it too: what follows is the main clause again
		if (RELATIVE_OPENING.test(slice.slice(m.index!, m.index! + 8))) {
			const close = slice.indexOf(',', m.index! + 1);
			if (close > 0) breaks.push(close);
		}
	}
	const out: Span[] = [];
	let start = sentence.start;
	for (const b of [...new Set(breaks)].sort((x, y) => x - y)) {
		const at = sentence.start + b;
		if (at > start) out.push({ start, end: at });
		start = at;
	}
	out.push({ start, end: sentence.end });
	return out;
}

interface SentencePlace extends PlaceSpan {
	place_id: string;
	geo_precision: 1 | 2 | 3;
	/** "the city" read as a place named before. */
	anaphor: boolean;
}

/**
 * The place a sentence naming none speaks of: the one place (a settlement or a region, named once or
 * more, no road) of the sentence right before it, as a span of no width at the sentence's start; null
 * when that sentence named none or several.
 */
function focusOf(
	previous: { sentenceIndex: number; places: SentencePlace[] },
	sentenceIndex: number,
	sentence: Span
): SentencePlace | null {
	if (previous.sentenceIndex !== sentenceIndex - 1) return null;
	const named = previous.places.filter((p) => !p.line);
	const ids = new Set(named.map((p) => p.place_id));
	if (ids.size !== 1) return null;
	const one = named[0]!;
	// `{ ...one, start, end, anaphor: true, focus: true }` (same keys, same order) without the spread: a
	// spread followed by a new key (focus) takes V8's slow path
	return Object.assign({}, one, { start: sentence.start, end: sentence.start, anaphor: true, focus: true });
}

/** A sentence that only lists what the one before named in general: "These include X", "Among them were X". */
const LIST_GOES_ON =
	/^\s*(?:(?:These|They|Those)\s+(?:include|included|are|were)\b|Among\s+(?:them|these|those)\b)/;

/** A capitalised name and a comma just before a phrase: the phrase is in apposition to the name. */
const APPOSITIVE_AFTER = /\p{Lu}[\p{L}'’-]*,\s*$/u;
/** Without one of these words no anaphor pattern can match: a cheap test first. */
const ANAPHOR_WORD =
	/\b(?:city|capital|town|district|village|airport|base|airbase|province|governorate|it)\b/i;

/** "the city of Hama", "the town of Rastan": the word a name is called by, before it (after it, or in it, for a
 *  city: CITY_WORD), words between ("the central city of Hama"); not "a farming town of Homs", "the old town of
 *  Damascus" (a part, or a place's own). */
const TITLE_BEFORE = /\bthe\s+(?:(?!old\b)[a-z-]+\s+){0,2}(city|town)\s+of\s+$/i;

/** The word the text calls a place by where it names it ("the town of Rastan": town; "Aleppo city": city), or null. */
function titleOf(text: string, place: Span): Title | null {
	const before = TITLE_BEFORE.exec(text.slice(Math.max(0, place.start - 40), place.start));
	if (before) return before[1]!.toLowerCase() as Title;
	return CITY_WORD.test(text.slice(place.start, place.end + 8)) ? 'city' : null;
}

/**
 * "The city", "the town": the last place of a matching kind named before it in its own sentence; else, of
 * the settlements of that kind named in the last few sentences (or, for "it", earlier in this one), the one
 * the article has named most so far (its subject), then the latest; "the city" first takes a place the
 * sentence just before called a city.
 */
function anaphorsIn(
	text: string,
	sentence: Span,
	named: { place_id: string; kind: string; sentence: number; titled?: Title }[],
	earlier: number,
	sentenceIndex: number,
	options: PipelineOptions,
	timesNamed: Map<string, number>,
	here: SentencePlace[],
	governorateOf: (placeId: string) => string | null,
	seatCityOf: (placeId: string) => GazetteerEntry | null,
	cityOf: (placeId: string) => GazetteerEntry | null
): SentencePlace[] {
	const out: SentencePlace[] = [];
	const slice = text.slice(sentence.start, sentence.end);
	if (!ANAPHOR_WORD.test(slice)) return out;
	for (const {
		pattern,
		kinds,
		sameSentence,
		latest,
		governorate,
		notFollowedBy,
		preferTitled,
		seatOfSetting,
		cityOfSite
	} of ANAPHORS) {
		for (const m of allMatches(pattern, slice)) {
			if (notFollowedBy?.test(slice.slice(m.index! + m[0].length, m.index! + m[0].length + 40))) continue;
			// "Aleppo, the country's largest city": an appositive describes the name before it, it refers to nothing
			if (APPOSITIVE_AFTER.test(slice.slice(Math.max(0, m.index! - 40), m.index))) continue;
			const reach = sameSentence ? 0 : options.anaphorSentences;
			const at = sentence.start + m.index!;
			// a phrase an earlier row read is not read again
			if (out.some((o) => o.start < at + m[0].length && at < o.end)) continue;
			// "Rebels entered Hama after the army withdrew from the city": a place of its kind named earlier in
			// the same sentence comes first (this sentence's places are the last of `named`, in the order of
			// `here`)
			let antecedent: (typeof named)[number] | null = null;
			let bySeat = false;
			let displaced = false;
			let n = earlier;
			for (const h of sameSentence ? [] : here) {
				const p = named[n++];
				if (!p || h.end >= at) continue;
				if (kinds.includes(p.kind)) {
					antecedent = p;
					bySeat = false;
					continue;
				}
				// "crowds cheered at Hama airport once the rebels held the city": a site the sentence is set at stands
				// for its city (not one named as where something came from: "jets from Hama airport")
				const city =
					cityOfSite && AT_SITE.test(text.slice(Math.max(0, h.start - 16), h.start))
						? cityOf(p.place_id)
						: null;
				if (city && kinds.includes(city.kind)) {
					antecedent = { ...p, place_id: city.id, kind: city.kind };
					bySeat = false;
					continue;
				}
				// a province the sentence is set in, not one named otherwise ("fighters from Idlib province poured
				// into the city")
				const seat =
					seatOfSetting && SET_IN.test(text.slice(Math.max(0, h.start - 24), h.start))
						? seatCityOf(p.place_id)
						: null;
				if (seat && kinds.includes(seat.kind)) {
					antecedent = { ...p, place_id: seat.id, kind: seat.kind };
					bySeat = true;
				} else if (bySeat && p.kind !== 'region') {
					// "in Daraa province, troops left Sanamayn and fighters took the city": a settlement named after
					// the province may be the city meant; neither it nor the seat is sure
					displaced = true;
					antecedent = null;
					bySeat = false;
				}
			}
			if (displaced && !antecedent) continue;
			// newest first, and only as far back as the phrase can reach: bounded work on long articles
			const from = antecedent ? -1 : (sameSentence ? named.length : earlier) - 1;
			for (let i = from; i >= (sameSentence ? earlier : 0); i--) {
				const p = named[i]!;
				if (sentenceIndex - p.sentence > reach) break;
				// "… Deir ez-Zor city … the city", "… the town of Rastan … the town": a place the sentence just before
				// called by the phrase's own word is the one meant, however often or late the article names another
				if (
					preferTitled &&
					kinds.includes(p.kind) &&
					p.titled === preferTitled &&
					sentenceIndex - p.sentence <= 1
				) {
					antecedent = p;
					break;
				}
				if (
					kinds.includes(p.kind) &&
					(!antecedent || (timesNamed.get(p.place_id) ?? 0) > (timesNamed.get(antecedent.place_id) ?? 0))
				)
					antecedent = p;
				if (antecedent && latest) break;
			}
			if (!antecedent) continue;
			// "Daraa city and much of the eponymous province": the governorate the city names
			const placeId = governorate ? governorateOf(antecedent.place_id) : antecedent.place_id;
			if (!placeId) continue;
			out.push({
				start: at,
				end: at + m[0].length,
				region: governorate === true || antecedent.kind === 'region',
				size: governorate === true ? PLACE_SIZE.region : (PLACE_SIZE[antecedent.kind as PlaceKind] ?? 0),
				place_id: placeId,
				geo_precision: 1,
				anaphor: true
			});
		}
	}
	return out;
}

/** "the capital", "the Syrian capital": the theatre's capital, whatever was named before ("the economic capital" is not). */
const THE_CAPITAL = /\bthe\s+(?:(?:Syrian|country['’]s|nation['’]s)\s+)?capital\b(?!\s+of\b)/gi;

/** The theatre's capital: the place of its (first) country whose seat is the country's (GeoNames' PPLC), or null. */
const CAPITALS = new WeakMap<Map<string, GazetteerEntry>, Map<string, string | null>>();
function capitalOf(context: BuildEventsContext): string | null {
	const country = context.theatreCountries?.[0];
	if (!country) return null;
	let byCountry = CAPITALS.get(context.entries);
	if (!byCountry) CAPITALS.set(context.entries, (byCountry = new Map()));
	const cached = byCountry.get(country);
	if (cached !== undefined) return cached;
	let id: string | null = null;
	for (const e of context.entries.values())
		if (e.seat === 'country' && e.country === country) {
			id = e.id;
			break;
		}
	byCountry.set(country, id);
	return id;
}

/** The sentence's "the capital" phrases, as places; none where the sentence names the capital itself. */
function capitalIn(
	text: string,
	sentence: Span,
	capitalId: string | null,
	here: SentencePlace[]
): SentencePlace[] {
	if (!capitalId || here.some((h) => h.place_id === capitalId)) return [];
	const out: SentencePlace[] = [];
	const slice = text.slice(sentence.start, sentence.end);
	for (const m of allMatches(THE_CAPITAL, slice)) {
		out.push({
			start: sentence.start + m.index!,
			end: sentence.start + m.index! + m[0].length,
			region: false,
			size: PLACE_SIZE.city ?? 0,
			place_id: capitalId,
			geo_precision: 1,
			anaphor: true
		});
	}
	return out;
}

export function buildEvents(
	article: Article,
	mentions: ResolvedMention[],
	context: BuildEventsContext
): StageResult<ConflictEvent> {
	const options = context.options ?? DEFAULT_PIPELINE_OPTIONS;
	const text = context.masked ?? maskMarkup(article.text);
	const published: IsoDate | null = article.meta.published;
	// against a lower bound (ArticleMeta.published_from) "yesterday" dates nothing: the sentence takes the bound
	const lowerBound = article.meta.published_from === 'latest-stated';
	// a day of writing inferred from agreement dates the weekdays it was inferred from: not "today" or what
	// the text leaves undated, which would need the very day
	const inferredWeek = article.meta.published_from === 'corroborated';
	const undatedTake = inferredWeek ? null : published;
	// a change of hands a page of unknown day leaves undated fell on or before the day it was written, not on
	// the latest day the page states (its lower bound): left undated, it takes the day the dated reports give
	// the same fact, if any
	const undatedChange = lowerBound ? null : undatedTake;
	const items: ConflictEvent[] = [];
	/** Events whose sentence states no date (dated by the day of writing, or not at all). */
	const undated = new Set<ConflictEvent>();
	// a chronicle ("how it unfolded": a heading per day) dates what it tells under a heading by that day
	const sections = chronicleSections(text, published);
	const sectionAt = (at: number) => sections.find((s) => s.start <= at && at < s.end) ?? null;
	const diagnostics: Diagnostic[] = [];
	// mentions and sentences are both in text order: walk them together
	const ordered = [...mentions].sort((a, b) => a.start - b.start);
	const lastNamed: { place_id: string; kind: string; sentence: number; titled?: Title }[] = [];
	/** How often the article has named each place so far: "the city" is the one it is about. */
	const timesNamed = new Map<string, number>();
	let next = 0;
	// "They have captured Aleppo": a head whose subject is a pronoun is done by the side the sentences just
	// before name (not across the article: reports change subject). Read only when a pronoun needs it.
	const sidesOf = (sentence: Span) =>
		actorsIn(text, sentence, context.actors).filter(
			(n) => !n.oblique && !n.speaker && !n.strike && !SPEAKER_AFTER.test(text.slice(n.at, n.at + 60))
		);
	// "Rebels pressed south. The army lost Aleppo": the government's loss, its taker unsaid, goes to the one
	// insurgent side the sentence just before names as its subject; not when the loser's own sentence names
	// any other side ("… after clashes with Kurdish fighters"), and not for another loser (who took the SDF's
	// towns, the SNA or the rebels, a sentence before does not tell)
	const takerBefore = (
		loser: ActorPattern | null,
		namedHere: NamedSide[],
		sentenceIndex: number
	): ActorPattern | null => {
		if (loser?.faction !== 'government' || sentenceIndex === 0) return null;
		if (namedHere.some((n) => n.actor.faction !== loser.faction)) return null;
		const before = sidesOf(context.sentences[sentenceIndex - 1]!);
		const factions = new Set(before.map((n) => n.actor.faction));
		const taker = factions.size === 1 ? before[0]!.actor : null;
		return taker && INSURGENT_TAKERS.has(taker.faction) ? taker : null;
	};
	const sideBefore = (sentenceIndex: number): ActorPattern | null => {
		for (let i = sentenceIndex - 1; i >= Math.max(0, sentenceIndex - options.actorSentences); i--) {
			// not a speaker ("…, the army said"), and only a sentence that names one side can lend it
			const named = sidesOf(context.sentences[i]!);
			const sides = new Set(named.map((n) => n.actor.faction));
			if (sides.size === 1) return named[named.length - 1]!.actor;
			if (sides.size > 1) return null;
		}
		return null;
	};
	/** "'Our forces took X,' the army said": the one side the quote is given to, in its sentence or the ones before. */
	const speakerOf = (sentenceIndex: number): ActorPattern | null => {
		const from = Math.max(0, sentenceIndex - options.actorSentences);
		for (let i = sentenceIndex; i >= from; i--) {
			const s = context.sentences[i]!;
			const speakers = actorsIn(text, s, context.actors).filter(
				(n) =>
					n.speaker ||
					SPEAKER_AFTER.test(text.slice(n.at, n.at + 60)) ||
					SPEAKER_BEFORE.test(text.slice(Math.max(s.start, n.at - 60), n.at))
			);
			const sides = new Set(speakers.map((n) => n.actor.faction));
			if (sides.size === 1) return speakers[0]!.actor;
			if (sides.size > 1) return null;
		}
		return null;
	};
	const toRead: { sentence: Span; sentenceIndex: number; places: SentencePlace[] }[] = [];
	/** The places the sentence before named (the focus of one that names none). */
	let namedIn: { sentenceIndex: number; places: SentencePlace[] } = { sentenceIndex: -1, places: [] };
	/** The sentence before, and whether it holds a head word (a list sentence after it is read with it). */
	let previousSentence: { sentence: Span; hasHead: boolean } | null = null;
	context.sentences.forEach((sentence, sentenceIndex) => {
		while (next < ordered.length && ordered[next]!.start < sentence.start) next++;
		const here: SentencePlace[] = [];
		/** Whether the sentence places itself in a country other than the theatre's ("strikes hit crossings between
		 *  Lebanon and …") or in a part of the theatre's country ("in northern Syria"). */
		let placedElsewhere = false;
		for (let k = next; k < ordered.length && ordered[k]!.start < sentence.end; k++) {
			const m = ordered[k]!;
			const entry = context.entries.get(m.place_id)!;
			if (
				entry.kind === 'country' &&
				m.place_id !== context.countryId &&
				IN_COUNTRY.test(text.slice(Math.max(sentence.start, m.start - 30), m.start))
			)
				placedElsewhere = true;
			if (
				entry.kind === 'country' &&
				m.place_id === context.countryId &&
				IN_PART_OF_COUNTRY.test(text.slice(Math.max(sentence.start, m.start - 30), m.start))
			)
				placedElsewhere = true;
			if (m.end > sentence.end || NO_EVENT_KINDS.has(entry.kind)) continue;
			// "HOMS — Rebels entered…": a dateline says where the reporter was, not where it happened
			const lineStart = blankLineStart(text, m.start);
			if (lineStart !== null && DATELINE.test(text.slice(lineStart, m.end + DATELINE_TAIL))) continue;
			const line =
				entry.kind === 'road' || entry.kind === 'river' || NAMES_ROAD.test(text.slice(m.end, m.end + 60));
			here.push({
				start: m.start,
				end: m.end,
				region: entry.kind === 'region',
				size: PLACE_SIZE[entry.kind] ?? 0,
				line,
				place_id: m.place_id,
				geo_precision: m.geo_precision,
				anaphor: false
			});
		}
		const sentenceText = text.slice(sentence.start, sentence.end);
		const hasHead = HEAD_STEMS.test(sentenceText);
		const before = lastNamed.length;
		for (const h of here) {
			const entry = context.entries.get(h.place_id)!;
			// "the western countryside of Aleppo … the province": a side of a governorate stands for the whole
			const whole = entry.kind === 'region' && entry.parent ? entry.parent : h.place_id;
			const title = titleOf(text, h);
			lastNamed.push({
				place_id: whole,
				kind: entry.kind,
				sentence: sentenceIndex,
				...(title ? { titled: title } : {})
			});
			timesNamed.set(whole, (timesNamed.get(whole) ?? 0) + 1);
		}
		// "the city" refers to a place of this sentence or of earlier ones, "it" to one of this sentence named before it
		const anaphors = hasHead
			? anaphorsIn(
					text,
					sentence,
					lastNamed,
					before,
					sentenceIndex,
					options,
					timesNamed,
					here,
					(id) => governorateOf(context.entries, id),
					(id) => seatOf(context.entries, id),
					(id) => parentCityOf(context.entries, id)
				)
					.concat(capitalIn(text, sentence, capitalOf(context), here))
					.filter((a) => !here.some((h) => h.start < a.end && a.start < h.end))
			: [];
		// "…seized several sites nearby. These include the town of X and Y": the list is the object of the
		// sentence before, read with it
		const prior = previousSentence;
		previousSentence = { sentence, hasHead };
		if (prior?.hasHead && LIST_GOES_ON.test(sentenceText)) {
			const last = toRead[toRead.length - 1];
			const joined = { start: prior.sentence.start, end: sentence.end };
			if (last && last.sentenceIndex === sentenceIndex - 1) {
				last.sentence = joined;
				last.places.push(...here);
			} else toRead.push({ sentence: joined, sentenceIndex, places: here });
			namedIn = { sentenceIndex, places: here };
			return;
		}
		const previous = namedIn;
		namedIn = { sentenceIndex, places: here };
		// a sentence naming no place speaks of the one place the sentence before named, if it named one (not
		// one that names another country: it speaks of there)
		const focus =
			hasHead &&
			here.length === 0 &&
			anaphors.length === 0 &&
			!placedElsewhere &&
			!ELSEWHERE.test(sentenceText)
				? focusOf(previous, sentenceIndex, sentence)
				: null;
		// with no place to read it for, a sentence is read only for a collapse it tells of ("the regime has
		// fallen"): the test is made only then
		if (!hasHead || (here.length === 0 && anaphors.length === 0 && !focus && !STATE_WORD.test(sentenceText)))
			return;
		toRead.push({
			sentence,
			sentenceIndex,
			places: [...here, ...anaphors, ...(focus ? [focus] : [])].sort((a, b) => a.start - b.start)
		});
	});
	// the sentences worth reading go to the NLP model together (one call per article is far cheaper than one per sentence)
	const pieces = toRead.map((r) => piecesOf(text, r.sentence, options));
	const tokens = (context.analyse ?? analyseAll)(text, pieces.flat());
	let nextPiece = 0;
	/** The last strike read, and in which sentence: "the attack" just after it is that strike. */
	let lastStrike: { sentenceIndex: number; kind: EventKind } | null = null;
	/** The side and kind of the last strike read with a side, and in which sentence: "the raids" just after are its. */
	let lastStriker: { sentenceIndex: number; actor: ActorPattern; kind: EventKind } | null = null;
	toRead.forEach(({ sentence, sentenceIndex, places }, i) => {
		let readings: Reading[] = [];
		let first = 0;
		for (const piece of pieces[i]!) {
			const own = tokens[nextPiece++]!;
			// a piece reads the places inside it; its readings name them by their index in the sentence
			while (first < places.length && places[first]!.start < piece.start) first++;
			let last = first;
			while (last < places.length && places[last]!.end <= piece.end) last++;
			const inside = places.slice(first, last);
			for (const r of readClauses(own, inside, options))
				readings.push({ ...r, place: r.place >= 0 ? r.place + first : r.place });
		}
		if (readings.length === 0) return;
		readings = readings.map((r) => {
			const strike = readings.find((o) => o.family === 'strike' && o.head.start < r.head.start);
			const told =
				strike?.kind ??
				(lastStrike && lastStrike.sentenceIndex >= sentenceIndex - 1 ? lastStrike.kind : null);
			return told &&
				r.kind === 'clash' &&
				THE_ATTACK.test(text.slice(Math.max(0, r.head.start - 8), r.head.end))
				? { ...r, kind: told, family: 'strike' }
				: r;
		});
		const strikes = readings.filter((r) => r.family === 'strike');
		if (strikes.length) lastStrike = { sentenceIndex, kind: strikes[strikes.length - 1]!.kind };
		const sentenceText = text.slice(sentence.start, sentence.end);
		// under a chronicle's day, "on Tuesday" or "yesterday" counts from that day (its text is the day's report)
		const section = sectionAt(sentence.start);
		const dates = section
			? findDateExpressions(text, sentence, section.date)
			: findDateExpressions(text, sentence, published).map((d) =>
					(lowerBound && RELATIVE_TO_PUBLICATION.has(d.kind)) ||
					(inferredWeek && RELATIVE_TO_THE_DAY.has(d.kind))
						? { ...d, date: null }
						: d
				);
		const clauses = clausesOf(text, sentence);
		const history = historicalClauses(text, clauses, dates);
		const claim = CLAIM.exec(sentenceText);
		const claimAt = claim ? sentence.start + claim.index : Infinity;
		const fatalities = parseFatalities(sentenceText);
		// the sides acting here (a ministry that speaks for one is no actor)
		const namedAll = actorsIn(text, sentence, context.actors);
		const named = namedAll.filter((n) => !n.speaker);
		let fatalitiesUsed = false;
		const provinces = seatsAsProvinces(readings, places, text, context.entries);
		for (const reading of readings) {
			const place = reading.place >= 0 ? places[reading.place]! : null;
			const seatsProvince =
				place && WIDE_FAMILIES.has(reading.family) ? provinces.get(place.place_id) : undefined;
			const placeId = seatsProvince ?? place?.place_id ?? context.countryId;
			if (!placeId) continue;
			const where = context.entries.get(placeId);
			if (where && outsideTheatre(where, context.theatreCountries)) {
				diagnostics.push({
					level: 'info',
					code: 'event-outside-theatre',
					message: `${article.meta.file}: "${text.slice(reading.head.start, reading.head.end)}" at ${where.name} (${where.country}) is outside the theatre's countries; not an event of this map`,
					article: article.meta.file,
					start: reading.head.start,
					end: reading.head.end
				});
				continue;
			}
			const clauseIndex = clauses.findIndex(
				(c) => reading.head.start >= c.start && reading.head.start < c.end
			);
			const past = history.get(clauseIndex);
			if (past && reading.head.start >= past.start && reading.head.start < past.end) {
				diagnostics.push({
					level: 'info',
					code: 'historical-reference',
					message: `${article.meta.file}: "${text.slice(reading.head.start, reading.head.end)}" is history, not a current event`,
					article: article.meta.file,
					start: reading.head.start,
					end: reading.head.end
				});
				continue;
			}
			const clause = clauses[clauseIndex] ?? sentence;
			// "seized X on Saturday, as government forces withdrew": an as/while clause happens with the one before
			// "On Thursday, after heavy clashes, rebels took X": a sentence opening with a time phrase alone dates
			// the clause after it too (the break before "after" would otherwise leave the capture undated)
			const withClause =
				clauseIndex > 0 &&
				(SIMULTANEOUS.test(text.slice(clause.start, clause.end)) ||
					(clauseIndex === 1 && timeFrameOnly(text, clauses[0]!, dates)))
					? { start: clauses[clauseIndex - 1]!.start, end: clause.end }
					: clause;
			const changesHands = CHANGES_HANDS.has(reading.kind);
			let date = nearestDate(text, dates, reading.head, withClause, changesHands);
			// the state falls once: "praised the people on Monday after toppling the president" tells a fall
			// before the day of the praise, which dates the main verb only (a town taken "on Thursday after
			// storming it" keeps the day: the storming and the taking are one day's)
			if (
				reading.kind === 'collapse' &&
				date &&
				date.end <= reading.head.start &&
				AFTER_GERUND.test(text.slice(date.end, reading.head.end))
			)
				date = null;
			// a restated event ("seized Aleppo earlier in the offensive") was news in an earlier report: no new event
			if (reading.restated) continue;
			// the day an offensive began dates no change of hands of its course ("launched their offensive on
			// Wednesday and took X on Saturday"); with no other date, the gains a report of days later sums up
			// from that day ("launched their offensive on 27 November, taking X") fell on days it does not tell
			if (changesHands && date && launchDateBefore(text, date, reading.head, clause)) {
				const launch = date;
				date = nearestDate(
					text,
					// "on Wednesday, 27 November": the weekday told with it is the same day
					dates.filter(
						(d) =>
							d.date !== launch.date &&
							!(d.end <= launch.start && /^[\s,]*$/.test(text.slice(d.end, launch.start)))
					),
					reading.head,
					withClause,
					true
				);
				// told days later with no day of its own, it is undated: the day of writing, or the day the dated
				// reports give the same fact; so it is when the day of writing is unknown (an undated page)
				if (!date && published && daysBetween(launch.date!, published) < options.launchSummaryDays)
					date = launch;
			}
			if (!date?.date && section)
				date = {
					start: section.start,
					end: section.start,
					kind: 'explicit',
					date: section.date,
					precision: 1
				};
			// a side named by its strikes ("Russian raids") acts in those strikes only; a side named before a strike
			// told by its agent ("was shelled by", "strikes by") is what was struck ("positions of the army were
			// shelled"), not who struck
			const acting = (reading.family === 'strike' ? named : named.filter((n) => !n.strike)).filter(
				(n) =>
					!(
						reading.kind === 'withdrawal' &&
						n.at >= reading.head.end &&
						TO_BEFORE.test(text.slice(Math.max(0, n.at - TO_REACH_CHARS), n.at))
					) &&
					!(reading.family === 'strike' && reading.agentAfter && n.at < reading.head.start) &&
					// "leaving it in the hands of X": the taker is X, named there or after, or no one
					!(reading.handedOver && n.at < reading.head.start)
			);
			// "they took X", "the groups took X": the side the sentences before named; but "they fled" are people
			const borrowsSide =
				reading.kind !== 'displacement' &&
				!reading.handedOver &&
				(reading.pronounSubject || (acting.length === 0 && DEFINITE_GROUP.test(sentenceText)));
			const side =
				reading.collapsed === 'state'
					? STATE_ACTOR
					: reading.actorInOwnPhrase
						? ownPhraseActor(acting, reading.head, text)
						: // "the withdrawal of government forces": the side after a move's "of" moved, whoever the
							// clause's subject ("rebels halted the advance of the army")
							((MOVED_OF.has(reading.kind) ? sideOfHead(acting, reading.head, text) : null) ??
							findActor(
								acting.filter((n) => !reading.collapsed || n.at < reading.head.start),
								reading.head,
								reading.agentAfter,
								text
							) ??
							(firstPersonSubject(text, sentence, reading.head)
								? speakerOf(sentenceIndex)
								: borrowsSide
									? sideBefore(sentenceIndex)
									: null));
			// "Russian jets struck X. The raids also hit Y": strikes of the same kind named again are the same
			// side's; not when the sentence names that side otherwise ("the air strikes on rebel positions")
			const striker =
				!side &&
				reading.family === 'strike' &&
				lastStriker &&
				sameStrikeKind(lastStriker.kind, reading.kind) &&
				lastStriker.sentenceIndex >= sentenceIndex - options.actorSentences &&
				!named.some(
					(n) => n.at >= clause.start && n.at < clause.end && n.actor.faction === lastStriker!.actor.faction
				) &&
				!qualifiedAfter(lastStriker.actor, text.slice(reading.head.end, clause.end)) &&
				THE_STRIKES.test(text.slice(clause.start, reading.head.end))
					? lastStriker.actor
					: null;
			// a strike of no side said ends the run ("Israeli jets hit X. The strikes also …" is no longer Russia's)
			const struckBy = side ?? striker;
			if (reading.family === 'strike')
				lastStriker = struckBy ? { sentenceIndex, actor: struckBy, kind: reading.kind } : null;
			// "the city has fallen out of government hands": the side it fell from lost it; no taker is said
			const lostFrom =
				reading.agentAfter && !reading.subjectLoses
					? sideAfter(acting, reading.head, clause, text, OUT_OF_BEFORE)
					: null;
			items.push(
				toEvent(article, reading, place, placeId, date, changesHands ? undatedChange : undatedTake, {
					// "the army lost X": the side named is the loser; the taker is whoever faced it
					actor: reading.subjectLoses
						? (sideAfter(acting, reading.head, clause, text, TAKER_BEFORE) ??
							takerBefore(side, namedAll, sentenceIndex))
						: // "fell out of government hands": no taker said; "was seized from the SDF by the SNA": the SNA
							lostFrom && (side === null || side.faction === lostFrom.faction)
							? null
							: struckBy,
					loser: reading.subjectLoses ? side : lostFrom,
					claimed: claimCovers(claimAt, reading.head, readings),
					fatalities:
						!fatalitiesUsed &&
						fatalities !== null &&
						reading.kind !== 'advance' &&
						reading.kind !== 'displacement'
							? fatalities
							: null,
					sentence,
					// read for captures only (toEvent asks no other kind)
					withoutFight: reading.kind === 'capture' && WITHOUT_A_FIGHT.test(sentenceText)
				})
			);
			if (items[items.length - 1]!.fatalities !== null) fatalitiesUsed = true;
			if (!date?.date) undated.add(items[items.length - 1]!);
			// "battles on 3 December and 4 December": fighting told of two days goes on on each
			const also = CHANGES_HANDS.has(reading.kind) ? null : secondDay(text, dates, date);
			if (also) {
				const told = items[items.length - 1]!;
				// the toll was told once: it stays with the day the reader dated
				items.push({ ...told, date: also, id: eventId(also, told.place_id, told.kind), fatalities: null });
			}
			// "took villages around the city of X": a part of X's governorate changed hands, besides the pressure on X
			const province = reading.countryside ? governorateOf(context.entries, placeId) : null;
			if (province)
				items.push(
					toEvent(
						article,
						{ ...reading, kind: 'capture', near: false, extent: 'part' },
						null,
						province,
						date,
						undatedChange,
						{
							actor: side,
							loser: null,
							claimed: claimCovers(claimAt, reading.head, readings),
							fatalities: null,
							sentence,
							withoutFight: false
						}
					)
				);
			if (province && !date?.date) undated.add(items[items.length - 1]!);
		}
	});
	const dated = sameFactItsDay(items, undated, (place, region) =>
		inRegion(context.entries, place, region, options)
	);
	return {
		items: entriesInCaptures(dated),
		diagnostics
	};
}

/**
 * "Rebels entered Hama … and took the city": an entry the article also tells as the capture of the same
 * place on the same day by the same side (or by a side it leaves unsaid) is that capture's first step, one
 * fact, as ACLED codes it: the capture stands for both.
 */
function entriesInCaptures(items: ConflictEvent[]): ConflictEvent[] {
	const captures = items.filter((e) => e.kind === 'capture');
	if (captures.length === 0) return items;
	const bySide = new Set(captures.map((e) => `${e.place_id} ${e.date} ${e.faction ?? '-'}`));
	const byAnySide = new Set(captures.map((e) => `${e.place_id} ${e.date}`));
	return items.filter(
		(e) =>
			e.kind !== 'entry' ||
			!(e.faction === null
				? byAnySide.has(`${e.place_id} ${e.date}`)
				: bySide.has(`${e.place_id} ${e.date} ${e.faction}`))
	);
}

/**
 * "Militias took Manbij on Sunday … residents confirmed the militias had seized Manbij": a change of hands
 * the article tells again without a date, of the same kind by the same side, is the latest one it dated,
 * not a second one on the day of writing; unless the article told, before it, another side taking the place
 * after that day (then it is news of its own and keeps its day). So is a place taken that the article
 * gives as one of a region it told taken on a day ("seized 30 villages west of X on Wednesday … among
 * them A, B and C"): the detail of that day's news. Fighting told without a date may go on that day: it
 * keeps it.
 */
function sameFactItsDay(
	items: ConflictEvent[],
	undated: Set<ConflictEvent>,
	inRegion: (placeId: string, regionId: string) => boolean
): ConflictEvent[] {
	if (undated.size === 0) return items;
	const dated = items.filter((e) => !undated.has(e) && e.date !== null && CHANGES_HANDS.has(e.kind));
	if (dated.length === 0) return items;
	return items.map((e) => {
		if (!undated.has(e) || !CHANGES_HANDS.has(e.kind)) return e;
		const at = e.sources[0]!.start;
		let mine = dated.filter((d) => d.place_id === e.place_id && d.kind === e.kind && d.faction === e.faction);
		// the region told first: a lead names the day, the sentences after it list the region's places
		if (mine.length === 0)
			mine = dated.filter(
				(d) =>
					d.kind === e.kind &&
					(d.faction === e.faction || e.faction === null) &&
					d.sources[0]!.start < at &&
					inRegion(e.place_id, d.place_id)
			);
		const day = mine.reduce<IsoDate | null>((a, d) => (a === null || d.date! > a ? d.date : a), null);
		if (day === null || day === e.date) return e;
		// "…the army retook it on Tuesday. Rebels seized it again": another side's change told before, after that day
		const overtaken = dated.some(
			(d) => d.place_id === e.place_id && d.faction !== e.faction && d.date! > day && d.sources[0]!.start < at
		);
		return overtaken ? e : { ...e, date: day, id: eventId(day, e.place_id, e.kind) };
	});
}

/** Families whose list of places may be a list of governorates (seatsAsProvinces). */
const WIDE_FAMILIES: ReadonlySet<Family> = new Set(['hostilities', 'strike', 'displacement']);

/**
 * "Fighting went on in Homs, Tartous, Rural Damascus and Hama": a list of fighting,
 * strikes or flight that names a governorate by a name of its own ("Rural Damascus") is a list of
 * governorates, so the governorates' seats in it, each by its bare name, stand for their governorates
 * (humanitarian updates write so). Returns seat → governorate for such lists; "Aleppo city" stays the city.
 */
function seatsAsProvinces(
	readings: Reading[],
	places: SentencePlace[],
	text: string,
	entries: Map<string, GazetteerEntry>
): Map<string, string> {
	const out = new Map<string, string>();
	const heads = new Map<number, { seats: string[]; governorate: boolean; cities: boolean }>();
	for (const r of readings) {
		const place = r.place >= 0 ? places[r.place] : undefined;
		if (!place || !WIDE_FAMILIES.has(r.family) || place.anaphor) continue;
		const list = heads.get(r.head.start) ?? { seats: [], governorate: false, cities: false };
		heads.set(r.head.start, list);
		const id = place.place_id;
		if (CITIES_OF_BEFORE.test(text.slice(Math.max(0, place.start - 16), place.start))) list.cities = true;
		if (governorateOf(entries, id) === id && !REGION_WORD.test(text.slice(place.start, place.end)))
			list.governorate = true;
		else if (entries.get(id)?.seat === 'admin1' && !CITY_WORD.test(text.slice(place.start, place.end + 8)))
			list.seats.push(id);
	}
	for (const { seats, governorate, cities } of heads.values()) {
		// three seats or more with no other place ("battles went on in Homs, Hama and Idleb"): a list of provinces,
		// unless the list opens with "the cities of"
		if (cities || (!governorate && new Set(seats).size < SEATS_AS_PROVINCES)) continue;
		for (const id of seats) {
			const province = governorateOf(entries, id);
			if (province) out.set(id, province);
		}
	}
	return out;
}
/** Governorate seats that, listed together under one head of fighting, strikes or flight, name provinces. */
const SEATS_AS_PROVINCES = 3;
/** "the cities of Homs, Hama and Idleb": the list before its first member says its members are cities. */
const CITIES_OF_BEFORE = /\bcities\s+of\s+(?:the\s+)?$/i;
/** "Aleppo city", "Idleb city" (in the name or right after it): the city itself. */
const CITY_WORD = /\bcit(?:y|ies)\b/i;
/** A governorate named with the word for one ("Idlib province"): not a name of its own. */
const REGION_WORD = /\b(?:province|governorate|countryside)s?\b/i;

/** Whether `placeId` is one of the places of region `regionId`: a governorate's by name (admin1), those of a
 *  region over several governorates by theirs, a sub-region's within `regionDetailKm` of its point and in
 *  its governorate. */
function inRegion(
	entries: Map<string, GazetteerEntry>,
	placeId: string,
	regionId: string,
	options: PipelineOptions
): boolean {
	const region = entries.get(regionId);
	const place = entries.get(placeId);
	if (!region || !place || region.kind !== 'region' || place.kind === 'region' || place.kind === 'country')
		return false;
	const governorate = governorateOf(entries, placeId);
	if (governorate === regionId) return true;
	if (spansGovernorates(region))
		return place.admin1 !== null && governoratesOf(region).includes(place.admin1);
	if (region.admin1 && place.admin1 && region.admin1 !== place.admin1) return false;
	return distanceKm([region.lon, region.lat], [place.lon, place.lat]) <= options.regionDetailKm;
}

/**
 * The stretches of a sentence the model reads: the sentence itself, or, for a "sentence" longer than
 * any real one (a list or a dump on one line), pieces of at most `maxSentenceChars` cut at spaces.
 */
function piecesOf(text: string, sentence: Span, options: PipelineOptions): Span[] {
	if (sentence.end - sentence.start <= options.maxSentenceChars) return [sentence];
	const out: Span[] = [];
	let start = sentence.start;
	while (start < sentence.end) {
		let end = Math.min(sentence.end, start + options.maxSentenceChars);
		const space = text.lastIndexOf(' ', end);
		if (end < sentence.end && space > start) end = space;
		out.push({ start, end });
		start = end + 1;
	}
	return out;
}

function toEvent(
	article: Article,
	reading: Reading,
	place: SentencePlace | null,
	placeId: string,
	date: DateExpression | null,
	/** The date of a sentence that states none. */
	undatedTake: IsoDate | null,
	facts: {
		actor: ActorPattern | null;
		/** The side that lost the place, when the text names it as such. */
		loser: ActorPattern | null;
		claimed: boolean;
		fatalities: number | null;
		sentence: Span;
		withoutFight: boolean;
	}
): ConflictEvent {
	const { kind } = reading;
	let acled = ACLED_TYPES[kind];
	if (kind === 'capture' && facts.actor?.faction === 'government') acled = GOVERNMENT_CAPTURE;
	else if (kind === 'capture' && facts.withoutFight) acled = NON_VIOLENT_CAPTURE;
	const eventDate = date?.date ?? undatedTake;
	const geo = (place ? Math.max(place.geo_precision, reading.near ? 2 : 1) : 3) as 1 | 2 | 3;
	const spanStart = place ? Math.min(facts.sentence.start, place.start) : facts.sentence.start;
	const spanEnd = place ? Math.max(facts.sentence.end, place.end) : facts.sentence.end;
	return {
		id: eventId(eventDate, placeId, kind),
		date: eventDate,
		time_precision: date ? date.precision : 1,
		kind,
		event_type: acled.event_type,
		sub_event_type: acled.sub_event_type,
		actor: facts.actor?.actor ?? null,
		faction: facts.actor?.faction ?? null,
		place_id: placeId,
		geo_precision: geo,
		confidence: facts.claimed ? 'claimed' : 'reported',
		fatalities: facts.fatalities,
		...(reading.extent
			? { extent: reading.extent }
			: place?.region
				? { extent: UNSTATED_EXTENT[kind] ?? ('all' as const) }
				: {}),
		...(facts.loser ? { counter_faction: facts.loser.faction } : {}),
		sources: [{ article: article.meta.file, start: spanStart, end: spanEnd }]
	};
}
