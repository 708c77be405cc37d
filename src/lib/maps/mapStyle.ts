/**
 * The encoding's vocabulary, shared by the maps and their legends so a swatch
 * always matches what it explains. Colours are set in CSS; this only names
 * the fill of each state.
 */
import type { Status } from '../data/status';

/** SVG patterns for the gaps, so they read without colour too (hatching, dots, cross-hatching). */
export const PATTERNS = ['notApplicable', 'notReported', 'notAttributable'] as const;
export type PatternName = (typeof PATTERNS)[number];

export const patternId = (prefix: string, name: PatternName) => `${prefix}-${name}`;

/** `fill` attribute of a shape in a state: a pattern reference, or null to leave it to CSS. */
export function statusFill(prefix: string, status: Status | null): string | null {
  return status !== null && (PATTERNS as readonly string[]).includes(status)
    ? `url(#${patternId(prefix, status as PatternName)})`
    : null;
}

/** Symbol sizes for the states that have no count to size by. */
export const ZERO_RADIUS = 3;
export const GAP_RADIUS = 4.5;
