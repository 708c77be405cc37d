import { describe, expect, it } from 'vitest';
import { embedSnippets, fallbackLinks, previewIsView } from '../../src/lib/embed/snippets';

describe('embed snippets', () => {
  const url = 'https://example.test/vmre/?embed=world&country=ESP&lang=en';

  it('point pym.js, a plain iframe and AMP at the embed URL, sandboxed with scripts allowed', () => {
    const s = embedSnippets(url, 'vmre-world', 'Country of residence', 'Show more');
    expect(s.pym).toContain('<div id="vmre-world"></div>');
    expect(s.pym).toContain(
      'new pym.Parent("vmre-world", "https://example.test/vmre/?embed=world&country=ESP&lang=en"',
    );
    expect(s.pym).toContain("sandbox: 'allow-scripts");
    expect(s.iframe).toContain('src="https://example.test/vmre/?embed=world&amp;country=ESP&amp;lang=en"');
    expect(s.iframe).toContain('sandbox="allow-scripts');
    expect(s.amp).toMatch(/^<amp-iframe [^>]*resizable/);
    expect(s.amp).toContain('<div overflow tabindex="0" role="button" aria-label="Show more">Show more</div>');
  });

  it.each([
    [undefined, 720],
    [1148.4, 1149],
    [40, 150],
  ])(
    'gives the plain iframe the measured height %s as %s px, and lets it scroll rather than hide the rest',
    (height, px) => {
      const s = embedSnippets(url, 'vmre-world', 'Country of residence', 'Show more', height);
      expect(s.iframe).toContain(`height="${px}"`);
      expect(s.iframe).not.toContain('scrolling="no"');
      expect(s.amp).toContain(`width="600" height="${px}"`);
    },
  );

  it("keeps the measured width and height as the AMP frame's ratio", () => {
    expect(embedSnippets(url, 'vmre-world', 'T', 'M', 1128, 300).amp).toContain('width="300" height="1128"');
  });

  it('escapes titles so hostile text cannot break out of the snippet', () => {
    const s = embedSnippets(url, 'vmre-world', '"><script>alert(1)</script>', '<b>');
    expect(s.iframe).not.toContain('<script>alert');
    expect(s.iframe).toContain('title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    expect(s.pym).not.toContain('</script>alert');
    expect(s.pym).toContain('\\u003c/script>');
    expect(s.amp).toContain('&lt;b&gt;');
  });

  describe('the script embed', () => {
    const site = 'https://example.test/vmre/';
    const text = { alt: 'Country of residence: preview of the chart', source: 'Source: INE.' };

    it('comes first: a div with the embed URL, its fallback link and preview, and our script beside embed.html', () => {
      const s = embedSnippets(
        `${site}embed.html?embed=world&country=ESP&lang=en`,
        'vmre-world',
        'T',
        'M',
        900,
        600,
        text,
      );
      expect(Object.keys(s)[0]).toBe('script');
      const lines = s.script.split('\n');
      expect(lines[0]).toBe(
        `<div data-vmre-chart="${site}embed.html?embed=world&amp;country=ESP&amp;lang=en" data-vmre-title="T" data-vmre-height="900">`,
      );
      expect(lines[1]).toBe(
        `  <a href="${site}?country=ESP&amp;lang=en"><img src="${site}og/world-en.png" width="1200" height="630" alt="Country of residence: preview of the chart" style="max-width:100%;height:auto"></a>`,
      );
      expect(lines[2]).toBe(`  <p><a href="${site}?country=ESP&amp;lang=en">T</a> · Source: INE.</p>`);
      expect(lines.at(-1)).toBe(`<script async src="${site}embed.js"></script>`);
    });

    it.each([
      ['embed.html?embed=world', 'og/world-es.png', './'],
      ['embed.html?embed=mexico&lang=en', 'og/mexico-en.png', './?lang=en'],
      ['embed.html?embed=comparison&entity=14&childId=x', 'og/comparison-es.png', './?entity=14'],
    ])('%s falls back to %s and links the explorer at %s', (path, image, explorer) => {
      const links = fallbackLinks(`${site}${path}`);
      expect(links.image).toBe(new URL(image, site).href);
      expect(links.explorer).toBe(new URL(explorer, site).href);
      expect(links.script).toBe(`${site}embed.js`);
    });

    it.each([
      ['embed.html?embed=world', true],
      ['embed.html?embed=world&lang=en&theme=dark', true],
      ['embed.html?embed=world&country=ESP', false],
      ['embed.html?embed=mexico&process=2020-2021', false],
      ['embed.html?embed=comparison&measure=eligible', false],
    ])('%s: the preview shows this view: %s', (path, same) => {
      expect(previewIsView(`${site}${path}`)).toBe(same);
    });

    it('escapes hostile text and addresses so nothing breaks out of an attribute or the paragraph', () => {
      const hostile = '"><script>alert(1)</script>&';
      const url = `${site}embed.html?embed=world&lang=en&x="><script>alert(2)</script>`;
      const s = embedSnippets(url, 'id', hostile, 'M', 700, 600, {
        alt: hostile,
        source: '<img src=x onerror=alert(3)>',
      });
      expect(s.script.match(/<script/g)).toHaveLength(1);
      expect(s.script).not.toContain('<img src=x');
      expect(s.script).toContain('data-vmre-title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;"');
      expect(s.script).toContain('alt="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;"');
      // Parsed as HTML, the snippet is one div (with its link, image and line) and one script, nothing else.
      const doc = new DOMParser().parseFromString(s.script, 'text/html');
      expect([...doc.body.children].map((e) => e.tagName)).toEqual(['DIV', 'SCRIPT']);
      const div = doc.querySelector('div');
      expect(div?.dataset.vmreTitle).toBe(hostile);
      expect(div?.dataset.vmreChart).toBe(url);
      expect([...(div?.querySelectorAll('*') ?? [])].map((e) => e.tagName)).toEqual(['A', 'IMG', 'P', 'A']);
      expect(doc.querySelector('p')?.textContent).toBe(`${hostile} · <img src=x onerror=alert(3)>`);
    });
  });
});
