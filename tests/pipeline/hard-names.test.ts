// Match/no-match and namesake cases for recognition and resolution, on the project's real gazetteer.
// The article texts are written for these tests.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runPipeline, type PipelineContext } from '../../src/lib/pipeline/run-pipeline';
import { loadPipelineContext } from '../../scripts/lib/pipeline-context';

let context: PipelineContext;
beforeAll(() => {
	context = loadPipelineContext(join(__dirname, '..', '..', 'geodata'), '2024-11-30').context;
});

function placesIn(text: string) {
	const out = runPipeline([{ file: 't.txt', text }], context);
	return out.mentions.map((m) => ({
		text: m.text,
		id: m.place_id,
		kind: context.index.entries.get(m.place_id)!.kind,
		name: context.index.entries.get(m.place_id)!.name
	}));
}

describe('recognition of spelling variants', () => {
	it.each(['Saraqeb', 'Saraqib', 'Saraqab', 'Sarāqib'])('%s is Saraqeb', (spelling) => {
		const [m] = placesIn(`Fighters reached ${spelling} on Friday.`);
		expect(m?.id).toBe('place:geonames:164816');
	});
	it.each(['Kafrtun', 'Kafr Toun'])('%s is Kafr al-Tun', (spelling) => {
		expect(placesIn(`Patrols crossed ${spelling} at noon.`)[0]?.id).toBe('place:sm:kafr-al-tun');
	});
	it.each(['Ureimeh', 'al-Arima'])('%s is the town west of Manbij', (spelling) => {
		expect(placesIn(`Patrols crossed ${spelling} at noon.`)[0]?.id).toBe('place:geonames:174043');
	});
	it.each(['Syrian-Jordanian border crossing', 'Jordanian border crossing', 'Jaber border crossing'])(
		'the %s is the Nasib crossing',
		(name) => {
			expect(placesIn(`Southern factions held the ${name} by evening.`)[0]?.id).toBe(
				'place:sm:nasib-crossing'
			);
		}
	);
	it.each([
		['Khan al-Sheh', 'place:sm:khan-al-shih'],
		['Khan Eshieh camp', 'place:sm:khan-al-shih'],
		['Kuweires military airfield', 'place:sm:kuweires-airbase'],
		['Thaala air base', 'place:sm:thalah-airbase']
	])('%s is found (%s)', (name, id) => {
		expect(placesIn(`Patrols crossed ${name} at noon.`)[0]?.id).toBe(id);
	});
	it.each(['Ad-Dana', 'ad-Dana', 'As-Safira'])('%s is read with its hyphened article', (spelling) => {
		expect(placesIn(`Patrols crossed ${spelling} at noon.`)[0]?.text).toBe(spelling);
	});
	it.each(['Khan al-Asal', 'Khan Al-asal', 'Khan el-Assal'])('%s is Khan al-Asal', (spelling) => {
		expect(placesIn(`They took ${spelling} yesterday.`)[0]?.id).toBe('place:sm:khan-al-asal');
	});
	it.each(['Maar Shohur', 'Maarshhour', 'Maar Shuhur'])(
		'%s is Maar Shuhur north-east of Hama',
		(spelling) => {
			expect(placesIn(`Columns moved through ${spelling} overnight.`)[0]?.id).toBe('place:sm:maar-shuhur');
		}
	);
	it.each(['Albukamal', 'Abu Kamal', 'Albu Kamal'])(
		'%s is the GeoNames town on the Iraqi border',
		(spelling) => {
			expect(placesIn(`Militias left ${spelling} at dawn.`)[0]?.id).toBe('place:geonames:174448');
		}
	);
	it.each(['Qudsaya', 'Qudsay', 'Qudsayya'])('%s is Qudsaya, north-west of Damascus', (spelling) => {
		expect(placesIn(`Troops pulled back from ${spelling} at night.`)[0]?.id).toBe('place:geonames:166251');
	});
	it('reads Quriyah named beside the Euphrates towns as the one on the river, not the namesake by Sweida', () => {
		const places = placesIn('Troops left al-Mayadin, Quriyah and Albukamal on Friday.');
		expect(places.find((m) => m.text === 'Quriyah')?.id).toBe('place:sm:al-quriyah');
	});
	it.each(['Tel Hadiyah', 'Tall Hadiya', 'Tell Hadya'])('%s is Tel Hadiyah', (spelling) => {
		expect(placesIn(`They took ${spelling} yesterday.`)[0]?.id).toBe('place:sm:tel-hadiyah');
	});
	it('reads Arabic-script names, with a glued conjunction', () => {
		expect(placesIn('سيطرت الفصائل على سراقب وخان العسل').map((m) => m.name)).toEqual([
			'Saraqeb',
			'Khan al-Asal'
		]);
	});
	it('reads a name with a zero-width space or direction mark inside it', () => {
		expect(placesIn('Rebels took Sara\u200Bqeb and Khan al\u200F-Asal.').map((m) => m.name)).toEqual([
			'Saraqeb',
			'Khan al-Asal'
		]);
	});
	it('reads an ayn written as a quote mark either way round, and a name quoted in single marks', () => {
		expect(placesIn('They took Tell Rifa‘at and Tell Rifa’at.').map((m) => m.name)).toEqual([
			'Tal Rifaat',
			'Tal Rifaat'
		]);
		expect(placesIn('A banner read ‘Saraqeb’ at the gate.').map((m) => m.name)).toEqual(['Saraqeb']);
		// a quotation that opens on the name, its closing mark further on
		expect(placesIn('An officer said ‘Saraqeb is calm, for now’.').map((m) => m.name)).toEqual(['Saraqeb']);
		expect(placesIn('They entered Hama‘s northern districts.').map((m) => m.name)).toEqual(['Hama']);
	});
	it('names the M5 however the text calls it', () => {
		for (const text of [
			'along the M5 highway',
			'traffic on the Damascus-Aleppo highway',
			'the Aleppo-Damascus highway was cut'
		])
			expect(placesIn(text)[0]?.id, text).toBe('place:sm:m5-highway');
	});
});

