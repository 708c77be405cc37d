/**
 * Svelte action: positions a tooltip next to a point of its map, flipped to
 * stay inside the map. Sets style properties through the CSSOM, which a
 * Content-Security-Policy without 'unsafe-inline' allows (a style attribute
 * in markup it would block).
 */
export interface PlaceAtParams {
  x: number;
  y: number;
  /** Size of the map the tooltip must stay inside. */
  width: number;
  height: number;
}

/** Pixels between the point and the tooltip. */
const GAP = 12;

export function placeAt(node: HTMLElement, params: PlaceAtParams) {
  // Beside the point where there is room, else below or above it, so the place being described stays visible.
  const update = ({ x, y, width, height }: PlaceAtParams) => {
    const box = node.getBoundingClientRect();
    const clamp = (v: number, max: number) => Math.max(0, Math.min(v, max));
    let left: number;
    let top: number;
    if (x + GAP + box.width <= width) {
      left = x + GAP;
      top = clamp(y - box.height / 2, height - box.height);
    } else if (x - GAP - box.width >= 0) {
      left = x - GAP - box.width;
      top = clamp(y - box.height / 2, height - box.height);
    } else {
      left = clamp(x - box.width / 2, width - box.width);
      top = y + GAP + box.height <= height ? y + GAP : Math.max(0, y - GAP - box.height);
    }
    node.style.left = `${Math.round(left)}px`;
    node.style.top = `${Math.round(top)}px`;
  };
  update(params);
  return { update };
}
