// The function words the clause reader leans on: what ends a clause, what joins a list, what locates a
// place, what makes it a reference. Data like ./predicates.ts; ../read-clauses.ts only interprets them.
import type { PlaceKind } from '../../domain/types';
import type { Family } from './predicates';

/** Words that end a clause for attachment: a place beyond them belongs to another predicate. */
// "as" is decided in isBreak: it opens a clause unless in "such as", "as well as"
export const CLAUSE_WORDS: ReadonlySet<string> = new Set([
	'but',
	'while',
	'whereas',
	'which',
	'who',
	'where',
	'when',
	'although',
	'though',
	'meanwhile',
	'whilst',
	'amid',
	'after',
	'before',
	'despite',
	'following',
	'since'
]);
// dashes and quotes are not here: news sets lists off with dashes ("four towns – X, Y and Z – were
// captured") and quotes a party's own words inside the clause ("had "liberated" X")
export const CLAUSE_PUNCT: ReadonlySet<string> = new Set([';', ':', '(', ')', '?', '!']);
/** Words that announce a list after a colon ("took the following villages: X, Y", "namely: X"): that
 *  colon opens the list of what the clause is about, not a clause of its own. */
export const LIST_ANNOUNCERS: ReadonlySet<string> = new Set([
	'following',
	'follows',
	'including',
	'include',
	'includes',
	'namely'
]);
/** How many words before a colon a list announcer may stand ("the following three villages:"). */
export const LIST_ANNOUNCER_REACH = 4;
/** Verbs a list or a noun phrase may hold without starting a new predicate. */
export const PASS_VERBS: ReadonlySet<string> = new Set([
	'including',
	'include',
	'called',
	'named',
	'known',
	'located',
	'dubbed',
	'surrounding',
	'neighbouring',
	'neighboring',
	'adjacent',
	'held',
	'controlled',
	'populated',
	'situated',
	'lying',
	'bordering',
	'overlooking',
	'besieged',
	'encircled',
	'remaining',
	'leading',
	'occupied',
	'led',
	'backed',
	'run',
	'affiliated',
	'dominated',
	'based'
]);
/** Glue between the members of a list of places. */
// "to" only after "in addition": "the province adjacent to Aleppo" ends the list
export const LIST_GLUE: ReadonlySet<string> = new Set([
	',',
	'and',
	'or',
	'as',
	'well',
	'including',
	'such',
	'namely',
	'plus',
	'both',
	'also',
	'along',
	'with',
	'in',
	'addition',
	'the',
	'town',
	'towns',
	'village',
	'villages',
	'city',
	'cities',
	'of',
	'al',
	'-',
	'al-',
	'el',
	'neighbourhood',
	'neighbourhoods',
	'neighborhood',
	'neighborhoods',
	'district',
	'districts',
	'area',
	'areas',
	'then',
	'among',
	'them',
	'which'
]);
/** Words after a place that make the next place its locator ("Saraqib in Idlib province", "Tal Rifaat, north of Aleppo"). */
export const LOCATOR: ReadonlySet<string> = new Set([
	'in',
	'near',
	'outside',
	'of',
	'north',
	'south',
	'east',
	'west',
	'northern',
	'southern',
	'eastern',
	'western',
	'northeast',
	'northwest',
	'southeast',
	'southwest',
	'north-east',
	'north-west',
	'south-east',
	'south-west',
	'northeastern',
	'northwestern',
	'southeastern',
	'southwestern',
	'close',
	'around',
	'km',
	'kilometres',
	'kilometers',
	'miles',
	'on',
	'within',
	'inside',
	'at'
]);
/** "areas north of Hama": a direction after a generic object puts the event near the place. */
export const DIRECTIONS: ReadonlySet<string> = new Set([
	'north',
	'south',
	'east',
	'west',
	'northeast',
	'northwest',
	'southeast',
	'southwest',
	'north-east',
	'north-west',
	'south-east',
	'south-west'
]);
/** Direction adjectives ("and western Aleppo"): after "and", they open a list's next member. */
export const DIRECTION_ADJECTIVES: ReadonlySet<string> = new Set([
	'northern',
	'southern',
	'eastern',
	'western',
	'northeastern',
	'northwestern',
	'southeastern',
	'southwestern',
	'north-eastern',
	'north-western',
	'south-eastern',
	'south-western',
	'central'
]);
/** Words before "to" that make the place after it near the event ("close to X", "next to X"). */
export const CLOSE_WORDS: ReadonlySet<string> = new Set(['close', 'closer', 'next']);
/** Prepositions that make a place near the head's place, not the place itself. */
export const NEAR_WORDS: ReadonlySet<string> = new Set([
	'near',
	'outside',
	'around',
	'outskirts',
	'edge',
	'gates',
	'vicinity',
	'approaches',
	'doorstep',
	'perimeter',
	'suburbs',
	'environs',
	'close',
	// "took a hill overlooking X": a height above the place, outside it
	'overlooking'
]);
/**
 * Things inside a settlement (or a region) that a side takes without taking the settlement: "captured the
 * central prison in Hama", "seized the police academy in Aleppo", "seized arms depots in Daraa province".
 * Named ones are gazetteer places of their own.
 */
