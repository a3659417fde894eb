// The clause reader, one phrasing family at a time. Every sentence here is our own writing, made to
// carry one construction of real war reporting; the places are invented-looking on purpose where the
// gazetteer does not matter (the reader gets place spans, not names).
import { describe, expect, it } from 'vitest';
import { analyse } from '../text/nlp';
import { DEFAULT_PIPELINE_OPTIONS } from './config';
import { readClauses } from './read-clauses';

/**
 * Reads `sentence` with the named places marked (a name ending in " province" is a region); `sizes` gives
 * some places their size (a city above a town), where the reader compares two names.
 */
function read(sentence: string, names: string[], sizes: Record<string, number> = {}) {
	const places = names.map((name) => {
		const start = sentence.indexOf(name);
		if (start < 0) throw new Error(`"${name}" is not in "${sentence}"`);
		return {
			start,
			end: start + name.length,
			region: / (province|countryside)$/.test(name),
			...(sizes[name] !== undefined ? { size: sizes[name] } : {})
		};
	});
	return readClauses(
		analyse(sentence, { start: 0, end: sentence.length }),
		places,
		DEFAULT_PIPELINE_OPTIONS
	).map((r) => ({
		place: r.place >= 0 ? names[r.place] : null,
		kind: r.kind,
		family: r.family,
		...(r.extent ? { extent: r.extent } : {}),
		...(r.restated ? { restated: true } : {})
	}));
}

const kinds = (sentence: string, names: string[]) =>
	read(sentence, names)
		.map((r) => `${r.kind}@${r.place}`)
		.sort();

