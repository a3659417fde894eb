// What a page says above its map when something was not used as given (issue 10): first the data
// files that could not be loaded (a part of the map is missing), then the link's parameters that
// were ignored. One list for the app and the embed; each line is plain text (rendered as text).
import type { Strings } from '../i18n/strings';
import { loadProblemText, type LoadProblem } from './load-data';
import { paramNoteText, type ParamNote } from './param-notes';

export function pageNotes(load: readonly LoadProblem[], params: readonly ParamNote[], s: Strings): string[] {
	return [...load.map((p) => loadProblemText(p, s)), ...params.map((n) => paramNoteText(n, s))];
}