export const FACILITY_NOUNS: ReadonlySet<string> = new Set([
	'prison',
	'academy',
	'college',
	'school',
	'hospital',
	'headquarters',
	'barracks',
	'building',
	'buildings',
	// the security services' "branches" (intelligence offices) of a Syrian city
	'branch',
	'branches',
	'checkpoint',
	'checkpoints',
	'compound',
	'station',
	'depot',
	'depots',
	'warehouse',
	'warehouses',
	'factory',
	'plant',
	'complex',
	'facility',
	'facilities',
	'office',
	'offices',
	'camp'
]);
/** Prepositions that put a thing inside a place ("the prison in Hama", "positions inside Homs"). */
export const INSIDE_WORDS: ReadonlySet<string> = new Set(['in', 'inside', 'within', 'at']);

/** Generic objects: "captured territory near X" is an advance on X; "villages in X province" a part of X. */
export const GENERIC_OBJECTS: ReadonlySet<string> = new Set([
	'territory',
	'territories',
	'ground',
	'area',
	'areas',
	'position',
	'positions',
	'village',
	'villages',
	'town',
	'towns',
	'cities',
	'location',
	'locations',
	'locality',
	'localities',
	'settlement',
	'settlements',
	'point',
	'points',
	'hill',
	'hills',
	'neighbourhood',
	'neighbourhoods',
	'neighborhoods',
	'districts',
	'parts',
	'swathes',
	'swaths',
	'land',
	'sites',
	'outposts',
	'checkpoints',
	'bases',
	'installations',
	'facilities',
	'strongholds'
]);
/** Words between an auxiliary and its participle, or between a head and its subject, that change nothing ("was reportedly captured"). */
export const AUX_SKIP: ReadonlySet<string> = new Set([
	'be',
	'have',
	'get',
	'reportedly',
	'also',
	'now',
	'finally',
	'fully',
	'completely',
	'effectively',
	'quickly',
	'swiftly',
	'later',
	'then',
	'already',
	'just',
	'reported',
	'officially',
	'largely',
	'almost',
	'nearly',
	'entirely',
	'partially',
	'partly',
	'mostly',
	'virtually',
	'since',
	// a verb quoted from a statement: 'had been "completely liberated"'
	'"',
	'“',
	'”',
	"'",
	'‘',
	'’'
]);

/** Nouns a head word may name ("the artillery college", "the air defence battalion", "an offensive unit"): then it states no event. */
export const INSTITUTIONS: ReadonlySet<string> = new Set([
	'college',
	'school',
	'academy',
	'battalion',
	'regiment',
	'brigade',
	'division',
	'unit',
	'units',
	'base',
	'command',
	'corps',
	'directorate',
	'museum',
	'factory',
	'warehouse',
	'depot'
]);

/** Markers of time order ("after", "since"): they make a restatement only of a change of hands ("after the fall of X"), not of fighting ("after fierce clashes"). */
export const SEQUENCE: ReadonlySet<string> = new Set(['after', 'following', 'since']);

/** Nouns that measure how long fighting went on ("after two days of battles"), as lemmas. */
export const DURATION_NOUNS: ReadonlySet<string> = new Set(['day', 'hour', 'week', 'night', 'month']);

/** Pronoun subjects: their side is the one the sentence before named ("They captured Morek"). */
export const PRONOUNS: ReadonlySet<string> = new Set(['they', 'it', 'he', 'she', 'we']);

