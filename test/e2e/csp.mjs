/**
 * Quality gate: a strict Content-Security-Policy (run `npm run build` first;
 * `DIST_DIR` picks another build folder). The built page carries the policy as
 * a <meta> and in `_headers`, the same policy in both, with no 'unsafe-inline',
 * 'unsafe-eval' in script-src only and no third-party origin. Served with the
 * header as well, every view (tests/e2e/views.mjs, Spanish and English), the
 * exports and a sandboxed embed run without a single policy violation or
 * console error. Prints "<n> passed, <m> failed".
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launch } from './browser.mjs';
import { assert, check, summary, watchProblems } from './harness.mjs';
import { serveStatic } from './serve.mjs';
import { openView, RECORD_ERRORS, settle, VIEWS, viewQuery } from './views.mjs';

const dist = resolve(process.env.DIST_DIR ?? 'dist');

/** `{ directive: [sources] }` of a policy string. */
function parsePolicy(policy) {
  return Object.fromEntries(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name.toLowerCase(), sources]),
  );
}

/** The headers `_headers` gives every path (`/*`), as Netlify and Cloudflare Pages read it. */
function parseHeadersFile(text) {
  const headers = {};
  let forAll = false;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      forAll = line.trim() === '/*';
      continue;
    }
    const colon = line.indexOf(':');
    if (forAll && colon > 0) headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
  }
  return headers;
}

const indexHtml = readFileSync(join(dist, 'index.html'), 'utf8');
const headersText = readFileSync(join(dist, '_headers'), 'utf8');
const headers = parseHeadersFile(headersText);
const headerPolicy = headers['Content-Security-Policy'] ?? '';

/** Records every policy violation of every document, frames included, from its first script on. */
const RECORD_VIOLATIONS = () => {
  window.__cspViolations = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    window.__cspViolations.push(
      `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}${e.sample ? ` (${e.sample})` : ''} at ${e.sourceFile}:${e.lineNumber}`,
    ),
  );
};
const violations = (target) => target.evaluate(() => window.__cspViolations ?? ['(the recorder did not run)']);

// One policy for the site (_headers applies to every path), so each page's inline scripts are named by it, and
// every hash it names is the script of one of the two pages (the index's boot script, the embed's fallback).
const PAGES_HTML = [
  ['index.html', indexHtml],
  ['embed.html', readFileSync(join(dist, 'embed.html'), 'utf8')],
];
const inlineScripts = (html) =>
  [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]);
