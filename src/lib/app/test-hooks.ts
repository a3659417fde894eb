// The handles the browser tests, `npm run bench` and `npm run snapshot` drive a page through
// (`window.__map`, `window.__app`, `window.__embed`), set in one place. They still ship in the
// production bundle: the harness scripts (scripts/, tests/e2e) read them from `build/`.
import type { MapController } from '../map/map-controller';
import { dayNumber, isoDate } from '../geo/days';
import type { Situation } from './situation.svelte';

/** Puts the hooks on `window` and marks the page ready (`body[data-map-ready]`, which tests wait for). */
export function exposeTestHooks(
	map: MapController['map'],
	hooks: { __app?: object; __embed?: object }
): void {
	const w = window as unknown as Record<string, unknown>;
	w.__map = map;
	Object.assign(w, hooks);
	document.body.dataset.mapReady = 'true';
}

/** The app's `__app`: the day through the Situation (as the slider sets it), the map's own setters. */
export function appHooks(situation: Situation, c: MapController) {
	return {
		setDay: (iso: string) => situation.setDay(dayNumber(iso)),
		day: () => isoDate(situation.day),
		t: () => situation.playback.t,
		featuresAt: (lon: number, lat: number, radius = 4) => c.featuresAtLngLat(lon, lat, radius),
		/** What one scrub step costs: the map's own setter, without the Svelte UI around it. */
		setTime: (t: number) => c.setTime(t),
		toggles: () => [...situation.toggles]
	};
}

/** A blob as a data: URL (the embed hands its PNG to `npm run snapshot` this way). */
export function dataUrlOf(blob: Blob): Promise<string> {
	return new Promise<string>((ok, fail) => {
		const r = new FileReader();
		r.onload = () => ok(String(r.result));
		r.onerror = () => fail(r.error);
		r.readAsDataURL(blob);
	});
}
