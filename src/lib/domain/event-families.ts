// Kinds of event that state the same fact in different words: one reporter's "entered" is another's
// "captured". Scoring against the gold and agreeing across articles both compare facts by family.
import type { EventKind } from './types';

const STRIKES: ReadonlySet<EventKind> = new Set([
	'airstrike',
	'drone-strike',
	'shelling',
	'projectile',
	'car-bomb'
]);

/** Kinds a reader may fairly swap: any strike for another, a capture for an entry, a collapse for a withdrawal. */
export function kindFamily(kind: EventKind): string {
	if (STRIKES.has(kind)) return 'strike';
	if (kind === 'capture' || kind === 'entry') return 'capture';
	if (kind === 'withdrawal' || kind === 'collapse') return 'withdrawal';
	return kind;
}

/** Kinds that tell a change of hands: a place has one holder after them, and each happens once. */
export const CHANGES_HANDS: ReadonlySet<EventKind> = new Set(['capture', 'entry', 'withdrawal', 'collapse']);
