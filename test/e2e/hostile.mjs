/**
 * Quality gate: hostile and broken input (run `npm run build` first;
 * `DIST_DIR` picks another build folder).
 *
 * 1. Generated URLs (seeded, so every run opens the same ones; `FUZZ_SEED` and
 *    `FUZZ_COUNT` change them): random, very long, unicode, RTL, null-ish,
 *    script-like and out-of-range values for every parameter, repeated
 *    parameters and broken percent-encoding. Each page shows the explorer, the
 *    methodology or a notice, never a blank page; nothing runs, nothing is
 *    injected; no uncaught error and no console error.
 * 2. Every data file and both geometry files served missing, truncated
 *    mid-row, with a wrong header and with wrong types: the page names the
 *    file at fault (a map's geometry: that map says so and its table stays).
 * 3. Country and entity names carrying HTML, script-like text and long RTL
 *    text (a fixture made here from the real files): shown as text in the
 *    tables and the search, carried as data into the CSV and SVG exports,
 *    never run.
 *
 * Prints "<n> passed, <m> failed".
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { launch } from './browser.mjs';
import { assert, check, summary, watchProblems } from './harness.mjs';
import { serveStatic } from './serve.mjs';
import { RECORD_ERRORS, settle } from './views.mjs';

const dist = resolve(process.env.DIST_DIR ?? 'dist');
const SEED = Number(process.env.FUZZ_SEED ?? 20240607);
const COUNT = Number(process.env.FUZZ_COUNT ?? 520);

/** Pages opening URLs side by side. */
const PAGES = Number(process.env.FUZZ_PAGES ?? 2);

// ---------------------------------------------------------------------------------------------
// 1. Generated URLs

/** mulberry32: a tiny seeded PRNG, so a failing URL can be opened again. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = prng(SEED);
const pick = (list) => list[Math.floor(random() * list.length)];
const int = (n) => Math.floor(random() * n);

const PARAMS = [
  'view',
  'embed',
  'process',
  'measure',
  'country',
  'entity',
  'region',
  'zoom',
  'lang',
  'compare',
  'coverage',
  'multiples',
  'sort',
  'scale',
  'rank',
  'ranksort',
  'table',
  'where',
  'group',
  'order',
  'theme',
  // The embeds' render flags (a list, like the places).
  'flags',
];

/** Values each parameter can take, so combinations reach real views too. */
const VALID = {
  view: ['explore', 'methods', 'data'],
  embed: ['world', 'mexico', 'comparison'],
  process: ['2017-2018', '2020-2021', '2023-2024'],
  measure: ['received', 'eligible', 'received_siilnere', 'received_sive'],
  country: ['USA', 'ESP', 'CAN', 'VAT', 'ESP,PRT', 'USA,CAN,ESP,DEU,FRA,GBR,ITA,NLD'],
  entity: ['01', '14', '20', '32', '14,16', '01,02,03,04,05,06,07,08'],
  region: ['150', '019', '419', '002', '150,039'],
  zoom: ['world', 'europe'],
  lang: ['es', 'en'],
  compare: ['2020-2021', '2017-2018', 'all', 'on'],
  coverage: ['same', 'all'],
  multiples: ['country', 'entity'],
  sort: ['change', 'level', 'value'],
  scale: ['independent', 'shared'],
  rank: ['country', 'entity'],
  ranksort: ['level', 'abs', 'rel', 'name'],
  table: ['by_country', 'by_entity', 'by_country_entity', 'breakdowns', 'crosstab_damaged_cells'],
  where: ['process:2023-2024', 'entity_code:14,16', 'country_iso3:ECU', 'process:2020-2021;quality:exact'],
  group: ['process', 'country_iso3', 'entity_code', 'dimension'],
  order: ['value', '-value', 'country_iso3'],
  theme: ['auto', 'light', 'dark'],
  flags: ['plain', 'static', 'transparent', 'plain,static', 'transparent,plain', 'plain,static,transparent'],
};

