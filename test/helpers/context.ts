/**
 * The context App.svelte gives every component, for rendering one alone:
 * an explorer state built from an address (by default the window's), and,
 * with `connect`, following the window's history as the page does.
 */
import { onTestFinished } from 'vitest';
import type { LoadedData } from '../../src/lib/data/load';
import { factsOf } from '../../src/lib/explorer/dataFacts';
import type { Lang } from '../../src/lib/i18n/translate';
import { APP_CONTEXT, appContextOf } from '../../src/lib/state/context';
import { ExplorerState } from '../../src/lib/state/explorer.svelte';
import { browserHistory } from '../../src/lib/state/history';
import { DEFAULT_STATE, encodeUrl, type UrlState } from '../../src/lib/state/url';

interface Options {
  /** The page's address; the window's when left out. */
  href?: string;
  /** The loaded data, so codes are checked and the fallback rules apply as on the page. */
  data?: LoadedData;
  /** Follow the window's history (back and forward), as App does. */
  connect?: boolean;
}

export function pageContext(options: Options = {}) {
  const state = new ExplorerState(options.href ?? window.location.href);
  if (options.connect) onTestFinished(state.connect(browserHistory(window)));
  if (options.data) state.useData(factsOf(options.data));
  return { state, context: new Map<symbol, unknown>([[APP_CONTEXT, appContextOf(state)]]) };
}

/** An address on the window's page for a state given as a patch of the defaults. */
export function hrefOf(patch: Partial<UrlState> = {}): string {
  const page = new URL(window.location.pathname, window.location.origin);
  return encodeUrl(page, { ...DEFAULT_STATE, ...patch }).href;
}

/** A context in a language only, for components that need nothing else of the page. */
export const langContext = (lang: Lang) => pageContext({ href: hrefOf({ lang }) }).context;
