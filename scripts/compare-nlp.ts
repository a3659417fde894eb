// npx tsx scripts/compare-nlp.ts [--articles DIR]
// Compares the two maintained English NLP libraries on npm the clause reader could stand on, on what it
// needs from them: the head word's lemma, verb or noun, and negation, on our own labelled sentences
// (eval/nlp/heads.json), and reading speed in words per second on a folder of articles (default: the
// labelled sentences repeated). README "Reading events" quotes the result and the choice it led to.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { parseArgs } from './lib/args';

interface Item {
	sentence: string;
	head: string;
	lemma: string | string[];
	verb: boolean;
	negated: boolean;
}

interface Reading {
	lemma: string;
	verb: boolean;
	negated: boolean;
}

const NEGATORS = /\b(?:not|never|no|n't|fail(?:ed|s)? to|unable to)\b/i;

const wink = winkNLP(model, ['pos', 'negation']);
function readWink(item: Item): Reading | null {
	const doc = wink.readDoc(item.sentence);
	const tokens = doc.tokens();
	const words = tokens.out() as string[];
	const i = words.indexOf(item.head);
	if (i < 0) return null;
	const its = wink.its;
	const lemma = (tokens.out(its.lemma as Parameters<typeof tokens.out>[0]) as string[])[i]!.toLowerCase();
	const pos = (tokens.out(its.pos) as string[])[i]!;
	const negated = Boolean((tokens.out(its.negationFlag) as unknown as boolean[])[i]);
	return { lemma, verb: pos === 'VERB', negated };
}

function readCompromise(item: Item): Reading | null {
	const doc = nlp(item.sentence);
	doc.compute('root');
	const terms = (
		doc.json() as { terms: { text: string; root?: string; normal: string; tags: string[] }[] }[]
	).flatMap((s) => s.terms);
	const i = terms.findIndex((t) => t.text === item.head);
	if (i < 0) return null;
	const t = terms[i]!;
	// compromise marks negation on the verb phrase; a negator in the words before the head is its reading
	const before = terms
		.slice(Math.max(0, i - 4), i)
		.map((x) => x.text)
		.join(' ');
	return {
		lemma: (t.root ?? t.normal).toLowerCase(),
		verb: t.tags.includes('Verb'),
		negated: NEGATORS.test(before) || t.tags.includes('Negative')
	};
}

function score(read: (item: Item) => Reading | null, items: Item[]) {
	let lemma = 0,
		pos = 0,
		neg = 0;
	for (const item of items) {
		const r = read(item);
		if (!r) continue;
		const lemmas = Array.isArray(item.lemma) ? item.lemma : [item.lemma];
		if (lemmas.includes(r.lemma)) lemma++;
		if (r.verb === item.verb) pos++;
		if (r.negated === item.negated) neg++;
	}
	return { lemma, pos, neg, n: items.length };
}

function speed(read: (text: string) => void, texts: string[]): number {
	const words = texts.reduce((n, t) => n + t.split(/\s+/).length, 0);
	read(texts[0]!); // warm up
	const t0 = performance.now();
	let rounds = 0;
	while (performance.now() - t0 < 3000) {
		for (const t of texts) read(t);
		rounds++;
	}
	return Math.round((words * rounds) / ((performance.now() - t0) / 1000));
}

const flags = parseArgs(process.argv.slice(2), { articles: 'string' });
const items = (JSON.parse(readFileSync(resolve('eval/nlp/heads.json'), 'utf8')) as { items: Item[] }).items;
const dir = flags.articles as string | undefined;
const texts = dir
	? readdirSync(dir)
			.filter((f) => /\.(md|txt)$/.test(f))
			.map((f) => readFileSync(join(dir, f), 'utf8'))
	: [items.map((i) => i.sentence).join(' ')];
const rows = [
	[
		'wink-nlp + wink-eng-lite-web-model',
		score(readWink, items),
		speed((t) => wink.readDoc(t).tokens().out(wink.its.pos), texts)
	],
	['compromise', score(readCompromise, items), speed((t) => nlp(t).compute('root').json(), texts)]
] as const;
console.log(
	`${items.length} labelled heads; speed on ${dir ?? 'the labelled sentences'} (${texts.length} text(s))`
);
console.log('| library | head lemma | verb or noun | negation | words/s |\n|---|---|---|---|---|');
for (const [name, s, wps] of rows)
	console.log(
		`| ${name} | ${s.lemma}/${s.n} | ${s.pos}/${s.n} | ${s.neg}/${s.n} | ${wps.toLocaleString('en')} |`
	);
