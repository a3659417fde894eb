// An article with no date given or stated, read among dated ones: its weekdays are dated by the week in
// which its events agree with theirs, or not at all. The articles are written for these tests.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runPipeline, type PipelineContext } from '../../src/lib/pipeline/run-pipeline';
import { loadPipelineContext } from '../../scripts/lib/pipeline-context';

let context: PipelineContext;
beforeAll(() => {
	context = loadPipelineContext(join(__dirname, '..', '..', 'geodata'), null).context;
});

const dated = (published: string, body: string) => `---\npublished: ${published}\n---\n${body}\n`;

function undatedEvents(batch: { file: string; text: string }[]) {
	const out = runPipeline(batch, context);
	const name = (id: string) => context.index.entries.get(id)!.name;
	return {
		events: out.events
			.filter((e) => e.sources.some((s) => s.article === 'undated.md'))
			.map((e) => `${e.kind}@${name(e.place_id)} ${e.date}`)
			.sort(),
		codes: out.diagnostics.filter((d) => d.article === 'undated.md').map((d) => d.code)
	};
}

describe('dating an undated article by agreement', () => {
	it('reads its weekdays in the week the dated reports agree with, and dates "today" and the undated by the latest day it gives', () => {
		const { events, codes } = undatedEvents([
			{ file: 'a.md', text: dated('2024-12-06', 'Rebels captured Hama on Thursday, the army said.') },
			{ file: 'b.md', text: dated('2024-12-10', 'Rebels entered Damascus on Sunday.') },
			{
				file: 'undated.md',
				text: 'Rebels took Hama on Thursday. The capture of Hama stunned the government. Fighting was reported in Homs today.'
			}
		]);
		expect(codes).toContain('reference-date-corroborated');
		// written on 5 Dec at the earliest: its news of the day is told as of then
		expect(events).toEqual(['capture@Hama 2024-12-05', 'clash@Homs 2024-12-05']);
	});
	it('takes a date the text states as a bound, not as the day it was written', () => {
		const { events, codes } = undatedEvents([
			{ file: 'a.md', text: dated('2024-12-06', 'Rebels captured Hama on Thursday, monitors said.') },
			{ file: 'b.md', text: dated('2024-11-28', 'Rebels launched an offensive on Aleppo on Wednesday.') },
			{
				file: 'undated.md',
				text: 'Insurgents seized Hama on Thursday. It is the second city the government has lost since the push began on 27 November.'
			}
		]);
		expect(codes).toContain('reference-date-corroborated');
		expect(events).toEqual(['capture@Hama 2024-12-05']);
	});
	it('gives a change of hands it leaves undated the batch day before the bound, when no week agrees', () => {
		const text = 'The push began on 27 November. Rebels have now taken Homs, and fighting went on in Hama.';
		const withFact = undatedEvents([
			{ file: 'a.md', text: dated('2024-12-08', 'Rebels captured Homs on Saturday, monitors said.') },
			{ file: 'undated.md', text }
		]);
		expect(withFact.codes).toContain('reference-date-inferred');
		// the batch dates the capture; the fighting, no change of hands, is told as of the bound
		expect(withFact.events).toEqual(['capture@Homs 2024-12-07', 'clash@Hama 2024-11-27']);
		// with no dated report of the same fact, the bound is the nearest day the text supports
		const without = undatedEvents([
			{ file: 'a.md', text: dated('2024-12-08', 'Rebels captured Morek on Saturday, monitors said.') },
			{ file: 'undated.md', text }
		]);
		expect(without.events).toEqual(['capture@Homs 2024-11-27', 'clash@Hama 2024-11-27']);
	});
	it('reads no day of writing from the day the offensive began', () => {
		// the only date is the launch, recalled as background: the page may be of any later day, so what it
		// tells of the day stays undated rather than falling on the offensive's first day
		const { events, codes } = undatedEvents([
			{ file: 'a.md', text: dated('2024-12-08', 'Rebels captured Morek on Saturday, monitors said.') },
			{
				file: 'undated.md',
				text: 'Rebels say they have entered Homs and are pressing on. The operation was launched by the rebels on 27 November.'
			}
		]);
		expect(codes).not.toContain('reference-date-inferred');
		expect(events).toEqual(['entry@Homs null']);
		// nor the start of the offensive named as a noun
		const started = undatedEvents([
			{ file: 'a.md', text: dated('2024-12-08', 'Rebels captured Morek on Saturday, monitors said.') },
			{
				file: 'undated.md',
				text: 'Rebels say they have entered Homs. It is the third city lost since the start of the campaign by the rebels on 27 November.'
			}
		]);
		expect(started.events).toEqual(['entry@Homs null']);
		// nor told before it ("On 27 November, they launched their offensive")
		const opened = undatedEvents([
			{ file: 'a.md', text: dated('2024-12-08', 'Rebels captured Morek on Saturday, monitors said.') },
			{
				file: 'undated.md',
				text: 'Rebels say they have entered Homs. On 27 November, the rebels launched their offensive from Idlib.'
			}
		]);
		expect(opened.events).toEqual(['entry@Homs null']);
		// nor in an agency's style, with no preposition before the date
		const agency = undatedEvents([
			{ file: 'a.md', text: dated('2024-12-08', 'Rebels captured Morek on Saturday, monitors said.') },
			{
				file: 'undated.md',
				text: 'Rebels say they have entered Homs. The surprise offensive began Nov. 27 and HTS leads it.'
			}
		]);
		expect(agency.codes).not.toContain('reference-date-inferred');
		expect(agency.events).toEqual(['entry@Homs null']);
		// nor from an older date it cites: written after the launch it tells of, not on the day of an earlier
		// report of its own
		const cited = undatedEvents([
			{ file: 'a.md', text: dated('2024-12-08', 'Rebels captured Morek on Saturday, monitors said.') },
			{
				file: 'undated.md',
				text: 'Rebels say they have entered Homs. The operation was launched by the rebels on 27 November, as our note of 30 September foresaw.'
			}
		]);
		expect(cited.codes).not.toContain('reference-date-inferred');
		expect(cited.events).toEqual(['entry@Homs null']);
		// a date just before another side's operation is still the page's news, and dates it
		const near = undatedEvents([
			{ file: 'a.md', text: dated('2024-12-08', 'Rebels captured Morek on Saturday, monitors said.') },
			{
				file: 'undated.md',
				text: 'On 5 December rebels captured Hama. The SDF launched an operation against Deir ez-Zor on 6 December.'
			}
		]);
		expect(near.codes).toContain('reference-date-inferred');
		expect(near.events).toContain('capture@Hama 2024-12-05');
	});
	it("reads a later offensive's start as the day's news", () => {
		const { events, codes } = undatedEvents([
			{ file: 'a.md', text: dated('2024-12-08', 'Rebels captured Morek on Saturday, monitors said.') },
			{
				file: 'undated.md',
				text: 'Government forces launched a counteroffensive on 4 December, and clashes raged in Hama.'
			}
		]);
		expect(codes).toContain('reference-date-inferred');
		expect(events).toEqual(['clash@Hama 2024-12-04']);
	});
	it('seeks the day only from the bound on, though an earlier week agrees more', () => {
		const { events } = undatedEvents([
			{ file: 'a.md', text: dated('2024-11-29', 'Rebels captured Hama on Thursday and Morek on Wednesday.') },
			{ file: 'b.md', text: dated('2024-12-06', 'Rebels captured Hama on Thursday, monitors said.') },
			{
				file: 'undated.md',
				text: 'Insurgents seized Hama on Thursday and Morek on Wednesday. Strikes have gone on since 5 December.'
			}
		]);
		expect(events).toContain('capture@Hama 2024-12-05');
	});
	it("reads its weekdays in the week its changes of hands fall nearest the dated reports' of the same places", () => {
		const batch = (undated: string) =>
			undatedEvents([
				{ file: 'a.md', text: dated('2024-12-06', 'Rebels captured Hama on Thursday, the army said.') },
				{ file: 'b.md', text: dated('2024-12-10', 'Rebels entered Damascus on Sunday.') },
				{ file: 'undated.md', text: undated }
			]);
		// an entry is no capture: no week agrees on the day, but the week of 4 December is a day off, not eight
		const near = batch('Rebels broke into Hama on Wednesday after heavy fighting.');
		expect(near.codes).toContain('reference-date-corroborated');
		expect(near.events).toContain('entry@Hama 2024-12-04');
		// fighting recurs, and says nothing of the week
		expect(batch('Fighting raged in Hama on Wednesday.').codes).not.toContain('reference-date-corroborated');
		// a place the dated reports tell of in neither week decides nothing
		expect(batch('Rebels broke into Homs on Wednesday.').codes).not.toContain('reference-date-corroborated');
	});
	it("compares a change of hands only with the same side's changes of the same kind", () => {
		// the Kurdish-led forces leaving is no rebel capture: nothing dates the Thursday
		const left = undatedEvents([
			{ file: 'a.md', text: dated('2024-12-01', 'Rebels captured Aleppo on Saturday.') },
			{ file: 'undated.md', text: 'Kurdish-led forces withdrew from Aleppo on Thursday under a deal.' }
		]);
		expect(left.codes).not.toContain('reference-date-corroborated');
		// the army's retaking is not the rebels' taking
		const retaken = undatedEvents([
			{ file: 'a.md', text: dated('2024-12-06', 'The army retook Suran on Thursday, state media said.') },
			{ file: 'undated.md', text: 'Rebels seized Suran on Friday.' }
		]);
		expect(retaken.codes).not.toContain('reference-date-corroborated');
		// nor is the same side's leaving its taking
		const leftAgain = undatedEvents([
			{ file: 'a.md', text: dated('2024-12-06', 'The army retook Suran on Thursday, state media said.') },
			{ file: 'undated.md', text: 'The army withdrew from Suran on Friday.' }
		]);
		expect(leftAgain.codes).not.toContain('reference-date-corroborated');
	});
	it("takes no nearest week whose changes of hands are still days off the dated reports'", () => {
		const { codes } = undatedEvents([
			{ file: 'a.md', text: dated('2024-12-06', 'Rebels captured Hama on Thursday, the army said.') },
			// the batch's latest day is Friday 6 December: its Saturday is 30 November at the latest, five days
			// off Hama's fall
			{ file: 'undated.md', text: 'Rebels broke into Hama on Saturday.' }
		]);
		expect(codes).not.toContain('reference-date-corroborated');
	});
	it('dates nothing when every week agrees alike', () => {
		const { events, codes } = undatedEvents([
			{ file: 'a.md', text: dated('2024-11-29', 'Fighting raged in Aleppo on Thursday.') },
			{ file: 'b.md', text: dated('2024-12-06', 'Fighting raged in Aleppo on Thursday.') },
			{ file: 'undated.md', text: 'Fighting raged in Aleppo on Thursday.' }
		]);
		expect(codes).not.toContain('reference-date-corroborated');
		expect(events).toEqual(['clash@Aleppo null']);
	});
});

