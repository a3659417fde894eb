// Reads the articles of a folder and its subfolders: every .md, .markdown, .txt, .html and .htm file.
// An article's id is its path relative to the folder, with "/" between folders ("2024-11/aleppo.md").
// Only regular files are opened: a FIFO, socket or device named like an article is refused by name
// after lstat/stat, never opened (opening a FIFO would wait for a writer forever). Symbolic links are
// followed only while they stay inside the folder, unless `followSymlinks`. Each unusable file becomes
// one error diagnostic naming the file and the reason; the others are still read.
import {
	closeSync,
	constants,
	fstatSync,
	lstatSync,
	openSync,
	readdirSync,
	readFileSync,
	realpathSync,
	statSync,
	type Stats
} from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Diagnostic } from '../../src/lib/domain/types';
import { decodeText } from '../../src/lib/text/decode-text';

/** Larger files are refused: a news article is a few kilobytes; 2 MB is already a book. */
export const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;
/** File name endings read as articles (case-insensitive); markup in any of them is masked, offsets kept. */
export const ARTICLE_EXTENSIONS = ['.md', '.markdown', '.txt', '.html', '.htm'];

export interface ReadArticles {
	files: { file: string; text: string }[];
	diagnostics: Diagnostic[];
}

export interface ReadArticlesOptions {
	/** Read symbolic links whose target lies outside the articles folder (refused by default). */
	followSymlinks?: boolean;
}

function refuse(file: string, reason: string): Diagnostic {
	return {
		level: 'error',
		code: 'unreadable-article',
		message: `${file}: ${reason}`,
		article: file,
		start: null,
		end: null
	};
}

const isArticleName = (name: string) => ARTICLE_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));

const inside = (outer: string, inner: string) => {
	const rel = relative(outer, inner);
	return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !rel.startsWith(sep));
};

/** What a file system entry is, in words, when it is not a regular file or folder. */
function kindOf(stats: Stats): string {
	if (stats.isFIFO()) return 'a FIFO (named pipe)';
	if (stats.isSocket()) return 'a socket';
	if (stats.isCharacterDevice()) return 'a character device';
	if (stats.isBlockDevice()) return 'a block device';
	return 'not a regular file';
}

/** An article file the walk found, to be read by `readArticleFile` (here or in a worker of the pool). */
export interface ArticleFile {
	/** Absolute path as walked (through links). */
	path: string;
	/** The article's id: its path relative to the articles folder. */
	id: string;
	/** Reached through a symbolic link (then opened without O_NOFOLLOW). */
	viaLink: boolean;
}

/** What the walk found, in walking order: files to read and the diagnostics of entries refused on the way. */
export type WalkStep = { file: ArticleFile } | { diagnostic: Diagnostic };

export function readArticles(dir: string, options: ReadArticlesOptions = {}): ReadArticles {
	return readWalked(walkArticles(dir, options));
}

/** Reads the files of a walk in this thread; diagnostics in walking order. */
export function readWalked(steps: WalkStep[]): ReadArticles {
	const files: { file: string; text: string }[] = [];
	const diagnostics: Diagnostic[] = [];
	for (const step of steps) {
		if ('diagnostic' in step) diagnostics.push(step.diagnostic);
		else {
			const read = readArticleFile(step.file);
			if ('text' in read) files.push(read);
			else diagnostics.push(read);
		}
	}
	return { files, diagnostics };
}

/**
 * Reads and decodes one article file found by the walk: its text, or the error diagnostic naming it.
 * Only regular files are read (checked again on the open descriptor).
 */
export function readArticleFile({
	path,
	id,
	viaLink
}: ArticleFile): { file: string; text: string } | Diagnostic {
	let fd: number;
	try {
		// O_NONBLOCK: should the file have been swapped for a FIFO since the stat, open returns at once;
		// O_NOFOLLOW: nor may it have become a link since.
		fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | (viaLink ? 0 : constants.O_NOFOLLOW));
	} catch (e) {
		return refuse(id, `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
	}
	try {
		const stats = fstatSync(fd);
		if (!stats.isFile()) return refuse(id, `${kindOf(stats)}, not a regular file; not read`);
		if (stats.size > MAX_ARTICLE_BYTES)
			return refuse(
				id,
				`too large (${(stats.size / 1048576).toFixed(1)} MB; the limit is ${MAX_ARTICLE_BYTES / 1048576} MB)`
			);
		const decoded = decodeText(readFileSync(fd));
		if (!decoded.ok) return refuse(id, decoded.reason);
		if (!decoded.text.trim()) return refuse(id, 'empty file');
		return { file: id, text: decoded.text };
	} catch (e) {
		return refuse(id, `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
	} finally {
		closeSync(fd);
	}
}

/** The article files of a folder and its subfolders, in reading order, with the entries refused on the way. */
export function walkArticles(dir: string, options: ReadArticlesOptions = {}): WalkStep[] {
	let root: string;
	try {
		if (!statSync(dir).isDirectory()) throw new Error('not a folder');
		root = realpathSync(dir);
	} catch (e) {
		const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such folder' : (e as Error).message;
		throw new Error(`--articles ${dir}: ${reason}`);
	}
	const steps: WalkStep[] = [];
	const refused = (diagnostic: Diagnostic) => void steps.push({ diagnostic });
	// real paths already read: a folder linked twice (or a link loop) is read once
	const seenDirs = new Set<string>([root]);
	const seenFiles = new Map<string, string>();

	const walk = (abs: string, prefix: string) => {
		let names: string[];
		try {
			names = readdirSync(abs).sort();
		} catch (e) {
			if (!prefix) throw new Error(`--articles ${dir}: ${(e as Error).message}`);
			refused(
				refuse(prefix, `folder cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`)
			);
			return;
		}
		for (const name of names) {
			const path = join(abs, name);
			const id = prefix ? `${prefix}/${name}` : name;
			let stats: Stats;
			let real: string;
			let viaLink = false;
			try {
				stats = lstatSync(path);
				if (stats.isSymbolicLink()) {
					viaLink = true;
					try {
						real = realpathSync(path);
						stats = statSync(path);
					} catch {
						if (isArticleName(name))
							refused(refuse(id, 'a symbolic link to nothing (its target is missing)'));
						continue;
					}
					if (!inside(root, real) && !options.followSymlinks) {
						if (stats.isDirectory() || isArticleName(name))
							refused(
								refuse(
									id,
									`a symbolic link to ${real}, outside the articles folder; not read (pass --follow-symlinks to read it)`
								)
							);
						continue;
					}
				} else real = realpathSync(path);
			} catch (e) {
				if (isArticleName(name))
					refused(
						refuse(id, `cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`)
					);
				continue;
			}
			if (stats.isDirectory()) {
				if (seenDirs.has(real)) continue;
				seenDirs.add(real);
				walk(path, id);
				continue;
			}
			if (!isArticleName(name)) continue;
			// refused by what lstat/stat say: a FIFO is never opened
			if (!stats.isFile()) {
				refused(refuse(id, `${kindOf(stats)}, not a regular file; not read`));
				continue;
			}
			// a file reached twice (through a link) is read once, under the first name in walking order
			const first = seenFiles.get(real);
			if (first !== undefined) {
				refused({
					level: 'info',
					code: 'duplicate-article',
					message: `${id}: the same file as ${first}; read once`,
					article: id,
					start: null,
					end: null
				});
				continue;
			}
			seenFiles.set(real, id);
			steps.push({ file: { path, id, viaLink } });
		}
	};
	walk(root, '');
	return steps;
}
