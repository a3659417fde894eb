import { describe, expect, it } from 'vitest';
import type { GazetteerEntry } from '../domain/types';
import { parseReview, REVIEW_LIMITS, serialiseReview } from './decisions';

const vocab = {
	articles: new Set(['a.md']),
	entries: new Map([['place:x', { id: 'place:x' } as GazetteerEntry]]),
	actors: new Set(['HTS-led opposition'])
};
const source = { article: 'a.md', sentence: '0a1b2c3d', place: 'place:x', kind: 'capture' };
const parse = (doc: unknown) =>
	parseReview(typeof doc === 'string' ? doc : JSON.stringify(doc), 'p/review.json', vocab);
const one = (d: unknown) => parse({ version: 1, decisions: [d] });

describe('parseReview', () => {
	it('reads every action and round-trips through serialiseReview', () => {
		const review = parse({
			version: 1,
			decisions: [
				{ action: 'accept', source },
				{ action: 'reject', source, note: 'denied' },
				{
					action: 'edit',
					source,
					set: { date: '2024-11-30', actor: 'HTS-led opposition', geo_precision: 2 }
				},
				{
					action: 'add',
					span: { article: 'a.md', start: 3, end: 9, sentence: 'ffffffff' },
					event: { kind: 'capture', date: '2024-11-29', place: 'place:x' }
				}
			]
		});
		expect(review.decisions.map((d) => d.action)).toEqual(['accept', 'reject', 'edit', 'add']);
		expect(parse(serialiseReview(review))).toEqual(review);
	});

	it.each([
		['{"version":1,', /^p\/review\.json: not valid JSON/],
		[{ version: 1, decisions: [], extra: 1 }, /^p\/review\.json: \(top level\)\.extra is not a known field/],
		[{ version: 2, decisions: [] }, /version must be 1/],
		[
			{ version: 1, decisions: [{ action: 'accept', source, sourse: 1 }] },
			/decisions\[0\]\.sourse is not a known field/
		],
		[{ version: 1, decisions: [{ action: 'delete', source }] }, /decisions\[0\]\.action must be one of/],
		[
			{ version: 1, decisions: [{ action: 'reject', source: { ...source, article: 'gone.md' } }] },
			/decisions\[0\]\.source\.article names "gone\.md", which is not an article of the project/
		],
		[
			{ version: 1, decisions: [{ action: 'reject', source: { ...source, sentence: 'xyz' } }] },
			/source\.sentence must be a sentence hash/
		],
		[
			{ version: 1, decisions: [{ action: 'reject', source: { ...source, place: 'place:nowhere' } }] },
			/source\.place must be a place id/
		],
		[
			{ version: 1, decisions: [{ action: 'edit', source, set: { date: '2024-11-31' } }] },
			/set\.date must be a calendar date/
		],
		[
			{ version: 1, decisions: [{ action: 'edit', source, set: { actor: 'Nobody' } }] },
			/set\.actor must be an actor/
		],
		[{ version: 1, decisions: [{ action: 'edit', source, set: {} }] }, /set must change at least one field/],
		[
			{ version: 1, decisions: [{ action: 'accept', source, set: { date: '2024-11-30' } }] },
			/decisions\[0\]\.set is not a known field/
		],
		[
			{
				version: 1,
				decisions: [
					{ action: 'add', span: { article: 'a.md', start: 5, end: 5, sentence: 'ffffffff' }, event: {} }
				]
			},
			/decisions\[0\]\.span\.end must be an offset after start/
		],
		[
			{
				version: 1,
				decisions: [
					{
						action: 'add',
						span: { article: 'a.md', start: 1, end: 5, sentence: 'ffffffff' },
						event: { kind: 'capture' }
					}
				]
			},
			/decisions\[0\]\.event\.date is required/
		]
	])('refuses %j naming the file and field', (doc, message) => {
		expect(() => parse(doc)).toThrow(message);
	});

	it('refuses a note past the limit, naming the decision', () => {
		const note = 'x'.repeat(10 * 1024 * 1024);
		expect(() => one({ action: 'reject', source, note })).toThrow(
			new RegExp(
				`decisions\\[0\\]\\.note has ${note.length} characters, more than the limit of ${REVIEW_LIMITS.maxNoteChars}`
			)
		);
	});
});
