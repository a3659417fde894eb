// Place names in running text: the longest gazetteer name wins, whatever shorter names share its first
// words, and a run of words that opens no name is passed over (index.skeletonPrefixes). Invented names.
import { describe, expect, it } from 'vitest';
import { buildGazetteerIndex } from '../gazetteer/gazetteer-index';
import { testEntry } from '../gazetteer/test-entry';
import { extractMentions } from './extract-mentions';
import { parseArticle } from './parse-article';

const entries = [
	testEntry('qarat', 37.1, 36.1, { name: 'Qarat' }),
	testEntry('qarat-nimr', 37.2, 36.2, { name: 'Qarat Nimr' }),
	testEntry('qarat-nimr-al-kabir', 37.3, 36.3, { name: 'Qarat Nimr al-Kabir' }),
	testEntry('tal-sawda', 37.4, 36.4, { name: 'Tal Sawda' }),
	testEntry('tah-hamlet', 37.5, 36.5, { name: 'Tah hamlet' }),
	testEntry('ridge-zone', 37.6, 36.6, { name: 'Ridge zone', aliases: ['the quiet zone', 'quiet strip'] })
];
const index = buildGazetteerIndex(entries);

function mentions(text: string) {
	const { article } = parseArticle('a.md', text, { published: null });
	return extractMentions(article, { index, stopwords: new Set() }).items.map((m) => [m.text, m.candidates]);
}

describe('buildGazetteerIndex: skeleton prefixes', () => {
	it('holds the first 1, 2, … words of every skeleton key, and no word that opens none', () => {
		for (const key of index.bySkeleton.keys()) {
			const words = key.split(' ');
			for (let n = 1; n <= words.length; n++)
				expect(index.skeletonPrefixes.has(words.slice(0, n).join(' '))).toBe(true);
		}
		expect([...index.skeletonPrefixes].some((p) => p.split(' ').length === 3)).toBe(true);
		expect(index.skeletonPrefixes.has('xyz')).toBe(false);
	});
});

describe('extractMentions', () => {
	it('finds a name the gazetteer spells in lower case only after "the", never after "a"', () => {
		expect(mentions('Troops moved into the quiet zone and the quiet strip by dawn.')).toEqual([
			['quiet zone', ['ridge-zone']],
			['quiet strip', ['ridge-zone']]
		]);
		expect(mentions('Officials proposed a quiet zone along the border.')).toEqual([]);
		// one that what follows places elsewhere is another zone
		expect(mentions('Troops left the quiet zone near Qarat on Sunday.')).toEqual([['Qarat', ['qarat']]]);
	});
	it('takes the longest name, past an article inside it, before the shorter ones that open it', () => {
		expect(mentions('Rebels entered Qarat Nimr al-Kabir on Friday.')).toEqual([
			['Qarat Nimr al-Kabir', ['qarat-nimr-al-kabir']]
		]);
		expect(mentions('Rebels entered Qarat Nimr Monday.')).toEqual([['Qarat Nimr', ['qarat-nimr']]]);
		expect(mentions('Rebels entered Qarat Then left.')).toEqual([['Qarat', ['qarat']]]);
	});

	it('reads a name right after another that no name continues into', () => {
		expect(mentions('Shelling hit Qarat Tal Sawda and Qarat Nimr Qarat.')).toEqual([
			['Qarat', ['qarat']],
			['Tal Sawda', ['tal-sawda']],
			['Qarat Nimr', ['qarat-nimr']],
			['Qarat', ['qarat']]
		]);
	});

	it('matches a near spelling of a name, but not one that a common English word opens', () => {
		expect(mentions('Shelling hit Tahh hamlet.')).toEqual([['Tahh hamlet', ['tah-hamlet']]]);
		expect(mentions('The hamlet was shelled.')).toEqual([]);
		expect(mentions('Her hamlet was shelled.')).toEqual([]);
	});
});