/** Out-of-range values, per parameter. */
const OUT_OF_RANGE = {
  view: ['METHODS', 'method', 'explore/../methods', 'embed', 'admin'],
  embed: ['both', 'WORLD', 'true', '1', 'mexico,world'],
  process: ['2026-2027', '2023', '2023-2023', '2024-2023', '2017-2018 ', '１９９９-２０００'],
  measure: ['RECEIVED', 'received ', 'value', 'eligible_sive', 'constructor'],
  country: ['usa', 'XXX', 'US', 'USAA', 'ATA', 'MEX', '840', 'U S', 'ESP,ESP', 'ESP,,PRT', ',ESP,', 'ESP;PRT'],
  entity: [
    '00',
    '33',
    '1',
    '014',
    '99',
    '+14',
    '14.0',
    '0x0E',
    '1e1',
    '14,14,16',
    '01,02,03,04,05,06,07,08,09,10',
    '14,,',
  ],
  region: ['999', '001', '150,,999', ',', '15', '0150', 'europe', '150;039', '1e2'],
  zoom: ['mars', 'EUROPE', 'asia', '0', '-1'],
  lang: ['fr', 'EN', 'es-MX', 'en-US', 'zh', '..'],
  compare: ['1999-2000', '2023-2024', 'none', '-1'],
  coverage: ['SAME', 'different', 'partial', '0'],
  multiples: ['process', 'COUNTRY', 'world', 'both'],
  sort: ['-change', 'asc', 'random', 'name;drop'],
  scale: ['log', 'INDEPENDENT', 'linear', '0'],
  rank: ['COUNTRY', 'region', 'entities', 'country,entity', '__proto__'],
  ranksort: ['-rel', 'REL', 'change', 'rel,abs', 'level desc', 'constructor'],
  table: ['by_planet', 'BY_COUNTRY', 'sources', 'datapackage', '../by_country', 'by_country.csv'],
  where: ['note:x', 'process:1999-2000', 'entity_code:', ':14', 'process;;;', 'value:=1+1', 'entity_code:99,00'],
  group: ['value', 'note', 'quality', 'process,value', ',,,'],
  order: ['-', '--value', 'value desc', 'constructor', '__proto__'],
  theme: ['DARK', 'black', 'dark,light', 'light-dark', 'prefers-color-scheme', 'inherit'],
  flags: ['PLAIN', 'plain,plain', 'static,,', ',', 'opaque', 'plain;static', 'plain static', '1', 'transparent=1'],
};

/** The trap: any of these that runs sets window.__pwned. */
const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  'javascript:window.__pwned=1',
  '"><img src=x onerror=window.__pwned=1>',
  "'><svg onload=window.__pwned=1>",
  '</script><script>window.__pwned=1</script>',
  '<iframe srcdoc="<script>parent.__pwned=1</script>">',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '${window.__pwned=1}',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
];

const NULLISH = ['', 'null', 'undefined', 'NaN', '0', '-1', 'false', 'true', '[]', '{}', ' ', '\t', '\0'];

const UNICODE = ['España', 'Ñ̷̢̛̜̮͎̂ö', '🇲🇽🇺🇸', '中华人民共和国', '\u200b\u200d\ufeff', 'ＵＳＡ', 'İSTANBUL', 'ß', 'e\u0301'];

const RTL = ['المكسيك', 'מקסיקו', '\u202eASU', '\u202e<img src=x onerror=window.__pwned=1>', 'العربية '.repeat(200)];

/** Percent-encoding that does not decode, and other raw query garbage (inserted as is). */
const RAW_GARBAGE = [
  '%E0%A4%A',
  '%',
  '%%',
  '%G0',
  '%00',
  '%FF%FE',
  '%C0%AF',
  '%ED%A0%80',
  '+',
  '=',
  '==',
  'a=b=c',
  '%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E',
  '%253Cscript%253E',
];

const ALPHABET = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.~!*()\'";:@,/?[]{}|\\^`<> ';
const randomString = (max = 24) => Array.from({ length: 1 + int(max) }, () => ALPHABET[int(ALPHABET.length)]).join('');

