import { describe, expect, it } from 'vitest';
import { checkCopy } from './corpus-check';
import type { GoldArticle } from './score';

const text = '---\npublished: "2024-12-01"\n---\nRebels took Morek and Kafr Lusin on Sunday.\n';
const at = (name: string) => ({ text: name, start: text.indexOf(name), end: text.indexOf(name) + name.length, lat: 35, lon: 36 });
const gold = { published: '2024-12-01', places: [at('Morek'), at('Kafr Lusin')], events: [] } as unknown as GoldArticle;

describe('checking a local copy of an article against its gold', () => {
	it('counts every place that reads its text at its offsets', () => {
		expect(checkCopy(gold, text)).toEqual({ aligned: 2, first: null });
	});
	it('names the first place that does not, with what the copy has there', () => {
		// one character lost before the places (a curly quote straightened, a line dropped) shifts them all
		const shifted = text.replace('Rebels', 'Rebel');
		const check = checkCopy(gold, shifted);
		expect(check.aligned).toBe(0);
		expect(check.first).toEqual({ text: 'Morek', start: text.indexOf('Morek'), found: shifted.slice(text.indexOf('Morek'), text.indexOf('Morek') + 5) });
	});
	it('reads offsets in UTF-16 code units, as JavaScript strings index', () => {
		const wide = text.replace('Rebels', 'Rebels 🛰');
		const moved = { ...gold, places: [{ ...at('Morek'), start: wide.indexOf('Morek'), end: wide.indexOf('Morek') + 5 }] };
		expect(checkCopy(moved as GoldArticle, wide).aligned).toBe(1);
	});
});
