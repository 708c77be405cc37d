/**
 * Every view of the site worth checking, in one list the browser gates share
 * (CSP, accessibility, console errors) and screenshot.mjs can shoot. A view
 * added to the site is gated by adding one line here.
 *
 * A view is a query string (without `?`), the page it is asked of when not
 * the site's index (`page`: embeds have embed.html), and optionally `open`: what to do
 * once the page has settled to reach the state (open a dialog, a table), and `tabStops`: how many
 * elements Tab reaches at least (3 unless a view has fewer by design, as a plain embed).
 * `lang=en` is added by the gates that run each view in both languages.
 */

export const VIEWS = [
  { name: 'explorer', query: '' },
  { name: 'selections', query: 'country=ESP&entity=14' },
  { name: 'several places', query: 'country=ESP,PRT&entity=14,16' },
  { name: 'places list with repeats and unknown codes', query: 'country=ESP,ESP,ZZZ,&entity=14,99' },
  { name: 'process 2020-21', query: 'process=2020-2021' },
  { name: 'process 2017-18, SIILNERE', query: 'process=2017-2018&measure=received_siilnere' },
  { name: 'Europe zoom', query: 'zoom=europe' },
  { name: 'region Europe', query: 'region=150' },
  { name: 'region with an entity', query: 'region=419&entity=14' },
  { name: 'region code unknown, empty item', query: 'region=150,,999' },
  { name: 'methodology', query: 'view=methods' },
  { name: 'data view', query: 'view=data' },
  {
    name: 'data view, a query summed',
    query:
      'view=data&table=by_country_entity&where=process:2023-2024;entity_code:14,16&group=country_iso3&order=-value',
  },
  { name: 'data view, no rows', query: 'view=data&table=by_country_entity&where=quality:derived' },
  { name: 'embed world', page: 'embed.html', query: 'embed=world' },
  { name: 'embed Mexico, filtered', page: 'embed.html', query: 'embed=mexico&country=USA' },
  { name: 'embed comparison', page: 'embed.html', query: 'embed=comparison&entity=14' },
  // Snippets given before embed.html existed point at the index: they keep working.
  { name: 'embed world, at the index', query: 'embed=world' },
  { name: 'URL notice', query: 'process=bogus' },
  {
    name: 'embed dialog open',
    query: 'country=ESP',
    open: async (page) => {
      await page.locator('button:is(:text-is("Insertar"), :text-is("Embed"))').first().click();
      await page.locator('dialog[open] textarea').first().waitFor({ timeout: 5000 });
    },
  },
  {
    name: 'map table open',
    query: 'entity=14',
    open: async (page) => {
      for (const summary of await page.locator('details.table > summary').all()) await summary.click();
      await page.locator('details.table[open] table').first().waitFor({ timeout: 5000 });
    },
  },
  // The comparison across processes (its parameters are ignored with a notice where it is not built yet).
  { name: 'comparison, same coverage', query: 'entity=14&coverage=same' },
  { name: 'comparison, small multiples', query: 'multiples=country&sort=change' },
  // sort=change builds the comparison at once (a setting that is not the default).
  { name: 'comparison, a line per place', query: 'entity=14,16,09&sort=change' },
  { name: 'comparison, independent scales', query: 'compare=2020-2021,2023-2024&scale=independent' },
  // The ranking of change (ranksort builds it at once): countries asking for same coverage, and with it.
  { name: 'ranking, needs same coverage', query: 'ranksort=rel' },
  { name: 'ranking, countries by relative change', query: 'ranksort=rel&coverage=same&compare=2020-2021,2023-2024' },
  // The embeds' render flags (test/e2e/flags.mjs checks what each shows).
  // Plain leaves the map and the data link to Tab; plain and static, the data link alone (`tabStops`).
  { name: 'embed world, plain', page: 'embed.html', query: 'embed=world&entity=14&flags=plain', tabStops: 2 },
  { name: 'embed Mexico, static', page: 'embed.html', query: 'embed=mexico&country=USA&flags=static' },
  {
    name: 'embed comparison, plain, static and transparent',
    page: 'embed.html',
    // Light: axe takes a transparent page for white, and a dark one would fail where no article is behind it.
    query: 'embed=comparison&entity=14&flags=plain,static,transparent&theme=light',
    tabStops: 1,
  },
  { name: 'explorer with flags (dropped with a notice)', query: 'flags=plain' },
  {
    name: 'embed dialog with the flags ticked',
    query: 'entity=14',
    open: async (page) => {
      await page.locator('button:is(:text-is("Insertar"), :text-is("Embed"))').first().click();
      for (const box of await page.locator('dialog[open] .flags input[type="checkbox"]').all()) await box.check();
      await page.locator('dialog[open] .flags .note').first().waitFor({ timeout: 5000 });
    },
  },
];

/** The view's page and query, relative to the site, with `lang` set (Spanish is the default and stays out of the URL). */
export function viewQuery(view, lang = 'es') {
  const params = new URLSearchParams(view.query);
  if (lang !== 'es') params.set('lang', lang);
  const query = params.toString();
  return `${view.page ?? ''}${query ? `?${query}` : ''}`;
}

/**
 * An init script (`context.addInitScript(RECORD_ERRORS)`) that counts uncaught
 * errors, so `settle` stops waiting for a page that has crashed: the caller's
 * problem list says why.
 */
export const RECORD_ERRORS = () => {
  window.__uncaught = 0;
  window.addEventListener('error', () => window.__uncaught++);
  window.addEventListener('unhandledrejection', () => window.__uncaught++);
};

/**
 * Waits until the page has settled: the data loaded, lazy parts (the
 * methodology chunk, map geometry) drawn or failed, or an uncaught error
 * (with RECORD_ERRORS installed). A page still busy after `timeout` fails
 * the caller.
 */
export async function settle(page, timeout = 15000) {
  await page.waitForFunction(
    () => {
      if (window.__uncaught > 0) return true;
      // The prerendered page is only a picture until main.ts has mounted or hydrated the app.
      if (document.documentElement.dataset.app !== 'live') return false;
      const main = document.querySelector('main');
      if (!main || main.getAttribute('aria-busy') === 'true') return false;
      if (document.querySelector('main .loading')) return false;
      // A map whose geometry is still on its way (an error is settled).
      if (document.querySelector('.geo-status:not(.error)')) return false;
      // A map narrowed by a selection whose country × entity cells are still being read.
      if (document.querySelector('main [aria-busy="true"]')) return false;
      return main.children.length > 0;
    },
    null,
    { timeout },
  );
  // One more frame, so effects that run after the data arrives (sizes, embeds' height) have run.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** Opens a view (in a language) on a page and brings it to its state. */
export async function openView(page, base, view, lang = 'es') {
  await page.goto(`${base}${viewQuery(view, lang)}`);
  await settle(page);
  if (view.open) {
    await view.open(page);
    await settle(page);
  }
}

/** Waits until main.ts has mounted or hydrated the app: before that, a prerendered page is only a picture. */
export function whenLive(page, timeout = 15000) {
  return page.waitForFunction(() => document.documentElement.dataset.app === 'live', null, { timeout });
}