/** One hostile value of a kind, as raw query text (already encoded, or garbage on purpose). */
const VALUE_KINDS = {
  random: () => encodeURIComponent(randomString()),
  long: () =>
    encodeURIComponent(
      pick(['A', 'é', '<', '9', 'x'.repeat(7)])
        .repeat(10000)
        .slice(0, 10000),
    ),
  unicode: () => encodeURIComponent(pick(UNICODE)),
  rtl: () => encodeURIComponent(pick(RTL)),
  nullish: () => encodeURIComponent(pick(NULLISH)),
  payload: () => encodeURIComponent(pick(PAYLOADS)),
  rawPayload: () => pick(PAYLOADS).replaceAll('&', '%26').replaceAll('#', '%23'),
  outOfRange: (param) => encodeURIComponent(pick(OUT_OF_RANGE[param])),
  garbage: () => pick(RAW_GARBAGE),
  valid: (param) => encodeURIComponent(pick(VALID[param])),
};

/** A query string made by hand, so repeated and broken parameters survive. */
function hostileQuery(fixed = []) {
  const parts = fixed.map(({ param, kind }) => `${param}=${VALUE_KINDS[kind](param)}`);
  // The render flags are read only in an embed (elsewhere they are dropped whole): give them one.
  if (fixed.some(({ param }) => param === 'flags')) parts.push(`embed=${pick(VALID.embed)}`);
  const n = fixed.length > 0 ? int(2) : 1 + int(5);
  for (let i = 0; i < n; i++) {
    const roll = random();
    if (roll < 0.08) {
      parts.push(pick(RAW_GARBAGE));
      continue;
    }
    const param =
      roll < 0.12 ? pick(['', 'x', 'lang[]', '__proto__', encodeURIComponent(randomString(8))]) : pick(PARAMS);
    const kind = VALID[param] && random() < 0.35 ? 'valid' : pick(Object.keys(VALUE_KINDS));
    const value = VALUE_KINDS[kind](VALID[param] ? param : 'view');
    parts.push(`${param}=${value}`);
    // The same parameter again, with another value.
    if (random() < 0.15)
      parts.push(`${param}=${VALUE_KINDS[pick(Object.keys(VALUE_KINDS))](VALID[param] ? param : 'view')}`);
  }
  // Shuffle, so the fixed parameters are not always first.
  for (let i = parts.length - 1; i > 0; i--) {
    const j = int(i + 1);
    [parts[i], parts[j]] = [parts[j], parts[i]];
  }
  const hash = random() < 0.1 ? `#${pick(['<img src=x onerror=window.__pwned=1>', 'top', '%E0%A4%A', ''])}` : '';
  return `?${parts.join('&')}${hash}`;
}

/** How many parameters with a chosen hostile value each page-load URL carries. */
const PER_LOAD = 3;

/**
 * Every parameter with every kind of hostile value at least once, packed a few
 * distinct parameters to a URL (opened as page loads); then random combinations
 * (opened in the loaded page).
 */
function generateUrls(count) {
  const pairs = PARAMS.flatMap((param) =>
    Object.keys(VALUE_KINDS)
      .filter((kind) => kind !== 'valid')
      .map((kind) => ({ param, kind })),
  );
  for (let i = pairs.length - 1; i > 0; i--) {
    const j = int(i + 1);
    [pairs[i], pairs[j]] = [pairs[j], pairs[i]];
  }
  const urls = [];
  while (pairs.length > 0) {
    const fixed = [];
    for (let i = 0; i < pairs.length && fixed.length < PER_LOAD;) {
      if (fixed.some((f) => f.param === pairs[i].param)) i++;
      else fixed.push(...pairs.splice(i, 1));
    }
    urls.push({ params: fixed.map((f) => f.param), query: hostileQuery(fixed), inPage: false });
  }
  while (urls.length < count) urls.push({ params: [], query: hostileQuery(), inPage: true });
  return urls;
}

