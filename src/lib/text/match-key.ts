// Transliteration-normalised keys for matching Arabic place names in English (and Arabic) text.
// See REFERENCE.md "Arabic place names in English text": one name reaches the news in many spellings
// (Saraqeb/Saraqib/Saraqab, Nayrab/Nairab/Neirab, Tel/Tal/Tell), so names are compared through keys.

/** Whether a key is a generic word alone ("tel", "khan"): never a place name by itself. */
export function isGenericOnly(loose: string): boolean {
	return GENERIC_CLASSES.has(loose);
}

/** Characters that carry no letter: ayn/hamza marks, apostrophes, zero-width and direction controls. */
const SILENT =
	/[\u02BB\u02BC\u02BE\u02BF\u2018\u2019\u0027\u0060\u00B4\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u00AD]/g;
const COMBINING = /\p{M}/gu;
const ARABIC = /\p{Script=Arabic}/u;

/** Article forms dropped before a word: al-Zahraa, el-Bab, as-Safira, ash-Shaykh, ad-Dana, an-Nayrab. */
export const ARTICLE_FORMS: ReadonlySet<string> = new Set([
	'al',
	'el',
	'il',
	'ul',
	'at',
	'ath',
	'ad',
	'adh',
	'ar',
	'az',
	'as',
	'ash',
	'an',
	'ed',
	'es',
	'er',
	'ez',
	'en',
	'et'
]);
/** Standalone article words (the sun-letter forms are English words when they stand alone: "as", "an", "at"). */
const FREE_ARTICLES = new Set(['al', 'el']);

/** Generic words written many ways: each variant maps to one class word. */
const GENERIC: Record<string, string> = {
	tal: 'tal',
	tall: 'tal',
	tel: 'tal',
	tell: 'tal',
	til: 'tal',
	khan: 'khan',
	han: 'khan',
	deir: 'dayr',
	dayr: 'dayr',
	dair: 'dayr',
	der: 'dayr',
	kafr: 'kafr',
	kfar: 'kafr',
	kefr: 'kafr',
	kfr: 'kafr',
	kafar: 'kafr',
	ain: 'ayn',
	ayn: 'ayn',
	ein: 'ayn',
	ayin: 'ayn',
	jabal: 'jabal',
	jebel: 'jabal',
	jabel: 'jabal',
	jbel: 'jabal',
	sheikh: 'shaykh',
	shaykh: 'shaykh',
	shaikh: 'shaykh',
	sheik: 'shaykh',
	shekh: 'shaykh',
	maarat: 'marat',
	maarrat: 'marat',
	maaret: 'marat',
	maarret: 'marat',
	marat: 'marat',
	maarrit: 'marat',
	mazraat: 'mazraa',
	mazraa: 'mazraa',
	mazraah: 'mazraa',
	mazraet: 'mazraa',
	jisr: 'jisr',
	jesr: 'jisr',
	beit: 'bayt',
	bayt: 'bayt',
	beyt: 'bayt',
	bait: 'bayt',
	abu: 'abu',
	abou: 'abu',
	umm: 'umm',
	um: 'umm',
	om: 'umm',
	qalaat: 'qalat',
	qalat: 'qalat',
	qalaa: 'qalat',
	kalaat: 'qalat'
};

const GENERIC_CLASSES = new Set(Object.values(GENERIC));
/** Of the generic words, those that also open people's names ("Abu Mohammed", "Umm Ahmad"). */
const PERSONAL_CLASSES = new Set(['abu', 'umm']);

/** Whether a word opens place names only (Tal, Kafr, Deir, Khan, Jabal …, any spelling), not people's. */
export function opensPlaceName(word: string): boolean {
	const cls = GENERIC[word.toLowerCase()];
	return cls !== undefined && !PERSONAL_CLASSES.has(cls);
}

/** Lower-case, strip diacritics, marks and silent characters; hyphens and punctuation become spaces. */
export function foldText(text: string): string {
	return text
		.normalize('NFKD')
		.replace(COMBINING, '')
		.replace(SILENT, '')
		.toLowerCase()
		.replace(/[^\p{L}\p{Nd}]+/gu, ' ')
		.trim();
}

/** Arabic-script normalisation: alef/ya/ta marbuta variants, tashkeel, tatweel, the article. */
export function foldArabicWord(word: string): string {
	let w = word
		.replace(/[\u064B-\u065F\u0670\u0640]/g, '')
		.replace(/[أإآٱ]/g, 'ا')
		.replace(/ى/g, 'ي')
		.replace(/ة/g, 'ه')
		.replace(/[ؤ]/g, 'و')
		.replace(/[ئ]/g, 'ي');
	if (w.startsWith('ال') && w.length > 3) w = w.slice(2);
	return w;
}

/** One Latin word in its loose form: generic class, doubled letters collapsed, y/w as vowels, -ah/-eh → -a. */
export function looseWord(word: string): string {
	const generic = GENERIC[word];
	if (generic) return generic;
	let w = word
		.replace(/ou/g, 'u')
		.replace(/ee/g, 'i')
		.replace(/oo/g, 'u')
		.replace(/(.)\1+/g, '$1')
		.replace(/(?<=[a-z])(ah|eh|aa|ia)$/, (m) => (m === 'ia' ? 'ia' : 'a'))
		.replace(/(?<=[a-z])e$/, 'a');
	w = w.replace(/(?<=[a-z])(ei|ai|ay|ey)(?=[a-z])/g, 'ay').replace(/(?<=[a-z])i(?=y)/g, '');
	return w;
}

