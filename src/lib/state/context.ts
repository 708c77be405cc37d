/**
 * What every component of the page shares without passing it down: the
 * explorer state, the language and its messages. Set once by the root
 * (`App.svelte`), read anywhere below with `appContext()`. Reading `t` or
 * `lang` in markup or `$derived` follows a language switch.
 */
import { getContext, setContext } from 'svelte';
import { translator, type Lang, type Translate } from '../i18n/translate';
import type { ExplorerState } from './explorer.svelte';

export interface AppContext {
  readonly state: ExplorerState;
  /** The page's language (the state's). */
  readonly lang: Lang;
  /** Messages in the page's language. */
  readonly t: Translate;
}

/** Exported for tests, which render a component alone with `context: appContextMap(…)`. */
export const APP_CONTEXT = Symbol('vmre-app');

export function appContextOf(state: ExplorerState): AppContext {
  return {
    state,
    get lang() {
      return state.lang;
    },
    get t() {
      return translator(state.lang);
    },
  };
}

export function setAppContext(state: ExplorerState): AppContext {
  return setContext(APP_CONTEXT, appContextOf(state));
}

export function appContext(): AppContext {
  const context = getContext<AppContext | undefined>(APP_CONTEXT);
  if (context === undefined) throw new Error('appContext() outside the page: App.svelte sets it');
  return context;
}
