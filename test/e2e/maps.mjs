/**
 * Real-browser checks of the linked maps on the built site (run `npm run
 * build` first): selections by pointer and by keyboard, the cross-filtered
 * values against the published CSVs, the gap states, English, taps on a 360 px
 * touch screen (the place under the finger, a list where places crowd, the
 * details in a strip a third of the map high), and no console errors. Prints "<n> passed, <m> failed" and exits non-zero on any failure.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { launch } from './browser.mjs';
import { assert, check, checkNoProblems, summary, watchProblems } from './harness.mjs';
import { serveStatic } from './serve.mjs';
import { settle, whenLive } from './views.mjs';

const root = new URL('../../', import.meta.url);
const csv = (name) =>
  Papa.parse(readFileSync(new URL(`data/${name}`, root), 'utf8'), { header: true, skipEmptyLines: true }).data;
const crosstab = csv('by_country_entity.csv').filter((r) => r.process === '2023-2024' && r.measure === 'received');
const entities = new Map(csv('entities.csv').map((e) => [e.entity_code, e]));
const oaxacaTotal = csv('by_entity.csv').find(
  (r) => r.process === '2023-2024' && r.measure === 'received' && r.entity_code === '20',
).value;
const SMALL = ['VAT', 'SGP', 'HKG', 'MLT', 'AND', 'LIE', 'BHR', 'ABW', 'BMU'];
const listed2023 = new Set(
  csv('by_country.csv')
    .filter((r) => r.process === '2023-2024')
    .map((r) => r.country_iso3),
);

const es = (n) => Number(n).toLocaleString('es-MX');
const en = (n) => Number(n).toLocaleString('en-US');

const dist = process.env.DIST_DIR ?? fileURLToPath(new URL('dist/', root));
const server = await serveStatic({ root: dist, prefix: '/sub/dir/' });
const browser = await launch();
const WORLD = 'svg:is([aria-label^="Mapa del mundo"], [aria-label^="World map"])';
const MEXICO = 'svg:is([aria-label^="Mapa de México"], [aria-label^="Map of Mexico"])';

/** code → { status, value, label } of every place of a map, read from the DOM. */
async function places(page, map) {
  return page.locator(`${map} [data-focus]`).evaluateAll((nodes) =>
    Object.fromEntries(
      nodes.map((n) => [
        n.getAttribute('data-code'),
        {
          status: n.getAttribute('data-status'),
          value: n.getAttribute('data-value'),
          label: n.getAttribute('aria-label'),
        },
      ]),
    ),
  );
}

