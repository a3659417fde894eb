// The handles the browser tests and `npm run bench` drive a page through (`window.__map`,
// `window.__app`, `window.__embed`), set in one place. Only in the test build: pages call
// `exposeTestHooks` under `if (__TEST_HOOKS__)`, a constant that is `false` in `npm run build`
// (vite.config.ts), so the minifier drops the call and this module; tests/production-build.test.ts
// checks that build/ holds none of these names. `npm run snapshot` needs none of them (app/png-requests.ts).
import type { MapController } from '../map/map-controller';
import { dayNumber, isoDate } from '../geo/days';
import type { Situation } from './situation.svelte';

/** Puts the hooks on `window`. */
export function exposeTestHooks(
	map: MapController['map'],
	hooks: { __app?: object; __embed?: object }
): void {
	const w = window as unknown as Record<string, unknown>;
	w.__map = map;
	Object.assign(w, hooks);
}

/** The app's `__app`: the day through the Situation (as the slider sets it), the map's own setters. */
export function appHooks(situation: Situation, c: MapController) {
	return {
		setDay: (iso: string) => situation.setDay(dayNumber(iso)),
		day: () => isoDate(situation.day),
		t: () => situation.playback.t,
		/** The time the map shows (its global-state `day` is published only once a day holds). */
		mapTime: () => c.time,
		featuresAt: (lon: number, lat: number, radius = 4) => c.featuresAtLngLat(lon, lat, radius),
		/** What one scrub step costs: the map's own setter, without the Svelte UI around it. */
		setTime: (t: number) => c.setTime(t),
		toggles: () => [...situation.toggles]
	};
}