describe('phrasing families', () => {
	const cases: [family: string, sentence: string, names: string[], expected: string[]][] = [
		['active', 'Fighters seized Kafr Lusin before dawn.', ['Kafr Lusin'], ['capture@Kafr Lusin']],
		['active', 'By noon the brigade had cleared Kafr Lusin.', ['Kafr Lusin'], ['capture@Kafr Lusin']],
		['active', 'Engineers cleared the rubble in Kafr Lusin.', ['Kafr Lusin'], []],
		[
			'active',
			'A counter-attack restored Kafr Lusin and Morek to the army.',
			['Kafr Lusin', 'Morek'],
			['capture@Kafr Lusin', 'capture@Morek']
		],
		['active', 'Engineers restored power in Kafr Lusin.', ['Kafr Lusin'], []],
		[
			'strike',
			'Shelling hit Kafr Lusin and then towns like Morek and Salamiyah.',
			['Kafr Lusin', 'Morek', 'Salamiyah'],
			['shelling@Kafr Lusin', 'shelling@Morek', 'shelling@Salamiyah']
		],
		['active', 'The militia had overrun Kafr Lusin by dawn.', ['Kafr Lusin'], ['capture@Kafr Lusin']],
		[
			'hostilities',
			'The militia fought loyalist units in hamlets south and west of Kafr Lusin.',
			['Kafr Lusin'],
			['clash@Kafr Lusin']
		],
		[
			'hostilities',
			'Groups fighting the army of the state and ruling parts of Kafr Lusin met.',
			['Kafr Lusin'],
			[]
		],
		['active', 'The militia had clear sight of Kafr Lusin from the ridge.', ['Kafr Lusin'], []],
		['advance', 'The army had press briefings in Kafr Lusin.', ['Kafr Lusin'], []],
		['active', 'The push cleared the way to Kafr Lusin.', ['Kafr Lusin'], []],
		[
			'under-control',
			'The militias now occupy Kafr Lusin and the hills above it.',
			['Kafr Lusin'],
			['capture@Kafr Lusin']
		],
		['under-control', 'The long-occupied Kafr Lusin saw no fighting.', ['Kafr Lusin'], []],
		[
			'hostilities',
			'Officials said a "special operation" went on around Kafr Lusin and Morek.',
			['Kafr Lusin', 'Morek'],
			['clash@Kafr Lusin', 'clash@Morek']
		],
		['hostilities', 'Foreign special operations forces in Kafr Lusin stayed on alert.', ['Kafr Lusin'], []],
		['under-control', 'Shops stayed shut in the fully occupied Kafr Lusin.', ['Kafr Lusin'], []],
		['strike', 'The rebel push targeted army troops in Kafr Lusin.', ['Kafr Lusin'], []],
		[
			'strike',
			'Army gunners targeted a bridge in Kafr Lusin before dawn.',
			['Kafr Lusin'],
			['airstrike@Kafr Lusin']
		],
		['strike', 'The new offensive targeted Kafr Lusin from the north.', ['Kafr Lusin'], []],
		[
			'strike',
			'Air raids and other hostilities went on being logged in Kafr Lusin.',
			['Kafr Lusin'],
			['airstrike@Kafr Lusin', 'clash@Kafr Lusin']
		],
		['reach', 'Scouts reached the main square of Kafr Lusin at dusk.', ['Kafr Lusin'], ['entry@Kafr Lusin']],
		[
			'reach',
			'By dusk the scouts were a few kilometres away from Kafr Lusin.',
			['Kafr Lusin'],
			['advance@Kafr Lusin']
		],
		['reach', 'The scouts stopped almost 8 km from Kafr Lusin.', ['Kafr Lusin'], ['advance@Kafr Lusin']],
		['reach', 'Scouts reached the edge of Kafr Lusin at dusk.', ['Kafr Lusin'], ['advance@Kafr Lusin']],
		['reach', 'The airbase is about 40 km from Kafr Lusin.', ['Kafr Lusin'], []],
		[
			'light-verb',
			'Militia leaders reported taking control of Kafr Lusin overnight.',
			['Kafr Lusin'],
			['capture@Kafr Lusin']
		],
		[
			'withdraw',
			'The brigade pulled its troops out of Kafr Lusin.',
			['Kafr Lusin'],
			['withdrawal@Kafr Lusin']
		],
		[
			'withdraw',
			'Command pulled reinforcements from Kafr Lusin to guard the coast road.',
			['Kafr Lusin'],
			['withdrawal@Kafr Lusin']
		],
		[
			'active',
			'The militias overran two cities in a night: Kafr Lusin and Salamiyah.',
			['Kafr Lusin', 'Salamiyah'],
			['capture@Kafr Lusin', 'capture@Salamiyah']
		],
		[
			'active',
			'By dusk the brigade had seized the following villages: Kafr Lusin, Salamiyah and Morek.',
			['Kafr Lusin', 'Salamiyah', 'Morek'],
			['capture@Kafr Lusin', 'capture@Morek', 'capture@Salamiyah']
		],
		[
			'hostilities',
			'Clashes were logged in Kafr Lusin: the army then shelled Salamiyah.',
			['Kafr Lusin', 'Salamiyah'],
			['clash@Kafr Lusin', 'shelling@Salamiyah']
		],
		[
			'reach',
			'A border guard unit deployed into Kafr Lusin once the garrison had gone.',
			['Kafr Lusin'],
			['entry@Kafr Lusin']
		],
		['hostilities', 'Militias attacked from the town of Kafr Lusin.', ['Kafr Lusin'], []],
		// fighting told before a change of hands was for its first place, not for each member listed with it
		[
			'hostilities',
			'After a day of battles the militias took Kafr Lusin, along with Morek.',
			['Kafr Lusin', 'Morek'],
			['capture@Kafr Lusin', 'capture@Morek', 'clash@Kafr Lusin']
		],
		// "surrounding" before a noun of places is no siege; the members after "such as" were taken too
		[
			'active',
			'The militias took Kafr Lusin, along with surrounding villages such as Morek.',
			['Kafr Lusin', 'Morek'],
			['capture@Kafr Lusin', 'capture@Morek']
		],
		// the place after the members' own noun ("areas of", "suburbs of") is where they lie, not one taken
		[
			'light-verb',
			'Militias took control of the Kafr Lusin and Morek areas of Salamiyah province.',
			['Kafr Lusin', 'Morek', 'Salamiyah province'],
			['capture@Kafr Lusin', 'capture@Morek']
		],
		[
			'active',
			'Militias took Kafr Lusin and large parts of Salamiyah province.',
			['Kafr Lusin', 'Salamiyah province'],
			['capture@Kafr Lusin', 'capture@Salamiyah province']
		],
		// a progressive the tagger reads as an adjective, with an adverb after "are"
		[
			'strike',
			'The pilots are again hitting depots in Kafr Lusin.',
			['Kafr Lusin'],
			['airstrike@Kafr Lusin']
		],
		['withdraw', 'Army units departed Kafr Lusin before dawn.', ['Kafr Lusin'], ['withdrawal@Kafr Lusin']],
		// where a move headed is no place it left: "in the direction of" as "toward"
		['withdraw', 'Army columns pulled back in the direction of Morek.', ['Morek'], []],
		['advance', 'Militias pressed on in the direction of Morek.', ['Morek'], ['advance@Morek']],
		['hostilities', 'A blaze broke out and fire spread to Kafr Lusin.', ['Kafr Lusin'], []],
		[
			'hostilities',
			'Militias began an assault on Morek from Kafr Lusin.',
			['Morek', 'Kafr Lusin'],
			['clash@Morek']
		],
		[
			'hostilities',
			'Rumours spread from Kafr Lusin to Salamiyah overnight.',
			['Kafr Lusin', 'Salamiyah'],
			[]
		],
		[
			'hostilities',
			'Combat between the army and the militias spread from Kafr Lusin to Salamiyah and Morek.',
			['Kafr Lusin', 'Salamiyah', 'Morek'],
			['clash@Morek', 'clash@Salamiyah']
		],
		[
			'hostilities',
			'Heavy fighting in Kafr Lusin has spread to Salamiyah.',
			['Kafr Lusin', 'Salamiyah'],
			['clash@Kafr Lusin', 'clash@Salamiyah']
		],
		[
			'hostilities',
			'Battles around Kafr Lusin then reached Salamiyah, extending into Maarshurin.',
			['Kafr Lusin', 'Salamiyah', 'Maarshurin'],
			['clash@Kafr Lusin', 'clash@Maarshurin', 'clash@Salamiyah']
		],
		// a list after the copula of a sentence that opens on "Among": what the head names
		[
			'passive',
			'Among the hamlets seized by the militia at dawn were Kafr Lusin and Morek.',
			['Kafr Lusin', 'Morek'],
			['capture@Kafr Lusin', 'capture@Morek']
		],
		[
			'under-control',
			'Hamlets now under militia control include Kafr Lusin and Morek.',
			['Kafr Lusin', 'Morek'],
			['capture@Kafr Lusin', 'capture@Morek']
		],
		// …though who holds them, with no word of change, describes them
		['under-control', 'Hamlets under militia control include Kafr Lusin.', ['Kafr Lusin'], []],
		['under-control', 'Kafr Lusin is now in militia hands.', ['Kafr Lusin'], ['capture@Kafr Lusin']],
		['under-control', 'Kafr Lusin fell into militia hands.', ['Kafr Lusin'], ['capture@Kafr Lusin']],
		['under-control', 'Kafr Lusin is in militia hands.', ['Kafr Lusin'], []],
		[
			'active',
			'Among the hamlets the militia overran were Kafr Lusin and Morek.',
			['Kafr Lusin', 'Morek'],
			['capture@Kafr Lusin', 'capture@Morek']
		],
		[
			'passive',
			'Kafr Lusin had been "fully freed" from the garrison, a commander said.',
			['Kafr Lusin'],
			['capture@Kafr Lusin']
		],
		[
			'displacement',
			'Families were displaced by the shelling, mainly in Kafr Lusin and Tell Marqab.',
			['Kafr Lusin', 'Tell Marqab'],
			['displacement@Kafr Lusin', 'displacement@Tell Marqab', 'shelling@Kafr Lusin', 'shelling@Tell Marqab']
		],
		['intransitive', 'Kafr Lusin changed hands overnight.', ['Kafr Lusin'], ['capture@Kafr Lusin']],
		['intransitive', 'Kafr Lusin has changed hands several times.', ['Kafr Lusin'], []],
		[
			'enter-storm',
			'Residents fled Kafr Lusin, which the militias had stormed.',
			['Kafr Lusin'],
			['displacement@Kafr Lusin', 'entry@Kafr Lusin']
		],
		[
			'reach',
			'Displaced families from Tell Marqab arrived in Kafr Lusin.',
			['Tell Marqab', 'Kafr Lusin'],
			['displacement@Tell Marqab']
		],
		[
			'reach',
			'Families by the hundred carried on north from Tell Marqab, reaching Kafr Lusin by night.',
			['Tell Marqab', 'Kafr Lusin'],
			[]
		],
		[
			'reach',
			'Older people forced out of the Tell Marqab area arrive in Kafr Lusin every day.',
			['Tell Marqab', 'Kafr Lusin'],
			[]
		],
		['reach', 'Shepherds fleeing a raid by Turkish-backed groups reached Kafr Lusin.', ['Kafr Lusin'], []],
		[
			'displacement',
			'Thousands of families were uprooted from Kafr Lusin within a week.',
			['Kafr Lusin'],
			['displacement@Kafr Lusin']
		],
		[
			'reach',
			'Fighters from Tell Marqab arrived in Kafr Lusin.',
			['Tell Marqab', 'Kafr Lusin'],
			['advance@Kafr Lusin']
		],
		['active', 'Fighters took Kafr Lusin in a dawn assault.', ['Kafr Lusin'], ['capture@Kafr Lusin']],

		[
			'active',
			'Fighters captured 14 villages north of Tell Marqab since Tuesday, including Kafr Lusin.',
			['Tell Marqab', 'Kafr Lusin'],
			['advance@Tell Marqab', 'capture@Kafr Lusin']
		],
		['enter-storm', "Militias breach Syria's Kafr Lusin", ['Kafr Lusin'], ['entry@Kafr Lusin']],
		['enter-storm', 'The breach in Kafr Lusin was closed.', ['Kafr Lusin'], []],
		[
			'active',
			'Army units restored security and stability to the town of Kafr Lusin.',
			['Kafr Lusin'],
			['capture@Kafr Lusin']
		],
		[
			'failed-attempt',
			'The army pushed back the militias in Kafr Lusin overnight.',
			['Kafr Lusin'],
			['clash@Kafr Lusin']
		],
		[
			'hostilities',
			'The militias launched a major offensive on army positions in Kafr Lusin.',
			['Kafr Lusin'],
			['clash@Kafr Lusin']
		],
		[
			'hostilities',
			'The militias opened their biggest offensive in months in the Kafr Lusin countryside.',
			['Kafr Lusin countryside'],
			['clash@Kafr Lusin countryside']
		],
		['hostilities', 'Militias start wide offensive in Kafr Lusin', ['Kafr Lusin'], ['clash@Kafr Lusin']],
		['light-verb', 'Militias gain control of all Kafr Lusin', ['Kafr Lusin'], ['capture@Kafr Lusin']],
		['strike', 'Government aircraft attack Kafr Lusin', ['Kafr Lusin'], ['airstrike@Kafr Lusin']],
		['advance', 'The militias made deep inroads into Kafr Lusin.', ['Kafr Lusin'], ['advance@Kafr Lusin']],
		['advance', 'The envoy made diplomatic inroads in Kafr Lusin.', ['Kafr Lusin'], []],
		[
			'hostilities',
			'Families displaced by the offensive in Kafr Lusin fled north.',
			['Kafr Lusin'],
			['displacement@Kafr Lusin']
		],
		['hostilities', 'The militia offensive in Kafr Lusin worried the envoys.', ['Kafr Lusin'], []],
		[
			'hostilities',
			'Militias launch large-scale offensive in Kafr Lusin',
			['Kafr Lusin'],
			['clash@Kafr Lusin']
		],
		[
			'under-control',
			'Tell Marqab, a hub on the road to Kafr Lusin, houses depots under army control.',
			['Tell Marqab', 'Kafr Lusin'],
			[]
		],
		[
			'under-control',
			'Kafr Lusin and nearby areas came under militia control.',
			['Kafr Lusin'],
			['capture@Kafr Lusin']
		],
		['hostilities', 'In Kafr Lusin, troops clashed with the militias.', ['Kafr Lusin'], ['clash@Kafr Lusin']],
		[
			'failed-attempt',
			'Troops in Kafr Lusin repelled a militia attack.',
			['Kafr Lusin'],
			['clash@Kafr Lusin']
		],
		['hostilities', 'In Kafr Lusin, officials said fighting raged.', ['Kafr Lusin'], []],
		['hostilities', 'In Kafr Lusin, envoys met as troops clashed with the militias.', ['Kafr Lusin'], []],
		[
			'withdraw',
			'In Kafr Lusin, militias freed prisoners, and troops withdrew from the barracks.',
			['Kafr Lusin'],
			['withdrawal@Kafr Lusin']
		],
		[
			'failed-attempt',
			'Troops in northern Kafr Lusin province repelled a militia attack.',
			['Kafr Lusin province'],
			['clash@Kafr Lusin province']
		],
		[
			'under-control',
			'Kafr Lusin and its prison under militia control.',
			['Kafr Lusin'],
			['capture@Kafr Lusin']
		],
		['strike', 'In Kafr Lusin, jets struck a market.', ['Kafr Lusin'], ['airstrike@Kafr Lusin']],
		[
			'hostilities',
			"The army carried out a military operation with Moscow's air support in Kafr Lusin.",
			['Kafr Lusin'],
			['airstrike@Kafr Lusin', 'clash@Kafr Lusin']
		],
		['reach', 'The army sent big reinforcements to the outskirts of Kafr Lusin.', ['Kafr Lusin'], []],
		['light-verb', 'The militia gains in Kafr Lusin were large.', ['Kafr Lusin'], []],
		[
			'hostilities',
			'Troops withdrew from Kafr Lusin following an offensive by the militias.',
			['Kafr Lusin'],
			['withdrawal@Kafr Lusin']
		],
		[
			'strike',
			'Jets began an aerial offensive against fighters in Kafr Lusin.',
			['Kafr Lusin'],
			['airstrike@Kafr Lusin']
		],
		['advance', 'The army moved reinforcements to Kafr Lusin.', ['Kafr Lusin'], []],
		[
			'active',
			'The militia expelled the garrison from Kafr Lusin, and the mayor of Tell Marqab was ousted.',
			['Kafr Lusin', 'Tell Marqab'],
			['capture@Kafr Lusin']
		],
		[
			'passive',
			'Tell Marqab was captured by the insurgents late on Monday.',
			['Tell Marqab'],
			['capture@Tell Marqab']
		],
		[
			'intransitive',
			'By nightfall Ain Sharqi had fallen to the rebels.',
			['Ain Sharqi'],
			['capture@Ain Sharqi']
		],
		['nominal', 'The fall of Qasr Hamid opened the road south.', ['Qasr Hamid'], ['capture@Qasr Hamid']],
		[
			'nominal, possessive',
			"Jisr Amer's capture surprised the garrison.",
			['Jisr Amer'],
			['capture@Jisr Amer']
		],
		[
			'light-verb',
			'The factions took full control of Deir Sahel on Tuesday.',
			['Deir Sahel'],
			['capture@Deir Sahel']
		],
		[
			'light-verb, dominance',
			'Rebel units established dominance over Tal Wardi.',
			['Tal Wardi'],
			['capture@Tal Wardi']
		],
		[
			'under-control',
			'Maskana Sharqiya came under opposition control overnight.',
			['Maskana Sharqiya'],
			['capture@Maskana Sharqiya']
		],
		[
			'under-control, now',
			'Opposition groups now control Bab Nayrab, residents said.',
			['Bab Nayrab'],
			['capture@Bab Nayrab']
		],
		[
			'under-control, a change made',
			'By evening the brigades were able to control Bab Nayrab and Maskana Sharqiya.',
			['Bab Nayrab', 'Maskana Sharqiya'],
			['capture@Bab Nayrab', 'capture@Maskana Sharqiya']
		],
		['under-control, a state', 'The brigades control Bab Nayrab, residents said.', ['Bab Nayrab'], []],
		[
			'reach',
			'Insurgents reached the western edge of Hawar Kilis.',
			['Hawar Kilis'],
			['advance@Hawar Kilis']
		],
		[
			'reach, at the gates',
			'By evening the columns stood at the gates of Umm Jurn.',
			['Umm Jurn'],
			['advance@Umm Jurn']
		],
		[
			'advance',
			'Columns advanced toward Qalaat Nour from the north.',
			['Qalaat Nour'],
			['advance@Qalaat Nour']
		],
		[
			'advance, from … toward',
			'Columns marched from Kafr Ali toward Tal Jibin overnight.',
			['Kafr Ali', 'Tal Jibin'],
			['advance@Tal Jibin']
		],
		[
			'reach, active in',
			'Insurgents are now active in the suburbs of Umm Jurn.',
			['Umm Jurn'],
			['advance@Umm Jurn']
		],
		[
			'withdraw, nominal',
			'Witnesses described the expulsion of the garrison from Kharab Ashk.',
			['Kharab Ashk'],
			['withdrawal@Kharab Ashk']
		],
		[
			'hostilities, preparing for',
			'The army is preparing for a counterattack on Tell Hassel.',
			['Tell Hassel'],
			[]
		],
		['encircle', 'Turkish-backed factions encircled Tell Hassel.', ['Tell Hassel'], ['advance@Tell Hassel']],
		[
			'encircle, passive',
			'Khirbet Zeid is now fully surrounded by the militias.',
			['Khirbet Zeid'],
			['advance@Khirbet Zeid']
		],
		[
			'enter-storm',
			'Gunmen stormed Sheikh Lutfi and freed the prisoners.',
			['Sheikh Lutfi'],
			['entry@Sheikh Lutfi']
		],
		[
			'enter-storm, particle',
			'Fighters broke into Hay al-Nour at first light.',
			['Hay al-Nour'],
			['entry@Hay al-Nour']
		],
		[
			'withdraw',
			'Army units withdrew from Kharab Ashk without a fight.',
			['Kharab Ashk'],
			['withdrawal@Kharab Ashk']
		],
		[
			'withdraw, particle',
			'Government troops pulled out of Ein Issa on Sunday.',
			['Ein Issa'],
			['withdrawal@Ein Issa']
		],
		[
			'withdraw, forced back',
			'The rebels were forced back from the outskirts of Jabal Saman.',
			['Jabal Saman'],
			['withdrawal@Jabal Saman']
		],
		[
			'withdraw, measured',
			'The insurgents pulled back about 15 km from Tal Sabha overnight.',
			['Tal Sabha'],
			['withdrawal@Tal Sabha']
		],
		[
			'withdraw, past form read as a noun after a date',
			'Rebels on Wednesday retreated some 12 kilometres from Tal Sabha.',
			['Tal Sabha'],
			['withdrawal@Tal Sabha']
		],
		[
			'under-control, a side claims to hold',
			'The southern factions claim to also hold the town of Tal Sabha.',
			['Tal Sabha'],
			['capture@Tal Sabha']
		],
		['under-control, a held place is no news', 'Loyalist troops still hold Tal Sabha.', ['Tal Sabha'], []],
		[
			'enter-storm, progressive read as an adjective',
			'Insurgents were sweeping through several districts of Tal Sabha.',
			['Tal Sabha'],
			['entry@Tal Sabha']
		],
		[
			'reach, a distance alone',
			'The insurgents are now some 12 kilometres from Tal Sabha.',
			['Tal Sabha'],
			['advance@Tal Sabha']
		],
		['hostilities', 'Heavy clashes broke out in Mansoura on Friday.', ['Mansoura'], ['clash@Mansoura']],
		[
			'hostilities, told by their toll',
			'Dozens of residents were killed in Mansoura and Tal Sabha during clashes on Monday.',
			['Mansoura', 'Tal Sabha'],
			['clash@Mansoura', 'clash@Tal Sabha']
		],
		[
			'not hostilities: a toll with no fight told',
			'Two residents were killed in Mansoura on Friday.',
			['Mansoura'],
			[]
		],
		[
			"hostilities, a humanitarian update's list of affected areas",
			'Affected areas include Mansoura and Tal Sabha, relief workers said.',
			['Mansoura', 'Tal Sabha'],
			['clash@Mansoura', 'clash@Tal Sabha']
		],
		[
			'not hostilities: affected, but not areas',
			'Affected households include families in Mansoura, the water utility said.',
			['Mansoura'],
			[]
		],
		[
			'hostilities, verb placed by the change of hands before it',
			'Fighters broke into Mansoura at dawn and were still clashing with the garrison at noon.',
			['Mansoura'],
			['clash@Mansoura', 'entry@Mansoura']
		],
		[
			'hostilities, reported',
			'Clashes between the two sides were reported in Mansoura and Tal Sabha.',
			['Mansoura', 'Tal Sabha'],
			['clash@Mansoura', 'clash@Tal Sabha']
		],
		[
			'hostilities, verb',
			'Both sides fought around Tal Sabha until dawn.',
			['Tal Sabha'],
			['clash@Tal Sabha']
		],
		[
			'failed-attempt',
			'Government forces failed to retake Dahiyat Assad after two days of assaults.',
			['Dahiyat Assad'],
			['clash@Dahiyat Assad']
		],
		[
			'failed-attempt, repelled',
			'Defenders repelled an attack on Kafr Jum.',
			['Kafr Jum'],
			['clash@Kafr Jum']
		],
		['strike', 'Warplanes struck Ariha twice on Thursday.', ['Ariha'], ['airstrike@Ariha']],
		['strike', 'Gunmen looted the rocket depots of Ariha.', ['Ariha'], []],
		['displacement', 'Half the town are displaced persons from Ariha.', ['Ariha'], []],
		[
			'displacement',
			'The shelling displaced inhabitants of Ariha overnight.',
			['Ariha'],
			['displacement@Ariha']
		],
		[
			'strike',
			'Loyalist units stormed Ariha at dawn with Russian air support.',
			['Ariha'],
			['airstrike@Ariha', 'entry@Ariha']
		],
		['strike, drones', 'Drone attacks hit Sarmin overnight.', ['Sarmin'], ['drone-strike@Sarmin']],
		[
			'strike, shelling',
			'Artillery shelled Darat Azza and nearby farms.',
			['Darat Azza'],
			['shelling@Darat Azza']
		],
		['strike, car bomb', 'A car bomb exploded at a checkpoint in Azaz.', ['Azaz'], ['car-bomb@Azaz']],
		[
			'displacement',
			'Thousands of families fled Tell Hamra toward the border.',
			['Tell Hamra'],
			['displacement@Tell Hamra']
		],
		[
			'withdraw, a mass evacuation of troops',
			'The army ordered a mass evacuation of its troops from Tell Hamra.',
			['Tell Hamra'],
			['withdrawal@Tell Hamra']
		],
		[
			'displacement, mass evacuations with no leaver named',
			'Medics reported mass evacuations from Tell Hamra overnight.',
			['Tell Hamra'],
			['displacement@Tell Hamra']
		],
		[
			'failed-attempt, an attempt on a place',
			'The rebels tried to storm Kafr Dael at dawn but were driven off.',
			['Kafr Dael'],
			['clash@Kafr Dael']
		],
		[
			'displacement, an attempt to leave is still leaving',
			'Thousands of families tried to flee Tell Hamra overnight.',
			['Tell Hamra'],
			['displacement@Tell Hamra']
		],
		[
			'strike, named again as "an attack"',
			'Warplanes bombed Kafr Dael at night in an attack that killed six.',
			['Kafr Dael'],
			['airstrike@Kafr Dael']
		],
		[
			'unchanged control, no event',
			'Government troops were still in control of Kafr Dael, and had retained control of Tell Hamra.',
			['Kafr Dael', 'Tell Hamra'],
			[]
		],
		[
			'under-control, a status report',
			'By Monday the insurgents reportedly controlled Kafr Dael.',
			['Kafr Dael'],
			['capture@Kafr Dael']
		],
		[
			'intransitive, past a relative clause',
			'Kafr Dael, which the army had held since 2016, fell to the insurgents at dawn.',
			['Kafr Dael'],
			['capture@Kafr Dael']
		],
		[
			'passive, past a relative clause that names another place',
			'Tell Hamra, which lies north of Kafr Dael, was seized by the insurgents at dawn.',
			['Tell Hamra', 'Kafr Dael'],
			['capture@Tell Hamra']
		],
		[
			'withdraw, a place handed to another side',
			'The militia handed Kafr Dael to the insurgents after talks.',
			['Kafr Dael'],
			['withdrawal@Kafr Dael']
		],
		[
			'displacement, an evacuation of civilians',
			'Buses began the evacuation of civilians from Tell Hamra at dawn.',
			['Tell Hamra'],
			['displacement@Tell Hamra']
		],
		[
			'light-verb, with hedges between verb and noun',
			'The insurgents are now in at least de facto control of Kafr Dael.',
			['Kafr Dael'],
			['capture@Kafr Dael']
		],
		[
			'hostilities, a side as object and a place that locates the fight',
			'Insurgents were battling the militia on the outskirts of Kafr Dael.',
			['Kafr Dael'],
			['clash@Kafr Dael']
		],
		[
			'hostilities, a side as object in a description, no event',
			'Groups fighting the militia have long been the main force in Kafr Dael.',
			['Kafr Dael'],
			[]
		],
		[
			'strike, "targeted" a military object',
			'Army units targeted militant positions in Kafr Dael overnight.',
			['Kafr Dael'],
			['airstrike@Kafr Dael']
		],
		[
			'advance, an offensive "targeting" a place',
			'The offensive targeting Kafr Dael began at dawn.',
			['Kafr Dael'],
			[]
		],
		[
			'hostilities, "confront" with a place that locates it',
			'Army units continue to confront the insurgents in the countryside of Kafr Dael.',
			['Kafr Dael'],
			['clash@Kafr Dael']
		],
		['negation, "not yet"', 'The insurgents have not yet entered Kafr Dael.', ['Kafr Dael'], []],
		[
			'hostilities, fighting that reaches a place',
			'By nightfall the hostilities had reached Kafr Dael.',
			['Kafr Dael'],
			['clash@Kafr Dael']
		],
		[
			'reach, after fighting elsewhere',
			'After days of fighting, the insurgents reached Kafr Dael.',
			['Kafr Dael'],
			['advance@Kafr Dael']
		],
		[
			'present participle describing a noun, no event',
			'Families left Tell Hamra and surrounding villages for Kafr Dael.',
			['Tell Hamra', 'Kafr Dael'],
			['displacement@Tell Hamra']
		],
		[
			'participle describing a thing, no event',
			'Gunmen posed beside a captured tank in the village of Kafr Dael.',
			['Kafr Dael'],
			[]
		],
		[
			'participle describing a place, its state',
			'Food ran short in the encircled Tell Hamra district.',
			['Tell Hamra district'],
			['advance@Tell Hamra district']
		]
	];
	for (const [family, sentence, names, expected] of cases) {
		it(`${family}: ${sentence}`, () => expect(kinds(sentence, names)).toEqual(expected));
	}
});