const scriptHash = (script) => `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
const usedHashes = new Set(PAGES_HTML.flatMap(([, html]) => inlineScripts(html).map(scriptHash)));
for (const [file, html] of PAGES_HTML) {
  await check(`dist/${file} carries the policy in a <meta>, before any script or stylesheet`, async () => {
    const head = html.slice(html.indexOf('<head>'), html.indexOf('</head>'));
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(head);
    assert(meta, 'no Content-Security-Policy meta in <head>');
    const at = meta.index;
    for (const tag of ['<script', '<link rel="stylesheet"', '<style']) {
      const first = head.indexOf(tag);
      assert(first === -1 || first > at, `${tag} comes before the policy`);
    }
    // The only inline script allowed is one whose exact text the policy names by hash (the boot script).
    const allowedHashes = new Set(parsePolicy(headerPolicy)['script-src'].filter((s) => s.startsWith("'sha256-")));
    const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].map((m) => m[1]);
    for (const script of inline) {
      const hash = `'sha256-${createHash('sha256').update(script, 'utf8').digest('base64')}'`;
      assert(
        allowedHashes.has(hash),
        `an inline <script> in ${file} that the policy does not name: ${script.slice(0, 80)}`,
      );
      allowedHashes.delete(hash);
    }
    const unused = [...allowedHashes].filter((h) => !usedHashes.has(h));
    assert(unused.length === 0, `script-src names hashes of no script in the site: ${unused.join(' ')}`);
    assert(!/<style[\s>]/i.test(html) && !/\sstyle="/i.test(html), `inline styles in ${file}`);
    const metaPolicy = meta[1].replaceAll('&#39;', "'").replaceAll('&quot;', '"').replaceAll('&amp;', '&');
    assert(metaPolicy === headerPolicy, `meta and _headers differ:\n     ${metaPolicy}\n     ${headerPolicy}`);
  });
}

await check(
  'the policy: default-src self, no unsafe-inline, unsafe-eval only for scripts, no other origin, framing open',
  async () => {
    const policy = parsePolicy(headerPolicy);
    assert(String(policy['default-src']) === "'self'", `default-src ${policy['default-src']}`);
    const allowed = new Set(["'self'", "'none'", 'blob:', 'data:', "'unsafe-eval'"]);
    for (const [name, sources] of Object.entries(policy)) {
      assert(!sources.includes("'unsafe-inline'"), `'unsafe-inline' in ${name}`);
      assert(name === 'script-src' || !sources.includes("'unsafe-eval'"), `'unsafe-eval' in ${name}`);
      // A hash allows one exact inline script (checked against the page above), nothing else.
      const foreign = sources.filter(
        (s) => !allowed.has(s) && !(name === 'script-src' && /^'sha256-[A-Za-z0-9+/=]+'$/.test(s)),
      );
      assert(foreign.length === 0, `${name} allows ${foreign.join(' ')}`);
    }
    for (const name of ['script-src', 'style-src']) {
      assert(!policy[name] || policy[name].every((s) => s !== 'data:' && s !== 'blob:'), `${name} allows data:/blob:`);
    }
    assert(String(policy['object-src']) === "'none'", `object-src ${policy['object-src']}`);
    // Embeds are framed by any newsroom's page: framing stays unrestricted.
    assert(!policy['frame-ancestors'] || String(policy['frame-ancestors']) === '*', 'frame-ancestors is restricted');
    assert(!headers['X-Frame-Options'], 'X-Frame-Options forbids framing');
  },
);

const server = await serveStatic({ root: dist, prefix: '/sub/dir/', headers });
const metaOnly = await serveStatic({ root: dist, prefix: '/meta/' });
const articleDir = mkdtempSync(join(tmpdir(), 'vmre-csp-article-'));
const article = await serveStatic({ root: articleDir, prefix: '/news/' });
const browser = await launch();
try {
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  await context.addInitScript(RECORD_VIOLATIONS);
  await context.addInitScript(RECORD_ERRORS);
  const page = await context.newPage();
  const problems = watchProblems(page);

  for (const [label, base] of [
    ['header and meta', server.url],
    ['meta alone', metaOnly.url],
    ['meta alone, on the embed page', `${metaOnly.url}embed.html?embed=world`],
  ]) {
    await check(`the policy is in force with the ${label}: an injected inline script is refused`, async () => {
      await page.goto(base);
      await settle(page);
      const ran = await page.evaluate(async () => {
        window.__inline = false;
        const script = document.createElement('script');
        script.textContent = 'window.__inline = true';
        document.head.append(script);
        await new Promise((done) => setTimeout(done, 50));
        return window.__inline;
      });
      assert(ran === false, 'an inline script ran');
      const seen = await violations(page);
      assert(
        seen.some((v) => v.startsWith('script-src')),
        `no violation recorded: ${JSON.stringify(seen)}`,
      );
      // The console line of that refusal is this check's own doing.
      problems.length = 0;
    });
  }

  for (const view of VIEWS) {
    for (const lang of ['es', 'en']) {
      await check(`no policy violation or console error: ${view.name} (${lang}) ${viewQuery(view, lang)}`, async () => {
        problems.length = 0;
        await openView(page, server.url, view, lang);
        const seen = await violations(page);
        assert(seen.length === 0, seen.join('\n     '));
        assert(problems.length === 0, problems.join('\n     '));
      });
    }
  }

  await check(
    'tooltips placed by pointer and by keyboard, a selection and the search run under the policy',
    async () => {
      problems.length = 0;
      await openView(page, server.url, { query: '' }, 'en');
      await page.locator('svg[role="group"] circle[data-code="ESP"]').first().hover();
      await page.locator('.tooltip').first().waitFor({ timeout: 3000 });
      await page.locator('svg[role="group"] circle[data-code="ESP"]').first().click();
      const mexico = page.locator('svg[role="group"][aria-label^="Map of Mexico"] [tabindex="0"]').first();
      await mexico.focus();
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      const search = page.getByRole('combobox').first();
      await search.fill('Jal');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await settle(page);
      const seen = await violations(page);
      assert(seen.length === 0, seen.join('\n     '));
      assert(problems.length === 0, problems.join('\n     '));
    },
  );

  await check('every download of every toolbar (CSV, .xlsx, PNG, SVG) works under the policy', async () => {
    problems.length = 0;
    await openView(page, server.url, { query: 'country=ESP&entity=14' }, 'en');
    const toolbars = await page.locator('[role="group"][aria-label^="Download"]').all();
    assert(toolbars.length >= 2, `${toolbars.length} download toolbars`);
    let files = 0;
    const save = async (name, trigger) => {
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 10000 }), trigger()]);
      const bytes = readFileSync(await download.path());
      assert(bytes.length > 100, `${name}: ${bytes.length} bytes`);
      if (name === 'PNG') assert(bytes.subarray(1, 4).toString() === 'PNG', 'the PNG is not a PNG');
      if (name.includes('xlsx')) assert(bytes.subarray(0, 2).toString() === 'PK', 'the .xlsx is not a ZIP');
      files++;
    };
    for (const toolbar of toolbars) {
      for (const name of ['CSV', 'Excel (.xlsx)']) {
        const button = toolbar.getByRole('button', { name, exact: true });
        if ((await button.count()) > 0) await save(name, () => button.click());
      }
      // Images go through the dialog that edits their title, whose preview is a blob: image too.
      const image = toolbar.getByRole('button', { name: 'PNG or SVG…' });
      if ((await image.count()) === 0) continue;
      await image.click();
      const dialog = page.getByRole('dialog');
      await dialog.locator('img').waitFor({ timeout: 5000 });
      for (const name of ['PNG', 'SVG'])
        await save(name, () => dialog.getByRole('button', { name: `Download ${name}` }).click());
      await dialog.getByRole('button', { name: 'Close' }).click();
      await dialog.waitFor({ state: 'detached', timeout: 3000 });
    }
    // Both maps offer all four, and the comparison's images too.
    assert(files >= 10, `only ${files} files downloaded`);
    assert((await page.locator('.export-error, [role="alert"]').count()) === 0, 'an export reported an error');
    const seen = await violations(page);
    assert(seen.length === 0, seen.join('\n     '));
    assert(problems.length === 0, problems.join('\n     '));
  });

  await check('an embed in a sandboxed iframe on another origin runs under the policy', async () => {
    writeFileSync(
      join(articleDir, 'index.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title><link rel="icon" href="data:,"></head>
<body><h1>An article</h1><iframe title="chart" sandbox="allow-scripts" width="600" height="900"
src="${server.url}embed.html?embed=world&country=USA&lang=en"></iframe></body></html>`,
    );
    const parent = await context.newPage();
    const parentProblems = watchProblems(parent);
    await parent.goto(article.url);
    const frame = parent.frames().find((f) => f !== parent.mainFrame()) ?? null;
    await parent.frameLocator('iframe').locator('svg[role="group"]').waitFor({ timeout: 15000 });
    assert(frame, 'no iframe');
    await settle(frame);
    const seen = await violations(frame);
    assert(seen.length === 0, seen.join('\n     '));
    assert(parentProblems.length === 0, parentProblems.join('\n     '));
    await parent.close();
  });
} finally {
  await browser.close();
  await server.close();
  await metaOnly.close();
  await article.close();
}

process.exit(summary());
