import { describe, expect, it } from 'vitest';
import { maskMarkup } from './mask-markup';

describe('maskMarkup', () => {
	it('blanks tags and script contents without moving offsets', () => {
		const text = '<p>Rebels entered <b>Rastan</b>.</p><script>alert("Homs")</script> Then Homs.';
		const masked = maskMarkup(text);
		expect(masked.length).toBe(text.length);
		expect(masked.indexOf('Rastan')).toBe(text.indexOf('Rastan'));
		expect(masked).not.toContain('alert');
		expect(masked.match(/Homs/g)).toHaveLength(1);
	});
	it('survives deep nesting and a stray "<" without swallowing the text', () => {
		const deep = '<div>'.repeat(5000) + 'Saraqeb' + '</div>'.repeat(5000);
		expect(maskMarkup(deep).trim()).toBe('Saraqeb');
		expect(maskMarkup('3 < 5 and Aleppo > Idlib')).toBe('3 < 5 and Aleppo > Idlib');
	});
});
