/**
 * What the build renders to static HTML, run inside Vite's SSR module loader
 * (so it compiles the same Svelte components the browser runs): the data and
 * geometry read from disk and validated exactly as the browser does, the page
 * rendered by Svelte's server renderer for the default address, and the
 * default view's figures as plain tables for readers without JavaScript.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { render } from 'svelte/server';
import App from '../src/App.svelte';
import { loadData, type Fetch } from '../src/lib/data/load';
import { factsOf } from '../src/lib/explorer/dataFacts';
import { loadGeometry, type MapName } from '../src/lib/geo/geometry';
import NoScriptFigures from '../src/lib/noscript/NoScriptFigures.svelte';
import { APP_CONTEXT, appContextOf } from '../src/lib/state/context';
import { ExplorerState } from '../src/lib/state/explorer.svelte';

/** The address the page is rendered for. Links come out absolute on it; the plugin makes them relative. */
export const PRERENDER_ORIGIN = 'https://prerender.invalid/';

/** Reads `file:` URLs from disk, answering as fetch would: 404 for a missing file. */
export const readFromDisk: Fetch = async (input) => {
  try {
    return new Response(await readFile(fileURLToPath(input)));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Response('not found', { status: 404 });
    throw error;
  }
};

export interface Prerendered {
  /** The app's markup, to go inside #app and be hydrated. */
  body: string;
  /** The default view's figures, to go inside <noscript>. */
  noscript: string;
}

/**
 * @param root the project's root: data/ and public/geo/ are read under it.
 * @throws DataLoadError or GeometryLoadError, as the browser would show them, so the build fails.
 */
export async function prerender(root: string): Promise<Prerendered> {
  const base = pathToFileURL(`${root}/`).href;
  const data = await loadData(base, readFromDisk);
  const names: MapName[] = ['world', 'mexico'];
  const shapes = await Promise.all(names.map((name) => loadGeometry(name, `${base}public/`, readFromDisk)));
  const geometry = Object.fromEntries(names.map((name, i) => [name, shapes[i]]));
  const app = render(App, { props: { href: PRERENDER_ORIGIN, preloaded: { data, geometry } } });
  const explorer = new ExplorerState(PRERENDER_ORIGIN);
  explorer.useData(factsOf(data));
  const noscript = render(NoScriptFigures, {
    props: { data },
    context: new Map([[APP_CONTEXT, appContextOf(explorer)]]),
  });
  return { body: app.body, noscript: noscript.body };
}