describe('lists', () => {
	it('expands "the villages of X, Y and Z" to every member', () => {
		expect(
			kinds('Rebels captured the villages of Kafr Ali, Tal Jibin and Maarshurin.', [
				'Kafr Ali',
				'Tal Jibin',
				'Maarshurin'
			])
		).toEqual(['capture@Kafr Ali', 'capture@Maarshurin', 'capture@Tal Jibin']);
	});
	it('passes over members the gazetteer lacks and goes on with the list', () => {
		// "Umm Ghazal" and "Brikiyat" are not marked as places: the members after them still count
		expect(
			kinds('Troops retook the villages of Kafr Ali, Umm Ghazal, Brikiyat, Tal Jibin and Maarshurin.', [
				'Kafr Ali',
				'Tal Jibin',
				'Maarshurin'
			])
		).toEqual(['capture@Kafr Ali', 'capture@Maarshurin', 'capture@Tal Jibin']);
	});
	it('passes over a first member after "including" the gazetteer lacks, and one holding a known name', () => {
		// "Tal al-Jibin" is not the village Jibin, which alone is marked; "Deir al-Ghazal" not marked at all
		expect(
			kinds(
				'The army lost many villages in Halab province, including Deir al-Ghazal, Tal al-Jibin, Kafr Ali and Maarshurin.',
				['Halab province', 'Jibin', 'Kafr Ali', 'Maarshurin']
			)
		).toEqual(['capture@Halab province', 'capture@Kafr Ali', 'capture@Maarshurin']);
		// a first member named like a person ("Abu Foo") may be one: the list stops there
		expect(
			kinds('The army lost many villages in Halab province, including Abu Ghazal, Kafr Ali and Maarshurin.', [
				'Halab province',
				'Kafr Ali',
				'Maarshurin'
			])
		).toEqual(['capture@Halab province']);
	});
	it('does not pass over a name that no list glue follows', () => {
		expect(
			kinds('Troops retook Kafr Ali, Umm Ghazal said in a statement about Tal Jibin.', [
				'Kafr Ali',
				'Tal Jibin'
			])
		).toEqual(['capture@Kafr Ali']);
	});
	it('expands "including X and Y" after a count', () => {
		expect(
			kinds('They seized a dozen villages, including Kafr Ali and Tal Jibin, in the morning.', [
				'Kafr Ali',
				'Tal Jibin'
			])
		).toEqual(['capture@Kafr Ali', 'capture@Tal Jibin']);
	});
	it('expands "including X and Y" after the side the things were taken from', () => {
		expect(
			kinds('The militias overran some twenty villages from army units, including Kafr Ali and Tal Jibin.', [
				'Kafr Ali',
				'Tal Jibin'
			])
		).toEqual(['capture@Kafr Ali', 'capture@Tal Jibin']);
		// a place after "from" is where they came from, not what they took
		expect(
			kinds('The militias overran some twenty villages from Maarshurin, including Kafr Ali.', [
				'Maarshurin',
				'Kafr Ali'
			])
		).toEqual([]);
	});
	it('reads a member spelled with a hyphened "As-" as a member, not a clause opened by "as"', () => {
		expect(
			kinds('Mortar fire was logged in Kafr Ali and As-Safira overnight.', ['Kafr Ali', 'As-Safira'])
		).toEqual(['shelling@As-Safira', 'shelling@Kafr Ali']);
	});
	it('reads a direction after a comma as the next member when the list goes on after it', () => {
		// members each located by a direction: the directions locate, they are no members
		expect(
			kinds('Jets struck Kafr Ali, eastern Tal Jibin and Morek, western Halab.', [
				'Kafr Ali',
				'Tal Jibin',
				'Morek',
				'Halab'
			])
		).toEqual(['airstrike@Kafr Ali', 'airstrike@Morek']);
		expect(
			kinds('Jets hit Kafr Ali, eastern Tal Jibin and Morek.', ['Kafr Ali', 'Tal Jibin', 'Morek'])
		).toEqual(['airstrike@Kafr Ali', 'airstrike@Morek', 'airstrike@Tal Jibin']);
		expect(
			kinds('Jets hit Kafr Ali, eastern Tal Jibin, Morek and Halab.', [
				'Kafr Ali',
				'Tal Jibin',
				'Morek',
				'Halab'
			])
		).toEqual(['airstrike@Halab', 'airstrike@Kafr Ali', 'airstrike@Morek', 'airstrike@Tal Jibin']);
	});
	it('reads a direction or a preposition after "and" as the next member, not a locator', () => {
		expect(
			kinds('Mortar fire was logged in Kafr Ali and eastern Tal Jibin overnight.', ['Kafr Ali', 'Tal Jibin'])
		).toEqual(['shelling@Kafr Ali', 'shelling@Tal Jibin']);
		expect(kinds('Battles raged in Kafr Ali and in Tal Jibin all week.', ['Kafr Ali', 'Tal Jibin'])).toEqual([
			'clash@Kafr Ali',
			'clash@Tal Jibin'
		]);
		// a direction right after a member still locates it
		expect(
			kinds('Battles raged in Kafr Ali, eastern Tal Jibin, all week.', ['Kafr Ali', 'Tal Jibin'])
		).toEqual(['clash@Kafr Ali']);
	});
	it('expands the members a generic object names after "of which are"', () => {
		expect(
			kinds('They overran many villages, the biggest of which are Kafr Ali and Tal Jibin, by noon.', [
				'Kafr Ali',
				'Tal Jibin'
			])
		).toEqual(['capture@Kafr Ali', 'capture@Tal Jibin']);
	});
	it('reads fighting before a comma, and a participle of the side after it, as no fighting subject', () => {
		expect(
			kinds('After heavy fighting in Kafr Lusin, rebels reached Salamiyah.', ['Kafr Lusin', 'Salamiyah'])
		).toEqual(['advance@Salamiyah', 'clash@Kafr Lusin']);
		expect(
			kinds('After days of fighting, rebels reached Salamiyah, extending into Maarshurin.', [
				'Salamiyah',
				'Maarshurin'
			])
		).toEqual(['advance@Maarshurin', 'advance@Salamiyah']);
	});
	it('keeps "to the north of X" a goal after anything but a generic object', () => {
		expect(kinds('The army withdrew its units to the north of Kafr Lusin.', ['Kafr Lusin'])).toEqual([]);
	});
	it('reads "to the north of X" after a generic object as where it lies, not as a goal', () => {
		expect(read('They overran a dozen villages to the north of Kafr Lusin.', ['Kafr Lusin'])).toEqual([
			{ place: 'Kafr Lusin', kind: 'advance', family: 'active' }
		]);
	});
	it('expands a list set off by dashes in front of a passive verb', () => {
		expect(
			kinds('Three towns – Kafr Ali, Tal Jibin and Maarshurin – were taken.', [
				'Kafr Ali',
				'Tal Jibin',
				'Maarshurin'
			])
		).toEqual(['capture@Kafr Ali', 'capture@Maarshurin', 'capture@Tal Jibin']);
	});
	it('goes on past members that name a thing in a place ("radar sites near X, and research centres in Y, Z")', () => {
		expect(
			kinds(
				'Jets struck many sites, including hangars at Tal Jibin near Halab, radar sites near Kafr Ali, and research centres in Morek, Tarnub and Sarmin.',
				['Tal Jibin', 'Halab', 'Kafr Ali', 'Morek', 'Tarnub', 'Sarmin']
			)
		).toEqual(['airstrike@Morek', 'airstrike@Sarmin', 'airstrike@Tal Jibin', 'airstrike@Tarnub']);
		expect(kinds('Jets struck Halab, and a hospital in Tarnub.', ['Halab', 'Tarnub'])).toEqual([
			'airstrike@Halab',
			'airstrike@Tarnub'
		]);
		// people or things in places that do something are a clause of their own, however long their list
		expect(
			kinds('Rebels took Halab, and activists in Tarnub, Sarmin and Morek called for protests.', [
				'Halab',
				'Tarnub',
				'Sarmin',
				'Morek'
			])
		).toEqual(['capture@Halab']);
		expect(
			kinds(
				'Rebels took Halab, and officials in Tarnub, who had dismissed the attack, scrambled to respond.',
				['Halab', 'Tarnub']
			)
		).toEqual(['capture@Halab']);
		// a noun in a place that a verb follows is a clause of its own
		expect(
			kinds('Jets struck Halab, and aid workers in Tarnub said four died.', ['Halab', 'Tarnub'])
		).toEqual(['airstrike@Halab']);
		// a member in a place the gazetteer lacks is passed over, and the list goes on
		expect(
			kinds(
				'Jets struck many sites, including hangars at Tal Jibin, radar posts near Al-Ruz, and depots in Morek and Tarnub.',
				['Tal Jibin', 'Morek', 'Tarnub']
			)
		).toEqual(['airstrike@Morek', 'airstrike@Tal Jibin', 'airstrike@Tarnub']);
		// ", a hill near …" after a bare comma describes the member before it; a hyphen joins a name to a road's
		expect(
			kinds('Rebels took Halab and Tal Jibin, a hill near the Tarnub-Sarmin road.', [
				'Halab',
				'Tal Jibin',
				'Tarnub',
				'Sarmin'
			])
		).toEqual(['capture@Halab', 'capture@Tal Jibin']);
	});
	it('reads members after "like the" when a generic plural names them ("bases like the X")', () => {
		expect(kinds('Gunmen overran army bases like the Tal Jibin airfield.', ['Tal Jibin'])).toEqual([
			'capture@Tal Jibin'
		]);
		expect(kinds('Gunmen overran army installations like the Tal Jibin airfield.', ['Tal Jibin'])).toEqual([
			'capture@Tal Jibin'
		]);
	});
	it('reads military operations, or operations against a side, in a place as fighting there', () => {
		expect(kinds('The brigade carried on its military operations in Tal Jibin.', ['Tal Jibin'])).toEqual([
			'clash@Tal Jibin'
		]);
		expect(
			kinds('The army pressed its operations against the militants in Tal Jibin.', ['Tal Jibin'])
		).toEqual(['clash@Tal Jibin']);
		expect(kinds('The relief agency halted its operations in Tal Jibin.', ['Tal Jibin'])).toEqual([]);
		expect(kinds('The military operations room in Tal Jibin issued a statement.', ['Tal Jibin'])).toEqual([]);
	});
	it('places a leaving that names no place where its forces were posted', () => {
		expect(
			kinds('Army units stationed in Tal Jibin and Kafr Lusin carried out a redeployment.', [
				'Tal Jibin',
				'Kafr Lusin'
			])
		).toEqual(['withdrawal@Kafr Lusin', 'withdrawal@Tal Jibin']);
		expect(kinds('Troops in Tal Jibin pulled back to Kafr Lusin.', ['Tal Jibin', 'Kafr Lusin'])).toEqual([
			'withdrawal@Tal Jibin'
		]);
	});
	it('does not place a leaving where it was said, nor with forces named in another phrase', () => {
		expect(
			kinds('In Tal Jibin, officials said the troops had redeployed to new lines.', ['Tal Jibin'])
		).toEqual([]);
		expect(
			kinds('Under pressure from fighters in Tal Jibin, army units withdrew overnight.', ['Tal Jibin'])
		).toEqual([]);
		expect(
			kinds('Moscow withdrew its air support before the army lost Tal Jibin.', ['Tal Jibin'])
		).not.toContain('airstrike@Tal Jibin');
	});
	it('lets a side that arrives decide, whoever it passed ("appeals from residents")', () => {
		expect(
			kinds('After a week of appeals from residents, rebel columns reached Tal Jibin.', ['Tal Jibin'])
		).toEqual(['advance@Tal Jibin']);
	});
	it('places a leaving that names no place in the place the sentence opens in', () => {
		expect(kinds('In Tal Jibin, loyalist units quietly withdrew overnight.', ['Tal Jibin'])).toEqual([
			'withdrawal@Tal Jibin'
		]);
		expect(
			kinds('In Tal Jibin, loyalist units withdrew toward Kafr Lusin.', ['Tal Jibin', 'Kafr Lusin'])
		).toEqual(['withdrawal@Tal Jibin']);
	});
	it('reads villages taken "in" a town as its countryside, not the town', () => {
		expect(
			read('Fighters seized three villages in Kafr Lusin overnight.', ['Kafr Lusin'], { 'Kafr Lusin': 4 })
		).toEqual([{ place: 'Kafr Lusin', kind: 'advance', family: 'active' }]);
	});
	it('reads a count of villages "of" a town as its countryside, and "the towns of X and Y" as the towns', () => {
		expect(
			read('Fighters seized 12 villages of the town of Kafr Lusin on Friday.', ['Kafr Lusin'], {
				'Kafr Lusin': 4
			})
		).toEqual([{ place: 'Kafr Lusin', kind: 'advance', family: 'active' }]);
		expect(
			kinds('Fighters seized the two towns of Kafr Lusin and Tal Jibin.', ['Kafr Lusin', 'Tal Jibin'])
		).toEqual(['capture@Kafr Lusin', 'capture@Tal Jibin']);
		expect(
			kinds('Fighters seized the three villages of Kafr Lusin, Tal Jibin and Morek.', [
				'Kafr Lusin',
				'Tal Jibin',
				'Morek'
			])
		).toEqual(['capture@Kafr Lusin', 'capture@Morek', 'capture@Tal Jibin']);
	});
	it('reads the ground around a town as pressure on it: "three sides of X", "a hill overlooking X"', () => {
		expect(kinds('Fighters now hold three sides of Kafr Lusin.', ['Kafr Lusin'])).toEqual([
			'advance@Kafr Lusin'
		]);
		expect(kinds('The brigade seized a ridge overlooking Kafr Lusin.', ['Kafr Lusin'])).toEqual([
			'advance@Kafr Lusin'
		]);
	});
	it('lists members after a route the generic things lie along, and members the gazetteer lacks spelt with "Al-"', () => {
		expect(
			kinds('Fighters took villages along the main road, including Kafr Lusin and Tal Jibin.', [
				'Kafr Lusin',
				'Tal Jibin'
			])
		).toEqual(['capture@Kafr Lusin', 'capture@Tal Jibin']);
		expect(kinds('Fighters took Kafr Lusin, Al-Barqum, and Tal Jibin.', ['Kafr Lusin', 'Tal Jibin'])).toEqual(
			['capture@Kafr Lusin', 'capture@Tal Jibin']
		);
	});
	it('reads "bore down on X" as an advance on it', () => {
		expect(kinds('Two columns bore down on Tal Jibin at dawn.', ['Tal Jibin'])).toEqual([
			'advance@Tal Jibin'
		]);
	});
	it('reads "asserted authority over X" as taking it', () => {
		expect(kinds('The militia asserted its authority over Tal Jibin.', ['Tal Jibin'])).toEqual([
			'capture@Tal Jibin'
		]);
	});
	it('leaves a place to the head that follows it ("after capturing towns and closing in on X")', () => {
		expect(
			kinds('Rebels were near the base after capturing several towns and closing in on Tal Jibin.', [
				'Tal Jibin'
			])
		).toEqual(['advance@Tal Jibin']);
	});
	it('lets two heads joined by "and" share their object', () => {
		expect(kinds('Fighters stormed and seized Tal Jibin.', ['Tal Jibin'])).toEqual([
			'capture@Tal Jibin',
			'entry@Tal Jibin'
		]);
	});
	it('reads no strike in the name of a unit or a school ("the field artillery college")', () => {
		expect(kinds('The insurgents took the field artillery college near Tal Jibin.', ['Tal Jibin'])).toEqual([
			'advance@Tal Jibin'
		]);
	});
	it('does not take a locating place into the list', () => {
		expect(
			kinds('Fighters captured Kafr Ali in Halab province on Monday.', ['Kafr Ali', 'Halab province'])
		).toEqual(['capture@Kafr Ali']);
	});
});

