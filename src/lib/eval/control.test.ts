import { describe, expect, it } from 'vitest';
import { asControlReference } from './control';

describe('a control reference file', () => {
	it('is taken when it has a period and a list of places, and refused naming the file otherwise', () => {
		const doc = { period: { start: '2024-11-26', end: '2024-12-10' }, sources: {}, places: [] };
		expect(asControlReference(doc, 'ref.json')).toBe(doc);
		expect(() => asControlReference({ places: [] }, 'ref.json')).toThrow(/^ref\.json: must be \{period, places/);
		expect(() => asControlReference(null, 'ref.json')).toThrow(/^ref\.json:/);
	});
});