/** Prepositions that belong to a family's frame, so they lead to its place instead of a reference ("withdrew from X", "advanced to X"). */
const FRAME_WORDS: Partial<Record<Family, string[]>> = {
	// distances belong to movement: "retreated 20 km from X", "30 km from the capital"
	withdraw: ['from', 'out', 'km', 'kilometres', 'kilometers', 'miles'],
	advance: ['to', 'toward', 'towards', 'direction', 'from', 'km', 'kilometres', 'kilometers', 'miles'],
	reach: ['to', 'toward', 'towards', 'direction', 'from', 'km', 'kilometres', 'kilometers', 'miles'],
	encircle: ['to'],
	strike: ['against'],
	hostilities: ['against', 'with'],
	displacement: ['from'],
	'failed-attempt': ['against', 'to']
};
export const FRAME_PREPOSITIONS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
	Object.entries(FRAME_WORDS).map(([family, words]) => [family, new Set(words)])
);

/** Prepositions before a strike noun that make the sentence's subject its target, not its author
 *  ("rebels retreated under heavy bombardment", "troops advanced amid air strikes"). */
export const SUFFERED_UNDER: ReadonlySet<string> = new Set(['under', 'amid', 'amidst', 'despite', 'facing']);

/** Adverbs before "under (its) control" that name who held a thing before, not a change of hands: villages
 *  "once under army control" that fighters took are the villages' capture, and nothing came under the army. */
export const FORMER_HOLD: ReadonlySet<string> = new Set(['formerly', 'previously', 'once']);

/**
 * Words of a time phrase a list may hold between its members ("villages around Daraa on Friday,
 * including Nawa"): the list goes on past them. Weekdays, months, parts of the day, relative days.
 */
export const TIME_WORDS: ReadonlySet<string> = new Set([
	'monday',
	'tuesday',
	'wednesday',
	'thursday',
	'friday',
	'saturday',
	'sunday',
	'january',
	'february',
	'march',
	'april',
	'may',
	'june',
	'july',
	'august',
	'september',
	'october',
	'november',
	'december',
	'morning',
	'afternoon',
	'evening',
	'night',
	'overnight',
	'today',
	'yesterday',
	'tonight'
]);

/** Clause words that are also prepositions of time ("since Tuesday", "after Friday"). */
export const TIME_PREPOSITIONS: ReadonlySet<string> = new Set([
	'since',
	'after',
	'before',
	'following',
	'amid',
	'despite'
]);

/** Words that make a fight another one ("in a separate attack", "in a new assault"). */
export const ANOTHER_ONE: ReadonlySet<string> = new Set([
	'separate',
	'new',
	'second',
	'fresh',
	'further',
	'later'
]);

/** Words that open a time phrase inside a list ("villages north of Hama since Tuesday, including X"). */
export const TIME_OPENERS: ReadonlySet<string> = new Set([
	'since',
	'on',
	'by',
	'until',
	'during',
	'early',
	'late',
	'last',
	'this'
]);

/** Words between a light verb and its control noun that only qualify the control ("in at least de facto control"). */
export const CONTROL_HEDGES: ReadonlySet<string> = new Set([
	'at',
	'least',
	'de',
	'facto',
	'effective',
	'full',
	'total',
	'complete',
	'near',
	'almost',
	'nearly',
	'firm',
	'partial',
	'virtual',
	'practical'
]);

/** Words that open a relative clause. */
export const RELATIVE_WORDS: ReadonlySet<string> = new Set(['which', 'who']);
/** …and "where", which opens one after a place ("The area of X, where the militia kept a base, was taken"). */
export const PLACE_RELATIVE_WORDS: ReadonlySet<string> = new Set([...RELATIVE_WORDS, 'where']);

/**
 * Words that tie a group to the one named after them ("officers loyal to the government", "commanders
 * affiliated with the regime"): the group, not the one it is tied to, is what the clause is about.
 */