describe('lists', () => {
	it('goes on past an adverb qualifying the next member ("the strategically important towns of X and Y")', () => {
		expect(
			kinds(
				'The army handed over Tal Jibin, the strategically important towns of Kafr Lusin and Tell Marqab, and a depot.',
				['Tal Jibin', 'Kafr Lusin', 'Tell Marqab']
			)
		).toEqual(['withdrawal@Kafr Lusin', 'withdrawal@Tal Jibin', 'withdrawal@Tell Marqab']);
	});
});

describe('a place that locates another', () => {
	it('passes over a place after a direction and "of" when looking back for the subject', () => {
		const sentence =
			'Fighters moved on Tell Marqab, which lies south of Kafr Lusin and is under army control.';
		expect(read(sentence, ['Tell Marqab', 'Kafr Lusin']).map((r) => r.place)).not.toContain('Kafr Lusin');
	});
});

describe('two names, one holding the other', () => {
	it('reads "the <city> suburb of <town>" as the town, and "the <district> district of <city>" as the district', () => {
		const sizes = { 'Madinat Asima': 4, 'Tell Marqab': 3, 'Hay Jadid': 1 };
		const kindsOf = (s: string, names: string[]) => read(s, names, sizes).map((r) => `${r.kind}@${r.place}`);
		expect(
			kindsOf('Columns marched toward the Madinat Asima suburb of Tell Marqab.', [
				'Madinat Asima',
				'Tell Marqab'
			])
		).toEqual(['advance@Tell Marqab']);
		expect(
			kindsOf('Fighters broke into the Hay Jadid district of Madinat Asima.', ['Hay Jadid', 'Madinat Asima'])
		).toEqual(['entry@Hay Jadid']);
	});
});

