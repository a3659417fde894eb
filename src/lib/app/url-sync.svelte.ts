// The app's address bar and its Situation, kept in step in one place. Reading: a link (or the back
// button) sets the date, layers, view, language and event mode; a bad parameter is ignored with a
// note (url-state.ts). Writing: once the state has settled (URL_SETTLE_MS without a change), a new
// history entry for date, layers, language and event mode; the view only replaces the current entry
// (panning should not fill the back button); nothing is written while playing or while the reader
// holds the slider. A scrub through thirty days is one history entry, not thirty (issue 14).
import { dayNumber, isoDate } from '../geo/days';
import type { DataFolder } from './load-data';
import { mapBounds } from './theatre-view';
import type { ParamNote } from './param-notes';
import { parseUrlState, serialiseUrlState, type UrlState, type UrlView } from './url-state';
import { Situation, type SituationStart } from './situation.svelte';
import { parseEmbedParams } from '../export/embed-params';

/** The state a link asks for, with a note per refused parameter. */
export function readUrl(
	search: string,
	data: Pick<DataFolder, 'manifest'>
): { state: UrlState; notes: ParamNote[] } {
	return parseUrlState(new URLSearchParams(search), {
		start: data.manifest.start,
		end: data.manifest.end,
		bounds: mapBounds(data.manifest)
	});
}

/** Where a Situation starts for a link's state. */
export function startOf(
	state: UrlState,
	data: Pick<DataFolder, 'manifest'>
): Omit<SituationStart, 'readerLocales' | 'reducedMotion'> {
	return {
		day: dayNumber(state.date ?? data.manifest.end),
		lang: state.lang,
		toggles: state.layers,
		cumulative: state.cumulative,
		reviewedOnly: state.reviewedOnly ?? false
	};
}

/** The Situation a link opens on, the view it asks for and a note per refused parameter. */
export function situationOfUrl(
	search: string,
	data: DataFolder,
	reader: Pick<SituationStart, 'readerLocales' | 'reducedMotion'>
) {
	const { state, notes } = readUrl(search, data);
	return { situation: new Situation(data, { ...startOf(state, data), ...reader }), view: state.view, notes };
}

/** The same for the embed's link (its own parameters, export/embed-params.ts). */
export function situationOfEmbedUrl(
	search: string,
	data: DataFolder,
	reader: Pick<SituationStart, 'readerLocales' | 'reducedMotion'>
) {
	const { params, notes } = parseEmbedParams(new URLSearchParams(search), {
		start: data.manifest.start,
		end: data.manifest.end,
		bounds: mapBounds(data.manifest)
	});
	return { situation: new Situation(data, { ...startOf(params, data), ...reader }), params, notes };
}

/** Moves a Situation to a link's state (the back and forward buttons). */
export function applyUrlState(situation: Situation, state: UrlState): void {
	const start = startOf(state, situation.data);
	situation.lang = start.lang;
	situation.toggles = start.toggles;
	situation.cumulative = start.cumulative;
	situation.reviewedOnly = start.reviewedOnly ?? false;
	situation.setDay(start.day);
}

/**
 * How long the state must stay unchanged before it is written to the URL, in ms. A scrub (a key
 * held on the slider, a drag) then writes one history entry where it stops instead of one per day
 * passed; each write also cost 2–4 ms a step (SvelteKit's pushState reads the scroll position,
 * which forces a layout; issue 14). Short enough that the address bar is current by the time a
 * reader reaches for it.
 */
export const URL_SETTLE_MS = 300;

export interface UrlSyncOptions {
	/** The map's view as the reader left it (null: the view the map chose). */
	view: () => UrlView | null;
	/** SvelteKit's shallow routing (`$app/navigation`). */
	pushState: (url: string) => void;
	replaceState: (url: string) => void;
	/** After back/forward: the link's view and notes, for the page to apply. */
	onpopstate: (view: UrlView | null, notes: ParamNote[]) => void;
}

/** Writes the Situation to the URL as it changes and reads it back on back/forward. Returns the stop function. */
export function syncUrl(situation: Situation, o: UrlSyncOptions): () => void {
	let lastCore = '';
	let pending: ReturnType<typeof setTimeout> | undefined;
	const cancel = () => {
		clearTimeout(pending);
		pending = undefined;
	};
	// Outside any effect: reads the state as it is when it has settled.
	const write = () => {
		pending = undefined;
		if (situation.playback.playing) return;
		const state: UrlState = {
			date: isoDate(situation.day),
			layers: situation.toggles,
			view: o.view(),
			lang: situation.lang,
			cumulative: situation.cumulative,
			reviewedOnly: situation.reviewedOnly
		};
		const q = serialiseUrlState(state);
		const core = serialiseUrlState({ ...state, view: null });
		if (q === location.search) {
			lastCore = core;
			return;
		}
		const url = `${location.pathname}${q}${location.hash}`;
		const push = core !== lastCore && lastCore !== '';
		if (push) o.pushState(url);
		else o.replaceState(url);
		lastCore = core;
	};
	const stopEffects = $effect.root(() => {
		$effect(() => {
			// What the URL holds: any change (re)starts the wait, so a scrub is written once, where it stops.
			void [situation.day, situation.toggles, situation.lang, situation.cumulative, situation.reviewedOnly];
			void o.view();
			cancel();
			// While playing, or while the reader holds the slider, nothing is written; the release restarts the wait.
			if (situation.playback.playing || situation.playback.scrubbing) return;
			pending = setTimeout(write, URL_SETTLE_MS);
		});
	});
	const onpop = () => {
		// The reader went back or forward: a write still waiting is of the state they left.
		cancel();
		const { state, notes } = readUrl(location.search, situation.data);
		applyUrlState(situation, state);
		o.onpopstate(state.view, notes);
	};
	addEventListener('popstate', onpop);
	return () => {
		removeEventListener('popstate', onpop);
		cancel();
		stopEffects();
	};
}