export const TYING_WORDS: ReadonlySet<string> = new Set([
	'loyal',
	'affiliated',
	'allied',
	'linked',
	'tied',
	'aligned',
	'attached',
	'belonging',
	'close'
]);
/** Who heads what they lead: "the head of state fled" is the state's flight, not the head's. */
export const HEAD_WORDS: ReadonlySet<string> = new Set(['head', 'leader', 'chief']);
/** Prepositions that hang a phrase from the noun before it ("supporters of", "loyal to"); "with" does so
 *  only after a tying word ("affiliated with"). */
export const OWNING_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'to', 'for']);
/**
 * Counts, formations and spans of time: they own no phrase after "of" ("hundreds of soldiers" are
 * soldiers, "decades of Assad rule" is the rule). Lemmas, and the plural counts, which the tagger leaves
 * as they are.
 */
export const MEASURE_NOUNS: ReadonlySet<string> = new Set([
	'year',
	'decade',
	'century',
	'generation',
	'half',
	'hundreds',
	'dozens',
	'thousands',
	'scores',
	'tens',
	'number',
	'group',
	'handful',
	'majority',
	'part',
	'rest',
	'couple',
	'lot',
	'remnant',
	'remnants',
	// formations: "columns of troops" are the troops
	'column',
	'columns',
	'convoy',
	'convoys'
]);

/** Articles that open an apposition after a comma ("Alawites, a sect …,"): the noun before it is what it describes. */
export const APPOSITION_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/** Words after which an -ing word before a noun is an adjective ("and surrounding areas", "the advancing rebels"). */
export const ATTRIBUTIVE_BEFORE: ReadonlySet<string> = new Set([
	'the',
	'a',
	'an',
	'and',
	'its',
	'their',
	'in',
	'of',
	'other'
]);

/** Words that make a present "is under X control" news of a change ("is now under"), not a description. */
export const CHANGE_WORDS: ReadonlySet<string> = new Set([
	'now',
	'fully',
	'completely',
	'entirely',
	'officially'
]);

/** Determiners that point back at something the text told already ("this incursion", "these attacks"). */
export const DEMONSTRATIVES: ReadonlySet<string> = new Set(['this', 'these', 'that', 'those']);

/** Negations right before a head ("have not yet entered"), for where the model's negation scope misses them. */
export const NOT_WORDS: ReadonlySet<string> = new Set(['not', "n't", 'never']);

/**
 * Nouns a gain is counted in ("took 18 villages", "took control of nine more settlements", "dozens of
 * towns"): a count of these with no name says how much of the region in view changed hands.
 */
export const COUNTED_SETTLEMENTS: ReadonlySet<string> = new Set([
	'villages',
	'towns',
	'settlements',
	'localities',
	'hamlets',
	'communities',
	'sites',
	'positions',
	'hills',
	'hilltops',
	'areas'
]);

/**
 * Verbs that hand their subject on through "to" ("the government was reported to have collapsed", "the
 * army claimed to have retaken X"): the subject of the head after them is theirs.
 */
export const RAISING_VERBS: ReadonlySet<string> = new Set([
	'report',
	'say',
	'believe',
	'understand',
	'appear',
	'seem',
	'claim'
]);

/** Words naming a place's kind after its name ("Deir ez-Zor city", "Idlib province"): part of how the place is named. */
export const PLACE_KIND_WORDS: ReadonlySet<string> = new Set([
	'city',
	'town',
	'village',
	'province',
	'governorate',
	'countryside',
	'district',
	'region',
	'airport',
	'airbase',
	'base'
]);

/**
 * Words of kind between two names that make the first a locator of the second: "the Damascus suburb of
 * Harasta", "the Idlib town of Saraqib", "the Aleppo district of Sheikh Maqsoud".
 */
export const QUALIFYING_KINDS: ReadonlySet<string> = new Set([
	'suburb',
	'suburbs',
	'district',
	'neighbourhood',
	'neighborhood',
	'town',
	'village',
	'city'
]);

/** Of those, the inhabited ones: taken around a town, they are a part of its countryside ("villages around X"). */
export const SETTLEMENT_NOUNS: ReadonlySet<string> = new Set([
	'villages',
	'towns',
	'settlements',
	'localities',
	'hamlets',
	'communities'
]);

/**
 * How large each kind of place is, for the reader (which name of two holds the other: "the Damascus
 * suburb of Harasta"; whether a place has a countryside of its own).
 */
