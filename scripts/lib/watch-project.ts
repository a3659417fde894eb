// Watches a map project folder for `npm run gazetteer -- --project DIR --watch` (issue 12 §5):
// an article or theatre.json added, changed or removed calls `onChange` once per burst of changes.
// fs.watch with `recursive` covers subfolders on Linux since Node 20 (also folders made later),
// and on macOS and Windows natively.
import { watch } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Quiet time before a rebuild: an editor's save (write a temporary file, rename it over the old
 * one) or a copy of many articles comes as a burst of events; one rebuild follows the burst.
 */
export const WATCH_DEBOUNCE_MS = 300;

export interface WatchOptions {
	/** Folders whose changes are not the project's (the out folder, when it lies inside). */
	ignore?: string[];
	debounceMs?: number;
}

/** Starts watching; returns the function that stops it. `onChange` gets the changed paths, relative. */
export function watchProject(
	dir: string,
	options: WatchOptions,
	onChange: (paths: string[]) => void
): () => void {
	const ignored = (options.ignore ?? []).map((p) => relative(dir, p)).filter((p) => p && !p.startsWith('..'));
	let pending = new Set<string>();
	let timer: NodeJS.Timeout | null = null;
	const watcher = watch(dir, { recursive: true }, (_event, name) => {
		if (name === null) return;
		const path = String(name);
		// hidden names: editors' swap files, and the build's own temporary and lock files beside the out folder
		if (path.split(sep).some((part) => part.startsWith('.'))) return;
		if (ignored.some((p) => path === p || path.startsWith(p + sep))) return;
		pending.add(path.split(sep).join('/'));
		if (timer) clearTimeout(timer);
		timer = setTimeout(() => {
			timer = null;
			const paths = [...pending].sort();
			pending = new Set();
			onChange(paths);
		}, options.debounceMs ?? WATCH_DEBOUNCE_MS);
	});
	watcher.on('error', (e) => console.error(`watch ${join(dir)}: ${(e as Error).message}`));
	return () => {
		if (timer) clearTimeout(timer);
		watcher.close();
	};
}
