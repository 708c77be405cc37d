/**
 * What jsdom lacks and Svelte's `bind:clientWidth` needs. jsdom does no
 * layout, so an observer that never fires is faithful: widths stay 0 and the
 * maps fall back to their desktop width.
 */
if (typeof globalThis.ResizeObserver === 'undefined') {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