export const PLACE_SIZE: Partial<Record<PlaceKind, number>> = {
	region: 5,
	city: 4,
	town: 3,
	village: 2,
	neighbourhood: 1,
	airport: 1,
	base: 1,
	facility: 1
};

/** Subjects that make a verb of reaching or advancing tell of fighting ("hostilities reached X", "clashes spread to X"). */
export const FIGHTING_SUBJECTS: ReadonlySet<string> = new Set([
	'hostilities',
	'fighting',
	'clashes',
	'battles',
	'battle',
	'combat',
	'violence',
	'shelling'
]);

/** Words that join a patron to the side it arms ("Turkish-backed", "Ankara-aligned"): geodata/actors.json's `backers`. */
export const BACKING_WORDS: ReadonlySet<string> = new Set([
	'backed',
	'affiliated',
	'aligned',
	'allied',
	'supported',
	'sponsored',
	'funded'
]);

/** Strike nouns a side's qualifier or patron may stand before ("government missile strikes", "Russian
 *  raids", "regime shelling"): the phrase names the side that strikes. */
export const STRIKE_NOUNS: ReadonlySet<string> = new Set([
	'strike',
	'strikes',
	'airstrike',
	'airstrikes',
	'air strikes',
	'raids',
	'shelling',
	'artillery',
	'bombardment',
	'bombing',
	'warplanes',
	'jets',
	'planes',
	'aircraft',
	// (not "air force": "Israel destroyed the Syrian air force" names what was hit, not who struck)
	'air forces',
	'drones'
]);
/** Words between such a qualifier and its strike noun ("government missile strikes", "regime artillery
 *  shelling", "Russian fighter jets", "Russian-Syrian coalition aircraft"). */
export const STRIKE_MODIFIERS: ReadonlySet<string> = new Set([
	'air',
	'missile',
	'rocket',
	'artillery',
	'drone',
	'fighter',
	'combat',
	'military',
	'joint',
	'coalition'
]);
/** Nouns for an armed side after its patron ("Turkish-backed factions", "… armed groups"). */
export const GROUP_NOUNS: ReadonlySet<string> = new Set([
	'factions',
	'forces',
	'fighters',
	'groups',
	'rebels',
	'opposition',
	'militias',
	'militia',
	'militants',
	'troops',
	'units',
	'gunmen',
	'insurgents',
	'brigades'
]);

/** Words of time that open a clause ("after the regime falls", "once Hama falls"): with a verb in the present
 *  and a future in the sentence, the clause tells a time to come, not an event. */
export const TIME_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['after', 'once', 'when', 'until', 'before']);
/** Auxiliaries of the future that make a present after TIME_CLAUSE_OPENERS a time to come ("would" is
 *  mostly reported speech: "officials said troops would regroup"). */
export const FUTURE_AUXILIARIES: ReadonlySet<string> = new Set(['will', "'ll", 'shall']);
/** Prepositions that put a fall over an area ("collapsed in / across / over / throughout the north", "the fall
 *  of the regime in Aleppo"). */
export const AREA_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'across', 'over', 'throughout']);

/** Words that open a clause whose subject may follow ("after the troops of the regime withdrew", "as the
 *  forces of the SDF pulled out"); prepositions are not among them ("despite the forces of the regime"). */
export const SUBJECT_OPENERS: ReadonlySet<string> = new Set([
	'after',
	'as',
	'while',
	'whilst',
	'whereas',
	'when',
	'before',
	'since',
	'until',
	'once',
	'because',
	'and',
	'but',
	'although',
	'though',
	'meanwhile',
	'then'
]);

/** Prepositions before a side that make it no subject ("clashes with regime forces", "withdrew from the army's lines"). */
export const PREPOSITIONS_BEFORE_SIDE: ReadonlySet<string> = new Set([
	'with',
	'against',
	'from',
	'of',
	'on',
	'between',
	'to',
	'over',
	'by'
]);

/** A settlement's core: forces that reach it are inside the place ("reached the centre of X", "the town square"). */
export const CORE_WORDS: ReadonlySet<string> = new Set(['centre', 'center', 'heart', 'square', 'downtown']);

/** Words after which a side is what the subject stands against ("groups opposing the regime", "fighters
 *  hostile to the army"): never the subject's own side. */
export const ADVERSARY_WORDS: ReadonlySet<string> = new Set([
	'against',
	'opposing',
	'opposed to',
	'hostile to'
]);

