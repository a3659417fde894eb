// The app's address bar and its Situation, kept in step in one place. Reading: a link (or the back
// button) sets the date, layers, view, language and event mode; a bad parameter is ignored with a
// note (url-state.ts). Writing: a new history entry for date, layers, language and event mode; the
// view only replaces the current entry (panning should not fill the back button); nothing is
// written while playing.
import { untrack } from 'svelte';
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
	const stopEffects = $effect.root(() => {
		$effect(() => {
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
			// Untracked: the router's own state, read while writing, is not ours to follow.
			const push = core !== lastCore && lastCore !== '';
			untrack(() => (push ? o.pushState(url) : o.replaceState(url)));
			lastCore = core;
		});
	});
	const onpop = () => {
		const { state, notes } = readUrl(location.search, situation.data);
		applyUrlState(situation, state);
		o.onpopstate(state.view, notes);
	};
	addEventListener('popstate', onpop);
	return () => {
		removeEventListener('popstate', onpop);
		stopEffects();
	};
}
