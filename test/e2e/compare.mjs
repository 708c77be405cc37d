/**
 * Real-browser checks of the comparison across processes on the built site
 * (run `npm run build` first): Jalisco's three values and the same-coverage
 * total against sums computed here from the published CSVs, the ranking of
 * change (two clicks from the default page to the country that grew most, its
 * CSV, the entities by absolute change), the multiples asking for same
 * coverage, the comparison
 * following the maps, English, the embed, and no console errors.
 * Prints "<n> passed, <m> failed" and exits non-zero on any failure.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Papa from 'papaparse';
import { launch } from './browser.mjs';
import { assert, check, checkNoProblems, summary, watchProblems } from './harness.mjs';
import { serveStatic } from './serve.mjs';
import { whenLive } from './views.mjs';

const root = new URL('../../', import.meta.url);
const csv = (name) =>
  Papa.parse(readFileSync(new URL(`data/${name}`, root), 'utf8'), { header: true, skipEmptyLines: true }).data;
const byEntity = csv('by_entity.csv').filter((r) => r.measure === 'received');
const jalisco = ['2017-2018', '2020-2021', '2023-2024'].map(
  (p) => byEntity.find((r) => r.process === p && r.entity_code === '14').value,
);
const entities2020 = csv('coverage.csv')
  .filter((r) => r.process === '2020-2021' && r.vote_from_abroad !== 'none')
  .map((r) => r.entity_code);
const sameCoverage2023 = byEntity
  .filter((r) => r.process === '2023-2024' && entities2020.includes(r.entity_code))
  .reduce((sum, r) => sum + Number(r.value), 0);
const crosstab2023 = csv('by_country_entity.csv').filter((r) => r.process === '2023-2024' && r.measure === 'received');

// The ranking's answer, from the CSVs alone: each country's 2020-21 figure against its 2023-24 cells summed over
// the 2020-21 entities (same coverage), leaving out rows the report damaged and sums with a cell missing.
const damaged2023 = new Set(
  csv('crosstab_damaged_cells.csv')
    .filter((r) => r.process === '2023-2024')
    .map((r) => r.country_iso3),
);
const grewMost = csv('by_country.csv')
  .filter((r) => r.process === '2020-2021' && r.measure === 'received' && r.country_iso3 !== '' && r.value !== '')
  .map((r) => {
    const cells = entities2020.map(
      (e) => crosstab2023.find((c) => c.country_iso3 === r.country_iso3 && c.entity_code === e)?.value,
    );
    if (damaged2023.has(r.country_iso3) || cells.some((v) => v === undefined || v === '')) return null;
    const to = cells.reduce((sum, v) => sum + Number(v), 0);
    return { code: r.country_iso3, from: Number(r.value), to, relative: (to - Number(r.value)) / Number(r.value) };
  })
  .filter((r) => r !== null && r.from > 0)
  .sort((a, b) => b.relative - a.relative)[0];

const dist = process.env.DIST_DIR ?? fileURLToPath(new URL('dist/', root));
const server = await serveStatic({ root: dist, prefix: '/sub/dir/' });
const browser = await launch();
const FIGURE = '#comparison .figure svg[data-scope]';

/** process → value of the points the main comparison chart draws, and its scope. */
async function drawnPoints(page) {
  return page.locator(FIGURE).evaluate((svg) => ({
    scope: svg.getAttribute('data-scope'),
    coverage: svg.getAttribute('data-coverage'),
    points: [...svg.querySelectorAll('g.point')].map((g) => [
      g.getAttribute('data-process'),
      g.getAttribute('data-value'),
    ]),
    gaps: [...svg.querySelectorAll('g.gap')].map((g) => [
      g.getAttribute('data-process'),
      g.getAttribute('data-status'),
    ]),
  }));
}

async function waitForScope(page, scope) {
  // The comparison is built when the reader nears it (NearViewport): scroll to it as a reader would, rather
  // than count on it starting within a screen of the top, which depends on how tall the maps' panels are.
  const section = page.locator('#comparison');
  if ((await section.count()) > 0) await section.first().scrollIntoViewIfNeeded();
  await page.locator(`#comparison .figure svg[data-scope="${scope}"]`).waitFor({ timeout: 15000 });
}