describe('spellings of a hill by Hama', () => {
	it.each(['Zine al Abdine hill', 'Jebel Zein al-Abidine', 'Mount Zain al-Abidin'])(
		'%s is Jabal Zayn al-Abidin',
		(name) => {
			expect(placesIn(`Troops held ${name} on Friday.`)[0]?.name).toBe('Jabal Zayn al-Abidin');
		}
	);
});

describe('a capitalised dateline', () => {
	it('reads "HAMA:", "HOMS —" and "IDLIB, Syria" opening a paragraph as the place, not an acronym', () => {
		for (const dateline of ['HAMA:', 'HOMS —', 'IDLIB, Syria']) {
			const [first] = placesIn(`Headline\n\n${dateline} Troops left overnight, officials said.`);
			expect(first?.text).toBe(dateline.split(/[:, ]/)[0]);
		}
	});
	it('reads a hill called after a sheikh as that hill, not as Mount Hermon', () => {
		expect(placesIn('Fighters took Jabal Sheikh Aqil at dawn.')[0]?.name).toBe('Sheikh Aqil');
	});
});

describe('no match', () => {
	it('does not take a person called Sarmad for Sarmada, nor acronyms for towns', () => {
		expect(placesIn('Sarmad, a 40-year-old teacher, spoke to SANA and SOHR.')).toEqual([]);
	});
	it('does not take Hay’at Tahrir al-Sham for Damascus (al-Sham)', () => {
		expect(placesIn('Hay’at Tahrir al-Sham and Hayat Tahrir al-Sham fighters.')).toEqual([]);
	});
	it('does not take Sharia, the law, for al-Ashara on the Euphrates', () => {
		expect(placesIn("Clerics said Sharia and Shari'a courts would open.")).toEqual([]);
		expect(placesIn('Tribal fighters entered al-Ashara at dawn.').map((m) => m.kind)).toEqual(['village']);
	});
	it('does not read generic words alone as places', () => {
		expect(placesIn('Tel and Khan were mentioned, but no place.')).toEqual([]);
	});
	it('does not take a stopword for a place with its article either (al-Zakah is not Zakiyah)', () => {
		expect(placesIn('Fighters said they held Al-Zakah, al-Zakah and Al Zakah by dusk.')).toEqual([]);
		expect(placesIn('Zakiya Haddad, a nurse, counted the wounded.')).toEqual([]);
		// the town itself still matches under its own spellings
		expect(placesIn('Southern factions entered Zakyah on Saturday.')[0]?.id).toBe('place:sm:zakiyah');
	});
	it('reads a name before "and northern X governorates" as a governorate too', () => {
		expect(
			placesIn('Some 115,000 people were displaced in Idlib and northern Aleppo governorates.').map(
				(m) => m.id
			)
		).toEqual(['place:sm:idlib-governorate', 'place:sm:aleppo-governorate:north']);
	});
	it('reads two names before a plural "regions" as two governorates', () => {
		expect(placesIn('Rebels now control the Latakia and Tartus regions.').map((m) => m.id)).toEqual([
			'place:sm:latakia-governorate',
			'place:sm:tartus-governorate'
		]);
	});
	it('reads every name of a list before a plural "provinces" as a governorate, not one after a preposition', () => {
		expect(
			placesIn('Army units fell back across Hama, Idlib, and Latakia provinces.').map((m) => m.kind)
		).toEqual(['region', 'region', 'region']);
		// "in" opens a phrase of its own: the city named before it stays the city
		expect(
			placesIn('Gunmen overran posts east of Hama, in Homs and Tartus provinces.').map((m) => m.kind)
		).toEqual(['city', 'region', 'region']);
		expect(placesIn('Shelling hit Hama and its countryside.').map((m) => m.kind)).toEqual(['region']);
	});
	it("does not take a word opening a line, a leader's name or an agency for a place", () => {
		expect(
			placesIn('Is this the end of the war?\nHour: 7:56 am\nThe agency Sana said al-Sharaa spoke.')
		).toEqual([]);
	});
});

