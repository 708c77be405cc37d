/**
 * A figure as the UI shows it: a value (possibly a true zero) or a gap that
 * carries its reason, so every view explains missing numbers the same way.
 */
import type { Quality, SourceId } from './schema';

export type Cell =
  | { kind: 'value'; value: number; quality: Quality; source: SourceId; note: string | null }
  /** No vote from abroad for that entity in that process. */
  | { kind: 'notApplicable'; source: SourceId | null; note: string | null }
  /** There was a vote, but the source does not give the figure. */
  | { kind: 'notReported'; source: SourceId | null; note: string | null };
