/**
 * Real-browser checks of sharing on the built site (run `npm run build`
 * first): a permalink reopens its view, a filtered CSV holds the view's rows,
 * PNG and SVG exports (through the dialog that edits their title) are real
 * files with the edited title, the labelled places, the legend of the states
 * shown and the source line (with EXPORT_SHOTS=<dir>, the PNGs are kept
 * there to look at), the full dataset
 * ZIP downloads, and an embed inside a sandboxed iframe on another origin
 * renders and posts its height. Prints "<n> passed, <m> failed".
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { launch } from './browser.mjs';
import { assert, check, checkNoProblems, summary, watchProblems } from './harness.mjs';
import { serveStatic } from './serve.mjs';
import { settle } from './views.mjs';

const root = new URL('../../', import.meta.url);
const csv = (name) =>
  Papa.parse(readFileSync(new URL(`data/${name}`, root), 'utf8'), { header: true, skipEmptyLines: true }).data;
const crosstab2020 = csv('by_country_entity.csv').filter((r) => r.process === '2020-2021');
const MEXICO = 'svg:is([aria-label^="Mapa de México"], [aria-label^="Map of Mexico"])';
const WORLD = 'svg:is([aria-label^="Mapa del mundo"], [aria-label^="World map"])';

const server = await serveStatic({ root: fileURLToPath(new URL('dist/', root)), prefix: '/sub/dir/' });
// The article that embeds the chart, on another origin (another port).
const articleDir = mkdtempSync(join(tmpdir(), 'vmre-article-'));
const article = await serveStatic({ root: articleDir, prefix: '/news/' });
const browser = await launch();

const permalink = '?process=2020-2021&country=ESP&entity=16&lang=en';
try {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = watchProblems(page);

  await check('a permalink reopens its view: process, both selections, language', async () => {
    await page.goto(`${server.url}${permalink}`);
    await page.locator(MEXICO).waitFor({ timeout: 15000 });
    await page.getByText('Country: Spain').waitFor({ timeout: 3000 });
    await page.getByText('Entity: Michoacán').waitFor({ timeout: 3000 });
    assert(await page.getByRole('radio', { name: '2020–2021' }).isChecked(), '2020–2021 is not checked');
    const cell = crosstab2020.find((r) => r.country_iso3 === 'ESP' && r.entity_code === '16');
    await page.getByText(`Registrants from Michoacán living in Spain: ${cell.value}`).waitFor({ timeout: 3000 });
  });

  await check('an invalid parameter falls back with a visible, dismissible notice; back and forward work', async () => {
    await page.goto(`${server.url}?process=2031-2032&lang=en`);
    const notice = page.getByText('Ignored “process=2031-2032”');
    await notice.waitFor({ timeout: 15000 });
    assert(await page.getByRole('radio', { name: '2023–2024' }).isChecked(), 'default process not shown');
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await notice.waitFor({ state: 'detached', timeout: 3000 });
    await page.locator(`${WORLD} circle[data-code="CAN"]`).click();
    await page.getByText('Country: Canada').waitFor();
    await page.goBack();
    await page.getByText('Country: Canada').waitFor({ state: 'detached', timeout: 3000 });
    await page.goForward();
    await page.getByText('Country: Canada').waitFor({ timeout: 3000 });
  });

  await check('the CSV of the Mexico map filtered by Spain holds exactly its rows', async () => {
    await page.goto(`${server.url}${permalink}`);
    await page.locator(MEXICO).waitFor({ timeout: 15000 });
    // Narrowed by Spain, the map is busy until the country × entity cells are read.
    await settle(page);
    const toolbar = page.getByRole('group', { name: 'Download Entity of origin' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      toolbar.getByRole('button', { name: 'CSV', exact: true }).click(),
    ]);
    assert(
      download.suggestedFilename() === 'vmre_2020-2021_received_by-entity_country-ESP_2020-11-30.csv',
      `file name ${download.suggestedFilename()}`,
    );
    const text = readFileSync(await download.path(), 'utf8');
    assert(!text.startsWith('\uFEFF'), 'the plain CSV has a BOM');
    const rows = Papa.parse(text, { header: true, skipEmptyLines: true }).data;
    assert(rows.length === 32, `${rows.length} rows`);
    const expected = crosstab2020.filter((r) => r.country_iso3 === 'ESP');
    for (const r of expected) {
      const row = rows.find((x) => x.entity_code === r.entity_code);
      assert(row?.value === r.value, `${r.entity_code}: ${row?.value} vs ${r.value}`);
      assert(row.source === r.source && row.quality === r.quality, `${r.entity_code}: source or quality differs`);
    }
    const gaps = rows.filter((x) => !expected.some((r) => r.entity_code === x.entity_code));
    assert(gaps.length === 32 - expected.length, `${gaps.length} gaps`);
    assert(
      gaps.every((x) => x.value === '' && x.status === 'not_applicable'),
      'a gap is not an empty not_applicable',
    );
    const [xlsx] = await Promise.all([
      page.waitForEvent('download'),
      toolbar.getByRole('button', { name: 'Excel (.xlsx)' }).click(),
    ]);
    assert(xlsx.suggestedFilename().endsWith('.xlsx'), `the spreadsheet is called ${xlsx.suggestedFilename()}`);
    assert(
      readFileSync(await xlsx.path())
        .subarray(0, 2)
        .toString() === 'PK',
      'the .xlsx is not a ZIP',
    );
  });

  await check('the image dialog: prefilled headline, Escape closes it and focus returns to its button', async () => {
    const toolbar = page.getByRole('group', { name: 'Download Entity of origin' });
    const opener = toolbar.getByRole('button', { name: 'PNG or SVG…' });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: 'Save as an image: Entity of origin' });
    await dialog.waitFor({ timeout: 5000 });
    const title = dialog.getByLabel('Title', { exact: true });
    assert(
      (await title.inputValue()) === 'Where in Mexico those who registered from Spain come from',
      `prefilled title "${await title.inputValue()}"`,
    );
    assert(await title.evaluate((el) => el === document.activeElement), 'focus is not in the dialog');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached', timeout: 3000 });
    assert(
      await opener.evaluate((el) => el === document.activeElement),
      'focus did not return to the button that opened the dialog',
    );
  });

  await check(
    'PNG and SVG exports carry the edited title (escaped), the labelled place, the legend and source',
    async () => {
      const toolbar = page.getByRole('group', { name: 'Download Entity of origin' });
      await toolbar.getByRole('button', { name: 'PNG or SVG…' }).click();
      const dialog = page.getByRole('dialog');
      const edited = 'Michoacán <script>alert(1)</script> & Spain';
      await dialog.getByLabel('Title', { exact: true }).fill(edited);
      await dialog.getByRole('img', { name: `Preview of the image: ${edited}` }).waitFor({ timeout: 3000 });
      const [svgDownload] = await Promise.all([
        page.waitForEvent('download'),
        dialog.getByRole('button', { name: 'Download SVG' }).click(),
      ]);
      const svg = readFileSync(await svgDownload.path(), 'utf8');
      assert(svg.startsWith('<svg') && svg.includes('xmlns="http://www.w3.org/2000/svg"'), 'not an SVG document');
      const cell = crosstab2020.find((r) => r.country_iso3 === 'ESP' && r.entity_code === '16');
      for (const needle of [
        'Michoacán &lt;script&gt;alert(1)&lt;/script&gt; &amp; Spain',
        'Only registrants living in Spain',
        `Michoacán: ${Number(cell.value).toLocaleString('en-US')}`,
        'Source: Instituto Nacional Electoral (INE), VMRE progress reports.',
        'Not applicable',
        'Figures are preliminary',
      ]) {
        assert(svg.includes(needle), `the SVG lacks "${needle}"`);
      }
      assert(/Figures as of [^<]*2020\./.test(svg), 'the source line lacks the cut-off date');
      assert(!svg.includes('<script'), 'the typed title became markup');
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        return doc.querySelector('parsererror') === null && doc.querySelectorAll('path').length;
      }, svg);
      assert(parsed >= 32, `the SVG does not parse or lacks the map (${parsed} paths)`);

      const [pngDownload] = await Promise.all([
        page.waitForEvent('download'),
        dialog.getByRole('button', { name: 'Download PNG' }).click(),
      ]);
      const png = readFileSync(await pngDownload.path());
      assert(png.subarray(1, 4).toString() === 'PNG', 'not a PNG file');
      const width = png.readUInt32BE(16);
      const height = png.readUInt32BE(20);
      assert(width === 2400, `PNG width ${width}`);
      assert(height > 1200 && height < 6000, `PNG height ${height}`);
      assert(pngDownload.suggestedFilename().endsWith('.png'), pngDownload.suggestedFilename());
      if (process.env.EXPORT_SHOTS) writeFileSync(join(process.env.EXPORT_SHOTS, 'mexico-edited-en.png'), png);
      await dialog.getByRole('button', { name: 'Close' }).click();
      await dialog.waitFor({ state: 'detached', timeout: 3000 });
    },
  );

  await check(
    'in Spanish: the headline names the selection, the legend lists only the states shown, the comparison saves too',
    async () => {
      await page.goto(`${server.url}?process=2023-2024&entity=14`);
      await page.locator(MEXICO).waitFor({ timeout: 15000 });
      await settle(page);
      const world = page.getByRole('group', { name: 'Descargar País de residencia' });
      await world.getByRole('button', { name: 'PNG o SVG…' }).click();
      let dialog = page.getByRole('dialog', { name: 'Guardar como imagen: País de residencia' });
      const title = await dialog.getByLabel('Título', { exact: true }).inputValue();
      assert(title === 'Dónde viven quienes se registraron desde Jalisco', `prefilled title "${title}"`);
      await dialog.getByRole('button', { name: 'Cerrar' }).click();

      const mexico = page.getByRole('group', { name: 'Descargar Entidad de origen' });
      await mexico.getByRole('button', { name: 'PNG o SVG…' }).click();
      dialog = page.getByRole('dialog', { name: 'Guardar como imagen: Entidad de origen' });
      await dialog.getByLabel('Título', { exact: true }).fill('Jalisco, tercera entidad de origen');
      const [svgDownload] = await Promise.all([
        page.waitForEvent('download'),
        dialog.getByRole('button', { name: 'Descargar SVG' }).click(),
      ]);
      const svg = readFileSync(await svgDownload.path(), 'utf8');
      const jalisco = csv('by_entity.csv').find(
        (r) => r.process === '2023-2024' && r.measure === 'received' && r.entity_code === '14',
      );
      const figure = Number(jalisco.value).toLocaleString('es-MX');
      for (const needle of ['Jalisco, tercera entidad de origen', `Jalisco: ${figure}`, 'Cifras con corte al'])
        assert(svg.includes(needle), `the SVG lacks "${needle}"`);
      // Every entity has a count in 2023-24: the legend explains neither "No aplica" nor "No reportado".
      for (const absent of ['No aplica', 'No reportado']) assert(!svg.includes(absent), `the SVG lists "${absent}"`);
      const [pngDownload] = await Promise.all([
        page.waitForEvent('download'),
        dialog.getByRole('button', { name: 'Descargar PNG' }).click(),
      ]);
      const png = readFileSync(await pngDownload.path());
      assert(png.subarray(1, 4).toString() === 'PNG', 'not a PNG file');
      if (process.env.EXPORT_SHOTS) writeFileSync(join(process.env.EXPORT_SHOTS, 'mexico-edited-es.png'), png);
      await dialog.getByRole('button', { name: 'Cerrar' }).click();

      const comparison = page.getByRole('group', { name: 'Descargar Comparación entre procesos' });
      await comparison.getByRole('button', { name: 'PNG o SVG…' }).click();
      dialog = page.getByRole('dialog', { name: 'Guardar como imagen: Comparación entre procesos' });
      const compareTitle = await dialog.getByLabel('Título', { exact: true }).inputValue();
      assert(
        compareTitle === 'Jalisco: solicitudes recibidas en cada proceso electoral',
        `prefilled title "${compareTitle}"`,
      );
      await dialog.getByLabel('Título', { exact: true }).fill('Jalisco, proceso a proceso');
      const [compareSvg] = await Promise.all([
        page.waitForEvent('download'),
        dialog.getByRole('button', { name: 'Descargar SVG' }).click(),
      ]);
      const text = readFileSync(await compareSvg.path(), 'utf8');
      assert(
        compareSvg.suggestedFilename().startsWith('vmre_comparison_received_entity-14'),
        compareSvg.suggestedFilename(),
      );
      for (const needle of [
        'Jalisco, proceso a proceso',
        'Fuente: Instituto Nacional Electoral',
        'Cifras con corte al',
      ])
        assert(text.includes(needle), `the comparison SVG lacks "${needle}"`);
      const [comparePng] = await Promise.all([
        page.waitForEvent('download'),
        dialog.getByRole('button', { name: 'Descargar PNG' }).click(),
      ]);
      const bytes = readFileSync(await comparePng.path());
      assert(bytes.subarray(1, 4).toString() === 'PNG', 'the comparison PNG is not a PNG');
      if (process.env.EXPORT_SHOTS) writeFileSync(join(process.env.EXPORT_SHOTS, 'comparison-edited-es.png'), bytes);
      await dialog.getByRole('button', { name: 'Cerrar' }).click();
      await page.goto(`${server.url}${permalink}`);
      await page.locator(MEXICO).waitFor({ timeout: 15000 });
    },
  );

  await check('the whole dataset downloads as one ZIP from the footer', async () => {
    const [zip] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: /The whole dataset as one ZIP/ }).click(),
    ]);
    const bytes = readFileSync(await zip.path());
    assert(bytes.subarray(0, 2).toString() === 'PK', 'not a ZIP file');
    assert(bytes.includes(Buffer.from('vmre-data/datapackage.json')), 'datapackage.json missing from the ZIP');
  });

  let snippet = '';
  await check('the Embed dialog gives a pym.js snippet for the current view', async () => {
    await page.getByRole('button', { name: 'Embed' }).first().click();
    const field = page.getByLabel(/With pym.js/);
    snippet = await field.inputValue();
    const url = new URL(JSON.parse(snippet.match(/new pym\.Parent\("[^"]+", ("[^"]+")/)[1]));
    for (const [k, v] of Object.entries({ embed: 'world', process: '2020-2021', country: 'ESP', entity: '16' })) {
      assert(url.searchParams.get(k) === v, `${k}=${url.searchParams.get(k)} in ${url}`);
    }
    assert(url.searchParams.get('lang') === 'en', `lang in ${url}`);
    await page.getByRole('button', { name: 'Close' }).click();
  });

  await check(
    'an embed in a sandboxed iframe on another origin renders and posts its height (pym.js and AMP)',
    async () => {
      const embedUrl = `${server.url}embed.html?embed=mexico&process=2020-2021&country=ESP&lang=en`;
      writeFileSync(
        join(articleDir, 'index.html'),
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title><link rel="icon" href="data:,"></head><body>
<h1>An article</h1>
<iframe id="chart" title="chart" sandbox="allow-scripts" width="600" height="150"
  src="${embedUrl}&childId=vmre-mexico&initialWidth=600"></iframe>
<script>
  window.messages = [];
  window.addEventListener('message', (e) => window.messages.push(e.data));
</script></body></html>`,
      );
      const parent = await context.newPage();
      const parentProblems = watchProblems(parent);
      await parent.goto(article.url);
      const frame = parent.frameLocator('#chart');
      await frame.locator(MEXICO).waitFor({ timeout: 15000 });
      await frame.getByText('Only registrants living in Spain').waitFor();
      const heights = async () =>
        parent.evaluate(() =>
          window.messages
            .map((m) =>
              typeof m === 'string' ? Number(/^pymxPYMxvmre-mexicoxPYMxheightxPYMx(\d+)$/.exec(m)?.[1] ?? NaN) : NaN,
            )
            .filter((n) => n > 0),
        );
      await parent.waitForFunction(() => window.messages.some((m) => typeof m === 'string' && m.includes('height')));
      let pym = await heights();
      assert(pym.at(-1) > 400, `pym heights ${JSON.stringify(pym)}`);
      const amp = await parent.evaluate(() =>
        window.messages.filter((m) => m && m.sentinel === 'amp' && m.type === 'embed-size').map((m) => m.height),
      );
      assert(amp.at(-1) === pym.at(-1), `AMP heights ${JSON.stringify(amp)} vs pym ${JSON.stringify(pym)}`);
      // The embed shows only its chart, with the source and a link to the full explorer keeping the view.
      assert((await frame.locator('svg[role="group"]').count()) === 1, 'the embed shows more than one chart');
      const back = await frame.getByRole('link', { name: /Get the data of this view/ }).getAttribute('href');
      const backUrl = new URL(back);
      assert(backUrl.searchParams.get('country') === 'ESP' && !backUrl.searchParams.has('embed'), `link ${back}`);
      // Content changes re-send the height: opening the table makes the chart taller.
      const before = pym.length;
      await frame.getByText('Show the figures as a table').click();
      await parent.waitForFunction(
        (n) => window.messages.filter((m) => typeof m === 'string' && m.includes('height')).length > n,
        before,
      );
      pym = await heights();
      assert(pym.at(-1) > pym[before - 1], `height did not grow: ${JSON.stringify(pym)}`);
      // Switching the language re-sends the height, whether or not it changed.
      const beforeLang = pym.length;
      await frame.getByRole('button', { name: 'Español' }).click();
      await frame.getByText('Solo registrantes que viven en España').waitFor();
      await parent.waitForFunction(
        (n) => window.messages.filter((m) => typeof m === 'string' && m.includes('height')).length > n,
        beforeLang,
      );
      assert(parentProblems.length === 0, parentProblems.join('\n     '));
      await parent.close();
    },
  );

  await check(
    'a sandboxed embed whose host sends no CORS header says why, links to the chart and fits the message',
    async () => {
      const noCors = await serveStatic({
        root: fileURLToPath(new URL('dist/', root)),
        prefix: '/sub/dir/',
        cors: false,
      });
      try {
        writeFileSync(
          join(articleDir, 'nocors.html'),
          `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title><link rel="icon" href="data:,"></head><body>
<h1>An article</h1>
<iframe id="chart" title="chart" sandbox="allow-scripts allow-popups" width="300" height="150"
  src="${noCors.url}embed.html?embed=world&country=ESP&lang=en&childId=vmre-world"></iframe>
<script>
  window.messages = [];
  window.addEventListener('message', (e) => window.messages.push(e.data));
</script></body></html>`,
        );
        const parent = await context.newPage();
        await parent.goto(`${article.url}nocors.html`);
        const frame = parent.frameLocator('#chart');
        const message = frame.locator('#embed-fallback');
        await message.getByText(/does not let other pages read its files/).waitFor({ timeout: 15000 });
        const href = await message.getByRole('link', { name: 'See the chart in the explorer' }).getAttribute('href');
        assert(href === './?country=ESP&lang=en', `the link is ${href}`);
        await parent.waitForFunction(() =>
          window.messages.some((m) => typeof m === 'string' && /^pymxPYMxvmre-worldxPYMxheightxPYMx\d+$/.test(m)),
        );
        const height = await parent.evaluate(() =>
          Number(
            window.messages
              .find((m) => typeof m === 'string')
              .split('xPYMx')
              .at(-1),
          ),
        );
        const inner = await message.evaluate((p) => Math.ceil(p.getBoundingClientRect().bottom));
        assert(height >= inner && height < 400, `posted height ${height}, message ends at ${inner}`);
        await parent.close();
      } finally {
        await noCors.close();
      }
    },
  );

  await check(
    'the snippet from the Embed dialog, pasted into an article, gets its iframe sized by pym.js',
    async () => {
      assert(snippet.includes('pym.nprapps.org'), 'no pym snippet was captured');
      // The article loads pym.js from its own server here: the test machine is offline.
      copyFileSync(new URL('node_modules/pym.js/dist/pym.v1.min.js', root), join(articleDir, 'pym.v1.min.js'));
      const pasted = snippet.replace('https://pym.nprapps.org/pym.v1.min.js', 'pym.v1.min.js');
      writeFileSync(
        join(articleDir, 'pym.html'),
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title><link rel="icon" href="data:,"></head>
<body><h1>An article with an embedded chart</h1><p>Text before.</p>\n${pasted}\n<p>Text after.</p></body></html>`,
      );
      const parent = await context.newPage();
      const parentProblems = watchProblems(parent);
      await parent.goto(`${article.url}pym.html`);
      const iframe = parent.locator('iframe');
      await iframe.waitFor({ timeout: 15000 });
      assert((await iframe.getAttribute('sandbox'))?.includes('allow-scripts'), 'the iframe is not sandboxed');
      await parent.frameLocator('iframe').locator(WORLD).waitFor({ timeout: 15000 });
      // pym.Parent sets the iframe's height attribute from the child's messages.
      // pym writes it with a unit, e.g. "812px".
      await parent.waitForFunction(
        () => parseInt(document.querySelector('iframe')?.getAttribute('height')) > 400,
        null,
        {
          timeout: 10000,
        },
      );
      const inner = await parent
        .frameLocator('iframe')
        .locator('body')
        .evaluate((b) => b.offsetHeight);
      const outer = parseInt(await iframe.getAttribute('height'), 10);
      assert(Math.abs(outer - inner) <= 2, `iframe height ${outer}, content ${inner}`);
      assert(parentProblems.length === 0, parentProblems.join('\n     '));
      await parent.close();
    },
  );

  await check(
    'the plain iframe measured at 300 px fits the chart, and a shorter one keeps the source line in view',
    async () => {
      await page.getByRole('button', { name: 'Embed' }).first().click();
      await page.getByLabel('Width of the column on your page').selectOption('300');
      const status = page.locator('dialog [role="status"]');
      await status.getByText(/At 300 px wide the chart is [\d,]+ px tall/).waitFor({ timeout: 20000 });
      const snippet = await page.getByLabel(/Plain iframe/).inputValue();
      await page.getByRole('button', { name: 'Close' }).click();
      const height = Number(/height="(\d+)"/.exec(snippet)?.[1]);
      assert(height > 600 && !snippet.includes('scrolling="no"'), `snippet ${snippet}`);
      const column = (h) =>
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title><link rel="icon" href="data:,"></head>
<body style="margin:0"><div style="width:300px">${snippet.replace(/height="\d+"/, `height="${h}"`).replace(' loading="lazy"', '')}</div></body></html>`;
      for (const [name, h] of [
        ['measured', height],
        ['short', 420],
      ]) {
        writeFileSync(join(articleDir, `plain-${name}.html`), column(h));
        const parent = await context.newPage();
        await parent.setViewportSize({ width: 360, height: 900 });
        await parent.goto(`${article.url}plain-${name}.html`);
        const frame = parent.frameLocator('iframe');
        await frame.locator(WORLD).waitFor({ timeout: 15000 });
        const source = frame.getByText(/Source: Instituto Nacional Electoral/);
        const box = await source.boundingBox();
        const outer = await parent.locator('iframe').boundingBox();
        assert(
          box && box.y >= outer.y && box.y + box.height <= outer.y + outer.height + 1,
          `${name}: source line at ${JSON.stringify(box)} outside the frame ${JSON.stringify(outer)}`,
        );
        if (name === 'measured') {
          // The measured height holds the whole chart: nothing to scroll to.
          const rest = await frame.locator('html').evaluate((e) => e.scrollHeight - e.clientHeight);
          assert(rest <= 2, `the measured frame still scrolls by ${rest} px`);
        }
        await parent.close();
      }
    },
  );

  await checkNoProblems(problems);
} finally {
  await browser.close();
  await server.close();
  await article.close();
}

process.exit(summary());
