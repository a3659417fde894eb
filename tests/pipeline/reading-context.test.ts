// What a sentence leaves to the ones around it: "the city", "they", a collapse of the state, a date of
// another clause. On the project's real gazetteer; the article texts are written for these tests.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runPipeline, type PipelineContext } from '../../src/lib/pipeline/run-pipeline';
import { loadPipelineContext } from '../../scripts/lib/pipeline-context';

let context: PipelineContext;
beforeAll(() => {
	context = loadPipelineContext(join(__dirname, '..', '..', 'geodata'), null).context;
});

/** The events read from `text` as an article published on Thursday 5 Dec 2024 (or on `published`). */
const read = (text: string, published = '2024-12-05') =>
	runPipeline([{ file: 't.md', text: `---\npublished: ${published}\n---\n${text}` }], context).events;

function eventsIn(text: string) {
	return read(text).map((e) => ({
		kind: e.kind,
		place: context.index.entries.get(e.place_id)!.name,
		faction: e.faction,
		...(e.counter_faction ? { loser: e.counter_faction } : {}),
		date: e.date
	}));
}

describe('the day of a change of hands', () => {
	it('does not date the state\'s fall by the day of a verb it came before ("on Monday after toppling")', () => {
		const day = (text: string, kind: string) => read(text).find((e) => e.kind === kind)?.date;
		// published on Thursday 5 December: "on Monday" is the 2nd, the praise's day, not the fall's
		expect(
			day('Elders praised the people on Monday after ousting the president, Bashar al-Assad.', 'collapse')
		).toBe('2024-12-05');
		// a town stormed and taken is one day's news: "on Monday after storming it" dates the taking
		expect(day('Fighters held a parade in Morek on Monday after capturing the town.', 'capture')).toBe(
			'2024-12-02'
		);
	});
});

