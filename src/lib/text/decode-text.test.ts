import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text';

const SENTENCE = 'Fighters reached Saraqeb.';
const utf16le = (s: string) => Buffer.from(s, 'utf16le');
const utf16be = (s: string) => Buffer.from(utf16le(s)).swap16();

describe('decodeText', () => {
	it('reads plain UTF-8 as it is', () => {
		expect(decodeText(Buffer.from(SENTENCE))).toEqual({ ok: true, text: SENTENCE, encoding: 'utf-8' });
	});

	it('drops a UTF-8 byte-order mark, so offsets count from the first character after it', () => {
		const decoded = decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SENTENCE)]));
		expect(decoded).toEqual({ ok: true, text: SENTENCE, encoding: 'utf-8 with BOM' });
	});

	it('decodes UTF-16 with either byte-order mark, Arabic included', () => {
		const text = `${SENTENCE} حلب`;
		expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), utf16le(text)]))).toEqual({
			ok: true,
			text,
			encoding: 'utf-16le'
		});
		expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(text)]))).toEqual({
			ok: true,
			text,
			encoding: 'utf-16be'
		});
	});

	it('names UTF-16 without a mark instead of calling it binary', () => {
		const decoded = decodeText(utf16le(SENTENCE));
		expect(decoded).toEqual({
			ok: false,
			reason: expect.stringMatching(/looks like UTF-16 without a byte-order mark; please save it as UTF-8/)
		});
	});

	it('refuses binary data and other encodings with the reason', () => {
		expect(decodeText(Buffer.from([0x52, 0x00, 0xff, 0x10, 0x00, 0x00, 0x41, 0x42]))).toEqual({
			ok: false,
			reason: expect.stringMatching(/binary file/)
		});
		expect(decodeText(Buffer.from([0x41, 0xe9, 0x20]))).toEqual({
			ok: false,
			reason: 'not valid UTF-8 text'
		});
		// a UTF-16 mark followed by an unpaired surrogate is broken UTF-16, said as such
		expect(decodeText(Buffer.from([0xff, 0xfe, 0x00, 0xd8]))).toEqual({
			ok: false,
			reason: expect.stringMatching(/not valid UTF-16LE/)
		});
	});
});