/** Values of the circles drawn on a map (the Mexico map's symbols are not focusable: its shapes are). */
async function circleValues(page, map) {
  return page
    .locator(`${map} circle[data-code]`)
    .evaluateAll((nodes) =>
      Object.fromEntries(nodes.map((n) => [n.getAttribute('data-code'), n.getAttribute('data-value')])),
    );
}

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems = watchProblems(page);
  await page.goto(server.url);
  await whenLive(page);
  await page.locator(WORLD).waitFor({ timeout: 15000 });
  await page.locator(MEXICO).waitFor({ timeout: 15000 });

  await check(
    'every country listed in 2023-24 has a visible, selectable symbol, the nine smallest included',
    async () => {
      const drawn = await places(page, WORLD);
      const missing = [...listed2023].filter((c) => c && !drawn[c]);
      assert(missing.length === 0, `no symbol for ${missing.join(', ')}`);
      for (const code of SMALL.filter((c) => listed2023.has(c))) {
        const box = await page.locator(`${WORLD} circle[data-code="${code}"]`).boundingBox();
        assert(box && box.width >= 5, `${code} is drawn ${box?.width ?? 0} px wide`);
      }
    },
  );

  await check(
    'selecting Spain on the world map shows Spain’s registrants by entity, as in by_country_entity.csv',
    async () => {
      await page.locator(`${WORLD} circle[data-code="ESP"]`).click();
      await page.getByText('Solo registrantes que viven en España').waitFor();
      // The first selection fetches the country × entity cells; the narrowed map is busy until they are read.
      await settle(page);
      assert(new URL(page.url()).searchParams.get('country') === 'ESP', `URL is ${page.url()}`);
      const shapes = await places(page, MEXICO);
      const circles = await circleValues(page, MEXICO);
      const rows = crosstab.filter((r) => r.country_iso3 === 'ESP');
      assert(rows.length === 32, `${rows.length} CSV rows for Spain`);
      for (const r of rows) {
        const name = entities.get(r.entity_code).name_es;
        const label = shapes[r.entity_code]?.label ?? '';
        assert(label.startsWith(`${name}: ${es(r.value)}`), `${r.entity_code}: label "${label}", CSV ${r.value}`);
        assert(
          circles[r.entity_code] === r.value,
          `${r.entity_code}: circle ${circles[r.entity_code]}, CSV ${r.value}`,
        );
      }
    },
  );

  await check('a shift-click adds Portugal: both chips, and the Mexico map sums their cells per entity', async () => {
    await page.locator(`${WORLD} circle[data-code="PRT"]`).click({ modifiers: ['Shift'] });
    await page.getByText('Solo registrantes que viven en España y Portugal').waitFor();
    await settle(page);
    assert(new URL(page.url()).searchParams.get('country') === 'ESP,PRT', `URL is ${page.url()}`);
    for (const chip of ['País: España', 'País: Portugal'])
      assert((await page.getByText(chip, { exact: true }).count()) === 1, `no chip ${chip}`);
    const circles = await circleValues(page, MEXICO);
    const sums = new Map();
    for (const r of crosstab.filter((r) => r.country_iso3 === 'ESP' || r.country_iso3 === 'PRT'))
      sums.set(r.entity_code, (sums.get(r.entity_code) ?? 0) + Number(r.value));
    for (const [code, sum] of sums)
      assert(sum === 0 || Number(circles[code]) === sum, `${code}: circle ${circles[code]}, CSV sum ${sum}`);
    const outlined = await page.locator(`${WORLD} circle[aria-pressed="true"]`).count();
    assert(outlined === 2, `${outlined} pressed countries`);
    // A plain click keeps Spain alone again, as before.
    await page.locator(`${WORLD} circle[data-code="ESP"]`).click();
    await page.waitForURL((url) => url.searchParams.get('country') === 'ESP');
  });

  await check(
    'selecting Oaxaca on the Mexico map shows where its registrants live, damaged rows as not attributable',
    async () => {
      await page.locator(`${WORLD} circle[data-code="ESP"]`).click(); // clear Spain
      // Where a reader would click: the middle of Oaxaca's symbol, which lets the click through to the state.
      const oaxaca = await page.locator(`${MEXICO} circle[data-code="20"]`).boundingBox();
      await page.mouse.click(oaxaca.x + oaxaca.width / 2, oaxaca.y + oaxaca.height / 2);
      await page.getByText('Solo registrantes originarios de Oaxaca').waitFor();
      const drawn = await places(page, WORLD);
      const rows = crosstab.filter((r) => r.entity_code === '20');
      for (const r of rows) {
        assert(
          drawn[r.country_iso3]?.value === r.value,
          `${r.country_iso3}: ${drawn[r.country_iso3]?.value} vs ${r.value}`,
        );
      }
      const withRows = new Set(rows.map((r) => r.country_iso3));
      const damaged = [...listed2023].filter((c) => c && !withRows.has(c));
      for (const c of damaged) assert(drawn[c]?.status === 'notAttributable', `${c} is ${drawn[c]?.status}`);
      const attributed = rows.reduce((sum, r) => sum + Number(r.value), 0);
      const summaryText = `Oaxaca: ${es(oaxacaTotal)} solicitudes, de las cuales ${es(attributed)} se pueden atribuir`;
      await page.getByText(summaryText).waitFor({ timeout: 3000 });
    },
  );

  await check('both selections can be made with the keyboard alone', async () => {
    await page.goto(server.url);
    await whenLive(page);
    await page.locator(WORLD).waitFor();
    await page.getByRole('combobox').focus();
    // Tab from the search box into the world map: its one tab stop is the largest country.
    let focused = null;
    for (let i = 0; i < 20 && !(focused ?? '').startsWith('world:'); i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => {
        const el = document.activeElement;
        const map = el?.closest('svg')?.getAttribute('aria-label') ?? '';
        return `${/mundo|World/.test(map) ? 'world' : 'other'}:${el?.getAttribute('data-focus') ?? ''}`;
      });
    }
    assert(focused === 'world:USA', `focus reached ${focused}`);
    await page.keyboard.press('ArrowRight'); // Canada
    await page.keyboard.press('ArrowRight'); // Spain
    await page.keyboard.press('Enter');
    await page.getByText('País: España').waitFor({ timeout: 3000 });
    await page.getByRole('combobox').focus();
    await page.keyboard.type('oaxa');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.getByText('Entidad: Oaxaca').waitFor({ timeout: 3000 });
    const params = new URL(page.url()).searchParams;
    assert(params.get('country') === 'ESP' && params.get('entity') === '20', `URL is ${page.url()}`);
    const cell = crosstab.find((r) => r.country_iso3 === 'ESP' && r.entity_code === '20');
    await page.getByText(`Registrantes de Oaxaca que viven en España: ${es(cell.value)}`).waitFor({ timeout: 3000 });
    await page.keyboard.press('Escape');
  });

  await check('in English, labels, names and number formats follow the language', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Country of residence' }).waitFor({ timeout: 3000 });
    await page.getByText('Registrants from Oaxaca living in Spain').waitFor();
    const usa = (await places(page, WORLD)).USA;
    const usaCell = crosstab.find((r) => r.country_iso3 === 'USA' && r.entity_code === '20');
    assert(
      usa.label.startsWith(`United States of America: ${en(usaCell.value)} (`),
      `USA label "${usa.label}" (CSV ${usaCell.value})`,
    );
    const subtitle = await page.locator('.subtitle').first().innerText();
    assert(subtitle.includes('As of Nov 30, 2023'), `subtitle reads "${subtitle}"`);
    assert(new URL(page.url()).searchParams.get('lang') === 'en', `URL is ${page.url()}`);
  });

  await check(
    '2020-21: an entity without a vote from abroad is not applicable; 2017-18: an un-itemized one is not reported',
    async () => {
      await page.goto(`${server.url}?lang=en&process=2020-2021`);
      await whenLive(page);
      await page.locator(MEXICO).waitFor();
      const ags2020 = (await places(page, MEXICO))['01'];
      assert(ags2020.status === 'notApplicable', `Aguascalientes 2020-21: ${ags2020.status}`);
      assert(ags2020.label === 'Aguascalientes: Not applicable', `label "${ags2020.label}"`);
      const fill = await page.locator(`${MEXICO} path[data-code="01"]`).getAttribute('fill');
      assert(/notApplicable\)$/.test(fill ?? ''), `fill ${fill}`);
      await page.getByRole('radio', { name: '2017–2018' }).check();
      await page.locator(`${MEXICO} path[data-code="01"][data-status="notReported"]`).waitFor({ timeout: 3000 });
      const ags2017 = (await places(page, MEXICO))['01'];
      assert(ags2017.label === 'Aguascalientes: Not reported', `label "${ags2017.label}"`);
      const legend = await page.locator('.maps .legend').last().innerText();
      assert(/Not applicable/.test(legend) && /Not reported/.test(legend), `legend reads ${JSON.stringify(legend)}`);
    },
  );

  await check('the Europe zoom separates Spain, Germany and their neighbours', async () => {
    await page.goto(server.url);
    await whenLive(page);
    await page.locator(WORLD).waitFor();
    await page.getByRole('group', { name: 'Extensión del mapa' }).getByRole('button', { name: 'Europa' }).click();
    const box = async (c) => page.locator(`${WORLD} circle[data-code="${c}"]`).boundingBox();
    const [esp, deu, lie] = await Promise.all(['ESP', 'DEU', 'LIE'].map(box));
    assert(esp && deu && lie, 'a symbol is missing');
    const d = Math.hypot(esp.x - deu.x, esp.y - deu.y);
    assert(d > esp.width / 2 + deu.width / 2, `Spain and Germany overlap (${d.toFixed(1)} px apart)`);
    assert(new URL(page.url()).searchParams.get('zoom') === 'europe', `URL is ${page.url()}`);
  });

  // A phone: taps, not clicks, and the details in a strip rather than a tooltip over most of the map.
  const phone = await browser.newContext({ viewport: { width: 360, height: 780 }, hasTouch: true, isMobile: true });
  const touch = await phone.newPage();
  const touchProblems = watchProblems(touch);
  /** A circle's centre on the page. */
  const centreOf = async (code) => {
    const box = await touch.locator(`${WORLD} circle[data-code="${code}"]`).boundingBox();
    assert(box, `no circle for ${code}`);
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  };
  const openPhone = async () => {
    await touch.goto(server.url);
    await whenLive(touch);
    await touch.locator(WORLD).waitFor({ timeout: 15000 });
    await touch.locator(WORLD).scrollIntoViewIfNeeded();
  };

  await check(
    'on a 360 × 780 phone, Tab from the search box brings the whole world map into view, not only the focused place',
    async () => {
      const phone = await browser.newPage({ viewport: { width: 360, height: 780 } });
      await phone.goto(`${server.url}?country=ESP`);
      await whenLive(phone);
      await phone.locator(WORLD).waitFor({ timeout: 15000 });
      // From the search box at the top, the next tab stops are the chip's button, then Spain on the map.
      await phone.locator('input[role="combobox"]').focus();
      for (let i = 0; i < 30; i++) {
        await phone.keyboard.press('Tab');
        if (await phone.evaluate(() => document.activeElement?.closest('svg[role="group"]') !== null)) break;
      }
      const where = await phone.evaluate(() => {
        const map = document.activeElement?.closest('.map')?.getBoundingClientRect();
        return map ? { top: Math.round(map.top), bottom: Math.round(map.bottom), h: innerHeight } : null;
      });
      assert(where !== null, 'Tab never reached a map');
      assert(
        where.top >= 0 && where.bottom <= where.h,
        `the focused map spans ${where.top}–${where.bottom} of ${where.h}`,
      );
      await phone.close();
    },
  );

  await check('on a 360 px phone, a tap at the centre of Spain’s circle selects Spain, not Portugal', async () => {
    await openPhone();
    const spain = await centreOf('ESP');
    await touch.touchscreen.tap(spain.x, spain.y);
    await touch.waitForFunction(() => new URL(location.href).searchParams.get('country') === 'ESP', null, {
      timeout: 3000,
    });
  });

  await check('its details are a strip with a close button, at most a third of the map’s height', async () => {
    const sheet = touch.locator('.maps .sheet').first();
    await sheet.waitFor({ timeout: 3000 });
    const text = await sheet.locator('[role="status"]').innerText();
    assert(text.startsWith('España'), `the strip reads ${JSON.stringify(text)}`);
    const [sheetBox, mapBox] = await Promise.all([sheet.boundingBox(), touch.locator(WORLD).boundingBox()]);
    assert(sheetBox.height <= mapBox.height / 3 + 0.5, `strip ${sheetBox.height} px on a ${mapBox.height} px map`);
    const tooltips = await touch.locator('.maps .tooltip').count();
    assert(tooltips === 0, `${tooltips} floating tooltips as well`);
    await sheet.getByRole('button', { name: 'Cerrar los detalles' }).tap();
    await sheet.waitFor({ state: 'detached', timeout: 3000 });
  });

  await check(
    'a tap between Bahrain and Qatar offers a short list to choose from, and the choice selects',
    async () => {
      await openPhone();
      const [bahrain, qatar] = await Promise.all([centreOf('BHR'), centreOf('QAT')]);
      await touch.touchscreen.tap((bahrain.x + qatar.x) / 2, (bahrain.y + qatar.y) / 2);
      const list = touch.getByRole('dialog', { name: '¿Cuál de estos lugares?' });
      await list.waitFor({ timeout: 3000 });
      const codes = await list.locator('button[data-code]').evaluateAll((bs) => bs.map((b) => b.dataset.code));
      assert(codes.includes('BHR') && codes.includes('QAT') && codes.length <= 5, `the list offers ${codes}`);
      assert(new URL(touch.url()).searchParams.get('country') === null, `a place was guessed: ${touch.url()}`);
      // The phone's world map is short: the list stays on it (scrolling inside if need be).
      const [inner, map] = await Promise.all([list.boundingBox(), touch.locator(WORLD).boundingBox()]);
      assert(
        inner.y >= map.y - 1 && inner.y + inner.height <= map.y + map.height + 1,
        `the list spans ${Math.round(inner.y)}–${Math.round(inner.y + inner.height)}, the map ${Math.round(map.y)}–${Math.round(map.y + map.height)}`,
      );
      await list.locator('button[data-code="QAT"]').tap();
      await touch.waitForFunction(() => new URL(location.href).searchParams.get('country') === 'QAT', null, {
        timeout: 3000,
      });
      await list.waitFor({ state: 'detached', timeout: 3000 });
    },
  );

  await check('on the phone’s Mexico map, a tap inside Jalisco selects Jalisco', async () => {
    await openPhone();
    const jalisco = touch.locator(`${MEXICO} circle[data-code="14"]`);
    await jalisco.scrollIntoViewIfNeeded();
    const box = await jalisco.boundingBox();
    await touch.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
    await touch.waitForFunction(() => new URL(location.href).searchParams.get('entity') === '14', null, {
      timeout: 3000,
    });
  });
  problems.push(...touchProblems);

  await checkNoProblems(problems);
} finally {
  await browser.close();
  await server.close();
}

process.exit(summary());