/** A consonant-leaning form for candidate lookup: internal vowels dropped, q/k, dh/d, th/t merged. */
export function skeletonWord(loose: string): string {
	if (ARABIC.test(loose)) return loose;
	const w = loose
		.replace(/q/g, 'k')
		.replace(/dh/g, 'd')
		.replace(/th/g, 't')
		.replace(/dj/g, 'j')
		.replace(/ch/g, 'sh');
	if (w.length <= 2) return w;
	// keep the first and last letter as they are: "Sarmad" and "Sarmada" must not meet
	const inner = w.slice(1, -1).replace(/[aeiouyw]/g, '');
	return w[0] + inner + w[w.length - 1];
}

/**
 * Words of a name in their matching form, articles dropped.
 * `hyphenated` articles (al-, as-) go whatever their form; free-standing ones only when `al`/`el`.
 */
export function nameWords(text: string): string[] {
	const raw = text.normalize('NFKD').replace(COMBINING, '').replace(SILENT, '').toLowerCase();
	const pieces = raw.split(/[^\p{L}\p{Nd}]+/u).filter(Boolean);
	const out: string[] = [];
	for (let i = 0; i < pieces.length; i++) {
		const piece = pieces[i]!;
		// an article before another word goes: "al-Zahraa", "Ma'arrat an Nu'man", "Tall ad Daman"
		if (i < pieces.length - 1 && ARTICLE_FORMS.has(piece)) continue;
		out.push(ARABIC.test(piece) ? foldArabicWord(piece) : piece);
	}
	return out;
}

/** The longest article form: a longer word is none (lower-casing never shortens a word). */
const LONGEST_ARTICLE = Math.max(...[...ARTICLE_FORMS].map((a) => a.length));

/** Whether a free-standing word may open a place name in running text ("al", "el", but not "as", "an", "at"). */
export function mayOpenName(word: string): boolean {
	// most capitalised words are longer than any article: no copy lower-cased to look up
	if (word.length > LONGEST_ARTICLE) return true;
	const w = word.toLowerCase();
	return !ARTICLE_FORMS.has(w) || FREE_ARTICLES.has(w);
}

/** The loose key of a name: its words, loosened, joined by spaces. "al-Zahraa" → "zahra". */
export function looseKey(text: string): string {
	return nameWords(text).map(looseWord).join(' ');
}

/** The skeleton key used to find candidates; never accept a match on it alone. */
export function skeletonKey(text: string): string {
	return nameWords(text).map(looseWord).map(skeletonWord).join(' ');
}

/** Levenshtein distance, small strings only. */
export function editDistance(a: string, b: string): number {
	if (a === b) return 0;
	const prev = new Array<number>(b.length + 1);
	for (let j = 0; j <= b.length; j++) prev[j] = j;
	for (let i = 1; i <= a.length; i++) {
		let diag = prev[0]!;
		prev[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const up = prev[j]!;
			prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
			diag = up;
		}
	}
	return prev[b.length]!;
}

/** Whether two loose keys name the same place: equal, or close enough for their length. */
export function looseKeysMatch(a: string, b: string): boolean {
	if (a === b) return true;
	if (ARABIC.test(a) || ARABIC.test(b)) return false;
	const len = Math.min(a.length, b.length);
	if (len < 4) return false;
	const allowed = len >= 9 ? 2 : 1;
	return editDistance(a, b) <= allowed;
}

/** Matching forms of one word of running text, computed once per token. */
export interface WordForms {
	loose: string;
	skeleton: string;
	/** An article word, dropped when another word follows it in a name. */
	article: boolean;
	/**
	 * What a caller derived from these forms against one gazetteer (extractMentions' lookups), kept with
	 * them: the same words come back in every article. Null until set; set here so every object has one shape.
	 */
	derived: unknown;
}

/** Words repeat across articles: their forms are computed once (bounded, so memory stays flat). */
const FORMS_CACHE = new Map<string, WordForms>();
const FORMS_CACHE_LIMIT = 200_000;

export function wordForms(word: string): WordForms {
	const cached = FORMS_CACHE.get(word);
	if (cached) return cached;
	const forms = computeWordForms(word);
	if (FORMS_CACHE.size >= FORMS_CACHE_LIMIT) FORMS_CACHE.clear();
	FORMS_CACHE.set(word, forms);
	return forms;
}

function computeWordForms(word: string): WordForms {
	const words = nameWords(word);
	const folded = words.join('');
	const loose = ARABIC.test(folded) ? folded : looseWord(folded);
	return { loose, skeleton: skeletonWord(loose), article: ARTICLE_FORMS.has(folded), derived: null };
}

/** Keys of a run of words, articles before another word dropped (as nameWords does for a name). */
export function runKeys(forms: WordForms[]): { loose: string; skeleton: string } {
	// one pass, no intermediate arrays: called for every run of words tried in running text
	let loose = '';
	let skeleton = '';
	for (let i = 0; i < forms.length; i++) {
		const f = forms[i]!;
		if (!f.loose || (f.article && i < forms.length - 1)) continue;
		if (loose) {
			loose += ' ';
			skeleton += ' ';
		}
		loose += f.loose;
		skeleton += f.skeleton;
	}
	return { loose, skeleton };
}
