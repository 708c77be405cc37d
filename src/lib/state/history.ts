/**
 * The browser's history as the explorer state needs it: the address, push,
 * replace, and back/forward. The state takes this port rather than `window`,
 * so it runs anywhere; tests pass a history of their own.
 */
export interface History {
  /** The address now. */
  readonly href: string;
  push(href: string): void;
  replace(href: string): void;
  /** Calls back when the reader goes back or forward; returns how to stop. */
  listen(onchange: () => void): () => void;
}

export function browserHistory(win: Window): History {
  return {
    get href() {
      return win.location.href;
    },
    push: (href) => win.history.pushState(win.history.state, '', href),
    replace: (href) => win.history.replaceState(win.history.state, '', href),
    listen(onchange) {
      win.addEventListener('popstate', onchange);
      return () => win.removeEventListener('popstate', onchange);
    },
  };
}
