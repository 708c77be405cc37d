/**
 * Where a place's details go. On a wide map, a tooltip beside the place; on
 * a narrow one a tooltip of 16rem is most of the map (the United States' hid
 * three quarters of the world map on a phone), so the details go in a strip
 * along one edge, at most a third of the map's height, away from the place
 * they describe. Decided by the map's own width, not the screen's: the two
 * maps side by side on a desktop are about 600 px each and keep the tooltip,
 * and an embed in a narrow column of an article gets the strip.
 */

/** Maps narrower than this, in pixels, show details in a strip: twice the tooltip's width, plus its gap. */
export const NARROW_MAP = 520;

export type DetailsLayout =
  | { kind: 'tooltip' }
  | {
      kind: 'sheet';
      /** The edge it runs along: the bottom, or the top when the place is in the bottom third. */
      edge: 'top' | 'bottom';
      /** Its height at most, in whole pixels: a third of the map's. */
      maxHeight: number;
    };

/** `y` is the described place's position on the map, in the map's pixels. */
export function detailsLayout(width: number, height: number, y: number): DetailsLayout {
  if (width >= NARROW_MAP) return { kind: 'tooltip' };
  return { kind: 'sheet', edge: y > (height * 2) / 3 ? 'top' : 'bottom', maxHeight: Math.floor(height / 3) };
}
