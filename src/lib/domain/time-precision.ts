// How many days either side of its date an event may have happened on, by its time precision (ACLED's
// codes): its day (1), the week around it (2), the month around it (3).
import type { ConflictEvent } from './types';

export function precisionHalfSpanDays(precision: ConflictEvent['time_precision']): number {
	return precision === 3 ? 15 : precision === 2 ? 3 : 0;
}
