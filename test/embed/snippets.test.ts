import { describe, expect, it } from 'vitest';
import { embedSnippets } from '../../src/lib/embed/snippets';

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
});
