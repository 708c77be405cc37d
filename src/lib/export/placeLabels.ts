/**
 * Labels for the selected places on an exported map: each place's name and
 * figure (a gap says its state, never a zero), placed beside its mark where
 * it fits, without covering another label, and never outside the image.
 * Pure: the positions are tested without a browser. Widths are an estimate
 * of the glyphs (SVG text has no layout before it is drawn), a little wide
 * for the system sans fonts, so a label errs towards more room.
 */
import type { PlaceFigure } from '../data/mapQueries';
import { formatNumber } from '../i18n/format';
import type { Lang, Translate } from '../i18n/translate';

/** A selected place's mark on the map, in the image's coordinates. */
export interface LabelAnchor {
  x: number;
  y: number;
  /** The mark's radius: a label starts clear of its circle. */
  r: number;
  text: string;
}

export interface PlacedLabel {
  text: string;
  /** The text's start (its left edge) and baseline. */
  x: number;
  y: number;
  width: number;
  /** Where the leader line from the mark ends, when the label had to move away from it; else null. */
  leader: { x1: number; y1: number; x2: number; y2: number } | null;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The label of a place: "Jalisco: 12,345", "Jalisco: 336 (derivado)", "Chiapas: No reportado". */
export function placeLabelText(place: PlaceFigure, name: string, t: Translate, lang: Lang): string {
  if (place.value === null) return `${name}: ${t(`status.${place.status}`)}`;
  const figure = formatNumber(place.value, lang);
  const quality = place.quality === null || place.quality === 'exact' ? '' : ` (${t(`quality.${place.quality}`)})`;
  return `${name}: ${figure}${quality}`;
}

/** A bold label's width at `fontSize`: 0.6 em a character, wider than the average glyph. */
export function labelWidth(text: string, fontSize: number): number {
  return Math.ceil(text.length * fontSize * 0.6);
}

const GAP = 6;

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Where each label goes: right of its mark, else left, above, below; the
 * first spot inside `box` that covers no label placed before it. A label no
 * spot takes goes to the free row of the box nearest its mark, with a leader
 * line back to it; only when every row is taken does it cover another.
 * Labels keep the order given (the selection's order).
 */
export function placeLabels(anchors: readonly LabelAnchor[], box: Box, fontSize: number): PlacedLabel[] {
  const height = Math.ceil(fontSize * 1.25);
  const placed: (PlacedLabel & { rect: Rect })[] = [];
  const rectOf = (x: number, y: number, width: number): Rect => ({
    left: x - 3,
    top: y - fontSize,
    right: x + width + 3,
    bottom: y - fontSize + height,
  });
  const inside = (r: Rect) =>
    r.left >= box.x && r.top >= box.y && r.right <= box.x + box.width && r.bottom <= box.y + box.height;
  const free = (r: Rect) => placed.every((p) => !overlaps(p.rect, r));

  for (const a of anchors) {
    const width = labelWidth(a.text, fontSize);
    const middle = a.y + fontSize * 0.35;
    const candidates: [number, number][] = [
      [a.x + a.r + GAP, middle],
      [a.x - a.r - GAP - width, middle],
      [a.x - width / 2, a.y - a.r - GAP],
      [a.x - width / 2, a.y + a.r + GAP + fontSize],
    ];
    const spot = candidates.find(([x, y]) => {
      const r = rectOf(x, y, width);
      return inside(r) && free(r);
    });
    if (spot) {
      placed.push({ text: a.text, x: spot[0], y: spot[1], width, leader: null, rect: rectOf(spot[0], spot[1], width) });
      continue;
    }
    // Nowhere beside the mark: the free row of the box nearest to it, under or over the mark, with a leader line.
    const x = Math.max(box.x + 3, Math.min(a.x - width / 2, box.x + box.width - width - 3));
    const rows: number[] = [];
    for (let top = box.y; top + height <= box.y + box.height; top += height + 2) rows.push(top + fontSize);
    rows.sort((p, q) => Math.abs(p - a.y) - Math.abs(q - a.y));
    const y = rows.find((row) => free(rectOf(x, row, width))) ?? rows[0] ?? box.y + fontSize;
    const rect = rectOf(x, y, width);
    placed.push({
      text: a.text,
      x,
      y,
      width,
      leader: {
        x1: a.x,
        y1: a.y,
        x2: Math.min(Math.max(a.x, x), x + width),
        y2: a.y < rect.top ? rect.top : rect.bottom,
      },
      rect,
    });
  }
  return placed.map(({ text, x, y, width, leader }) => ({ text, x, y, width, leader }));
}