describe('namesakes resolved by context', () => {
	it('al-Zahraa beside Nubl is the town', () => {
		const out = placesIn('Rebels moved closer to the Shia towns of Nubl and Zahraa north of the city.');
		expect(out.find((m) => m.text === 'Zahraa')?.id).toBe('place:sm:al-zahraa-town');
	});
	it('al-Zahraa among Aleppo districts is the district', () => {
		const out = placesIn('Fighters broke through along the Hamdaniyah, New Aleppo and Zahraa axis.');
		expect(out.find((m) => m.text === 'Zahraa')?.id).toBe('place:sm:al-zahraa-district');
	});
	it('al-Nayrab airport is Aleppo airport, not the village near Idlib', () => {
		const out = placesIn('Rebels also attacked al-Nayrab airport east of Aleppo.');
		expect(out[0]?.kind).toBe('airport');
	});
	it('Nayrab near Saraqeb and Sarmin is the Idlib village', () => {
		const out = placesIn('Shelling hit Sarmin, Nayrab and Saraqeb in the Idlib countryside.');
		expect(out.find((m) => /Nayrab/.test(m.text))?.id).toBe('place:sm:nayrab-idlib');
	});
	it('Aleppo province is the governorate, Aleppo city the city', () => {
		const out = placesIn('The offensive targeted northwestern Aleppo province before reaching Aleppo city.');
		expect(out.map((m) => m.kind)).toEqual(['region', 'city']);
	});
	it('a singular "countryside of X," closes at its comma: the name after it is a place of its own', () => {
		expect(
			placesIn('In the countryside of Idlib, Hama fell to the rebels.').map((m) => `${m.name}:${m.kind}`)
		).toEqual(['Idlib Governorate:region', 'Hama:city']);
	});
	it('every name after "the rural areas of" or "the countryside of" is a governorate too', () => {
		for (const words of ['the rural areas of', 'the countryside of'])
			expect(placesIn(`Gains were made in ${words} Hama and Idlib.`).map((m) => m.kind)).toEqual([
				'region',
				'region'
			]);
	});
	it('every name after "the provinces of" is a governorate', () => {
		// the list ends at its "and": the name after the next comma is a place of its own
		expect(
			placesIn('Raids hit the provinces of Tartus and Latakia, but Hama was calm.').map(
				(m) => `${m.name}:${m.kind}`
			)
		).toEqual(['Tartus Governorate:region', 'Latakia Governorate:region', 'Hama:city']);
		expect(placesIn('Raids hit the provinces of Deir ez-Zor and Raqqa.').map((m) => m.kind)).toEqual([
			'region',
			'region'
		]);
		const out = placesIn('Fighting spread across the provinces of Aleppo, Hama and Idlib.');
		expect(out.map((m) => `${m.name}:${m.kind}`)).toEqual([
			'Aleppo Governorate:region',
			'Hama Governorate:region',
			'Idlib Governorate:region'
		]);
	});
	it('Idlib countryside is the governorate', () => {
		expect(placesIn('Strikes hit the Idlib countryside.')[0]?.kind).toBe('region');
	});
	it("a city's possessive before a region word is the region, or its side", () => {
		expect(placesIn("Jets struck Hama's countryside.").map((m) => m.name)).toEqual(['Hama Governorate']);
		expect(placesIn("Fighting raged in Idlib's southern countryside.").map((m) => m.name)).toEqual([
			'Southern Idlib countryside'
		]);
		// the city's own places stay the city's
		expect(placesIn("Jets struck Hama's old market.").map((m) => m.name)).toEqual(['Hama']);
	});
	it('a side of a name, as a part or a region of it, is that side of its countryside', () => {
		for (const text of [
			'Fighters held villages in the northwestern region of Aleppo province.',
			"Fighters held villages across Aleppo province's northwestern region.",
			'Fighters held villages in the northwestern parts of Aleppo.'
		])
			expect(
				placesIn(text).map((m) => m.name),
				text
			).toEqual(['Northwestern Aleppo countryside']);
		expect(placesIn("Fighters held villages in Hama's northern region.").map((m) => m.name)).toEqual([
			'Northern Hama countryside'
		]);
		// "region" with no side may be the city's surroundings: no countryside is read into it
		expect(placesIn("Fighters held villages in Hama's region.").map((m) => m.name)).toEqual(['Hama']);
	});
	it('a channel, a paper or a state named after a place is not the place', () => {
		expect(placesIn("Al Mayadeen's correspondent said the army shelled Rastan.").map((m) => m.name)).toEqual([
			'Rastan'
		]);
		expect(placesIn('Aleppo Today TV said jets bombed Sarmada.').map((m) => m.name)).toEqual(['Sarmada']);
		// nor is the state named by its capital
		expect(placesIn('Moscow backed the Damascus regime and its army.').map((m) => m.name)).toEqual([]);
		// but a building named so is in the place, and another city's "government" is its governorate's
		expect(placesIn('Rebels seized the Hama government building.').map((m) => m.name)).toEqual(['Hama']);
		expect(placesIn('Rebels stormed the Aleppo TV building.').map((m) => m.name)).toEqual(['Aleppo']);
		expect(placesIn('The Idlib government said so.').map((m) => m.name)).toEqual(['Idlib']);
		// the place itself, with a time word after it, stays
		expect(placesIn('Jets bombed Aleppo today, the channel said.').map((m) => m.name)).toEqual(['Aleppo']);
	});
	it('"the Damascus suburbs" are around the city, not the whole governorate, nor the city itself', () => {
		for (const text of [
			'Fighters reached the Damascus suburbs.',
			'Fighters entered a Damascus suburb.',
			"Fighters entered Damascus' suburbs."
		]) {
			const out = runPipeline([{ file: 't.txt', text }], context);
			expect(
				out.mentions.map((m) => [context.index.entries.get(m.place_id)!.name, m.geo_precision]),
				text
			).toEqual([['Damascus', 2]]);
		}
	});
	it('a dam named after a region is no place, not the region (a dam taken is not a region taken)', () => {
		const out = placesIn('Fighters seized Fafin and then the Shahba dam north of the city.');
		expect(out.map((m) => m.name)).toEqual(['Fafin']);
		expect(placesIn('Fighters reached the Shahba area.')[0]?.name).toBe('Shahba region');
		// the Kurdish spelling, not the Suwayda town it is close to
		expect(placesIn('Fighters left Shehba for Tabqa.')[0]?.name).toBe('Shahba region');
	});
});