describe('nearness', () => {
	it('reads "closer to taking X", "on the verge of capturing X" as not yet', () => {
		expect(kinds('The push brought the brigade closer to taking Kafr Lusin.', ['Kafr Lusin'])).toEqual([]);
		expect(kinds('Militias were on the verge of capturing Kafr Lusin.', ['Kafr Lusin'])).toEqual([]);
		expect(kinds('Kafr Lusin is close to falling.', ['Kafr Lusin'])).toEqual([]);
		expect(
			kinds('Their chief says the men are in the last stages of freeing Kafr Lusin.', ['Kafr Lusin'])
		).toEqual([]);
		expect(kinds('Footage showed the moment of entering Kafr Lusin.', ['Kafr Lusin'])).toEqual([
			'entry@Kafr Lusin'
		]);
		expect(kinds('He spoke of the last moments of taking Kafr Lusin.', ['Kafr Lusin'])).toEqual([]);
	});
	it('reads a distance from a place that lies somewhere as where it lies, not as an advance', () => {
		expect(
			kinds('Militias seized Morek, which lies some 30 km from Kafr Lusin.', ['Morek', 'Kafr Lusin'])
		).toEqual(['capture@Morek']);
		expect(
			kinds('Militias seized Morek, which is barely 30 km away from Kafr Lusin.', ['Morek', 'Kafr Lusin'])
		).toEqual(['capture@Morek']);
		expect(
			kinds('Militias seized Morek; which is barely 30 km away from Kafr Lusin.', ['Morek', 'Kafr Lusin'])
		).toEqual(['capture@Morek']);
		// a force's distance is still its advance, after "which" or a verb of lying too
		expect(
			kinds('Militias seized Morek and are now barely 30 km from Kafr Lusin.', ['Morek', 'Kafr Lusin'])
		).toEqual(['advance@Kafr Lusin', 'capture@Morek']);
		expect(
			kinds('The militias, which are barely 30 km from Kafr Lusin, came under fire.', ['Kafr Lusin'])
		).toEqual(['advance@Kafr Lusin']);
		expect(kinds('Militia columns now lie barely 30 km from Kafr Lusin.', ['Kafr Lusin'])).toEqual([
			'advance@Kafr Lusin'
		]);
	});
	it('reads fighting "close to X" as near X, not as a reference to it', () => {
		expect(read('Heavy clashes raged close to Kafr Lusin.', ['Kafr Lusin'])).toEqual([
			{ place: 'Kafr Lusin', kind: 'clash', family: 'hostilities' }
		]);
	});
});

describe('modality', () => {
	it.each([
		['negation', 'The army did not withdraw from Tal Jibin.'],
		['intent', 'The rebels vowed to capture Tal Jibin within days.'],
		['a request', 'Elders asked the emir to take Tal Jibin under his protection.'],
		['a demand', 'The elders demanded that the garrison withdraw from Tal Jibin.'],
		['a state, not ground', 'The army said it managed to control the situation in Tal Jibin.'],
		['a bargain not yet struck', 'Talks between the two sides on the fall of Tal Jibin resume on Monday.'],
		['future', 'Analysts said the militias could seize Tal Jibin soon.'],
		['conditional', 'If the front breaks, the insurgents would enter Tal Jibin.'],
		[
			'a condition by inversion, its main clause too',
			'Should the militants reach the ridge, Tal Jibin falls to them within a day.'
		],
		[
			'a place held as the setting of a hypothesis',
			'With Tal Jibin in their hands, the militias would cut the road.'
		],
		[
			'a condition by inversion with "were"',
			'Were the army to pull out of Tal Jibin, the road would be open.'
		],
		['denial', 'The army denied that it had withdrawn from Tal Jibin.'],
		['state, not change', 'Tal Jibin remained under government control.'],
		['present state, not change', 'Tal Jibin, which lies south of the river, is under army control.'],
		['gerund hypothesis', 'Controlling Tal Jibin would give the rebels the hills.'],
		[
			'a taking named by a noun, before a modal',
			'A seizure of Tal Jibin might open the valley to the north.'
		],
		['intent, as a noun', 'The commanders stated their intention to march on Tal Jibin.'],
		['purpose', 'Moscow voiced its backing for the army to "restore order in Tal Jibin".'],
		['intent with a noun object', 'Moscow promised heavy air support to the garrison of Tal Jibin.'],
		['a battle still ahead', 'The fight for Tal Jibin now looms over the whole front.'],
		['no battle in particular', 'Tal Jibin saw the fiercest of all battles, a veteran recalled.'],
		['a battle told of as deciding', 'The battle for Tal Jibin is the prize and would settle the war.'],
		['the aim of a push', 'The militias mounted a night assault to retake Tal Jibin.'],
		['the aim of a push, "aimed at"', 'Jets backed a push aimed at seizing Tal Jibin.'],
		[
			'a time to come: a present after a word of time, in a sentence of the future',
			'Once Tal Jibin falls, the volunteers will go home.'
		],
		[
			'a time to come, the word of time after the future',
			'The envoys will leave when the garrison quits Tal Jibin.'
		]
	])('%s gives no event', (_label, sentence) => {
		expect(kinds(sentence, ['Tal Jibin'])).toEqual([]);
	});
	it("a present after a word of time with no future in the sentence is news told in a headline's present", () => {
		expect(kinds('Militias enter Tal Jibin after garrison quits', ['Tal Jibin'])).toContain(
			'entry@Tal Jibin'
		);
		// the future of someone's words past a semicolon is not the sentence's
		expect(
			kinds('Militias enter Tal Jibin after garrison quits; commander says Morek will be next', ['Tal Jibin'])
		).toContain('withdrawal@Tal Jibin');
		expect(
			kinds('After the garrison abandoned Tal Jibin, the volunteers will go home.', ['Tal Jibin'])
		).toEqual(['withdrawal@Tal Jibin']);
	});
	it('a participle between a preposition\'s adverb and a noun describes the noun ("newly captured areas")', () => {
		expect(
			kinds('Jets pounded depots across newly captured areas of Tal Jibin.', ['Tal Jibin'])
		).not.toContain('capture@Tal Jibin');
		expect(kinds('Jets pounded depots after militias captured areas of Tal Jibin.', ['Tal Jibin'])).toContain(
			'capture@Tal Jibin'
		);
	});
	it('a taking named by a noun, then told in the past or dated, happened ("soon" is no modal auxiliary)', () => {
		expect(kinds('The seizure of Tal Jibin soon afterwards opened the valley.', ['Tal Jibin'])).toEqual([
			'capture@Tal Jibin'
		]);
		expect(kinds('The seizure of Tal Jibin on Friday could open the valley.', ['Tal Jibin'])).toEqual([
			'capture@Tal Jibin'
		]);
	});
	it('fighting to take a place is fighting there, and a push that took it still took it', () => {
		expect(kinds('The militias fought to retake Tal Jibin.', ['Tal Jibin'])).toEqual(['clash@Tal Jibin']);
		expect(kinds('The militias mounted a night assault and retook Tal Jibin.', ['Tal Jibin'])).toContain(
			'capture@Tal Jibin'
		);
	});
	it('an event in a relative clause after a word of intent happened', () => {
		expect(kinds('Militias planned a night assault that seized Tal Jibin.', ['Tal Jibin'])).toEqual([
			'capture@Tal Jibin'
		]);
	});
	it('talks that ended, or stalled, over a change of hands leave it as told', () => {
		expect(kinds('Talks stalled on Monday over the capture of Tal Jibin.', ['Tal Jibin'])).toEqual([
			'capture@Tal Jibin'
		]);
	});
	it('a change of hands that something "followed" is background; one it was "followed by" is news', () => {
		expect(read('The counterattack followed the seizure of Tal Jibin.', ['Tal Jibin'])).toEqual([
			{ place: 'Tal Jibin', kind: 'capture', family: 'nominal', restated: true }
		]);
		expect(read('Heavy shelling was followed by the seizure of Tal Jibin.', ['Tal Jibin'])).toEqual([
			{ place: 'Tal Jibin', kind: 'capture', family: 'nominal' }
		]);
		// "followed up with": what came next, news too
		expect(read('Militias followed up with the seizure of Tal Jibin.', ['Tal Jibin'])).toEqual([
			{ place: 'Tal Jibin', kind: 'capture', family: 'nominal' }
		]);
	});
	it("the war's long past is background, of any kind", () => {
		expect(read('Tal Jibin was shelled often over the years, its mayor recalled.', ['Tal Jibin'])).toEqual([
			{ place: 'Tal Jibin', kind: 'shelling', family: 'strike', restated: true }
		]);
		// today's news, however it is measured
		expect(kinds('Militias seized Tal Jibin in the past 24 hours.', ['Tal Jibin'])).toEqual([
			'capture@Tal Jibin'
		]);
		expect(read('For the first time during the war, militias stormed Tal Jibin.', ['Tal Jibin'])).toEqual([
			{ place: 'Tal Jibin', kind: 'entry', family: 'enter-storm' }
		]);
		expect(read('Militias stormed Tal Jibin twice during the long civil war.', ['Tal Jibin'])).toEqual([
			{ place: 'Tal Jibin', kind: 'entry', family: 'enter-storm', restated: true }
		]);
		expect(read('Militias stormed Tal Jibin during the night.', ['Tal Jibin'])).toEqual([
			{ place: 'Tal Jibin', kind: 'entry', family: 'enter-storm' }
		]);
	});
	it('a noun of fighting with "may", or before a comma and another clause, is fought', () => {
		expect(kinds('Clashes in Tal Jibin may have killed dozens.', ['Tal Jibin'])).toEqual(['clash@Tal Jibin']);
		expect(
			kinds('Clashes in Tal Jibin were fierce, and residents said they would remember them.', ['Tal Jibin'])
		).toEqual(['clash@Tal Jibin']);
		expect(kinds('Tal Jibin suffered the heaviest of all strikes on Tuesday.', ['Tal Jibin'])).toEqual([
			'airstrike@Tal Jibin'
		]);
	});
	it('a noun of fighting that its adjectives put ahead is not fought ("the expected attack on X")', () => {
		// unless its own verb tells it came
		expect(kinds('The expected assault on Morek began at dawn.', ['Morek'])).toEqual(['clash@Morek']);
		expect(kinds('Troops moved up to meet the expected assault on Morek.', ['Morek'])).toEqual([]);
		expect(kinds('The looming, decisive battle for Morek worries residents.', ['Morek'])).toEqual([]);
		expect(kinds('Troops moved up to meet the assault on Morek.', ['Morek'])).toEqual(['clash@Morek']);
	});
	it('a noun after a verb that is not one of intending happens', () => {
		expect(
			kinds('Monitors called the air strikes on Tal Jibin the heaviest in months.', ['Tal Jibin'])
		).toEqual(['airstrike@Tal Jibin']);
		expect(kinds('Rebels pushed their offensive on Tal Jibin.', ['Tal Jibin'])).toEqual(['clash@Tal Jibin']);
	});
	it('a battle raging now is fought, one said to go on is too', () => {
		expect(kinds('The battle for Tal Jibin raged through the night.', ['Tal Jibin'])).toEqual([
			'clash@Tal Jibin'
		]);
		expect(kinds('The battle for Tal Jibin will continue, a commander said.', ['Tal Jibin'])).toEqual([
			'clash@Tal Jibin'
		]);
	});
	it('a present "is under X control" is news of a change only with a word of change ("now")', () => {
		expect(kinds('Tal Jibin is now under rebel control.', ['Tal Jibin'])).toEqual(['capture@Tal Jibin']);
	});
	it('a goal named after an advance is not captured ("a gateway to the capital")', () => {
		expect(
			kinds('Rebels advanced on Tal Jibin, a gateway to Madinat Asima.', ['Tal Jibin', 'Madinat Asima'])
		).toEqual(['advance@Tal Jibin']);
	});
	it('an event a demonstrative points back at is no new one ("this push into X came a day after …")', () => {
		expect(kinds('This push into Tal Jibin came a day after the fighting.', ['Tal Jibin'])).toEqual([]);
		expect(kinds('These latest attacks on Tal Jibin drew a response.', ['Tal Jibin'])).toEqual([]);
		// a relative "that" opens a clause of its own: the event is told there
		expect(kinds('Units that pushed into Tal Jibin dug in.', ['Tal Jibin'])).toEqual(['advance@Tal Jibin']);
	});
	it('a restated change of hands is marked, so it gets no new date', () => {
		expect(read('They had already seized Tal Jibin.', ['Tal Jibin'])).toEqual([
			{ place: 'Tal Jibin', kind: 'capture', family: 'active', restated: true }
		]);
	});
});