describe('dating what an undated article leaves undated by the dated reports beside it', () => {
	it('gives an undated fact the day the dated reports give the same place and kind, the earliest', () => {
		const { events, codes } = undatedEvents([
			{ file: 'a.md', text: dated('2024-11-30', 'Rebels captured Maarat al-Numan on Saturday.') },
			{ file: 'b.md', text: dated('2024-12-02', 'Rebels, who captured Maarat al-Numan, pushed on.') },
			{ file: 'c.md', text: dated('2024-11-29', 'Rebels entered Saraqib on Friday.') },
			{
				file: 'undated.md',
				text: 'Factions captured Maarat al-Numan and Saraqib. Clashes were reported in Morek.'
			}
		]);
		expect(codes).toContain('date-from-batch');
		// the capture of Saraqib is not its entry: that day is no day for the capture; Morek's fighting no report dates
		expect(events).toEqual([
			'capture@Maarat al-Numan 2024-11-30',
			'capture@Saraqeb null',
			'clash@Morek null'
		]);
	});
	it("takes the day of the same side's change only: the army's retaking is not the rebels' capture", () => {
		const { events } = undatedEvents([
			{ file: 'a.md', text: dated('2024-11-30', 'Rebels captured Morek on Saturday.') },
			{ file: 'b.md', text: dated('2024-12-03', 'The army recaptured Morek on Tuesday.') },
			{ file: 'undated.md', text: 'Government forces recaptured Morek after heavy fighting.' }
		]);
		expect(events.filter((e) => e.startsWith('capture@'))).toEqual(['capture@Morek 2024-12-03']);
	});
});
