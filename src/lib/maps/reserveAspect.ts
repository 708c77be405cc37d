/**
 * Svelte action: gives a placeholder the proportions of the map it stands
 * for, so nothing below it moves when the map arrives. Set through the
 * CSSOM, which a Content-Security-Policy without 'unsafe-inline' allows (a
 * style attribute in markup it would block).
 */
export function reserveAspect(node: HTMLElement, ratio: number) {
  const update = (r: number) => {
    node.style.aspectRatio = `1 / ${r}`;
  };
  update(ratio);
  return { update };
}
