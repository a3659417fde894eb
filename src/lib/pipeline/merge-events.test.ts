import { describe, expect, it } from 'vitest';
import type { ConflictEvent } from '../domain/types';
import { mergeEvents } from './merge-events';

const base: ConflictEvent = {
	id: 'evt:2024-11-29:x',
	date: '2024-11-29',
	time_precision: 1,
	kind: 'capture',
	event_type: 'Battles',
	sub_event_type: 'Non-state actor overtakes territory',
	actor: null,
	faction: null,
	place_id: 'place:sm:tel-hadiyah',
	geo_precision: 1,
	confidence: 'reported',
	fatalities: null,
	sources: [{ article: 'a.md', start: 0, end: 10 }]
};

describe('mergeEvents', () => {
	it('keeps one event per date, place and kind, with every source', () => {
		const out = mergeEvents([base, { ...base, sources: [{ article: 'b.md', start: 5, end: 9 }] }]).items;
		expect(out).toHaveLength(1);
		expect(out[0]!.sources.map((s) => s.article)).toEqual(['a.md', 'b.md']);
	});
	it('a claim in the same article stands; an independent report elsewhere beats it', () => {
		const claim = {
			...base,
			confidence: 'claimed' as const,
			sources: [{ article: 'a.md', start: 20, end: 30 }]
		};
		expect(mergeEvents([base, claim]).items[0]!.confidence).toBe('claimed');
		expect(
			mergeEvents([claim, { ...base, sources: [{ article: 'b.md', start: 0, end: 5 }] }]).items[0]!.confidence
		).toBe('reported');
	});
	it('keeps the lowest fatality figure and the first named actor', () => {
		const out = mergeEvents([
			{ ...base, fatalities: 12 },
			{
				...base,
				fatalities: 4,
				actor: 'HTS-led opposition',
				faction: 'opposition',
				sources: [{ article: 'b.md', start: 0, end: 1 }]
			}
		]).items[0]!;
		expect(out.fatalities).toBe(4);
		expect(out.actor).toBe('HTS-led opposition');
	});
});