describe('exactness and generic words', () => {
	it('an exact spelling beats a near one', () => {
		const out = placesIn('Fighting reached Dummar and Adra on Saturday.');
		expect(out.map((m) => m.name)).not.toContain('Dumayr');
		expect(out.map((m) => m.name)).not.toContain('Dar‘ā');
	});
	it('a near spelling far from every place its sentence names exactly is no place', () => {
		// "Kafraa" by Hama is a village the gazetteer lacks; Kafraya lies 87 km north, by Idlib
		expect(
			placesIn('Troops won back Kafraa on the road out of Maar Shuhur and Hama city.').map((m) => m.name)
		).toEqual(['Maar Shuhur', 'Hama']);
		// alone, or beside places near it, the near spelling stands
		expect(placesIn('Fighters reached Kafraa at dawn.').map((m) => m.name)).toEqual(['Kafraya']);
		// nor beside a place of its own governorate, however far ("Deir Hafr" is 49 km from Aleppo)
		expect(placesIn('Columns left Deir Hafr for Aleppo.').map((m) => m.name)).toEqual([
			'Deir Hafer',
			'Aleppo'
		]);
		expect(placesIn('Fighters reached Kafraa and Binnish at dawn.').map((m) => m.name)).toEqual([
			'Kafraya',
			'Binnish'
		]);
	});
	it('an unknown "Tal X" is not X elsewhere', () => {
		const out = runPipeline([{ file: 't.txt', text: 'Rebels entered Tal Zzyzx and Saraqeb.' }], context);
		expect(out.mentions.map((m) => m.text)).toEqual(['Saraqeb']);
		expect(out.diagnostics.find((d) => d.code === 'unresolved-place')?.message).toContain('Tal Zzyzx');
	});
});