describe('time phrases that restate', () => {
	it('gives a time phrase after a verb to that verb, not to the next head ("who took X last week are now in control of Y")', () => {
		expect(
			read('Fighters who took Tal Jibin last week are now in control of Kafr Lusin.', [
				'Tal Jibin',
				'Kafr Lusin'
			])
		).toEqual([
			{ place: 'Tal Jibin', kind: 'capture', family: 'active', restated: true },
			{ place: 'Kafr Lusin', kind: 'capture', family: 'light-verb' }
		]);
	});
	it('gives an adverb right before a verb of no event to that verb ("areas previously held by the army")', () => {
		expect(
			read('Fighters seized several areas previously held by the army, including Tal Jibin.', ['Tal Jibin'])
		).toEqual([{ place: 'Tal Jibin', kind: 'capture', family: 'active' }]);
	});
	it('reads "previously under X control" after the things taken as who held them, no restatement', () => {
		expect(
			kinds('Fighters seized twelve villages previously under army control in the Morek countryside.', [
				'Morek countryside'
			])
		).toEqual(['capture@Morek countryside']);
		expect(
			kinds('Fighters seized twelve villages formerly under army control in the Morek countryside.', [
				'Morek countryside'
			])
		).toEqual(['capture@Morek countryside']);
		// nothing came under the army: no second head of the army taking the place
		expect(kinds('Tal Jibin, once under army control, was shelled.', ['Tal Jibin'])).toEqual([
			'shelling@Tal Jibin'
		]);
	});
	it('reads "last weekend" after a verb as that verb\'s restatement', () => {
		expect(
			read('Fighters who took Tal Jibin last weekend entered Kafr Lusin.', ['Tal Jibin', 'Kafr Lusin'])
		).toEqual([
			{ place: 'Tal Jibin', kind: 'capture', family: 'active', restated: true },
			{ place: 'Kafr Lusin', kind: 'entry', family: 'enter-storm' }
		]);
	});
	it('gives an opening time phrase to the head after it', () => {
		expect(read('Last week fighters took Tal Jibin.', ['Tal Jibin'])).toEqual([
			{ place: 'Tal Jibin', kind: 'capture', family: 'active', restated: true }
		]);
	});
	it('gives an opening time phrase set off by a comma to every head after it, of any kind', () => {
		expect(read('Last week, fighters launched an attack and took Tal Jibin.', ['Tal Jibin'])).toEqual([
			{ place: 'Tal Jibin', kind: 'clash', family: 'hostilities', restated: true },
			{ place: 'Tal Jibin', kind: 'capture', family: 'active', restated: true }
		]);
		expect(read('Last month, jets struck Tal Jibin.', ['Tal Jibin'])).toEqual([
			{ place: 'Tal Jibin', kind: 'airstrike', family: 'strike', restated: true }
		]);
		// a participle after a comma has the time of the verb the period belongs to
		expect(
			read('The fighters last week launched an assault, taking Tal Jibin.', ['Tal Jibin']).map(
				(r) => r.restated
			)
		).toEqual([true]);
		// with no comma too
		expect(read('Last week fighters stormed the outposts and took Tal Jibin.', ['Tal Jibin'])).toEqual([
			{ place: 'Tal Jibin', kind: 'capture', family: 'active', restated: true }
		]);
		// a time of the same day is news, a change of hands too
		expect(read('Earlier in the day, fighters entered Tal Jibin.', ['Tal Jibin'])).toEqual([
			{ place: 'Tal Jibin', kind: 'entry', family: 'enter-storm' }
		]);
		// a period owning a noun, or one something went on since, restates nothing after it
		expect(
			read("Last week's fall of Halab stunned the army, and on Tuesday fighters entered Tal Jibin.", [
				'Halab',
				'Tal Jibin'
			])
		).toContainEqual({ place: 'Tal Jibin', kind: 'entry', family: 'enter-storm' });
		expect(read('Since last week, jets have pounded Tal Jibin daily.', ['Tal Jibin'])).toEqual([
			{ place: 'Tal Jibin', kind: 'airstrike', family: 'strike' }
		]);
		expect(read('Earlier in the day, jets struck Tal Jibin.', ['Tal Jibin'])).toEqual([
			{ place: 'Tal Jibin', kind: 'airstrike', family: 'strike' }
		]);
	});
});

