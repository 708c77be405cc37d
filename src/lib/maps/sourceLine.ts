/**
 * Where a map's figures come from, in words short enough for a tooltip and
 * an image's source line. The section is enough to find the table in the
 * report; the full table title is in sources.csv.
 */
import type { PlaceFigure } from '../data/mapQueries';
import type { SourceRow } from '../data/schema';

/** A source's section, else its table, else its document; an id sources.csv lacks stands for itself. */
export function sourceLine(sources: readonly SourceRow[], id: string): string {
  const s = sources.find((r) => r.source === id);
  if (!s) return id;
  return s.section ?? s.table ?? s.document;
}

/** The distinct source lines behind the places drawn, in the order they first appear. */
export function sourceLines(sources: readonly SourceRow[], places: readonly PlaceFigure[]): string[] {
  const ids = new Set(places.map((p) => p.source).filter((s): s is string => s !== null));
  return [...new Set([...ids].map((id) => sourceLine(sources, id)))];
}
