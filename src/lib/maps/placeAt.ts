/**
 * Svelte action: positions a tooltip next to a point of its map, flipped to
 * stay inside the map. Sets style properties through the CSSOM, which a
 * Content-Security-Policy without 'unsafe-inline' allows (a style attribute
 * in markup it would block).
 */
export interface PlaceAtParams {
  x: number;
  y: number;
  /** Width of the map the tooltip must stay inside. */
  width: number;
}

/** Pixels between the point and the tooltip. */
const GAP = 12;

export function placeAt(node: HTMLElement, params: PlaceAtParams) {
  const update = ({ x, y, width }: PlaceAtParams) => {
    const box = node.getBoundingClientRect();
    const left = x + GAP + box.width > width ? Math.max(0, x - GAP - box.width) : x + GAP;
    const top = Math.max(0, y - box.height - GAP);
    node.style.left = `${Math.round(left)}px`;
    node.style.top = `${Math.round(top)}px`;
  };
  update(params);
  return { update };
}