describe('regions', () => {
	it('keeps the extent a region claim states', () => {
		expect(read('Opposition fighters took control of most of Halab province.', ['Halab province'])).toEqual([
			{ place: 'Halab province', kind: 'capture', family: 'light-verb', extent: 'most' }
		]);
	});
	it('goes on with a list past an extent before its next member ("and most of X province")', () => {
		expect(
			read('Rebels seized Kafr Dael as well as most of Halab province.', ['Kafr Dael', 'Halab province'])
		).toEqual([
			{ place: 'Kafr Dael', kind: 'capture', family: 'active' },
			{ place: 'Halab province', kind: 'capture', family: 'active', extent: 'most' }
		]);
	});
	it('reads the things taken on past ", as well as" when the first of them names no place', () => {
		// past a reference word ("road") that ends the first object's frame
		expect(
			kinds('Militias took the checkpoints on the old road, as well as posts in the Morek quarter.', [
				'Morek'
			])
		).toEqual(['capture@Morek']);
		// past a participle that tells where the first things lie ("linking" a road's ends)
		expect(
			kinds(
				'Militias took checkpoints linking Kafr Dael to Tal Jibin, as well as posts in the Morek quarter.',
				['Kafr Dael', 'Tal Jibin', 'Morek']
			)
		).toEqual(['capture@Morek']);
		// a first object longer than the window: the second has a window of its own
		expect(
			kinds(
				'Militias took the old army posts and depots and barracks, as well as posts in the quiet old Morek quarter.',
				['Morek']
			)
		).toEqual(['capture@Morek']);
		// a participle of the subject's own, after a comma, is no description of what was taken
		expect(
			kinds(
				'Militias launched a big offensive on November 27, having taken Kafr Dael and Tal Jibin so far, as well as the town of Morek.',
				['Kafr Dael', 'Tal Jibin', 'Morek']
			)
		).not.toContain('clash@Morek');
	});
	it('reads the members of generic things after a phrase describing them ("areas cleared of gunmen, notably X")', () => {
		expect(
			kinds(
				'The army took control of several areas cleared of gunmen, most importantly Morek and Tal Jibin.',
				['Morek', 'Tal Jibin']
			)
		).toEqual(['capture@Morek', 'capture@Tal Jibin']);
		// a named thing's phrase opens no members: the clause after the comma is its own
		expect(kinds('The army took the bridge cleared of mines, most importantly Morek.', ['Morek'])).toEqual(
			[]
		);
	});
	it('passes over where villages lie "between" two places to their members', () => {
		expect(
			kinds('Fighters seized villages lying between Hama and Morek, such as Souran and Tal Jibin.', [
				'Hama',
				'Morek',
				'Souran',
				'Tal Jibin'
			])
		).toEqual(['capture@Souran', 'capture@Tal Jibin']);
		// with no members named, the two places are only where the villages lie
		expect(kinds('Fighters seized villages between Hama and Morek.', ['Hama', 'Morek'])).toEqual([]);
	});
	it('passes over a step on the way ("after routing …") to the members of the generic things taken', () => {
		expect(
			kinds('Troops secured a few areas after routing the gunmen, notably Souran and Tal Jibin.', [
				'Souran',
				'Tal Jibin'
			])
		).toEqual(['capture@Souran', 'capture@Tal Jibin']);
		// a step with no members after it leaves nothing behind
		expect(
			kinds('Troops secured a few areas after routing the gunmen, and Souran was calm.', ['Souran'])
		).toEqual([]);
		// a step with generic things of its own owns the members; "while" opens a clause of its own
		expect(
			kinds('Troops retook some positions after abandoning several towns, notably Souran.', ['Souran'])
		).not.toContain('capture@Souran');
		expect(
			kinds('Rebels seized several positions while fighting raged, notably in Souran.', ['Souran'])
		).not.toContain('capture@Souran');
	});
	it('reads the members after "the most notable being" as the generic things taken', () => {
		expect(
			kinds(
				'Fighters seized 14 villages in the Morek countryside, the most notable being Halab and Tal Jibin.',
				['Morek countryside', 'Halab', 'Tal Jibin']
			)
		).toEqual(['capture@Halab', 'capture@Morek countryside', 'capture@Tal Jibin']);
		expect(
			kinds('Fighters seized 14 villages, the most prominent being Halab and Tal Jibin.', [
				'Halab',
				'Tal Jibin'
			])
		).toEqual(['capture@Halab', 'capture@Tal Jibin']);
	});
	it('reads "the rest fled" after fighters were killed as no displacement', () => {
		expect(
			kinds('The army entered Morek, where dozens of gunmen were killed and the rest fled.', ['Morek'])
		).toEqual(['entry@Morek']);
		expect(kinds('Troops shelled Morek, where ten gunmen were killed and others fled.', ['Morek'])).toEqual([
			'shelling@Morek'
		]);
		expect(
			kinds('Troops took Morek, killing dozens of gunmen and forcing the remainder to flee.', ['Morek'])
		).toEqual(['capture@Morek']);
		// nor a withdrawal of their own
		expect(kinds('Troops took Morek, killing dozens of gunmen while others retreated.', ['Morek'])).toEqual([
			'capture@Morek'
		]);
		// no one fell: the many who fled are people
		expect(kinds('Troops pounded Morek and a large number fled.', ['Morek'])).toContain('displacement@Morek');
		expect(kinds('Shells hit Morek, where many residents were killed and others fled.', ['Morek'])).toEqual([
			'displacement@Morek',
			'shelling@Morek'
		]);
	});
	it('reads a place "handed over" or "ceded" in the passive as given up', () => {
		expect(kinds('Morek was handed over to the militia on Saturday.', ['Morek'])).toEqual([
			'withdrawal@Morek'
		]);
		expect(kinds('Morek was ceded to the militia.', ['Morek'])).toEqual(['withdrawal@Morek']);
	});
	it('reads attacks that aircraft make as strikes, and ground forces backed by aircraft as fighting', () => {
		expect(kinds('Warplanes widened their attacks on Morek.', ['Morek'])).toEqual(['airstrike@Morek']);
		expect(kinds('Troops, backed by jets, launched attacks on Morek.', ['Morek'])).toEqual(['clash@Morek']);
		// an air arm named as forces strikes too ("forces" alone fight on the ground)
		expect(kinds('Two air forces attacked the fighters near Morek.', ['Morek'])).toEqual(['airstrike@Morek']);
		expect(kinds('The air force destroyed depots in Morek.', ['Morek'])).toEqual(['airstrike@Morek']);
		expect(kinds('The air forces widened their attacks on Morek.', ['Morek'])).toEqual(['airstrike@Morek']);
		expect(kinds('Ground forces attacked the fighters near Morek.', ['Morek'])).toEqual(['clash@Morek']);
		expect(kinds('Troops, backed by air forces, launched attacks on Morek.', ['Morek'])).toEqual([
			'clash@Morek'
		]);
	});
	it("reads the army's allies leaving a town as a withdrawal", () => {
		expect(kinds('Army units and their allies suddenly left Morek.', ['Morek'])).toEqual([
			'withdrawal@Morek'
		]);
	});
	it('reads a place after "from" as where a move set out, not where it went', () => {
		expect(kinds('Armed groups arrived from Morek on Friday.', ['Morek'])).toEqual([]);
		expect(kinds('Fighters advanced from Morek toward Tal Jibin.', ['Morek', 'Tal Jibin'])).toEqual([
			'advance@Tal Jibin'
		]);
		expect(kinds('Fighters arrived in Tal Jibin from Morek.', ['Tal Jibin', 'Morek'])).toEqual([
			'advance@Tal Jibin'
		]);
	});
	it('places a displacement where people fled from, not where they went', () => {
		expect(kinds('Families fled Morek toward safer areas near Tal Jibin.', ['Morek', 'Tal Jibin'])).toEqual([
			'displacement@Morek'
		]);
		expect(kinds('Hundreds of families were displaced to areas in Tal Jibin.', ['Tal Jibin'])).toEqual([]);
	});
	it('a member opened by "as well as in" is one more of the list', () => {
		expect(
			kinds('Jets struck areas near Kafr Dael, as well as in the villages of Morek and Tal Jibin.', [
				'Kafr Dael',
				'Morek',
				'Tal Jibin'
			])
		).toEqual(['airstrike@Kafr Dael', 'airstrike@Morek', 'airstrike@Tal Jibin']);
	});
	it('things taken "in and around X" are in it, not only near', () => {
		expect(kinds('Militias took posts in and around Morek.', ['Morek'])).toEqual(['capture@Morek']);
		expect(kinds('Militias took posts around Morek.', ['Morek'])).toEqual(['advance@Morek']);
	});
	it("a highway's ends are where it runs, not where it was struck", () => {
		expect(
			kinds('Jets bombed a highway linking the towns of Morek and Tal Jibin overnight.', [
				'Morek',
				'Tal Jibin'
			])
		).toEqual([]);
		expect(
			kinds('Jets bombed Kafr Dael, on the road linking Morek and Tal Jibin.', [
				'Kafr Dael',
				'Morek',
				'Tal Jibin'
			])
		).toEqual(['airstrike@Kafr Dael']);
	});
	it("the fall of the government told in a place is no fall of the place, but the state's", () => {
		expect(kinds('Crowds hailed the fall of the old government, in Morek, at dawn.', ['Morek'])).toEqual([
			'collapse@null'
		]);
		expect(kinds('Crowds hailed the fall of Morek at dawn.', ['Morek'])).toEqual(['capture@Morek']);
		expect(kinds('Crowds hailed the fall of regime-held Morek at dawn.', ['Morek'])).toEqual([
			'capture@Morek'
		]);
	});
	it('a place named in an appositive only says where the subject before it lies', () => {
		expect(
			kinds('Morek, one of the towns of Halab province, fell to the militias.', ['Morek', 'Halab province'])
		).toEqual(['capture@Morek']);
	});
	it('a place named in an appositive only says where the place before it lies', () => {
		expect(
			kinds('Militias attacked Morek, a town in the hills of Halab province, and heavy clashes followed.', [
				'Morek',
				'Halab province'
			])
		).toEqual(['clash@Morek']);
	});
	it('a city named with a possessive before its district only locates it', () => {
		const sizes = { Halab: 2, 'Bab Nayrab': 1, Morek: 1 };
		expect(
			read("Militias seized posts in Halab's Bab Nayrab district.", ['Halab', 'Bab Nayrab'], sizes)
		).toEqual([{ place: 'Bab Nayrab', kind: 'capture', family: 'active' }]);
		// a bare apostrophe, and a member of a list
		expect(
			read("Militias seized Morek and Halabs' Bab Nayrab district.", ['Morek', 'Halabs', 'Bab Nayrab'], {
				...sizes,
				Halabs: 2
			}).map((r) => r.place)
		).toEqual(['Morek', 'Bab Nayrab']);
		// a noun head after a place and a bare apostrophe is that place's, as after "'s"
		expect(kinds("Halabs' fall came at dawn.", ['Halabs'])).toEqual(['capture@Halabs']);
	});
	it('reads a region that names where its towns are ("Halab countryside towns") as a part of it', () => {
		expect(
			read('Rebels announced control over Halab countryside towns including Kafr Dael.', [
				'Halab countryside',
				'Kafr Dael'
			])
		).toContainEqual({ place: 'Halab countryside', kind: 'capture', family: 'light-verb', extent: 'part' });
	});
	it('reads a hold expanded over a region as a part of it, the hold read as a noun after "their"', () => {
		expect(read('The factions expanded their hold on Halab province overnight.', ['Halab province'])).toEqual(
			[{ place: 'Halab province', kind: 'capture', family: 'light-verb', extent: 'part' }]
		);
	});
	it('reads a stated percentage as the extent it amounts to, "more than" included', () => {
		const extentOf = (sentence: string) => read(sentence, ['Halab province'])[0]?.extent;
		expect(extentOf('Rebels claimed control over more than 80 percent of Halab province.')).toBe('most');
		expect(extentOf('Rebels now hold 95% of Halab province.')).toBe('all');
		expect(extentOf('Rebels seized about 50 per cent of Halab province.')).toBe('half');
		expect(extentOf('Rebels seized less than 10% of Halab province.')).toBe('part');
	});
	it('reads places counted inside a region as a part of it', () => {
		expect(
			read('The insurgents now control about 70 locations in Halab province.', ['Halab province'])
		).toEqual([{ place: 'Halab province', kind: 'capture', family: 'under-control', extent: 'part' }]);
	});
	it('reads "the regime has collapsed" and "the president fled" as one collapse of the state, with no place', () => {
		expect(read('Rebels said the regime had collapsed and the president had fled.', [])).toEqual([
			{ place: null, kind: 'collapse', family: 'collapse' }
		]);
	});
	it("reads the head of state leaving for somewhere as the state's flight; anyone else leaving for a place goes there", () => {
		expect(kinds('The president departed for an unknown place, two generals said.', [])).toEqual([
			'collapse@null'
		]);
		expect(kinds('Generals said the president had left Halab for a place still unknown.', ['Halab'])).toEqual(
			['collapse@null']
		);
		// a second verb after "and" shares the first one's subject, not its object's noun
		expect(
			kinds('While rebels poured into Halab, the president took a car and left for an unknown place.', [
				'Halab'
			])
		).toEqual(['collapse@null', 'entry@Halab']);
		expect(kinds('The president took a car and quickly fled.', [])).toEqual(['collapse@null']);
		expect(kinds('The foreign minister left for Tehran on Monday.', ['Tehran'])).toEqual([]);
		// the state leaving a city withdraws from it; a journey, a figure of speech, a rumour denied are no flight
		expect(kinds('The regime left Halab on Thursday without a fight.', ['Halab'])).toEqual([
			'withdrawal@Halab'
		]);
		expect(kinds('The president left for Tehran on Friday for talks.', ['Tehran'])).toEqual([]);
		expect(kinds('The government left the door open to talks.', [])).toEqual([]);
		expect(
			kinds('The presidency said reports that the president had left the country were untrue.', [])
		).toEqual([]);
		expect(kinds('Rebels left for Halab at dawn.', ['Halab'])).toEqual([]);
		expect(kinds('Officials insist the president has not left the capital.', [])).toEqual([]);
	});
	it("reads a flight as the state's only when its subject is, not when an apposition names the president", () => {
		expect(
			kinds('Many farmers, a group seen as loyal to the president, fled Halab on Sunday.', ['Halab'])
		).toEqual(['displacement@Halab']);
		expect(
			kinds('Many farmers, a group that backed the president, fled Halab on Sunday.', ['Halab'])
		).toEqual(['displacement@Halab']);
		expect(kinds('The president, a man few had seen in weeks, fled Halab on Sunday.', ['Halab'])).toEqual([
			'collapse@null'
		]);
		// the noun before "of" heads the phrase an apposition describes; auxiliaries may stand before the verb
		expect(
			kinds('Cousins of the president, who had ruled for decades, fled Halab on Sunday.', ['Halab'])
		).toEqual(['displacement@Halab']);
		expect(kinds('Many farmers, a group loyal to the president, have fled Halab.', ['Halab'])).toEqual([
			'displacement@Halab'
		]);
		// a list's members after commas are no apposition: the subject is the one before the verb, as before
		expect(kinds("Soldiers, the police, the president's guards, fled Halab on Sunday.", ['Halab'])).toEqual([
			'withdrawal@Halab'
		]);
	});
	it("reads the flight of people tied to the state as theirs, not the state's", () => {
		// a group "loyal to", "affiliated with" or "of" the state is who fled; a count before it heads nothing
		expect(kinds('Officers loyal to the president fled Halab on Sunday.', ['Halab'])).toEqual([
			'withdrawal@Halab'
		]);
		expect(kinds('Some commanders affiliated with the regime fled Halab.', ['Halab'])).toEqual([
			'withdrawal@Halab'
		]);
		expect(kinds('Dozens of relatives of the president fled Halab.', ['Halab'])).toEqual([
			'displacement@Halab'
		]);
		expect(kinds('Long columns of troops fled Halab at dawn.', ['Halab'])).toEqual(['withdrawal@Halab']);
		// "with" ties only after a tying word: here the president fled
		expect(kinds('The siege was over by dusk with the president fleeing.', [])).toEqual(['collapse@null']);
		// a count before an apposition's noun does not hide the noun it describes
		expect(
			kinds('Monitors said a number of farmers, a group close to the president, fled Halab.', ['Halab'])
		).toEqual(['displacement@Halab']);
	});
	it('reads the state brought down, told by what fell, as a collapse of the state', () => {
		expect(kinds("Crowds cheered the overthrow of the president's government.", [])).toEqual([
			'collapse@null'
		]);
		expect(kinds("Crowds cheered the regime's downfall.", [])).toEqual(['collapse@null']);
		expect(kinds('Jets struck after the collapse of the old regime.', [])).toEqual(['collapse@null']);
		expect(kinds('The militias toppled the government on Sunday.', [])).toEqual(['collapse@null']);
		expect(kinds('Crowds cheered the toppling of the regime.', [])).toEqual(['collapse@null']);
		// what fell is named last: forces, a statue, a bridge are no state
		expect(kinds("The fall of the president's forces at Halab came first.", ['Halab'])).toEqual([
			'capture@Halab'
		]);
		expect(kinds('Crowds toppled a statue of the president in Halab.', ['Halab'])).toEqual([]);
		expect(kinds('The collapse of the bridge at Halab cut the road.', ['Halab'])).toEqual([]);
		// a goal is no fall, nor is one weighed
		expect(kinds('Crowds marched demanding the downfall of the president.', [])).toEqual([]);
		expect(kinds('The fall of the regime would leave its allies exposed.', [])).toEqual([]);
		expect(kinds('The Fall of the President Threatens His Allies', [])).toEqual([]);
		expect(kinds("The regime's collapse would leave its allies exposed.", [])).toEqual([]);
		expect(kinds('The militias advanced to topple the regime.', [])).toEqual([]);
		// strikes "since the fall of the regime" hit no place for it
		expect(kinds('Since the fall of the regime, jets carried out strikes across the country.', [])).toEqual([
			'collapse@null'
		]);
	});
	it("reads no fall of the state in another's government, a local fall or a fall argued over", () => {
		// another state's, or a body that is not the state
		expect(kinds('Markets slid after the fall of the French government.', [])).toEqual([]);
		expect(kinds('The Salvation Government collapsed.', [])).toEqual([]);
		expect(kinds('The French government collapsed on Wednesday.', [])).toEqual([]);
		expect(kinds('Aid stalled after the collapse of the ceasefire regime.', [])).toEqual([]);
		expect(kinds("Chaos followed the overthrow of Gaddafi's regime.", [])).toEqual([]);
		expect(kinds('Lawmakers toppled the government of Prime Minister Jean Dupont.', [])).toEqual([]);
		expect(kinds('The rule of law collapsed in Halab.', ['Halab'])).toEqual([]);
		// the state's own words and names before its government, and a measure joined by a hyphen
		expect(kinds('Crowds cheered the fall of the despot Bashar al-Assad.', [])).toEqual(['collapse@null']);
		expect(kinds('Crowds cheered the downfall of longtime strongman Bashar al-Assad.', [])).toEqual([
			'collapse@null'
		]);
		expect(kinds("Troops learned that Assad's 53-year rule ended.", [])).toEqual(['collapse@null']);
		expect(kinds('Jets flew after the swift collapse of the Assad government in Syria.', [])).toEqual([
			'collapse@null'
		]);
		// a fall somewhere is that place's, not the state's
		expect(kinds('The militias ousted the regime from Halab on Saturday.', ['Halab'])).toEqual([]);
		expect(kinds('Crowds cheered the fall of the regime in Halab.', ['Halab'])).toEqual([]);
		expect(kinds("The regime's collapse in the north left Halab exposed.", ['Halab'])).toEqual([]);
		// predicted, pressed for, voted on, denied, asked about, or only a matter of time
		expect(kinds('Analysts predicted the fall of the government.', [])).toEqual([]);
		expect(kinds('Deputies pressed for the ouster of the president.', [])).toEqual([]);
		expect(kinds("A vote on the president's ouster was held on Saturday.", [])).toEqual([]);
		expect(kinds('The ministry rejected reports of the fall of the government.', [])).toEqual([]);
		expect(kinds('Is this the fall of the regime?', [])).toEqual([]);
		expect(kinds('The collapse of the regime is only a matter of time.', [])).toEqual([]);
		expect(kinds("The regime's collapse, if it comes, would shake the region.", [])).toEqual([]);
		expect(kinds("Envoys believe the regime's collapse is near.", [])).toEqual([]);
		// but what the fall's aftermath is met with weighs nothing
		expect(
			kinds('Israel met the sudden collapse of the Assad regime in Syria with fear and hope.', [])
		).toEqual(['collapse@null']);
		expect(kinds('The militias failed to topple the regime.', [])).toEqual([]);
		expect(kinds('The militias failed to bring about the overthrow of the regime.', [])).toEqual([]);
		expect(kinds('An attempt at the overthrow of the regime failed.', [])).toEqual([]);
		expect(kinds('The overthrow of the regime failed.', [])).toEqual([]);
	});
	it('reads who fled as the head of a phrase, not a state that owns it, nor one it only names', () => {
		// the state's head fled: the state collapsed
		expect(kinds('The head of state fled to the coast.', [])).toEqual(['collapse@null']);
		expect(kinds('The leader of the regime fled Halab.', ['Halab'])).toEqual(['collapse@null']);
		// the president of something else, or what is left of an army
		expect(kinds('The president of the Red Crescent fled Halab.', ['Halab'])).toEqual(['displacement@Halab']);
		expect(kinds('Remnants of the army fled Halab.', ['Halab'])).toEqual(['withdrawal@Halab']);
	});
	it('reads "Assad\'s rule has ended" as a collapse of the state, and the end of anything else as none', () => {
		expect(read("Officers were told that Assad's rule had ended.", [])).toEqual([
			{ place: null, kind: 'collapse', family: 'collapse' }
		]);
		expect(kinds('The siege ended in Halab on Monday.', ['Halab'])).toEqual([]);
	});
	it('places a collapse in a side of a place at that place, and one in a side with no name at none', () => {
		expect(read('By Friday the army had collapsed in western Halab.', ['Halab'])).toEqual([
			{ place: 'Halab', kind: 'collapse', family: 'collapse' }
		]);
		expect(read('By Friday the army had collapsed in the north, officials said.', [])).toEqual([]);
		// "all over", "across", "throughout" a side of the country place it there as "in" does
		expect(
			read("After years of quiet, the regime's lines have collapsed all over the north-west.", [])
		).toEqual([]);
		expect(read('By Friday the army had collapsed across the east.', [])).toEqual([]);
		expect(read('By Friday the army had collapsed across Halab province.', ['Halab province'])).toEqual([
			{ place: 'Halab province', kind: 'collapse', family: 'collapse' }
		]);
		expect(
			read('By Friday the army had collapsed in the southern Halab countryside.', ['Halab countryside'])
		).toEqual([{ place: 'Halab countryside', kind: 'collapse', family: 'collapse' }]);
		// a side named later in the clause is about something else: the state fell
		expect(read('The regime collapsed, ending the fighting in the north, officials said.', [])).toEqual([
			{ place: null, kind: 'collapse', family: 'collapse' }
		]);
	});
	it('reads "the army melted away" as a collapse of the state', () => {
		expect(read('In the south the army simply melted away.', [])).toEqual([
			{ place: null, kind: 'collapse', family: 'collapse' }
		]);
	});
	it('reads people losing their lives in a place as no loss of the place', () => {
		expect(kinds('Eleven civilians lost their lives in Tal Jibin on Monday.', ['Tal Jibin'])).toEqual([]);
		expect(kinds('The army lost Tal Jibin on Monday.', ['Tal Jibin'])).toEqual(['capture@Tal Jibin']);
	});
	it('reads insurgents made to leave a place, or fleeing it, as withdrawing from it', () => {
		expect(
			kinds('Shelling forced the insurgents to leave Tal Jibin and Kafr Ali.', ['Tal Jibin', 'Kafr Ali'])
		).toEqual(['withdrawal@Kafr Ali', 'withdrawal@Tal Jibin']);
		expect(kinds('By dusk the gunmen had fled Tal Jibin.', ['Tal Jibin'])).toEqual(['withdrawal@Tal Jibin']);
		// leaving of their own accord they may be moving on: nothing said
		expect(kinds('By dusk the gunmen had left Tal Jibin to join the push.', ['Tal Jibin'])).toEqual([]);
	});
	it('reads soldiers fleeing a town as a withdrawal from it, not a collapse', () => {
		expect(kinds('Hundreds of soldiers fled from Tal Jibin overnight.', ['Tal Jibin'])).toEqual([
			'withdrawal@Tal Jibin'
		]);
	});
});