describe('reading across sentences', () => {
	it('reads "the city" as the city the article is about, not the last one named in passing', () => {
		const events = eventsIn(
			'Rebels entered Aleppo on Tuesday. Fighting spread through the west of Aleppo overnight. Officials in Damascus called for calm. The army said it had withdrawn from the city on Wednesday.'
		);
		expect(events.filter((e) => e.kind === 'withdrawal').map((e) => e.place)).toEqual(['Aleppo']);
	});
	it('reads "the city" as a city named earlier in the same sentence', () => {
		const events = eventsIn('Rebels entered Hama on Thursday, hours after the army withdrew from the city.');
		expect(events.map((e) => `${e.kind}@${e.place}`).sort()).toEqual(['entry@Hama', 'withdrawal@Hama']);
	});
	it('reads "the city" in a sentence set in a province as the province\'s seat', () => {
		const taken = (sentence: string) =>
			eventsIn(`Rebels neared Homs on Friday, and Homs braced. ${sentence}`)
				.filter((e) => e.kind === 'capture')
				.map((e) => `${e.place}/${e.faction}`);
		expect(taken('In eastern Deir ez-Zor, the SDF took the city on Friday.')).toEqual(['Deir ez-Zor/sdf']);
		// a town named after the province may be the city meant: neither it, the seat nor Homs is sure
		expect(
			taken('In Deir ez-Zor province, troops left Al-Mayadin and the SDF took the city on Friday.')
		).toEqual([]);
		// a province a move came from is no setting: the city is the one the story is about
		expect(
			eventsIn(
				'Rebels reached the gates of Homs on Friday. Units from Hama province stormed the city on Saturday.'
			)
				.filter((e) => e.date === '2024-11-30')
				.map((e) => e.place)
		).toEqual(['Homs']);
	});
	it('reads "the city" as the place the sentence before called a city, however often another is named', () => {
		const story = (deir: string) =>
			eventsIn(
				`Rebels neared Homs on Friday, and Homs braced. The SDF took positions in ${deir} on Friday. Army units were leaving the city on Saturday.`
			).find((e) => e.kind === 'withdrawal')?.place;
		expect(story('Deir ez-Zor city')).toBe('Deir ez-Zor');
		expect(story('the city of Deir ez-Zor')).toBe('Deir ez-Zor');
		expect(story('the eastern city of Deir ez-Zor')).toBe('Deir ez-Zor');
		// named without the word, the city the article is about stays the one meant
		expect(story('Deir ez-Zor')).toBe('Homs');
	});
	it('reads "the town" as the place the sentence before called a town, not a city it named after it', () => {
		const story = (rastan: string) =>
			eventsIn(
				`A rebel convoy drove through ${rastan} at dawn, on the road toward the city of Homs, with Damascus further on. Local outlets said the rebels had taken the town.`
			).find((e) => e.kind === 'capture')?.place;
		expect(story('the town of Rastan')).toBe('Rastan');
		// named without the word, the newest town or city named stays the one meant
		expect(story('Rastan')).toBe('Damascus');
		// only "the town" with the article before it titles a place: "a farming town of Homs" is a part of Homs
		const farming = eventsIn(
			'Rebels seized Talbiseh on Friday. Talbiseh, a farming town of Homs, had held out for years. Fighters entered the town on Saturday.'
		).find((e) => e.kind === 'entry')?.place;
		expect(farming).toBe('Talbiseh');
		// "the district" is no town: no place was called one
		const district = eventsIn(
			'Rebels neared Homs on Friday, and Homs braced. Crowds gathered in the town of Rastan at noon. Fighters captured the district.'
		).find((e) => e.kind === 'capture')?.place;
		expect(district).toBe('Homs');
	});
	it('gives "they" the side the sentence before named', () => {
		const events = eventsIn(
			'Hayat Tahrir al-Sham fighters pushed south on Wednesday. They captured Morek by nightfall.'
		);
		expect(events.find((e) => e.kind === 'capture')).toMatchObject({ place: 'Morek', faction: 'opposition' });
	});
	it('never gives a place given up to the side it went to', () => {
		const given = eventsIn('Hasakah was handed over to the SDF on Wednesday.').find(
			(e) => e.kind === 'withdrawal'
		);
		expect(given?.place).toBe('Al Ḩasakah');
		expect(given?.faction).toBeNull();
		// nor when the side's own modifiers stand after "to"
		const modified = eventsIn('Hasakah was handed over to US-backed Kurdish forces on Wednesday.').find(
			(e) => e.kind === 'withdrawal'
		);
		expect(modified?.place).toBe('Al Ḩasakah');
		expect(modified?.faction).toBeNull();
		// the one who gave it, when named, is the side that withdrew
		expect(
			eventsIn('The army handed over Hasakah to the SDF on Wednesday.').find((e) => e.kind === 'withdrawal')
		).toMatchObject({ place: 'Al Ḩasakah', faction: 'government' });
	});
	it('reads the members of "cities like X and Y" as taken, as it does those of towns', () => {
		expect(
			eventsIn('Rebels seized main cities like Rastan and Talbiseh.')
				.map((e) => `${e.kind}@${e.place}`)
				.sort()
		).toEqual(['capture@Rastan', 'capture@Talbiseh']);
	});
	it('gives "the groups", "these fighters" the side the sentence before named', () => {
		const events = eventsIn(
			'Ankara-aligned units attacked Tal Rifaat on Monday. These fighters then took Tal Rifaat on Tuesday.'
		);
		expect(events.find((e) => e.kind === 'capture')).toMatchObject({ place: 'Tal Rifaat', faction: 'sna' });
	});
	it('gives "our forces" in a quote the side that speaks, and never makes a ministry that speaks the actor', () => {
		const events = eventsIn(
			'The Syrian Defence Ministry issued a statement on Monday. "Our units regained Kafr Nabudah overnight," it read.'
		);
		expect(events.find((e) => e.place === 'Kafr Nabudah')).toMatchObject({
			kind: 'capture',
			faction: 'government'
		});
		const rebels = eventsIn('"Our fighters took Morek on Monday," the rebels said.');
		expect(rebels.find((e) => e.place === 'Morek')).toMatchObject({ faction: 'opposition' });
		// the ministry tells what others did: "the terrorists entered X" is not the government's entry
		const told = eventsIn(
			'In its statement the Syrian Defence Ministry said terrorist groups entered Sarmin on Monday.'
		);
		const entered = told.find((e) => e.place === 'Sarmin');
		expect(entered).toBeDefined();
		expect(entered!.faction).not.toBe('government');
	});
	it('does not give a capture to the side its unnamed subject fought ("the groups clashed with the army and took X")', () => {
		const events = eventsIn(
			'The groups clashed with government forces west of Hama and took Kafr Nabudah on Tuesday.'
		);
		expect(events.find((e) => e.kind === 'capture')?.faction ?? null).not.toBe('government');
		// a side inside the subject's own phrase is still its side, and so is an ally named after "with"
		const own = eventsIn('Units of the opposition took Kafr Nabudah on Tuesday.');
		expect(own.find((e) => e.kind === 'capture')).toMatchObject({ faction: 'opposition' });
		const allied = eventsIn('Gunmen allied with the opposition factions took Kafr Nabudah on Tuesday.');
		expect(allied.find((e) => e.kind === 'capture')).toMatchObject({ faction: 'opposition' });
	});
	it('dates nothing by a month a period started in ("since late November 2024"): the report\'s day stands', () => {
		const events = eventsIn('Shelling of Hama has grown worse since late November 2024.');
		expect(events.map((e) => e.date)).toEqual(['2024-12-05']);
	});
	it('reads "the army" of this theatre as the government, and another state\'s army as no side', () => {
		const events = eventsIn(
			'The army retook Khanasir on Tuesday. The Israeli army said it had entered Quneitra on Thursday.'
		);
		expect(events.find((e) => e.place === 'Khanasir')).toMatchObject({
			kind: 'capture',
			faction: 'government'
		});
		expect(events.find((e) => e.place === 'Quneitra')?.faction ?? null).not.toBe('government');
	});
	it('names the side of "under opposition control", of "the opposition" and of "Turkish-backed forces"', () => {
		const events = eventsIn(
			'Rastan and Talbiseh came under rebel control on Thursday. The opposition seized Salamiyah the same day. Turkish-backed forces took Manbij on Thursday too.'
		);
		expect(
			events
				.filter((e) => e.kind === 'capture')
				.map((e) => `${e.place}:${e.faction}`)
				.sort()
		).toEqual(['Manbij:sna', 'Rastan:opposition', 'Salamiyah:opposition', 'Talbiseh:opposition']);
	});
	it('names a side by its patron whatever the group noun ("Ankara-aligned militias", "Turkey-backed armed factions")', () => {
		const events = eventsIn(
			'Ankara-aligned militias captured Manbij on Thursday. Turkey-backed armed factions took Tal Rifaat on Wednesday. Iranian-backed brigades pulled out of Mayadin on Thursday.'
		);
		expect(events.map((e) => `${e.kind}@${e.place}:${e.faction}`).sort()).toEqual([
			'capture@Manbij:sna',
			'capture@Tal Rifaat:sna',
			'withdrawal@Al Mayādīn:government'
		]);
	});
	it('reads "anti-regime", "pro-government" and "Assad" before any group noun as naming a side', () => {
		const events = eventsIn(
			'Anti-regime armed units entered Morek on Wednesday, after Assad troops pulled back from Kafr Nabl.'
		);
		expect(events.map((e) => `${e.kind}@${e.place}:${e.faction}`).sort()).toEqual([
			'entry@Morek:opposition',
			'withdrawal@Kafr Nabl:government'
		]);
	});
	it('does not give a head the side its subject stands against ("units battling the army")', () => {
		const opposing = eventsIn('Rebel units battling the Syrian army stormed Morek on Wednesday.');
		expect(opposing.map((e) => `${e.place}:${e.faction}`)).toEqual(['Morek:opposition']);
		// no side of its own named: the side it fights is not lent to it
		const hostile = eventsIn('Units fighting against the army seized Kafr Nabl on Wednesday.');
		expect(hostile.map((e) => `${e.place}:${e.faction}`)).toEqual(['Kafr Nabl:null']);
		// "fighting" as a noun before the subject: the subject is still the side named
		const fighting = eventsIn('After days of fighting government forces withdrew from Morek on Wednesday.');
		expect(fighting.map((e) => `${e.kind}:${e.faction}`)).toEqual(['withdrawal:government']);
	});
	it('reads a bracketed abbreviation where its name stands ("held by the Syrian Democratic Forces (SDF)")', () => {
		const events = eventsIn(
			'Militias overran Tal Rifaat on Sunday, a town held until then by the Syrian Democratic Forces (SDF). They captured Deir Jamal on Monday.'
		);
		expect(events.map((e) => `${e.kind}@${e.place}:${e.faction}`)).toEqual([
			'capture@Tal Rifaat:null',
			'capture@Deir Jamal:null'
		]);
	});
	it('keeps a relative clause set off by commas apart from the main clause: its date and restatement are its own', () => {
		const stormed = eventsIn('The fighters, who captured Aleppo last week, stormed Hama on Thursday.');
		expect(stormed.map((e) => `${e.kind}@${e.place} ${e.date}`)).toEqual(['entry@Hama 2024-12-05']);
		const both = eventsIn('Rebels, who seized Aleppo on Saturday, captured Hama on Thursday.');
		expect(both.map((e) => `${e.place} ${e.date}`).sort()).toEqual(['Aleppo 2024-11-30', 'Hama 2024-12-05']);
	});
	it('dates a head by the time phrase after it, not one the comma before it closes', () => {
		const events = eventsIn('Rebels took Morek two days ago, and entered Hama on Thursday.');
		expect(events.map((e) => `${e.place} ${e.date}`).sort()).toEqual(['Hama 2024-12-05', 'Morek 2024-12-03']);
		expect(eventsIn('Government forces retook Aleppo eight years ago.')).toEqual([]);
	});
	it('gives a relative clause closing the sentence its name and the date of the clause before', () => {
		const events = eventsIn(
			'On Friday the army withdrew from Deir ez-Zor city, which came under SDF control.'
		);
		expect(events.map((e) => `${e.kind}@${e.place}/${e.faction} ${e.date}`).sort()).toEqual([
			'capture@Deir ez-Zor/sdf 2024-11-29',
			'withdrawal@Deir ez-Zor/government 2024-11-29'
		]);
	});
	it('dates an "as" clause with the clause before it', () => {
		const events = eventsIn('Rebels seized the town of Morek on Saturday, as government forces withdrew.');
		expect(events.map((e) => `${e.kind} ${e.date}`).sort()).toEqual([
			'capture 2024-11-30',
			'withdrawal 2024-11-30'
		]);
	});
	it('reads "Aleppo, the country\'s largest city" as Aleppo described, not as the city named before', () => {
		const events = eventsIn(
			"Rebels took Hama on Thursday. On Friday they captured Aleppo, the country's largest city."
		);
		expect(events.map((e) => `${e.place} ${e.date}`).sort()).toEqual([
			'Aleppo 2024-11-29',
			'Hama 2024-12-05'
		]);
	});
	it('makes only what a source is said to have said its claim', () => {
		const text =
			'Rebels entered Hama on Thursday, hours after the army said it had withdrawn from the city. Rebels took Morek on Thursday, state media said.';
		const how = read(text).map(
			(e) => `${e.kind}@${context.index.entries.get(e.place_id)!.name} ${e.confidence}`
		);
		expect(how.sort()).toEqual(['capture@Morek claimed', 'entry@Hama reported', 'withdrawal@Hama claimed']);
	});
	it('gives a noun head the side named after "by" ("Hama\'s capture by the rebels")', () => {
		const events = eventsIn("Hama's capture by the rebels was confirmed on Thursday.");
		expect(events.find((e) => e.kind === 'capture')).toMatchObject({ place: 'Hama', faction: 'opposition' });
	});
	it('reads the side that "lost" a place as its loser, not its taker', () => {
		const events = eventsIn('The army lost control of Khanasir on Friday, a day after heavy fighting.');
		expect(events.find((e) => e.kind === 'capture')).toMatchObject({
			place: 'Khanasir',
			faction: null,
			loser: 'government'
		});
	});
	it('places fighting told as the prelude of a change of hands where the change was', () => {
		const events = eventsIn(
			'After two days of fierce battles with the army, the rebels seized Morek on Monday.'
		);
		expect(events.map((e) => `${e.kind}@${e.place}`).sort()).toEqual(['capture@Morek', 'clash@Morek']);
		// not fighting with a place of its own, nor one that only led to civilians leaving
		const own = eventsIn('After battles in Hama, the rebels seized Morek on Monday.');
		expect(own.filter((e) => e.kind === 'clash').map((e) => e.place)).toEqual(['Hama']);
		const fled = eventsIn('After battles on Monday, families fled Morek.');
		expect(fled.filter((e) => e.kind === 'clash')).toEqual([]);
	});
	it('reads a withdrawal told as what led up to a change of hands as one from its place, by its own side', () => {
		const after = eventsIn('Rebels took Morek on Monday after a hurried withdrawal of the Syrian army.');
		expect(after.find((e) => e.kind === 'withdrawal')).toMatchObject({
			place: 'Morek',
			faction: 'government'
		});
		const before = eventsIn('After a hasty army withdrawal, the SNA entered Tal Rifaat on Sunday.');
		expect(before.find((e) => e.kind === 'withdrawal')).toMatchObject({ place: 'Tal Rifaat' });
		// a withdrawal told after the change and not as what led to it is no leaving of the place; nor a plan
		const later = eventsIn('Rebels took Morek on Monday, ahead of a promised withdrawal.');
		expect(later.filter((e) => e.kind === 'withdrawal')).toEqual([]);
		const plan = eventsIn('After the withdrawal plan was agreed, rebels took Morek on Monday.');
		expect(plan.filter((e) => e.kind === 'withdrawal')).toEqual([]);
	});
	it('reads the side after a verb of fighting that opens the sentence as the one fought, not the subject', () => {
		const events = eventsIn('Battling the army, the fighters stormed Morek on Sunday.');
		expect(events.filter((e) => e.place === 'Morek').map((e) => `${e.kind} ${e.faction}`)).toEqual([
			'entry null'
		]);
	});
	it("keeps a head's not-after words when adverbs stand before it, and reads no leaving from where troops went", () => {
		// "still deployed" is no entry, whatever adverb comes between
		expect(eventsIn('SDF units still deployed in Manbij on Monday.')).toEqual([]);
		expect(eventsIn('Government troops departed for Homs on Monday.')).toEqual([]);
	});
	it('reads nothing seized in a picture "taken" somewhere', () => {
		expect(eventsIn('Footage apparently taken in central Hama showed empty streets on Friday.')).toEqual([]);
		expect(eventsIn('Pictures taken in Morek on Monday showed burnt tanks.')).toEqual([]);
	});
	it('reads "Syrian forces" as the government, and the object of "forcing" as the side that left', () => {
		const events = eventsIn(
			'The rebels overran Morek and made Syrian forces quit their barracks there on Monday.'
		);
		expect(events.find((e) => e.kind === 'withdrawal')).toMatchObject({
			place: 'Morek',
			faction: 'government'
		});
		// the longer name is another side
		expect(eventsIn('The Syrian Democratic Forces entered Tabqa on Friday.')[0]?.faction).toBe('sdf');
		// the desert group's name in either order is the opposition's
		expect(eventsIn('The SFA entered Palmyra on Saturday.')[0]?.faction).toBe('opposition');
	});
	it('does not date a change of hands by the date of what led to it', () => {
		const events = eventsIn(
			'The offensive opened on 27 November, leading to the militias seizing Morek within days.'
		);
		// what it led to came after: told with no day of its own, on the day of writing
		expect(events.find((e) => e.kind === 'capture' && e.place === 'Morek')?.date).toBe('2024-12-05');
		// a road "leading to" a place is no consequence
		const road = eventsIn('On Monday, rebels moving along the road leading to Hama captured Morek.');
		expect(road.find((e) => e.kind === 'capture')?.date).toBe('2024-12-02');
	});
	it("dates the latest of a series of changes of hands on the day of writing, not by the series' span", () => {
		// written on Saturday 7 Dec: "in recent days" is the series'; the latest of it is the day's news
		const latest = read('Morek is the latest town to fall to the militias in recent days.', '2024-12-07');
		expect(latest.find((e) => e.kind === 'capture')?.date).toBe('2024-12-07');
		// told of the town alone, the span dates it: the middle of the week
		const alone = read('Morek fell to the militias in recent days.', '2024-12-07');
		expect(alone.find((e) => e.kind === 'capture')?.date).toBe('2024-12-05');
	});
	it('does not date the fall of the state by the day the offensive that brought it began', () => {
		const events = read(
			'The fall of the Assad government after the offensive launched by armed groups on 27 November stunned the region.',
			'2024-12-09'
		);
		expect(events.find((e) => e.kind === 'collapse')?.date).toBe('2024-12-09');
	});
	it('does not date a change of hands by a month alone', () => {
		const events = eventsIn('The militias captured Morek in late November 2024.');
		// no day is told: the day of writing, not the middle of the month
		expect(events.find((e) => e.kind === 'capture')?.date).toBe('2024-12-05');
	});
	it('does not date a change of hands by the day the offensive began', () => {
		// a report of days later sums up the offensive's course: the town fell on a day it does not tell,
		// so the change of hands is undated (the day of writing, with no dated report of the same fact)
		const summed = eventsIn(
			'The militias began their big offensive in the north on 27 November, overrunning Morek and scores of hamlets.'
		);
		expect(summed.filter((e) => e.kind === 'capture').map((e) => e.date)).toEqual(['2024-12-05']);
		// a day of its own dates the change of hands, however near the launch's day stands
		const own = eventsIn('The militias began their offensive on 27 November and seized Morek on Monday.');
		expect(own.find((e) => e.kind === 'capture')?.date).toBe('2024-12-02');
		// the next day's report tells the first day's gains as news
		const fresh = eventsIn('The militias launched their offensive on Wednesday, taking Morek.');
		expect(fresh.find((e) => e.kind === 'capture')?.date).toBe('2024-12-04');
		// where it set out from may stand between its day and the gains
		const origin = eventsIn(
			'The militias launched their offensive on 27 November from their stronghold, Idlib, and seized Morek.'
		);
		expect(origin.find((e) => e.kind === 'capture')?.date).toBe('2024-12-05');
		// an attack is no offensive: its day is the day the town fell
		const attack = eventsIn('The militias launched an attack on Monday and took Morek.');
		expect(attack.find((e) => e.kind === 'capture')?.date).toBe('2024-12-02');
		// the weekday told with the date is the same first day
		const weekday = eventsIn(
			'The militias launched their offensive on Wednesday, 27 November, seizing Morek.'
		);
		expect(weekday.find((e) => e.kind === 'capture')?.date).toBe('2024-12-05');
		// a day the sentence puts the gain on is kept
		const sameDay = eventsIn(
			'The militias opened their campaign on 30 November, seizing Morek the same day.'
		);
		expect(sameDay.find((e) => e.kind === 'capture')?.date).toBe('2024-11-30');
		// a date of another verb or noun is no launch ("a new front in their campaign", "as the army retreated")
		const front = eventsIn('The militias opened a new front in their campaign on 1 December, seizing Morek.');
		expect(front.find((e) => e.kind === 'capture')?.date).toBe('2024-12-01');
		const retreat = eventsIn(
			'The militias began their campaign as troops retreated on 30 November, abandoning Morek.'
		);
		expect(retreat.find((e) => e.kind === 'withdrawal')?.date).toBe('2024-11-30');
	});
	it('reads "the city" after a site as the city the site belongs to', () => {
		const events = eventsIn(
			'Rebels neared Damascus on Friday. A fighter posed at Hama airport on Monday after the rebels took control of the city.'
		);
		expect(events.filter((e) => e.kind === 'capture').map((e) => e.place)).toEqual(['Hama']);
		// not a site named as where something came from, nor a district read as "the district"
		const from = eventsIn(
			'Rebels neared Homs on Friday. Jets from Hama airport bombed them as they entered the city.'
		);
		expect(from.filter((e) => e.kind === 'entry').map((e) => e.place)).toEqual(['Homs']);
		const district = eventsIn(
			'Kurdish fighters left Sheikh Maqsoud on Sunday and the rebels took the district.'
		);
		expect(district.filter((e) => e.place === 'Aleppo')).toEqual([]);
	});
	it('takes the subject of a change of hands from before a relative clause, not from the places inside it', () => {
		const events = eventsIn(
			'Fighters reached Rastan on Friday. The town, which sits on the road between Homs and Hama, fell to them on Saturday.'
		);
		expect(events.filter((e) => e.kind === 'capture').map((e) => e.place)).toEqual(['Rastan']);
		// with no place the phrase before the clause can be, there is no subject, not a wrong one
		const unnamed = eventsIn('The city, which lies on the road between Homs and Hama, fell on Saturday.');
		expect(unnamed.filter((e) => e.kind === 'capture')).toEqual([]);
		// a relative clause on something else, closed before the place: the place after it is the subject
		const said = eventsIn('The monitor, which is based abroad, said Hama fell on Thursday.');
		expect(said.filter((e) => e.kind === 'capture').map((e) => e.place)).toEqual(['Hama']);
	});
	it('leaves the side unsaid for a head in a relative clause on something that is no side', () => {
		const events = eventsIn('The army said its gunners downed drones that attacked Nubl on Thursday.');
		expect(events.find((e) => e.place === 'Nubl')?.faction ?? null).toBeNull();
	});
	it('gives a restatement word to the head nearest it, not to every change of hands in the clause', () => {
		const events = eventsIn(
			'After seizing Kuweires airbase, the SNA moved west and reached Tal Rifaat, previously captured by the YPG, on Sunday.'
		);
		expect(events.filter((e) => e.kind === 'capture').map((e) => e.place)).toEqual(['Kuweires airbase']);
	});
	it('gives a gerund that opens a sentence the subject of the main clause', () => {
		const events = eventsIn('After seizing Saraqib on Friday, the rebels pushed south toward Hama.');
		expect(events.find((e) => e.kind === 'capture')).toMatchObject({
			place: 'Saraqeb',
			faction: 'opposition'
		});
		// a perfect participle too, however far its object runs ("from the army" names the loser)
		const having = eventsIn(
			'Having retaken Saraqib and the whole of Idlib province from army units, the rebels turned toward Hama.'
		);
		expect(having.filter((e) => e.kind === 'capture').map((e) => e.faction)).toEqual([
			'opposition',
			'opposition'
		]);
		// the opener may hold commas of its own: the main clause starts after the last of them
		const listed = eventsIn(
			'Having retaken Saraqib, a key airbase and the whole of Idlib province from army units, the rebels turned toward Hama.'
		);
		expect(listed.find((e) => e.place === 'Saraqeb')).toMatchObject({
			kind: 'capture',
			faction: 'opposition'
		});
		// nor is a side in a relative clause of the opener the main clause's subject
		const relative = eventsIn(
			'Having seized Morek, which the army had held for years, the rebels advanced on Hama.'
		);
		expect(relative.find((e) => e.place === 'Morek')).toMatchObject({
			kind: 'capture',
			faction: 'opposition'
		});
	});
	it('reads villages taken around a city as a part of its governorate, and pressure on the city', () => {
		const events = eventsIn(
			'Gunmen took control of several villages and checkpoints around the city of Daraa.'
		);
		expect(events.map((e) => `${e.kind}@${e.place}`).sort()).toEqual([
			'advance@Dar‘ā',
			'capture@Daraa Governorate'
		]);
		expect(
			read('Gunmen took control of several villages and checkpoints around the city of Daraa.').find(
				(e) => e.kind === 'capture'
			)
		).toMatchObject({ extent: 'part' });
		// a position near the city is pressure on it, no gain in the province
		expect(eventsIn('Gunmen seized a hill near the city of Daraa.').map((e) => e.kind)).toEqual(['advance']);
		// nor are positions, or anything around an airport: no countryside of its own
		expect(eventsIn('Gunmen seized several positions near the city of Daraa.').map((e) => e.kind)).toEqual([
			'advance'
		]);
		expect(eventsIn('Rebels seized several villages near Aleppo airport.').map((e) => e.kind)).toEqual([
			'advance'
		]);
	});
	it('gives an -ing head after "with" and a side that side as subject, not the sentence’s', () => {
		const events = eventsIn('Army units fled the town overnight, with the rebels reaching Rastan.');
		expect(events.find((e) => e.place === 'Rastan')).toMatchObject({
			kind: 'advance',
			faction: 'opposition'
		});
		// not a side set off by a comma before the main clause: "with X at the gates, the army …"
		const opener = eventsIn('With the rebels at the gates, the army began withdrawing from Rastan.');
		expect(opener.find((e) => e.place === 'Rastan')).toMatchObject({
			kind: 'withdrawal',
			faction: 'government'
		});
	});
	it('reads an undated article against the latest date it states, and counts no "yesterday" back from that bound', () => {
		const out = runPipeline(
			[
				{ file: 'a.md', text: '---\npublished: 2024-12-08\n---\nRebels entered Damascus on Sunday.' },
				{
					file: 'b.md',
					text: 'Fighting near Homs began on December 6. Yesterday, rebels took Latakia. Rebels also hold Tartus.'
				}
			],
			context
		);
		const dates = Object.fromEntries(
			out.events
				.filter((e) => e.sources[0]!.article === 'b.md' && e.kind === 'capture')
				.map((e) => [context.index.entries.get(e.place_id)!.name, e.date])
		);
		expect(dates).toMatchObject({ Latakia: '2024-12-06' });
	});
	it('gives no event for what an act was meant to pre-empt', () => {
		expect(eventsIn('The campaign was meant to pre-empt any attacks by the army on Saraqeb.')).toEqual([]);
	});
	it('takes a member named after "including" as one of the things seized, not a place they lie near', () => {
		// (the villages are also a part of Daraa's governorate: the test above)
		const captured = (text: string) =>
			eventsIn(text)
				.filter((e) => e.kind === 'capture' && e.place !== 'Daraa Governorate')
				.map((e) => e.place);
		expect(captured('On Friday gunmen seized several villages around Daraa, including Nawa.')).toEqual([
			'Nawá'
		]);
		// a time phrase inside the list does not end it
		expect(captured('Gunmen seized several villages around Daraa on Friday, including Nawa.')).toEqual([
			'Nawá'
		]);
	});
	it('places fighting a sentence leaves unplaced where the sentence before was, if it named one place', () => {
		const one = eventsIn(
			'Rebels reached the edge of Hama on Tuesday. Heavy fighting went on into the night.'
		);
		expect(one.filter((e) => e.kind === 'clash').map((e) => e.place)).toEqual(['Hama']);
		// two places before, or a place two sentences back: nothing to go by
		const two = eventsIn('Rebels reached Hama and Homs on Tuesday. Heavy fighting went on into the night.');
		expect(two.filter((e) => e.kind === 'clash')).toEqual([]);
		const far = eventsIn(
			'Rebels reached Hama on Tuesday. Officials met. Heavy fighting went on into the night.'
		);
		expect(far.filter((e) => e.kind === 'clash')).toEqual([]);
		// a sentence set in another country speaks of there; a backer named is no place
		const abroad = eventsIn(
			'Rebels stormed Hama on Tuesday. Jets struck two posts on the border with Lebanon.'
		);
		expect(abroad.filter((e) => e.kind === 'airstrike')).toEqual([]);
		const backed = eventsIn(
			'Rebels stormed Hama on Tuesday. Jets backed by Russia struck the area at night.'
		);
		expect(backed.filter((e) => e.kind === 'airstrike').map((e) => e.place)).toEqual(['Hama']);
		// a sentence set in a part of the country the gazetteer names nothing for speaks of there
		for (const where of [
			'in the north-east of the country',
			'in the far east of the country',
			"in the country's south",
			'elsewhere',
			'in northern Syria',
			'across Syria'
		]) {
			const there = eventsIn(
				`Iran would help if Damascus asked for it, its envoy said. Fighting went on ${where} between the army and Kurdish units.`
			);
			expect(
				there.filter((e) => e.kind === 'clash'),
				where
			).toEqual([]);
		}
		// a side alone may be the side of the place before; a backer "in Syria" places nothing
		const side = eventsIn(
			'Rebels entered Hama on Thursday. Fighting raged in the eastern districts overnight.'
		);
		expect(side.filter((e) => e.kind === 'clash').map((e) => e.place)).toEqual(['Hama']);
		const backer = eventsIn(
			'Rebels advanced on Homs on Friday. Russia, the main backer of Assad in Syria, said its jets struck the rebels.'
		);
		expect(backer.filter((e) => e.kind === 'airstrike').map((e) => e.place)).toEqual(['Homs']);
	});
	it('makes no new event of fighting the text has told already ("the fighting") or gives as a cause', () => {
		const given = eventsIn('Rebels reached Hama on Tuesday. Twelve people died in the fighting so far.');
		expect(given.filter((e) => e.kind === 'clash')).toEqual([]);
		const cause = eventsIn('Rebels reached Hama on Tuesday. Troops moved in response to attacks by gunmen.');
		expect(cause.filter((e) => e.kind === 'clash')).toEqual([]);
		// a backdrop: the deaths are what this sentence tells, the fighting only their circumstance
		const backdrop = eventsIn(
			'Drones hit a market in Sarmada on Monday. Four traders died amid continuing battles between the two sides.'
		);
		expect(backdrop.filter((e) => e.kind === 'clash')).toEqual([]);
	});
	it('reads a sentence that only lists ("These include X and Y") as the object of the one before', () => {
		const events = eventsIn(
			'On Saturday the rebels also seized a number of important sites in the area. These include the city of Sukhnah and the village of Qaryatayn.'
		);
		expect(events.filter((e) => e.kind === 'capture').map((e) => e.place)).toEqual([
			'As Sukhnah',
			'Al Qaryatayn'
		]);
		// a list sentence after one that tells nothing is no event
		expect(eventsIn('Officials met on Saturday. These include Sukhnah and Qaryatayn.')).toEqual([]);
	});
	it('gives "others" who retreat the side named last, not the subject of the sentence', () => {
		const events = eventsIn(
			'The army secured Maardes on Monday, pushing back the militants while others retreated.'
		);
		expect(events.find((e) => e.kind === 'withdrawal')).toMatchObject({ faction: 'opposition' });
		// (after fighters the sentence told fell, "the others retreated" is the capture's rout: no event of its own)
		expect(
			eventsIn('The army secured Maardes on Monday, killing scores of gunmen as the others pulled back.').map(
				(e) => e.kind
			)
		).not.toContain('withdrawal');
	});
	it('keeps the event of a clause that measures time to a past one, and drops the past one', () => {
		const events = eventsIn(
			'Insurgents reached Aleppo on Wednesday, almost a decade after they were driven out of the city.'
		);
		expect(events.map((e) => `${e.kind}@${e.place}`)).toEqual(['advance@Aleppo']);
		expect(eventsIn('Insurgents captured Morek a decade ago.')).toEqual([]);
	});
	it('places a strike told with no place of its own where the sentence fought, with no borrowed side', () => {
		const events = eventsIn(
			'Government forces launched a counterattack near Morek on Wednesday, backed by heavy air strikes.'
		);
		expect(events.find((e) => e.kind === 'clash')).toMatchObject({ place: 'Morek', faction: 'government' });
		expect(events.find((e) => e.kind === 'airstrike')).toMatchObject({ place: 'Morek', faction: null });
	});
	it('does not give a strike the side that suffered it', () => {
		const events = eventsIn('The insurgents pulled back from Morek under heavy bombardment on Wednesday.');
		expect(events.find((e) => e.kind === 'withdrawal')).toMatchObject({
			place: 'Morek',
			faction: 'opposition'
		});
		expect(events.find((e) => e.kind === 'airstrike')).toMatchObject({ place: 'Morek', faction: null });
	});
	it('does not read "anti-regime forces" as regime forces', () => {
		expect(
			eventsIn('Anti-regime forces captured Morek on Wednesday.').find((e) => e.kind === 'capture')
		).toMatchObject({ place: 'Morek', faction: 'opposition' });
	});
	it('reads "restored X" as a capture only when a place follows the verb', () => {
		expect(eventsIn('The army restored Morek on Wednesday.').map((e) => `${e.kind}@${e.place}`)).toEqual([
			'capture@Morek'
		]);
		expect(eventsIn('Masons restored the old mosque in Morek on Wednesday.')).toEqual([]);
	});
	it('reads "the city centre" with no name after it as the city named before', () => {
		const events = eventsIn(
			'Rebels entered Hama on Tuesday. By Wednesday they had reached the city centre in daylight.'
		);
		expect(events.filter((e) => e.place === 'Hama').length).toBeGreaterThan(1);
	});
	it('reads "the city centre of X" as X, not as the city named before', () => {
		const events = eventsIn(
			'Fighters held Aleppo by Monday. On Wednesday their units overran the city centre of Hama.'
		);
		expect(events.filter((e) => e.date === '2024-12-04').map((e) => `${e.kind}@${e.place}`)).toEqual([
			'capture@Hama'
		]);
	});
	it('does not date a capture by the day a "since" clause beside it starts its period', () => {
		const capture = eventsIn(
			'Salamiyah is the newest town lost since the militias began their push on Monday, having also seized Morek.'
		).find((e) => e.kind === 'capture' && e.place === 'Morek');
		expect(capture?.date).toBe('2024-12-05'); // the article's day, not Monday the 2nd
		// a capture told inside the clause keeps its date
		expect(
			eventsIn('The militias have held Morek since they seized it on Monday.').find(
				(e) => e.kind === 'capture'
			)?.date
		).toBe('2024-12-02');
	});
	it('dates a capture by a time phrase opening the sentence, past a clause between them', () => {
		expect(
			eventsIn('On Wednesday, after a night of heavy clashes, the rebels captured Morek.').find(
				(e) => e.kind === 'capture'
			)
		).toMatchObject({ place: 'Morek', date: '2024-12-04' });
		// a date of a clause of its own still does not date a capture after "after which"
		expect(
			eventsIn('The push began on Monday, after which the rebels captured Morek.').find(
				(e) => e.kind === 'capture'
			)?.date
		).not.toBe('2024-12-02');
	});
	it('names the side of strikes its qualifier or patron names ("government rocket strikes", "Russian raids")', () => {
		const sides = (text: string) => eventsIn(text).map((e) => `${e.kind}@${e.place}:${e.faction}`);
		// the strikes' side is theirs alone: not the side of a capture told beside them, nor of foreign jets
		expect(sides('In spite of Russian raids, the rebels took Morek on Wednesday.')).toEqual([
			'capture@Morek:opposition'
		]);
		expect(sides('American jets bombed Mayadin on Wednesday.')).toEqual(['airstrike@Al Mayādīn:null']);
		expect(sides('Government rocket strikes hit Morek on Wednesday.')).toEqual(['shelling@Morek:government']);
		expect(sides('Russian raids hit Morek on Wednesday.')).toEqual(['airstrike@Morek:government']);
		expect(sides('Turkish drone strikes hit Manbij on Wednesday.')).toEqual(['drone-strike@Manbij:sna']);
	});
	it('gives people who flee no side, not the one the sentence before named', () => {
		const events = eventsIn(
			'Regime jets bombed Morek on Wednesday. Residents said they fled Morek that night.'
		);
		expect(events.find((e) => e.kind === 'displacement')).toMatchObject({ place: 'Morek', faction: null });
	});
	it('reads strikes on camps of displaced people as strikes, not as a flight', () => {
		expect(
			eventsIn("Rockets hit displaced people's camps near Morek on Wednesday.").map((e) => e.kind)
		).toEqual(['shelling']);
	});
	it('reads civilians relocating as displaced, and units relocating as withdrawing', () => {
		expect(
			eventsIn('Hundreds of families were relocating from Morek on Wednesday.').map((e) => e.kind)
		).toEqual(['displacement']);
		expect(eventsIn('Army units relocated from Morek on Wednesday.').map((e) => e.kind)).toEqual([
			'withdrawal'
		]);
	});
	it('reads a qualifier in the possessive before a group noun as naming the side ("the government\'s brigades")', () => {
		expect(
			eventsIn("The government's brigades pulled out of Morek on Wednesday.").find((e) => e.place === 'Morek')
		).toMatchObject({
			kind: 'withdrawal',
			faction: 'government'
		});
	});
	it('reads aircraft that attack a place as a strike there, not a ground fight', () => {
		expect(eventsIn('Warplanes attacked a market in Morek on Wednesday.').map((e) => e.kind)).toEqual([
			'airstrike'
		]);
		expect(eventsIn('Fighters attacked Morek on Wednesday.').map((e) => e.kind)).toEqual(['clash']);
	});
	it('reads the side after "from" in a passive as the one that lost the place, the side after "by" as its taker', () => {
		const one = (text: string) => {
			const e = read(text).find((x) => x.kind === 'capture')!;
			return `${e.faction}>${e.counter_faction ?? ''}`;
		};
		expect(one('Morek was freed from the Syrian regime on Wednesday.')).toBe('null>government');
		expect(one('Manbij was wrested from the SDF by the SNA on Wednesday.')).toBe('sna>sdf');
	});
	it('reads people who flee and arrive somewhere as no side advancing there', () => {
		expect(eventsIn('Families left Morek on foot, reaching Tabqa by Monday.').map((e) => e.kind)).toEqual([
			'displacement'
		]);
		expect(eventsIn('Thousands of evacuees reached Tabqa on Monday.')).toEqual([]);
	});
	it('reads a force that stays deployed in a place as no move into it', () => {
		expect(eventsIn('Army brigades remained deployed in Morek on Wednesday.')).toEqual([]);
		expect(
			eventsIn('SDF units deployed into Morek on Wednesday.').map((e) => `${e.kind}:${e.faction}`)
		).toEqual(['entry:sdf']);
	});
	it('reads a side\'s hyphened name written with a space ("anti government units") as that side', () => {
		expect(
			eventsIn('Anti government units seized Morek on Wednesday.').find((e) => e.kind === 'capture')
		).toMatchObject({ place: 'Morek', faction: 'opposition' });
		expect(
			eventsIn('Turkish backed factions seized Tal Rifaat on Monday.').find((e) => e.kind === 'capture')
		).toMatchObject({ place: 'Tal Rifaat', faction: 'sna' });
	});
	it('places a collapse of the state on the theatre country, with the government faction', () => {
		expect(eventsIn('By Thursday the regime had collapsed, witnesses said.')).toEqual([
			{ kind: 'collapse', place: 'Syria', faction: 'government', date: '2024-12-05' }
		]);
	});
	it('does not date a capture by a date of another clause', () => {
		const [capture] = eventsIn(
			'The offensive began on November 27, during which the insurgents captured Hama.'
		);
		expect(capture).toMatchObject({ kind: 'capture', place: 'Hama', date: '2024-12-05' });
	});
	it('does not date a capture by the start of the period it happened in ("since …")', () => {
		const [capture] = eventsIn('Since 27 November the insurgents have taken control of Saraqeb.');
		expect(capture).toMatchObject({ kind: 'capture', place: 'Saraqeb', date: '2024-12-05' });
	});
	it('reads places that name a front or a road as where, not what ("the Aleppo and Idlib fronts")', () => {
		expect(eventsIn('The army announced a redeployment on the Aleppo and Idlib fronts.')).toEqual([]);
	});
	it('gives no event for a restated capture', () => {
		expect(
			eventsIn('Rebels, who had already seized Saraqeb, pushed on toward Hama.').filter(
				(e) => e.kind === 'capture'
			)
		).toEqual([]);
	});
	it('reads villages counted with no name as a part of the region the sentence before was about', () => {
		const events = read(
			'Opposition fighters pushed into the Idlib countryside on Tuesday. Their commanders said they took control of 18 villages within a day.'
		);
		const capture = events.find((e) => e.kind === 'capture');
		expect(capture && context.index.entries.get(capture.place_id)!.name).toBe('Idlib Governorate');
		expect(capture?.extent).toBe('part');
		// around a town, a count of villages does not say the town fell
		expect(
			eventsIn('Rebels reached the edge of Hama on Tuesday. They took 18 villages within a day.').filter(
				(e) => e.kind === 'capture'
			)
		).toEqual([]);
	});
	it('does not take the place a report was filed from for the place it speaks of', () => {
		for (const dateline of [
			'DAMASCUS:',
			'Damascus, Dec 4 (Newswire)',
			'Damascus, December 4.',
			'DAMASCUS, Syria —'
		])
			expect(
				eventsIn(
					`${dateline} Opposition fighters pushed into the Idlib countryside on Tuesday. Their commanders said they took control of 18 villages within a day.`
				).find((e) => e.kind === 'capture')?.place,
				dateline
			).toBe('Idlib Governorate');
	});
	it('reads "the province" as the province named last, whole when a side of it was named', () => {
		const events = eventsIn(
			'Rebels took Morek in Hama province on Monday, and more of Hama province on Tuesday. On Wednesday they fought in the western countryside of Aleppo province. By Thursday they had seized 20 villages in the south of the province.'
		);
		expect(events.filter((e) => e.kind === 'capture' && e.date === '2024-12-05').map((e) => e.place)).toEqual(
			['Aleppo Governorate']
		);
	});
	it('keeps a date across a short bracketed name ("armed groups (NSAGs)") in the same clause', () => {
		expect(
			eventsIn('On 29 November, non-state armed groups (NSAGs) reportedly took control of Sarmada.').map(
				(e) => `${e.kind}@${e.place} ${e.date}`
			)
		).toEqual(['capture@Sarmada 2024-11-29']);
	});
	it('reads a past year in an appositive as describing the place, not the event ("Daraa, the birthplace of the 2011 protests")', () => {
		const events = eventsIn(
			'Regime forces lost Daraa, the birthplace of the 2011 protests, on Friday. Homs, a rebel stronghold in 2011, fell to the rebels on Saturday. In 2016, the army retook Aleppo.'
		);
		expect(events.map((e) => `${e.kind}@${e.place} ${e.date}`).sort()).toEqual([
			'capture@Dar‘ā 2024-11-29',
			'capture@Homs 2024-11-30'
		]);
	});
	it('gives a passive the side after "by", and the side put out of a place as its loser', () => {
		expect(eventsIn('The SDF was expelled from Manbij by the SNA on Monday.')).toEqual([
			{ kind: 'capture', place: 'Manbij', faction: 'sna', loser: 'sdf', date: '2024-12-02' }
		]);
		expect(eventsIn('Regime forces were expelled from Homs on Saturday.')).toEqual([
			{ kind: 'capture', place: 'Homs', faction: null, loser: 'government', date: '2024-11-30' }
		]);
	});
	it("reads the state's forces defeated somewhere as their collapse there, and no one else's defeat", () => {
		expect(eventsIn('The army was defeated in Homs on Saturday.').map((e) => `${e.kind}@${e.place}`)).toEqual(
			['collapse@Homs']
		);
		expect(eventsIn('The rebels were defeated near Morek on Tuesday. Assad was ousted on Sunday.')).toEqual(
			[]
		);
	});
	it('reads a facility taken inside a city as a foothold near it, not the fall of the city', () => {
		const precision = (text: string) => read(text).map((e) => `${e.kind} ${e.geo_precision}`);
		expect(precision('Rebels captured the central prison in Hama on Thursday.')).toEqual(['capture 2']);
		expect(precision('Rebels captured the city of Hama on Thursday.')).toEqual(['capture 1']);
		expect(precision("Rebels seized Hama's central prison on Thursday.")).toEqual(['capture 2']);
		expect(
			precision("Fighters reached Daraa. They took over the city's security branches on Friday.").sort()
		).toEqual(['advance 1', 'capture 2']);
	});
	it('gives a place lost "to" a side to that side, and the subject as its loser', () => {
		expect(eventsIn('The SDF lost Deir ez-Zor to the rebels on Tuesday.')).toEqual([
			{ kind: 'capture', place: 'Deir ez-Zor', faction: 'opposition', loser: 'sdf', date: '2024-12-03' }
		]);
	});
	it('reads a government taking office as no capture', () => {
		expect(eventsIn('The interim government took office in Damascus on Tuesday.')).toEqual([]);
	});
	it('reads a collapse told through a reporting verb, in the UN\'s words ("the GoS"), on the country, not on a city of another clause', () => {
		expect(
			eventsIn(
				'On 8 December, armed groups announced they had taken control of Damascus, and the GoS was reported to have collapsed.'
			)
				.map((e) => `${e.kind}@${e.place}`)
				.sort()
		).toEqual(['capture@Damascus', 'collapse@Syria']);
	});
	it('gives a change of hands told again without a date the day the article gave it, not the day of writing', () => {
		const events = eventsIn(
			'Ankara-aligned fighters captured Manbij on Sunday. Residents reached by phone confirmed that Ankara-aligned fighters had seized Manbij. The city fell back to Kurdish-led units on Thursday.'
		);
		expect(
			events
				.filter((e) => e.kind === 'capture')
				.map((e) => `${e.faction} ${e.date}`)
				.sort()
		).toEqual(['sdf 2024-12-05', 'sna 2024-12-01']);
		// of the same kind: a capture told again is the capture, not the entry of two days before
		const entered = eventsIn(
			'Rebels entered Hama on Monday. Rebels captured Hama on Wednesday. Residents said that rebels had taken Hama.'
		);
		expect(entered.map((e) => `${e.kind} ${e.date}`)).toEqual(['entry 2024-12-02', 'capture 2024-12-04']);
		// a side taking it again after the other side retook it is news of its own
		const again = eventsIn(
			'Rebels took Morek on Monday. The army retook Morek on Tuesday. Rebels seized Morek again.'
		);
		expect(again.map((e) => `${e.faction} ${e.date}`)).toEqual([
			'opposition 2024-12-02',
			'government 2024-12-03',
			'opposition 2024-12-05'
		]);
	});
	it('gives the places of a region told taken on a day, listed after it without a date, that day', () => {
		const events = eventsIn(
			'On Monday the rebels said they had taken the western countryside of Aleppo. Their fighters seized Anjara and Urum al-Kubra, a monitor said. Later the army shelled Atarib.'
		);
		expect(
			events
				.filter((e) => e.kind === 'capture')
				.map((e) => `${e.place} ${e.date}`)
				.sort()
		).toEqual(['Anjara 2024-12-02', 'Urum al-Kubra 2024-12-02', 'Western Aleppo countryside 2024-12-02']);
		// a place far from the region keeps the day of writing
		const far = eventsIn(
			'On Monday the rebels said they had taken the western countryside of Aleppo. Their fighters seized Morek.'
		);
		expect(far.find((e) => e.place === 'Morek')?.date).toBe('2024-12-05');
	});
	it('reads "the attack" right after a strike as that strike, not as fighting', () => {
		const events = eventsIn(
			'Russian jets bombed Sarmin on Monday. The attack also centred on army posts in Binnish.'
		);
		expect(events.map((e) => `${e.kind}@${e.place}`).sort()).toEqual([
			'airstrike@Binnish',
			'airstrike@Sarmin'
		]);
		// with no strike before it, an attack is fighting
		expect(eventsIn('The attack centred on army posts in Binnish.').map((e) => e.kind)).toEqual(['clash']);
	});
	it('reads "the capital" as the theatre\'s capital, but not "the economic capital"', () => {
		expect(
			eventsIn('On Monday the militias stormed the capital.').map((e) => `${e.kind}@${e.place}`)
		).toEqual(['entry@Damascus']);
		expect(eventsIn('On Monday the army shelled the economic capital.')).toEqual([]);
	});
	it('reads the seats in a list of governorates of fighting as their governorates', () => {
		const listed = eventsIn('On Monday fighting went on in Homs, Hama and Rural Damascus.');
		expect(listed.map((e) => e.place).sort()).toEqual([
			'Hama Governorate',
			'Homs Governorate',
			'Rif Dimashq Governorate'
		]);
		// without a governorate named by a name of its own, the cities; so is a seat written as the city
		expect(
			eventsIn('On Monday fighting went on in Homs and Hama.')
				.map((e) => e.place)
				.sort()
		).toEqual(['Hama', 'Homs']);
		expect(
			eventsIn('On Monday fighting went on in Homs city and Rural Damascus.')
				.map((e) => e.place)
				.sort()
		).toEqual(['Homs', 'Rif Dimashq Governorate']);
		// not when the list says they are cities
		expect(
			eventsIn('On Monday jets hit Homs, Hama and Idleb cities.')
				.map((e) => e.place)
				.sort()
		).toEqual(['Hama', 'Homs', 'Idlib']);
		expect(
			eventsIn('On Monday street fighting broke out in the cities of Homs, Hama and Idleb.')
				.map((e) => e.place)
				.sort()
		).toEqual(['Hama', 'Homs', 'Idlib']);
		// three seats or more together are provinces too (a relief bulletin's way)
		expect(
			eventsIn('On Monday fighting went on in Homs, Hama and Idleb.')
				.map((e) => e.place)
				.sort()
		).toEqual(['Hama Governorate', 'Homs Governorate', 'Idlib Governorate']);
	});
	it('tells fighting of two days joined by "and" on each of them, and a change of hands once', () => {
		const fighting = eventsIn('On 2 December and 3 December, battles were recorded in Sarmin.');
		expect(fighting.map((e) => `${e.kind} ${e.date}`).sort()).toEqual([
			'clash 2024-12-02',
			'clash 2024-12-03'
		]);
		expect(eventsIn('On 2 December and 3 December, the rebels seized Sarmin.')).toHaveLength(1);
	});
	it('tells an entry and the capture of the same place, day and side once, as the capture', () => {
		expect(eventsIn('Rebels entered Hama on Wednesday and seized the city.').map((e) => e.kind)).toEqual([
			'capture'
		]);
		expect(
			eventsIn('Rebels entered Hama on Tuesday. They seized the city on Wednesday.')
				.map((e) => `${e.kind} ${e.date}`)
				.sort()
		).toEqual(['capture 2024-12-04', 'entry 2024-12-03']);
	});
	it('reads "bore down on" through the whole pipeline (the past form is known to the pre-filter)', () => {
		expect(eventsIn('Two rebel columns bore down on Saraqeb on Monday.')).toMatchObject([
			{ kind: 'advance', place: 'Saraqeb' }
		]);
	});
	it('puts "Hader" by Quneitra on the Quneitra village, not the Aleppo town of that spelling', () => {
		expect(eventsIn('Israeli troops seized Hader and Madinat al-Baath in the Quneitra area.')).toContainEqual(
			expect.objectContaining({ kind: 'capture', place: 'Hadar' })
		);
	});
	it("places a side of the country on the gazetteer's region for it, not on the country", () => {
		expect(eventsIn('Jets bombed rebel-held northwestern Syria on Monday.')).toMatchObject([
			{ kind: 'airstrike', place: 'northwest Syria' }
		]);
		expect(eventsIn('About 20,000 villagers were displaced across north-east Syria.')).toMatchObject([
			{ kind: 'displacement', place: 'northeast Syria' }
		]);
	});
	it('tells strikes of two weekdays joined by "and" on each of them', () => {
		const strikes = eventsIn('Monitors counted some 30 air raids on Sarmin on Monday and Tuesday.');
		expect(strikes.map((e) => `${e.kind} ${e.date}`).sort()).toEqual([
			'airstrike 2024-12-02',
			'airstrike 2024-12-03'
		]);
	});
	it('tells a toll of two days once', () => {
		const both = read('On 2 December and 3 December, clashes in Sarmin killed 20 people.');
		expect(both.map((e) => e.date).sort()).toEqual(['2024-12-02', '2024-12-03']);
		expect(both.filter((e) => e.fatalities === 20)).toHaveLength(1);
	});
	it('gives a quote "according to" a side to that side, and does not take the subject of what was said for a speaker', () => {
		expect(eventsIn('"Our units regained Kafr Nabudah overnight," according to the army.')).toMatchObject([
			{ place: 'Kafr Nabudah', faction: 'government' }
		]);
		const said = eventsIn(
			'Residents said the army had fled Sarmin on Monday. "Our forces took Morek," a commander said.'
		);
		expect(said.find((e) => e.place === 'Morek')).toMatchObject({ kind: 'capture', faction: null });
	});
	it('does not read "the neighbouring province" as the province of the city just named', () => {
		const events = read(
			'Rebels entered Hama on Thursday. They also took several villages in the neighbouring province.'
		);
		expect(events.some((e) => context.index.entries.get(e.place_id)!.kind === 'region')).toBe(false);
	});
	it('does not date a change of hands by the day a count "since" starts', () => {
		const events = eventsIn(
			'Rastan is the newest town lost by the army since the rebels opened their campaign on 27 November.'
		);
		expect(events.find((e) => e.place === 'Rastan')).toMatchObject({ kind: 'capture', date: '2024-12-05' });
	});
	it('reads a hyphen between spaces as a dash that ends the clause, and its date', () => {
		const events = eventsIn(
			'The army had retaken Khanasir - less than two days after rebels seized it on 1 December.'
		);
		expect(events.find((e) => e.faction === 'government')).toMatchObject({
			kind: 'capture',
			date: '2024-12-05'
		});
	});
	it('reads "the province" after a city and no region as the city\'s province', () => {
		const events = read(
			'Rebels entered Hama on Thursday. They also took several villages in the province the same day.'
		);
		const region = events.find((e) => context.index.entries.get(e.place_id)!.kind === 'region');
		expect(region && context.index.entries.get(region.place_id)!.name).toBe('Hama Governorate');
		// a region named before is the one it means
		const named = read(
			'Fighting reached Idlib province on Tuesday. Rebels entered Hama on Thursday. They took villages in the province.'
		);
		const taken = named.filter(
			(e) => context.index.entries.get(e.place_id)!.kind === 'region' && e.kind === 'capture'
		);
		expect(taken.map((e) => context.index.entries.get(e.place_id)!.name)).toEqual(['Idlib Governorate']);
	});
	it('reads an entry into a province that states no share as a foothold, a takeover as all of it', () => {
		const extentOf = (sentence: string, kind: string) =>
			read(sentence).find((e) => e.kind === kind && context.index.entries.get(e.place_id)!.kind === 'region')
				?.extent;
		expect(extentOf('Rebel units entered Hama province on Sunday.', 'entry')).toBe('part');
		expect(extentOf('Rebel units took over Hama province on Sunday.', 'capture')).toBe('all');
	});
	it('reads "the eponymous province" as the governorate of the city just named', () => {
		const events = read('By Friday the army had lost Daraa city and much of the eponymous province.');
		const region = events.find((e) => context.index.entries.get(e.place_id)!.kind === 'region');
		expect(region && context.index.entries.get(region.place_id)!.name).toBe('Daraa Governorate');
		expect(region?.extent).toBe('most');
	});
	it('gives the south\'s "local factions" the opposition\'s side', () => {
		expect(eventsIn('Local factions took control of Busra al-Sham on Friday.')[0]).toMatchObject({
			kind: 'capture',
			faction: 'opposition'
		});
	});
	it("gives the Free Syrian Army the opposition's side, not the Syrian army's", () => {
		expect(eventsIn('The Free Syrian Army advanced towards Palmyra on Saturday.')[0]).toMatchObject({
			kind: 'advance',
			faction: 'opposition'
		});
		expect(eventsIn('Army units regained control of Morek on Tuesday.')[0]).toMatchObject({
			kind: 'capture',
			faction: 'government'
		});
	});
	it('reads how much of a city changed hands when the text says, and only then', () => {
		const extentOf = (text: string) => read(text).find((e) => e.kind === 'capture')?.extent;
		expect(extentOf('Rebels now control half of the embattled city of Hama, a monitor said.')).toBe('half');
		expect(extentOf('Rebels now control more than half of the city of Aleppo.')).toBe('most');
		expect(extentOf('Rebels took control of parts of Hama on Thursday.')).toBe('part');
		expect(extentOf('Rebels captured Hama on Thursday.')).toBeUndefined();
		// villages around a city are not a share of it
		expect(
			read('Rebels took several villages near Hama on Thursday.').find((e) => e.place_id.includes('170017'))
				?.extent
		).toBeUndefined();
	});
	it('reads "the government" that lost a place as its loser, and not as a speaker\'s side', () => {
		expect(eventsIn('The Syrian government lost control of Homs on Friday.')).toEqual([
			{ kind: 'capture', place: 'Homs', faction: null, loser: 'government', date: '2024-11-29' }
		]);
		expect(eventsIn('The government said rebels took Homs on Friday.').map((e) => e.faction)).toEqual([
			'opposition'
		]);
	});
	it("dates what a chronicle tells under a day's heading by that day", () => {
		const story = [
			'The offensive took twelve days, from Idlib to the capital.',
			'',
			'27 November – the push begins',
			'',
			'Rebels attacked army positions west of Aleppo on Wednesday.',
			'',
			'1 December',
			'',
			'Russian jets struck Idlib, and the rebels took Saraqib.',
			'',
			'5 December – Hama',
			'',
			'The rebels entered Hama after heavy fighting.'
		].join('\n');
		const events = read(story, '2024-12-08').map(
			(e) => `${e.kind}@${context.index.entries.get(e.place_id)!.name} ${e.date}`
		);
		expect(events).toEqual(
			expect.arrayContaining([
				'clash@Aleppo 2024-11-27',
				'airstrike@Idlib 2024-12-01',
				'capture@Saraqeb 2024-12-01',
				'entry@Hama 2024-12-05'
			])
		);
		// "on Wednesday" under 27 November is that day, not the Wednesday before the day of writing
		expect(events.filter((e) => e.endsWith('2024-12-04'))).toEqual([]);
		// "yesterday" under a day's heading is the day before it
		const digest = read(
			'Digest\n\n4 December\n\nRebels took Saraqib yesterday.\n\n5 December\n\nJets struck Idlib.'
		);
		expect(digest.find((e) => e.kind === 'capture')?.date).toBe('2024-12-03');
		// a list of key dates heads no text after it
		const box = read(
			'Key dates\n27 Nov: the push opens\n29 Nov: rebels enter Aleppo\n\nRebels took Hama on Thursday.'
		);
		expect(box.find((e) => e.kind === 'capture')?.date).toBe('2024-12-05');
	});
	it('reads a site taken in a region as a foothold in it, the region itself as all of it', () => {
		const extent = (text: string) => read(text).find((e) => e.kind === 'capture')?.extent;
		expect(extent('Rebels seized the arms depots in Daraa province on Friday.')).toBe('part');
		expect(extent('Rebels seized the biggest depots in southern Syria on Friday.')).toBe('part');
		expect(extent('Rebels seized Daraa province on Friday.')).toBe('all');
	});
	it.each([
		// a passive's agent "by" only inside its clause, not past a comma
		[
			'Hama fell to the rebels on Thursday, despite strikes by Russian warplanes.',
			['airstrike@Hama/-', 'capture@Hama/opposition']
		],
		// forces defeated with no place said where are no fall of the state
		['The army was defeated near Morek on Tuesday.', []],
		// a move back into a place is no attack repelled there
		['The rebels pushed back into Palmyra on Saturday.', ['advance@Tadmur/opposition']],
		// civilians put out of a place are displaced; the place did not change hands
		['Militias expelled residents from Tal Rifaat on Monday.', ['displacement@Tal Rifaat/-']],
		// a bulletin's heading is its place, not a dateline
		['Hama: rebels entered the city on Thursday.', ['entry@Hama/opposition']],
		// "a separate assault" is a fight of its own
		['Fighters seized Saraqeb in a separate assault on Friday.', ['capture@Saraqeb/-', 'clash@Saraqeb/-']],
		// "and other regions" makes no region of the name before it
		['Airstrikes hit Aleppo and other regions on Friday.', ['airstrike@Aleppo/-']],
		// a place that fell "out of" a side's hands: that side lost it, whoever the sentence named before
		[
			'The army redeployed outside Hama, and the city fell out of government hands.',
			['capture@Hama/-', 'withdrawal@Hama/government']
		],
		['Hama fell into rebel hands on Thursday.', ['capture@Hama/opposition']],
		// going home is no advance
		['Iraqi militias were heading back to Iraq through the Albukamal crossing on Friday.', []],
		// a count of positions taken in the region the sentence opens in is a part of it
		[
			'In Daraa province, local rebel groups captured more than a dozen military positions on Friday.',
			['capture@Daraa Governorate/opposition']
		],
		// the side a group is "of" is the group's, when the group is the subject; not when it is fought
		[
			'Rebels took Homs on Friday after the troops of the Assad regime had pulled out overnight.',
			['capture@Homs/opposition', 'withdrawal@Homs/government']
		],
		['Rebels battled the forces of the regime near Hama on Friday.', ['clash@Hama/opposition']],
		[
			'Rebels entered Hama on Thursday as the forces of the regime withdrew southward.',
			['entry@Hama/opposition', 'withdrawal@Hama/government']
		],
		// a group that a participle or a verb has as its object is no subject
		[
			'Opposition fighters, after crushing the forces of the regime near Aleppo, took Hama on Thursday.',
			['capture@Hama/opposition']
		],
		[
			'Government troops, fleeing the fighters of the opposition, abandoned Hama on Thursday.',
			['withdrawal@Hama/government']
		],
		// nor one joined to the side named first
		['Rebels and the forces of the regime clashed near Hama on Friday.', ['clash@Hama/opposition']],
		['Rebels fought with the forces of the regime near Hama on Friday.', ['clash@Hama/opposition']],
		// the sides fought may be several, allies described by their allegiance; a clause of their own is not
		[
			'Rebels battled government forces and Iranian-backed militias on Wednesday in villages north of Hama.',
			['clash@Hama/opposition']
		],
		['Groups fighting the government and holding sway in Idlib met on Friday.', []],
		[
			'Rebels battled the army and allied militias on Friday in villages north of Hama, a city whose fall would hurt the government.',
			['clash@Hama/opposition']
		],
		['HTS fought the army for days and Russian officers at Hmeimim coordinated the air war.', []],
		// a site only located by its town: a strike on it fell on the town; a site taken is not the town taken
		['An ammunition store in Homs was bombed on Friday.', ['airstrike@Homs/-']],
		['A barracks in Hama was seized on Friday.', []],
		// nor a place a participle of the struck tells, unless it tells where they stood
		['Families fleeing the fighting in Homs were shelled on the road to Hama on Friday.', ['clash@Homs/-']],
		[
			'Rebel reinforcements massed in Idlib were struck by Russian jets on Friday.',
			['airstrike@Idlib/government']
		],
		// what a passive strike's subject names is the struck, not the striker
		['Positions of the army in Homs were shelled on Friday.', ['shelling@Homs/-']],
		// falling back is a retreat, neither the place's fall nor the state's
		['The army fell back from Hama on Friday to regroup.', ['withdrawal@Hama/government']],
		['The army fell back to Homs on Friday.', []],
		['Troops defending Hama fell back to Homs on Thursday.', []],
		['The YPG defending Tal Rifaat fell back to Manbij on Sunday.', []],
		// a place that fell back to a side fell, whoever told it or held it before
		['The army said Saraqeb fell back into rebel hands on Wednesday.', ['capture@Saraqeb/opposition']],
		[
			'In a blow to the troops, Saraqeb fell back into rebel hands on Wednesday.',
			['capture@Saraqeb/opposition']
		],
		[
			'Khan Sheikhoun, which troops had held for five years, fell back to the rebels on Friday.',
			['capture@Khan Sheikhoun/opposition']
		],
		['Hama fell back into rebel hands on Thursday.', ['capture@Hama/opposition']],
		// help arriving where its side stands is no advance; forces advancing are
		['Army reinforcements arrived in Hama on Friday to bolster its defences.', []],
		[
			'Rebels, bolstered by reinforcements, reached the gates of Hama on Friday.',
			['advance@Hama/opposition']
		],
		['According to the government, army reinforcements arrived in Hama on Friday.', []],
		// a denial reaches the clause its "that" opens, however many words report it; "reject" only that far
		['A general refuted claims by several outlets on Friday that rebels had seized Homs.', []],
		['Officials rejected reports on Friday that rebels had captured Hama.', []],
		['Rebels rejected the offer and took Hama on Friday.', ['capture@Hama/opposition']],
		// …and no further than its own "that" clause
		[
			'Rebels denied reports that they had withdrawn from Saraqeb, and said they captured Morek on Tuesday.',
			['capture@Morek/opposition']
		],
		['The army denied the reports and that night rebels captured Morek.', ['capture@Morek/opposition']],
		// a claim the sentence tells was answered by a denial is no capture; a claim before a denial of another
		// matter still is
		[
			'The SDF on Monday denied reports of its pullout from Raqqa after rebels claimed to have seized the city.',
			[]
		],
		[
			'Rebels claimed to have seized Homs on Friday after the army denied losing Hama.',
			['capture@Homs/opposition']
		],
		// what was targeted, in the passive, is what was struck; not a ground push's aim, nor a habit
		['An ammunition depot in Homs was also targeted on Friday.', ['airstrike@Homs/-']],
		['Homs was targeted in the rebel offensive on Friday.', []],
		['Hama airport had been targeted many times before the war.', []],
		// weapons taken are booty, no strike; a strike after a place taken is one
		['Rebels captured tanks, field artillery and rocket launchers at the Hama airbase on Friday.', []],
		[
			'Rebels seized Saraqib and heavy shelling in Idlib killed five people on Friday.',
			['capture@Saraqeb/opposition', 'shelling@Idlib/opposition']
		],
		[
			'Rebels seized a key highway and Russian airstrikes on Idlib killed 12 people on Friday.',
			['airstrike@Idlib/government']
		],
		// what a force left behind is no place it left
		['The airbase held a stockpile of rockets left by government troops near Homs.', []],
		['Fresh army units advanced toward Hama on Friday.', ['advance@Hama/government']],
		// two strikers named together, or joined by a hyphen, are one side's strikes
		[
			'Over the past days, Russian and Syrian air strikes have grown heavier in Idlib and Aleppo.',
			['airstrike@Aleppo/government', 'airstrike@Idlib/government']
		],
		['Joint Syrian-Russian raids hit a rebel camp in Sarmada on Thursday.', ['airstrike@Sarmada/government']],
		[
			'Syrian and Russian planes bombed rebel bases in Saraqib on Thursday.',
			['airstrike@Saraqeb/government']
		],
		// strikes named again are the side's that struck the sentence before
		[
			'Syrian and Russian warplanes struck Idlib on Thursday. The raids also hit Sarmada.',
			['airstrike@Idlib/government', 'airstrike@Sarmada/government']
		],
		[
			'Russian and Syrian air forces bombed rebel supply lines near Idlib. Those same air forces hit Saraqib on Thursday.',
			['airstrike@Idlib/government', 'airstrike@Saraqeb/government']
		],
		// a strike of no side between ends the run; "the coalition aircraft" are another force
		[
			'Russian warplanes struck Idlib on Monday. Unidentified jets hit depots near Damascus on Tuesday. The strikes also hit Barzeh on Thursday.',
			['airstrike@Barzeh/-', 'airstrike@Damascus/-', 'airstrike@Idlib/government']
		],
		[
			'Russian warplanes pounded Idlib on Monday. The coalition aircraft struck positions in Palmyra on Thursday.',
			['airstrike@Idlib/government', 'airstrike@Tadmur/-']
		],
		// drones named again are strikes from the air, as before
		[
			'Turkish drones struck Manbij on Monday. The drones also hit Tal Rifaat on Thursday.',
			['airstrike@Tal Rifaat/sna', 'drone-strike@Manbij/sna']
		],
		// not strikes of no side before them, nor a side's strikes three sentences back
		[
			'Russian jets struck Idlib on Monday. Rebels took Morek. Fighting went on. The raids hit Sarmada on Thursday.',
			['airstrike@Idlib/government', 'airstrike@Sarmada/-', 'capture@Morek/opposition', 'clash@Morek/-']
		],
		// where fighting or fire set out from is not where it was
		['From Tel Rifaat, the YPG launched attacks on Turkish forces on Thursday.', []],
		['From Idlib, rebels fired rockets at army posts on Thursday.', []],
		// (not a name that holds a place: fighting may well be there)
		[
			'Fighting erupted on Thursday between the SNA and a unit from the Manbij Military Council, with shelling by the Turkish army.',
			['shelling@Manbij/-']
		],
		// the side a move's noun names after "of" is the side that moved; a strike's is what it hit
		[
			'The minister said on Thursday that the pullout of regime troops from Hama was temporary.',
			['withdrawal@Hama/government']
		],
		['The shelling of rebel fighters in Hama went on on Thursday.', ['shelling@Hama/-']],
		// strikes a side opens its assault with are its own
		[
			'The rebels opened their assault in Aleppo with car bombs on Thursday.',
			['car-bomb@Aleppo/opposition', 'clash@Aleppo/opposition']
		],
		// a fall named as an aim is no fall; one told as another thing happened is
		[
			'Crowds cheered the fall of Assad as rebels neared the presidential palace on Thursday.',
			['collapse@Syria/government']
		],
		// strikes of another kind, or on the side that struck before, are not that side's
		[
			'Rebels shelled Nubl on Monday. The air strikes on Idlib city also grew heavier on Thursday.',
			['airstrike@Idlib/-', 'shelling@Nubl/opposition']
		],
		[
			'Rebel drones struck Hama military airport on Monday. The drone strikes on rebel positions in Souran killed dozens on Thursday.',
			['drone-strike@Hama military airport/opposition', 'drone-strike@Souran/-']
		],
		// a side's artillery and a leader's warplanes name their side
		['Turkish artillery shelled Tal Rifaat on Thursday.', ['shelling@Tal Rifaat/sna']],
		["Assad's warplanes bombed Sarmada on Thursday.", ['airstrike@Sarmada/government']],
		// reaching a distance from a city's centre is not reaching the city
		['Rebels reached 12 km from the centre of Homs on Thursday.', ['advance@Homs/opposition']],
		// fighting some distance from a city's centre is not inside the city
		[
			'Insurgents clashed with regime forces on Thursday about 12 km from the centre of Hama.',
			['advance@Hama/opposition']
		],
		// a name before a noun of its own opens a clause; the list of places taken has ended
		[
			'Rebels took Daraa on Thursday, and Hama officials said the city was calm.',
			['capture@Dar‘ā/opposition']
		],
		[
			'Rebels overran forty hamlets in both the Idlib and Aleppo provinces on Thursday.',
			['capture@Aleppo Governorate/opposition', 'capture@Idlib Governorate/opposition']
		],
		// a loser's taker left unsaid is the side the sentence before names, not the loser
		[
			'Rebels pressed south on Thursday. Government forces lost control of Saraqib on Thursday.',
			['capture@Saraqeb/opposition']
		],
		[
			'The army regrouped on Thursday. Government forces lost control of Saraqib on Thursday.',
			['capture@Saraqeb/-']
		],
		// not when the loss names another side, nor for a loser whose taker a sentence before cannot tell
		[
			'Rebels pressed on towards Homs. Government forces lost control of Deir ez-Zor on Thursday after clashes with Kurdish fighters.',
			['advance@Homs/opposition', 'capture@Deir ez-Zor/-', 'clash@Deir ez-Zor/government']
		],
		[
			'Rebels captured Hama on Monday. The SDF lost control of Tal Rifaat on Thursday.',
			['capture@Hama/opposition', 'capture@Tal Rifaat/-']
		],
		['The rebel coalition took full control of Saraqib on Thursday.', ['capture@Saraqeb/opposition']],
		// the side after a move's "of" moved, whoever the clause's subject
		[
			'Rebels halted the advance of government forces near Souran on Thursday.',
			['advance@Souran/government']
		],
		// a fall named as an aim is no fall
		['The rebel leader named the downfall of the regime as the aim of the campaign.', []],
		["The rebel commander declared the ouster of the regime as the offensive's goal.", []],
		// where an attack set out from, past a side's base named first, saw no fighting
		[
			'The rebels launched an attack on Tuesday from their stronghold, Idlib in the northwest, and took Saraqib.',
			['capture@Saraqeb/opposition']
		],
		// the ends of a road cut are no places of the clashes that followed
		['Rebels severed the M5 road connecting Hama and Aleppo on Thursday, intensifying clashes.', []],
		[
			'Rebels severed the highway linking Hama and Homs on Thursday, and clashes raged in Hama.',
			['clash@Hama/opposition']
		],
		// a subject joining the opposition and the SNA is the opposition's offensive, the SNA named once or twice
		['HTS and SNA fighters have captured Hama in the past week.', ['capture@Hama/opposition']],
		[
			'Units of HTS and the Syrian National Army (SNA) seized the districts of Homs on Saturday.',
			['capture@Homs/opposition']
		],
		// the SNA alone, or the SNA beside a side of its own, stays the SNA's
		[
			'The SNA took Tal Rifaat on Sunday, and HTS fighters moved on Hama.',
			['advance@Hama/opposition', 'capture@Tal Rifaat/sna']
		],
		[
			'Turkish-backed factions and the Syrian National Army captured Tal Rifaat on Sunday.',
			['capture@Tal Rifaat/sna']
		],
		// a side joined by "and" to the object of a verb is an object too, however near the head it stands
		[
			'HTS fighters broke through the lines of the army and Hezbollah units, now just ten km from Aleppo on Wednesday.',
			['advance@Aleppo/opposition']
		],
		// a side inside a relative clause before the head tells of the subject: no agent of its fall
		['Morek, which the army had held for years, fell on Monday.', ['capture@Morek/-']],
		// …and a place with a "where" clause is still the subject of its passive
		[
			'The area of Morek, where the militia kept a large depot, was taken by the rebels on Monday.',
			['capture@Morek/opposition']
		],
		// forces posted in a list of regions, with its kind and where it lies, left them
		[
			'Army units in the Quneitra and Daraa regions of southern Syria were redeployed on Saturday, the ministry said.',
			['withdrawal@Daraa Governorate/government', 'withdrawal@Quneitra Governorate/government']
		],
		// places handed over by a pronoun ("leaving them in SDF hands") are the ones the withdrawal left
		[
			'Syrian troops retreated from Morek and Souran on Friday, leaving them in SDF hands.',
			[
				'capture@Morek/sdf',
				'capture@Souran/sdf',
				'withdrawal@Morek/government',
				'withdrawal@Souran/government'
			]
		],
		// …not a side after a comma and "and", nor one a verb follows: a clause of its own
		[
			'HTS seized Hama from the army, and the SNA took Tal Rifaat on Sunday.',
			['capture@Hama/opposition', 'capture@Tal Rifaat/sna']
		],
		// a place after a preposition sets the scene: the subject follows its "where" clause
		[
			'In Hama province, where the army had dug in, Souran was taken by rebels on Wednesday.',
			['capture@Souran/opposition']
		],
		// a side that went against the place in the relative clause may be the one it fell to
		['Morek, which rebels had besieged for three days, fell on Monday.', ['capture@Morek/opposition']],
		// a quotation that opens on a condition is someone's words; the narrative after it stands
		[
			'“If we hold Morek, we hold the road,” a commander said after rebels captured the town on Monday.',
			['capture@Morek/opposition']
		],
		// a place handed to a group no side's name covers is taken by no named side, not by the one that left
		[
			'The army withdrew from Manbij on Friday, leaving it in the hands of local fighters.',
			['capture@Manbij/-', 'withdrawal@Manbij/government']
		],
		// a side that holds the place ("SDF-held") is no agent of what is done to it
		['The SDF-held Tal Rifaat pocket was surrounded on Sunday.', ['advance@Shahba region/-']],
		['The regime-controlled town of Morek was encircled on Monday.', ['advance@Morek/-']],
		['Rebels encircled the SDF-held town of Manbij on Sunday.', ['advance@Manbij/opposition']],
		// …a hyphened holder only: a side that "held talks" acts
		['The SNA held talks in Ankara and then entered Manbij on Friday.', ['entry@Manbij/sna']],
		// two subjects, each with its own verb, are not one joint subject; a bracketed name is still one
		[
			'HTS units entered Hama and SNA fighters seized Tal Rifaat on Friday.',
			['capture@Tal Rifaat/sna', 'entry@Hama/opposition']
		],
		[
			'Units of Hayat Tahrir al-Sham (HTS) and of the Syrian National Army (SNA) overran Tal Rifaat on Friday.',
			['capture@Tal Rifaat/opposition']
		],
		// an air force that names something else is no air arm
		['Air Force Intelligence agents mounted an attack near Hama on Friday.', ['clash@Hama/-']],
		// a denial of another matter answers no claim
		[
			'HTS denied reports of abuses after it claimed to have seized Aleppo on Friday.',
			['capture@Aleppo/opposition']
		],
		// the country's south and south-west are regions of their own, not the whole country
		[
			'Government troops pulled out of most of southern Syria on Saturday.',
			['withdrawal@southern Syria/government']
		],
		['Rebels took nearly all of south-western Syria on Saturday.', ['capture@southwestern Syria/opposition']],
		// …but the country's southern province is one province
		[
			"Local factions overran nearly all of Syria's southern province of Suwayda on Saturday.",
			['capture@Suwayda Governorate/opposition']
		],
		["Fighting was reported in southern Syria's Daraa province on Friday.", ['clash@Daraa Governorate/-']],
		["Fighting was reported in Syria's northern province of Idlib on Friday.", ['clash@Idlib Governorate/-']],
		// a side a verb drives out is what the subject went against, not the taker of the next place
		[
			'SNA units dislodged the SDF from Morek and took Souran on Sunday.',
			['capture@Morek/sna', 'capture@Souran/sna']
		],
		[
			'Rebels pushed the Kurdish-led SDF out of Morek and seized Souran on Sunday.',
			['capture@Souran/opposition']
		],
		// an apposition between a place and its head only describes the place
		[
			'Morek, a junction linking Hama with Souran, was placed under rebel control on Monday.',
			['capture@Morek/opposition']
		],
		// …after "and" too
		[
			'Aleppo, the second city, was taken on Saturday, and Morek, a town between Hama and Souran, fell on Monday.',
			['capture@Aleppo/-', 'capture@Morek/-']
		],
		// a fall owned by a place befell that place, not the one the sentence names after it
		["Morek's fall cuts the capital off from the coast.", ['capture@Morek/-']],
		['The army announced its withdrawal from Morek on Tuesday.', ['withdrawal@Morek/government']],
		// guards: a bare past after "after" is no present, "would" after a reporting verb no future; a side's
		// own takeover takes its place; "before long" is no adverb of a participle; "It was …" lends no side;
		// a collapse "at" a town is none
		[
			'After the army quit Khan Shaykhun on Wednesday, a security source said troops would regroup in Morek.',
			['withdrawal@Khan Sheikhoun/government']
		],
		['HTS completed its takeover in Aleppo on Sunday.', ['capture@Aleppo/opposition']],
		[
			'Rebels crossed into Hama province and before long captured villages around Morek.',
			['advance@Morek/opposition', 'capture@Hama Governorate/opposition']
		],
		[
			'Rebels pushed south from Aleppo on Wednesday. It was a rout, as troops fled Hama, abandoning Morek.',
			['withdrawal@Hama/-', 'withdrawal@Morek/-']
		],
		["The army's lines collapsed at Morek on Tuesday, opening the road to Hama.", []],
		// a participle after a comma does what its main clause's subject, here a pronoun, does
		[
			'The rebels moved fast on the front. By Monday they had taken Morek, seizing Souran.',
			['capture@Morek/opposition', 'capture@Souran/opposition']
		]
	])('%s', (text, expected) => {
		expect(
			eventsIn(text)
				.map((e) => `${e.kind}@${e.place}/${e.faction ?? '-'}`)
				.sort()
		).toEqual(expected);
	});
});