try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems = watchProblems(page);
  await page.goto(server.url);
  await whenLive(page);
  await waitForScope(page, 'national');

  await check('selecting Jalisco with the search box shows its three values from by_entity.csv', async () => {
    await page.getByRole('combobox').fill('jalis');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await waitForScope(page, 'entity:14');
    const { points } = await drawnPoints(page);
    assert(
      JSON.stringify(points.map(([, v]) => v)) === JSON.stringify(jalisco),
      `drawn ${JSON.stringify(points)} vs CSV ${jalisco}`,
    );
    const rows = await page.locator('#comparison table.changes tbody tr').allInnerTexts();
    jalisco.forEach((v, i) =>
      assert(rows[i]?.includes(Number(v).toLocaleString('es-MX')), `table row ${i}: ${rows[i]} lacks ${v}`),
    );
    const change = Number(jalisco[2]) - Number(jalisco[1]);
    assert(rows[2].includes(`+${change.toLocaleString('es-MX')}`), `2023-24 change: ${rows[2]} lacks +${change}`);
  });

  await check('same coverage: the 2023-24 national total over the 2020-21 entities equals the CSV sum', async () => {
    await page.getByRole('button', { name: /Quitar la selección de Jalisco/ }).click();
    await waitForScope(page, 'national');
    await page.getByRole('checkbox', { name: /Misma cobertura/ }).check();
    await page.locator('#comparison .figure svg[data-coverage="same"]').waitFor();
    const { points, gaps } = await drawnPoints(page);
    const p2023 = points.find(([p]) => p === '2023-2024');
    assert(Number(p2023?.[1]) === sameCoverage2023, `drawn ${p2023} vs CSV sum ${sameCoverage2023}`);
    // 2017-18 itemizes too few of those entities: a gap, not an estimate.
    assert(JSON.stringify(gaps) === JSON.stringify([['2017-2018', 'notReported']]), `gaps ${JSON.stringify(gaps)}`);
    const subtitle = await page.locator('#comparison .subtitle').innerText();
    assert(subtitle.includes(`${entities2020.length} entidades`), `subtitle: ${subtitle}`);
    assert(new URL(page.url()).searchParams.get('coverage') === 'same', `URL ${page.url()}`);
    const caveats = await page.locator('#comparison [data-caveat]').evaluateAll((n) => n.map((x) => x.dataset.caveat));
    assert(caveats.includes('sameCoverage') && !caveats.includes('coverage'), `caveats ${caveats}`);
  });

  await check(
    'a small multiple selects its entity on the maps; a country on the world map reaches the comparison',
    async () => {
      await page.locator('#comparison .multiples li[data-scope="entity:20"] button').click();
      await waitForScope(page, 'entity:20');
      await page.getByText('Solo registrantes originarios de Oaxaca').waitFor();
      const esp = page.locator('svg[aria-label^="Mapa del mundo"] circle[data-code="ESP"]');
      await esp.scrollIntoViewIfNeeded();
      const box = await esp.boundingBox();
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await waitForScope(page, 'cell:ESP:20');
      const { points } = await drawnPoints(page);
      const cell = crosstab2023.find((r) => r.country_iso3 === 'ESP' && r.entity_code === '20').value;
      const p2023 = points.find(([p]) => p === '2023-2024');
      assert(p2023?.[1] === cell, `Spain × Oaxaca 2023-24: ${p2023} vs ${cell}`);
    },
  );

  await check('the caveat explanations open, and the permalink restores the comparison', async () => {
    const url = page.url();
    const other = await browser.newPage();
    await other.goto(url);
    await waitForScope(other, 'cell:ESP:20');
    const first = other.locator('#comparison [data-caveat] summary').first();
    await first.click();
    const open = await other.locator('#comparison [data-caveat] details[open] p').first().innerText();
    assert(open.length > 40, `explanation: ${open}`);
    await other.close();
  });

  await check('in English, with countries as small multiples sorted by change', async () => {
    await page.goto(`${server.url}?lang=en&multiples=country&sort=change&coverage=same&compare=2020-2021,2023-2024`);
    await page.getByRole('heading', { name: 'Comparison across processes' }).waitFor({ timeout: 15000 });
    const panels = await page.locator('#comparison .multiples > li').count();
    assert(panels === 12, `${panels} country panels`);
    const note = await page.locator('#comparison .note').innerText();
    assert(note.includes('The 12 countries'), note);
  });

  await check('?entity=14,16 draws two lines whose values equal by_entity.csv, each in its own colour', async () => {
    await page.goto(`${server.url}?entity=14,16`);
    // The placeholder is replaced by the comparison as it is built: scroll to whichever is there.
    await page.evaluate(() => document.querySelector('#comparison')?.scrollIntoView());
    const chart = page.locator('#comparison .figure svg[data-lines="2"]');
    await chart.waitFor({ timeout: 15000 });
    const lines = await chart.evaluate((svg) =>
      [...svg.querySelectorAll('g.line')].map((g) => ({
        scope: g.getAttribute('data-scope'),
        colour: getComputedStyle(g.querySelector('.ts-dot')).fill,
        values: [...g.querySelectorAll('g.point')].map((p) => [
          p.getAttribute('data-process'),
          p.getAttribute('data-value'),
        ]),
        label: g.querySelector('.end-label')?.textContent ?? '',
      })),
    );
    assert(
      JSON.stringify(lines.map((l) => l.scope)) === '["entity:14","entity:16"]',
      `scopes ${lines.map((l) => l.scope)}`,
    );
    for (const line of lines) {
      const code = line.scope.split(':')[1];
      const expected = byEntity
        .filter((r) => r.entity_code === code && r.value !== '')
        .map((r) => [r.process, r.value])
        .sort();
      assert(
        JSON.stringify(line.values) === JSON.stringify(expected),
        `${line.scope}: ${JSON.stringify(line.values)} vs ${JSON.stringify(expected)}`,
      );
    }
    assert(lines[0].colour !== lines[1].colour, `one colour for both: ${lines[0].colour}`);
    assert(
      lines[0].label.startsWith('Jalisco') && lines[1].label.startsWith('Michoacán'),
      `labels ${lines.map((l) => l.label)}`,
    );
    const tables = await page.locator('#comparison table.changes caption').allInnerTexts();
    assert(tables.length === 2 && tables[1].includes('Michoacán'), `tables ${tables}`);
  });

  await check(
    'from the default page, two clicks rank the countries by relative change, the right one first',
    async () => {
      const fresh = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await fresh.goto(server.url);
      await whenLive(fresh);
      // The comparison, then the ranking in it, are built as the reader nears them: scroll to each placeholder.
      await fresh.waitForFunction(
        () => {
          (document.querySelector('#ranking') ?? document.querySelector('#comparison'))?.scrollIntoView();
          return document.querySelector('section#ranking table') !== null;
        },
        null,
        { polling: 200, timeout: 15000 },
      );
      // Click 1: sort by relative change. Countries' totals count other entities in each process: the page says
      // so and offers "same coverage" instead of an order that is only alphabetical.
      await fresh.locator('section#ranking th button[data-sort="rel"]').click();
      const offer = fresh.locator('section#ranking .needs-same button');
      await offer.waitFor();
      // Click 2: switch it on.
      await offer.click();
      await fresh.locator('section#ranking table[data-coverage="same"]').waitFor({ timeout: 15000 });
      const first = fresh.locator('section#ranking tbody tr').first();
      const code = await first.getAttribute('data-code');
      assert(code === grewMost.code, `first ${code}, CSV says ${JSON.stringify(grewMost)}`);
      const values = await first
        .locator('td[data-value]')
        .evaluateAll((tds) => tds.map((td) => td.dataset.value ?? ''));
      assert(
        values.slice(-2).join() === `${grewMost.from},${grewMost.to}`,
        `values ${values} vs ${JSON.stringify(grewMost)}`,
      );
      const text = await first.innerText();
      const percent = new Intl.NumberFormat('es-MX', {
        style: 'percent',
        minimumFractionDigits: 1,
        maximumFractionDigits: 1,
      });
      assert(text.includes(`+${percent.format(grewMost.relative)}`), `row: ${text}`);
      const sorted = await fresh.locator('section#ranking th[aria-sort="descending"]').innerText();
      assert(sorted.includes('Cambio %'), `sorted column: ${sorted}`);
      const url = new URL(fresh.url()).searchParams;
      assert(url.get('ranksort') === 'rel' && url.get('coverage') === 'same', `URL ${fresh.url()}`);
      // The CSV holds the same first row.
      const [download] = await Promise.all([
        fresh.waitForEvent('download'),
        fresh.locator('section#ranking .toolbar button', { hasText: 'CSV' }).click(),
      ]);
      const rows = Papa.parse(readFileSync(await download.path(), 'utf8'), { header: true, skipEmptyLines: true }).data;
      assert(
        rows[0].code === grewMost.code && Number(rows[0].change_absolute) === grewMost.to - grewMost.from,
        `CSV first row ${JSON.stringify(rows[0])}`,
      );
      await fresh.close();
    },
  );

  await check('?rank=entity&ranksort=abs: the entity with the largest 2020-21 → 2023-24 change first', async () => {
    await page.goto(`${server.url}?rank=entity&ranksort=abs&lang=en`);
    await page.locator('section#ranking table[data-kind="entity"]').waitFor({ timeout: 15000 });
    const change = (code) => {
      const value = (p) => byEntity.find((r) => r.process === p && r.entity_code === code)?.value;
      return Number(value('2023-2024')) - Number(value('2020-2021'));
    };
    const expected = entities2020.sort((a, b) => change(b) - change(a))[0];
    const code = await page.locator('section#ranking tbody tr').first().getAttribute('data-code');
    assert(code === expected, `first ${code}, CSV says ${expected}`);
    const reasons = await page.locator('section#ranking tbody tr[data-reason="notApplicable"]').count();
    assert(reasons === 32 - entities2020.length, `${reasons} entities not applicable in 2020-21`);
  });

  await check('country multiples sorted by change in the default coverage offer same coverage', async () => {
    await page.goto(`${server.url}?multiples=country&sort=change`);
    const offer = page.locator('#comparison .small-multiples .needs-same button');
    await offer.waitFor({ timeout: 15000 });
    await offer.click();
    await page.locator('#comparison .small-multiples .needs-same').waitFor({ state: 'detached' });
    assert(new URL(page.url()).searchParams.get('coverage') === 'same', `URL ${page.url()}`);
  });

  await check('embed=comparison shows the comparison alone, without maps or small multiples', async () => {
    await page.goto(`${server.url}?embed=comparison&entity=14`);
    await waitForScope(page, 'entity:14');
    assert((await page.locator('svg[role="group"]').count()) === 0, 'a map is drawn in the comparison embed');
    assert((await page.locator('#comparison .multiples').count()) === 0, 'small multiples in the embed');
  });

  await checkNoProblems(problems);
} finally {
  await browser.close();
  await server.close();
}
process.exit(summary());