/** Verbs of driving a side out, whose object is the side driven out ("factions dislodged the SDF from X and
 *  took Y"): like ADVERSARY_WORDS, the side after them is what the subject went against, never its subject. */
export const EXPELLING_VERBS: ReadonlySet<string> = new Set([
	'dislodged',
	'dislodging',
	'expelled',
	'expelling',
	'ousted',
	'ousting',
	'evicted',
	'evicting',
	'routed',
	'routing',
	'drove',
	'driving',
	'pushed',
	'pushing',
	'repelled',
	'repelling'
]);

/** Stems of words of fighting after which "with" names the side fought ("clashed with the army", "fierce
 *  battles with regime forces"), not an ally ("allied with", "along with"). */
export const FOUGHT_WITH_STEMS = ['clash', 'fight', 'fought', 'battl', 'skirmish', 'confront', 'engag'];

/** Verbs of fighting whose object, right after a group noun, is the side fought ("units battling the SDF"). */
export const FIGHTING_VERBS: ReadonlySet<string> = new Set(['fighting', 'battling', 'confronting']);

/** Possessives before a control noun the tagger reads as a verb ("their hold on X"): the noun it is. */
export const POSSESSIVE_WORDS = ['their', 'its', 'his', 'her', 'our'];
/** Reference words that name a route: things taken along one ("villages along the X road, including Y") may
 *  still be listed after it. */
export const ROUTE_WORDS = ['road', 'highway', 'route'];
/** Participles after a route noun that name its ends ("a highway linking X and Y"): the places after them are
 *  where the road runs, not where anything happened. */
export const ROAD_END_PARTICIPLES = ['linking', 'connecting', 'joining'];
/** Participles that tell where forces are posted ("forces operating in X", "units stationed in X"). */
export const POSTED_PARTICIPLES = [
	'operating',
	'stationed',
	'deployed',
	'based',
	'positioned',
	'present',
	'gathered',
	'massed'
];
/** Verbs of doing that carry a noun head ("carried out a redeployment", "implemented a withdrawal"). */
export const DOING_VERBS = [
	'carry',
	'out',
	'implement',
	'undertake',
	'conduct',
	'make',
	'begin',
	'complete',
	'have',
	'be'
];
/** Reporting verbs: "In X, officials said the army withdrew" places the saying in X, not the leaving. */
export const REPORTING_VERBS = [
	'say',
	'tell',
	'report',
	'announce',
	'state',
	'claim',
	'confirm',
	'deny',
	'add',
	'note'
];
/** Verbs that say a battle is still ahead ("the battle for X looms", "awaits"). */
export const AHEAD_VERBS = ['loom', 'await'];
/** Modals that put a battle named as subject ahead ("the fight for X will decide the war"); not "may" or
 *  "could", which report as often as they foresee ("clashes may have killed dozens"). */
export const ANTICIPATING_MODALS = ['will', 'would', 'shall'];
/** Verbs of intending whose noun object is still to come ("pledged air support", "planned an assault"). */
export const INTENDING_VERBS = [
	'pledge',
	'promise',
	'plan',
	'prepare',
	'vow',
	'threaten',
	'intend',
	'seek',
	'offer',
	'demand'
];
/** Subjects a distance after "is" locates rather than moves ("the airbase is about 40 km from X"). */
export const LOCATED_SUBJECTS = [
	'it',
	'airbase',
	'base',
	'airport',
	'town',
	'city',
	'village',
	'crossing',
	'bridge',
	'dam',
	'prison',
	'camp',
	'area',
	'site'
];
/** Verbs that say where a thing lies: a distance after them places a place or a thing, as "is" does ("Rastan,
 *  which lies 20 km from Homs", "the base sits a few miles from X"; "located", "situated" whatever the subject). */
export const LOCATING_VERBS = ['lie', 'sit', 'locate', 'situate'];

/** Nouns of people or offices a place name may qualify ("Hama officials said", "Daraa activists"), besides
 *  the civilian subjects: after a list of places taken, such a name opens a clause of its own. */
export const PEOPLE_AFTER_PLACE = [
	'officials',
	'authorities',
	'activists',
	'sources',
	'locals',
	'medics',
	'doctors'
];