/** What a page shows, and any sign that input was run or injected. */
async function inspect(page) {
  return page.evaluate(() => {
    const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
    const main = document.querySelector('main');
    const shown = (selector) => [...document.querySelectorAll(selector)].filter(visible);
    return {
      pwned: window.__pwned,
      uncaught: window.__uncaught,
      maps: shown('svg[role="group"]').length,
      charts: shown('svg[role="group"], svg[role="img"], main table').length,
      methods: shown('.methods h1, .methods h2, .dataview h2').length,
      notices: shown('.notice, [role="alert"], .unavailable').map((n) => n.textContent.trim()),
      text: main ? main.innerText.trim().length : 0,
      injected: [...document.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes]
          .filter(
            (a) =>
              /^on/i.test(a.name) ||
              (/^(href|src|action|xlink:href)$/i.test(a.name) && /^\s*javascript:/i.test(a.value)),
          )
          .map((a) => `${el.tagName.toLowerCase()}[${a.name}]`),
      ),
      strays: document.querySelectorAll('main script, main iframe, img[src="x"]').length,
    };
  });
}

/** Reasons a page that opened a hostile URL is not fine; empty when it is. */
function faults(state, problems) {
  const found = [...problems];
  if (state.pwned !== undefined) found.push('window.__pwned was set: input ran as code');
  if (state.injected.length > 0)
    found.push(`event handlers or javascript: URLs in the page: ${state.injected.join(', ')}`);
  if (state.strays > 0) found.push(`${state.strays} injected <script>, <iframe> or <img src=x>`);
  if (state.text === 0 || (state.charts === 0 && state.methods === 0 && state.notices.length === 0)) {
    found.push(
      `blank: ${state.charts} charts, ${state.methods} methodology headings, notices ${JSON.stringify(state.notices)}`,
    );
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// 2. Broken files

/** Cuts a CSV inside a row near its middle: no final line break, the last row short. */
function truncate(text) {
  const middle = Math.floor(text.length / 2);
  const lineStart = text.lastIndexOf('\n', middle) + 1;
  const lineEnd = text.indexOf('\n', lineStart);
  return text.slice(0, lineStart + Math.max(1, Math.floor((lineEnd - lineStart) / 2)));
}

/** The first column whose type or constraint text breaks: an integer, a number, a date, a pattern or an enum. */
function typedColumn(resource) {
  const fields = resource.schema.fields;
  const typed = ['integer', 'number', 'date'];
  return fields.findIndex((f) => typed.includes(f.type)) >= 0
    ? fields.findIndex((f) => typed.includes(f.type))
    : fields.findIndex((f) => f.constraints?.pattern || f.constraints?.enum);
}

/** Text in a typed column of the first data row. */
function wrongType(text, resource) {
  const parsed = Papa.parse(text, { header: false, skipEmptyLines: true });
  const column = typedColumn(resource);
  assert(column >= 0, `${resource.path} has no typed column to break`);
  parsed.data[1][column] = 'not a number';
  return `${Papa.unparse(parsed.data, { newline: '\n' })}\n`;
}

const pkg = JSON.parse(readFileSync(resolve(dist, 'data/datapackage.json'), 'utf8'));
const read = (path) => readFileSync(resolve(dist, path), 'utf8');

/** Each file, each way of breaking it: the body to serve (null: 404). */
const BROKEN = [
  ...pkg.resources.map((resource) => ({
    file: `data/${resource.path}`,
    name: resource.path,
    geometry: false,
    cases: {
      missing: () => null,
      truncated: () => truncate(read(`data/${resource.path}`)),
      'wrong header': () =>
        read(`data/${resource.path}`).replace(/^[^\n]*/, (h) => h.replace(/^[^,]+/, 'wrong_column')),
      'wrong types': () => wrongType(read(`data/${resource.path}`), resource),
    },
  })),
  {
    file: 'data/datapackage.json',
    name: 'datapackage.json',
    geometry: false,
    cases: {
      missing: () => null,
      truncated: () => read('data/datapackage.json').slice(0, 5000),
      'wrong header': () => read('data/datapackage.json').replace('"resources"', '"resourcez"'),
      'wrong types': () => {
        const broken = JSON.parse(read('data/datapackage.json'));
        broken.resources[0].schema.fields = 'process,cutoff_date';
        return JSON.stringify(broken);
      },
    },
  },
  ...['world', 'mexico'].map((map) => ({
    file: `geo/${map}.json`,
    name: `geo/${map}.json`,
    geometry: true,
    cases: {
      missing: () => null,
      truncated: () => read(`geo/${map}.json`).slice(0, Math.floor(read(`geo/${map}.json`).length / 2)),
      'wrong header': () => read(`geo/${map}.json`).replace('"type":"Topology"', '"type":"FeatureCollection"'),
      'wrong types': () => {
        const topo = JSON.parse(read(`geo/${map}.json`));
        for (const object of Object.values(topo.objects)) object.geometries = 'not a list';
        return JSON.stringify(topo);
      },
    },
  })),
];

// ---------------------------------------------------------------------------------------------
// 3. Hostile names

const LONG_RTL = `\u202b${'الولايات المتحدة المكسيكية '.repeat(60)}\u202c`;
/** code → [name_es, name_en] */
const HOSTILE_COUNTRIES = {
  ESP: ['<img src=x onerror=window.__pwned=1>España', '<img src=x onerror=window.__pwned=1>Spain'],
  CAN: ['</script><script>window.__pwned=1</script>Canadá', '</script><script>window.__pwned=1</script>Canada'],
  DEU: [`${LONG_RTL}Alemania`, `${LONG_RTL}Germany`],
  FRA: [
    '=HYPERLINK("http://x.invalid","Francia"), "entre comillas"',
    '=HYPERLINK("http://x.invalid","France"), "quoted"',
  ],
  ITA: ['{{constructor.constructor("window.__pwned=1")()}} Italia', '{{constructor}} Italy'],
  GBR: ['"><svg onload=window.__pwned=1>Reino Unido', '"><svg onload=window.__pwned=1>United Kingdom'],
};
const HOSTILE_ENTITIES = {
  14: ['<img src=x onerror=window.__pwned=1>Jalisco', '<img src=x onerror=window.__pwned=1>Jalisco (en)'],
  '09': ['</script><script>window.__pwned=1</script>CDMX', '</script><script>window.__pwned=1</script>Mexico City'],
  20: ['{{constructor}} ${window.__pwned=1} Oaxaca', '{{constructor}} Oaxaca (en)'],
  16: [`${LONG_RTL}Michoacán`, `${LONG_RTL}Michoacan`],
};

/** countries.csv or entities.csv with some names replaced, written back as the contract's CSV. */
function withNames(path, key, names) {
  const rows = Papa.parse(read(path), { header: true, skipEmptyLines: true });
  for (const row of rows.data) {
    const replacement = names[row[key]];
    if (replacement) [row.name_es, row.name_en] = replacement;
  }
  return `${Papa.unparse(rows.data, { columns: rows.meta.fields, newline: '\n' })}\n`;
}

// ---------------------------------------------------------------------------------------------

// Cached, as any host would: each of the many page loads then costs the app's work, not the transfer.
const server = await serveStatic({ root: dist, prefix: '/sub/dir/', headers: { 'Cache-Control': 'max-age=600' } });
const browser = await launch();
try {
  // Without the site's Content-Security-Policy, which would refuse injected handlers: this checks the
  // app's own escaping, so the window.__pwned trap fires if anything is ever injected (csp.mjs checks the policy).
  const context = await browser.newContext({
    acceptDownloads: true,
    bypassCSP: true,
    viewport: { width: 1280, height: 900 },
  });
  await context.addInitScript(RECORD_ERRORS);

  // 1. Generated URLs, on a few pages side by side, one navigation after another.
  // Every parameter with every kind of value opens as a new page load (notices, language); the random
  // combinations after them are reached in the loaded page as back and forward would (pushState +
  // popstate), five times faster.
  const urls = generateUrls(COUNT);
  const failures = [];
  const started = Date.now();
  let next = 0;
  /** In the page already loaded, as the browser's back and forward buttons go there. */
  const goInPage = (page, query) =>
    page.evaluate((q) => {
      window.history.pushState(null, '', q);
      window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
    }, query);
  await Promise.all(
    Array.from({ length: PAGES }, async () => {
      const page = await context.newPage();
      const problems = watchProblems(page);
      let fresh = false;
      while (next < urls.length) {
        const url = urls[next++];
        let found;
        try {
          if (url.inPage && !fresh) {
            await page.goto(server.url);
            await settle(page);
            fresh = true;
          }
          problems.length = 0;
          if (url.inPage) await goInPage(page, url.query);
          else await page.goto(`${server.url}${url.query}`, { waitUntil: 'commit' });
          await settle(page, 10000);
          found = faults(await inspect(page), problems);
        } catch (error) {
          found = [error instanceof Error ? error.message.split('\n')[0] : String(error), ...problems];
        }
        if (found.length > 0) {
          // Start the next in-page navigation from a clean page.
          fresh = false;
          failures.push({
            url,
            text: `${url.query.slice(0, 160)}${url.query.length > 160 ? '…' : ''}\n       ${found.join('\n       ')}`,
          });
        }
      }
      await page.close();
    }),
  );
  console.log(
    `     ${urls.length} URLs (${urls.filter((u) => !u.inPage).length} page loads) in ${((Date.now() - started) / 1000).toFixed(1)} s, seed ${SEED}`,
  );
  const groups = [
    ...PARAMS.map((param) => ({ label: `hostile values of "${param}"`, has: (u) => u.params.includes(param) })),
    { label: 'random combinations, in-page', has: (u) => u.inPage },
  ];
  for (const { label, has } of groups) {
    const count = urls.filter(has).length;
    await check(`${count} URLs, ${label}: a view or a notice, nothing run, no error`, async () => {
      const list = failures.filter((f) => has(f.url)).map((f) => f.text);
      assert(list.length === 0, `${list.length} of ${count} failed:\n     ${list.slice(0, 5).join('\n     ')}`);
    });
  }

  // 2. Broken files. Each is checked on the page that reads it: the explorer, or (for a file only the
  // methodology reads, which the explorer never fetches) the methodology page, the explorer unharmed.
  const page = await context.newPage();
  const messages = [];
  const requested = new Set();
  page.on('console', (msg) => messages.push({ type: msg.type(), text: msg.text(), url: msg.location().url }));
  page.on('pageerror', (error) => messages.push({ type: 'pageerror', text: error.message, url: '' }));
  page.on('request', (request) => requested.add(request.url()));

  /** Opens a view with the file broken; the console lines other than the 404 of this very file. */
  async function openBroken(target, served, query) {
    messages.length = 0;
    requested.clear();
    await page.goto(`${server.url}${query}`);
    await settle(page);
    const url = new URL(target.file, server.url).href;
    // The browser's own line about the 404 of this very file is expected; nothing else is.
    const unexpected = messages.filter(
      (m) =>
        (m.type === 'error' || m.type === 'pageerror') &&
        !(served === null && m.url === url && /status of 404/.test(m.text)),
    );
    assert(unexpected.length === 0, unexpected.map((m) => `${m.type}: ${m.text}`).join('\n     '));
    const state = await inspect(page);
    assert(state.uncaught === 0, `${state.uncaught} uncaught errors`);
    return { state, fetched: requested.has(url) };
  }

  /** The page's error names the file and the page is not blank. */
  async function namesFile(target, state) {
    const alert = page.locator('main [role="alert"]');
    await alert.first().waitFor({ timeout: 5000 });
    const text = await alert.first().innerText();
    assert(text.includes(target.name), `the error does not name ${target.name}: ${text.slice(0, 300)}`);
    assert(state.text > 50, 'the error page is nearly blank');
  }

  for (const target of BROKEN) {
    for (const [how, body] of Object.entries(target.cases)) {
      await check(`${target.name} ${how}: the page says which file, keeps what it can, no page error`, async () => {
        const served = body();
        const pattern = `**/sub/dir/${target.file}`;
        await page.route(pattern, (route) =>
          served === null
            ? route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' })
            : route.fulfill({
                status: 200,
                contentType: target.file.endsWith('.csv') ? 'text/csv' : 'application/json',
                body: served,
              }),
        );
        try {
          const { state, fetched } = await openBroken(target, served, '?lang=en');
          if (target.geometry) {
            const map = target.name.includes('world') ? 'World' : 'Mexico';
            const error = page.locator('.geo-status.error');
            assert((await error.count()) === 1, `${await error.count()} geometry errors shown`);
            const text = await error.innerText();
            assert(text.includes(target.name), `the geometry error does not name ${target.name}: ${text}`);
            const panel = page.locator('section.panel', { has: error });
            assert(
              (await panel.locator('h2').innerText()).includes(map === 'World' ? 'residence' : 'origin'),
              'the error is under the wrong map',
            );
            await panel.locator('details.table > summary').click();
            await panel
              .locator('details table tbody tr')
              .first()
              .waitFor({ timeout: 3000 })
              .catch(() => {});
            assert((await panel.locator('details table tbody tr').count()) > 0, 'the failed map lost its table');
            assert(state.maps === 1, `${state.maps} maps drawn, the other map should still draw`);
          } else if (fetched) {
            await namesFile(target, state);
          } else {
            // Not the explorer's file: the explorer draws as usual, the methodology page names it.
            assert(state.maps === 2 && state.notices.length === 0, `the explorer suffers: ${state.notices}`);
            const methods = await openBroken(target, served, '?view=methods&lang=en');
            assert(methods.fetched, `neither the explorer nor the methodology page reads ${target.name}`);
            await namesFile(target, methods.state);
          }
        } finally {
          await page.unroute(pattern);
        }
      });
    }
  }
  await page.close();

  // 3. Hostile names.
  const countries = withNames('data/countries.csv', 'country_iso3', HOSTILE_COUNTRIES);
  const entities = withNames('data/entities.csv', 'entity_code', HOSTILE_ENTITIES);
  const named = await context.newPage();
  const problems = watchProblems(named);
  await named.route('**/sub/dir/data/countries.csv', (route) =>
    route.fulfill({ contentType: 'text/csv', body: countries }),
  );
  await named.route('**/sub/dir/data/entities.csv', (route) =>
    route.fulfill({ contentType: 'text/csv', body: entities }),
  );

  for (const [lang, column] of [
    ['es', 0],
    ['en', 1],
  ]) {
    const names = [...Object.values(HOSTILE_COUNTRIES), ...Object.values(HOSTILE_ENTITIES)].map((n) => n[column]);
    await check(`hostile names (${lang}) show as text in the tables and the search, and never run`, async () => {
      problems.length = 0;
      await named.goto(`${server.url}?country=ESP&entity=14${lang === 'en' ? '&lang=en' : ''}`);
      await settle(named);
      const summaries = await named.locator('details.table > summary').all();
      for (const summary of summaries) await summary.click();
      // Each table is built when its <details> opens: wait for all of them, or a busy machine reads too early.
      await named.waitForFunction(
        (n) =>
          document.querySelectorAll('details.table[open] table tbody tr').length > 0 &&
          document.querySelectorAll('details.table[open] table').length === n,
        summaries.length,
        { timeout: 10000 },
      );
      const tableText = await named.locator('details.table table').allInnerTexts();
      const chips = await named.locator('.chip').allInnerTexts();
      const inTables = (name) => tableText.some((t) => t.includes(name.trim()));
      // The world table lists the countries drawn; Mexico's lists every entity.
      for (const name of names) assert(inTables(name), `not shown as text in the tables: ${name.slice(0, 60)}`);
      assert(
        chips.some((c) =>
          c.includes(
            column === 0 ? '<img src=x onerror=window.__pwned=1>España' : '<img src=x onerror=window.__pwned=1>Spain',
          ),
        ),
        `chip reads ${chips}`,
      );
      const search = named.getByRole('combobox').first();
      for (const [query, expected] of [
        ['onerror', HOSTILE_COUNTRIES.ESP[column]],
        ['script', HOSTILE_ENTITIES['09'][column]],
        ['constructor', HOSTILE_ENTITIES[20][column]],
      ]) {
        await search.fill(query);
        const options = await named.getByRole('option').allInnerTexts();
        assert(
          options.some((o) => o.includes(expected)),
          `search "${query}" offers ${JSON.stringify(options)}`,
        );
      }
      await search.fill('');
      // Hover and keyboard focus show tooltips with the names too.
      await named.locator('svg[role="group"] circle[data-code="CAN"]').first().hover();
      await named.locator('.tooltip').first().waitFor({ timeout: 3000 });
      const state = await inspect(named);
      const found = faults(state, problems);
      assert(found.length === 0, found.join('\n     '));
    });
  }

  await check('hostile names go into the CSV exports as data and into the SVG as text', async () => {
    problems.length = 0;
    await named.goto(`${server.url}?country=ESP&lang=en`);
    await settle(named);
    const world = named.getByRole('group', { name: 'Download Country of residence' });
    const mexico = named.getByRole('group', { name: 'Download Entity of origin' });
    const save = async (toolbar, name) => {
      const [download] = await Promise.all([
        named.waitForEvent('download'),
        toolbar.getByRole('button', { name, exact: true }).click(),
      ]);
      return readFileSync(await download.path(), name === 'Excel (.xlsx)' ? undefined : 'utf8');
    };
    const rows = Papa.parse(await save(world, 'CSV'), { header: true, skipEmptyLines: true });
    for (const [code, [, en]] of Object.entries(HOSTILE_COUNTRIES)) {
      const row = rows.data.find((r) => r.country_iso3 === code);
      assert(row?.country === en, `${code}: ${JSON.stringify(row?.country)}`);
    }
    assert(
      rows.data.some((r) => r.country_iso3 === 'ESP'),
      'Spain is not in the CSV',
    );
    // The .xlsx keeps a formula-like name as a text cell: no spreadsheet runs it.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await save(world, 'Excel (.xlsx)'));
    const sheet = book.getWorksheet('data');
    const header = sheet.getRow(1).values;
    let france = null;
    sheet.eachRow((row) => {
      if (row.getCell(header.indexOf('country_iso3')).value === 'FRA') france = row.getCell(header.indexOf('country'));
    });
    assert(france?.value === HOSTILE_COUNTRIES.FRA[1], `xlsx cell ${france?.value}`);
    assert(france?.type === ExcelJS.ValueType.String, `xlsx cell type ${france?.type}`);
    const entityRows = Papa.parse(await save(mexico, 'CSV'), { header: true, skipEmptyLines: true });
    const jalisco = entityRows.data.find((r) => r.entity_code === '14');
    assert(jalisco?.entity === HOSTILE_ENTITIES[14][1], `Jalisco: ${jalisco?.entity}`);
    // The image is saved through its dialog (title prefilled from the view), as a reader does.
    await mexico.getByRole('button', { name: 'PNG or SVG…' }).click();
    const dialog = named.getByRole('dialog');
    const [svgDownload] = await Promise.all([
      named.waitForEvent('download'),
      dialog.getByRole('button', { name: 'Download SVG' }).click(),
    ]);
    const svg = readFileSync(await svgDownload.path(), 'utf8');
    await dialog.getByRole('button', { name: 'Close' }).click();
    const parsed = await named.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        ok: doc.querySelector('parsererror') === null,
        elements: [...doc.querySelectorAll('img, script, foreignObject, iframe')].length,
        text: doc.documentElement.textContent,
      };
    }, svg);
    assert(parsed.ok, 'the SVG does not parse');
    assert(parsed.elements === 0, 'the SVG holds injected elements');
    assert(parsed.text.includes(HOSTILE_COUNTRIES.ESP[1]), 'the SVG lacks the selection line with the name as text');
    const found = faults(await inspect(named), problems);
    assert(found.length === 0, found.join('\n     '));
  });
} finally {
  await browser.close();
  await server.close();
}

process.exit(summary());
