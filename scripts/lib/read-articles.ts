// Reads every .md and .txt file of a folder as UTF-8. Each unusable file becomes one error diagnostic
// naming the file and the reason; the others are still read.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Diagnostic } from '../../src/lib/domain/types';

/** Larger files are refused: a news article is a few kilobytes; 2 MB is already a book. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export interface ReadArticles {
	files: { file: string; text: string }[];
	diagnostics: Diagnostic[];
}

function refuse(file: string, reason: string): Diagnostic {
	return { level: 'error', code: 'unreadable-article', message: `${file}: ${reason}`, article: file, start: null, end: null };
}

export function readArticles(dir: string): ReadArticles {
	let names: string[];
	try {
		if (!statSync(dir).isDirectory()) throw new Error('not a folder');
		names = readdirSync(dir);
	} catch (e) {
		const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such folder' : (e as Error).message;
		throw new Error(`--articles ${dir}: ${reason}`);
	}
	const files: { file: string; text: string }[] = [];
	const diagnostics: Diagnostic[] = [];
	for (const name of names.filter((n) => /\.(md|txt)$/i.test(n)).sort()) {
		const path = join(dir, name);
		let bytes: Buffer;
		try {
			const size = statSync(path).size;
			if (size > MAX_ARTICLE_BYTES) {
				diagnostics.push(refuse(name, `too large (${(size / 1048576).toFixed(1)} MB; the limit is ${MAX_ARTICLE_BYTES / 1048576} MB)`));
				continue;
			}
			bytes = readFileSync(path);
		} catch (e) {
			diagnostics.push(refuse(name, `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`));
			continue;
		}
		if (bytes.includes(0)) {
			diagnostics.push(refuse(name, 'binary file (contains NUL bytes), not a text article'));
			continue;
		}
		let text: string;
		try {
			text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		} catch {
			diagnostics.push(refuse(name, 'not valid UTF-8 text'));
			continue;
		}
		if (!text.trim()) {
			diagnostics.push(refuse(name, 'empty file'));
			continue;
		}
		files.push({ file: name, text });
	}
	return { files, diagnostics };
}
