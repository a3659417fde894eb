// `npm run dev` reloads the page when the data folder under static/ is rebuilt (issue 12 §5: a
// watched project's map follows its articles). SvelteKit serves static/ as files and does not
// reload on their change, and Vite's own watcher (and Node 20's recursive fs.watch) miss a folder
// swapped in whole, as every build does (the new set renamed into place). So this plugin watches
// the folder's parent, not recursively: the data folder renamed in sends the browser a full reload.
// (A file edited by hand inside the data folder does not: rerun the gazetteer.)
import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import type { Plugin } from 'vite';

/** Quiet time after the last event of a swap (the old folder aside, the new one in) before reloading. */
export const RELOAD_DEBOUNCE_MS = 200;

export function dataReloadPlugin(dataDir = 'static/data', debounceMs = RELOAD_DEBOUNCE_MS): Plugin {
	let watcher: FSWatcher | null = null;
	return {
		name: 'situation-map:data-reload',
		configureServer(server) {
			const folder = resolve(server.config.root, dataDir);
			const name = basename(folder);
			let timer: NodeJS.Timeout | null = null;
			try {
				watcher = watch(dirname(folder), (_event, file) => {
					if (file === null || String(file) !== name) return;
					if (timer) clearTimeout(timer);
					timer = setTimeout(() => {
						timer = null;
						server.config.logger.info(`data folder rebuilt (${dataDir}): reloading the page`);
						server.ws.send({ type: 'full-reload' });
					}, debounceMs);
				});
				watcher.unref();
			} catch (e) {
				server.config.logger.warn(`data-reload: cannot watch ${dirname(folder)} (${(e as Error).message})`);
			}
		},
		buildEnd() {
			watcher?.close();
			watcher = null;
		}
	};
}
