// The sides of the conflict, in the one order every legend, chart, summary and style lists them:
// the attacker first (the offensive's story), then the government and the SDF.
import type { Faction } from './types';

export const FACTIONS: readonly Faction[] = ['opposition', 'sna', 'government', 'sdf'];
