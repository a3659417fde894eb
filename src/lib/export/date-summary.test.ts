import { describe, expect, it } from 'vitest';
import { dateSummary, type SummaryInput } from './date-summary';
import type { ConflictEvent } from '../domain/types';
import { MANIFEST } from './test-fixtures';

const NAMES: Record<string, [string, string]> = {
	'p:kaa': ['Khan al-Asal', 'خان العسل'],
	'p:srq': ['Saraqeb', 'سراقب'],
	'p:alp': ['Aleppo', 'حلب'],
	'p:idl': ['Idlib', 'إدلب']
};
const ev = (id: string, kind: ConflictEvent['kind'], place_id: string, faction: ConflictEvent['faction'] = 'opposition') => ({ id, kind, place_id, faction });
const base = (over: Partial<SummaryInput> = {}): SummaryInput => ({
	lang: 'en',
	dateLabel: '29 Nov 2024',
	events: [ev('1', 'capture', 'p:srq'), ev('2', 'capture', 'p:kaa'), ev('3', 'entry', 'p:alp'), ev('4', 'entry', 'p:kaa'), ev('5', 'airstrike', 'p:idl', 'government')],
	figures: MANIFEST.figures[0],
	placeName: (id, lang) => NAMES[id]![lang === 'ar' ? 1 : 0],
	formatNumber: (n) => String(n),
	...over
});

describe('dateSummary', () => {
	it('says who took and entered what, where strikes fell, the area gained and the distance to the citadel', () => {
		expect(dateSummary(base())).toBe(
			'29 Nov 2024: the opposition took Khan al-Asal and Saraqeb; the opposition entered Aleppo; strikes reported at Idlib; ' +
				'the opposition gained 442 km²; the front stood 3.5 km from Aleppo’s citadel.'
		);
	});

	it('writes Arabic with Arabic place names', () => {
		const s = dateSummary(base({ lang: 'ar', dateLabel: '٢٩ نوفمبر ٢٠٢٤' }));
		expect(s.startsWith('٢٩ نوفمبر ٢٠٢٤: سيطرة المعارضة على')).toBe(true);
		expect(s).toContain('خان العسل');
		expect(s).toContain('سراقب');
		expect(s).toContain('ضربات في إدلب');
		expect(s).not.toMatch(/[A-Za-z]/);
	});

	it('follows the data: other events give another sentence', () => {
		const s = dateSummary(base({ events: [ev('1', 'withdrawal', 'p:alp', 'government')], figures: undefined }));
		expect(s).toBe('29 Nov 2024: government forces withdrew from Aleppo.');
	});

	it('says so when nothing was reported', () => {
		expect(dateSummary(base({ events: [], figures: { ...MANIFEST.figures[0]!, gained_km2: {} } }))).toBe('29 Nov 2024: no reported change.');
	});

	it('counts the places beyond the limit', () => {
		const s = dateSummary(base({ events: ['p:kaa', 'p:srq', 'p:alp', 'p:idl'].map((p, i) => ev(String(i), 'clash', p)), figures: undefined, maxPlaces: 2 }));
		expect(s).toBe('29 Nov 2024: fighting at Aleppo, Idlib and 2 more.');
	});
});
