import { describe, expect, it } from 'vitest';
import { frameColorScheme, withFlags } from '../../src/lib/embed/flags';
import { embedSnippets } from '../../src/lib/embed/snippets';

const EMBED = 'https://x.test/site/embed.html?embed=world&country=ESP&theme=dark&lang=en';

describe('withFlags: the embed address with the flags the editor ticked', () => {
  it.each([
    [[], 'https://x.test/site/embed.html?embed=world&country=ESP&theme=dark&lang=en'],
    [['static'], 'https://x.test/site/embed.html?embed=world&country=ESP&theme=dark&lang=en&flags=static'],
    // Ticked in any order, written in one.
    [
      ['transparent', 'plain'],
      'https://x.test/site/embed.html?embed=world&country=ESP&theme=dark&lang=en&flags=plain,transparent',
    ],
  ] as const)('%j', (flags, href) => {
    expect(withFlags(EMBED, flags)).toBe(href);
  });

  it('replaces the flags an address already had', () => {
    expect(withFlags('https://x.test/embed.html?embed=mexico&flags=plain,static', ['transparent'])).toBe(
      'https://x.test/embed.html?embed=mexico&flags=transparent',
    );
  });
});

describe('frameColorScheme: what a transparent embed asks its frame to declare', () => {
  it.each([
    ['embed=world&flags=transparent&theme=dark', 'dark'],
    ['embed=world&flags=plain,transparent&theme=light', 'light'],
    // The reader's system decides: the browser keeps the frame opaque where it would not match the article.
    ['embed=world&flags=transparent', null],
    ['embed=world&theme=dark', null],
    ['embed=world&flags=static&theme=dark', null],
    ['flags=transparent&theme=dark', null],
  ])('%s → %s', (query, scheme) => {
    expect(frameColorScheme(`https://x.test/embed.html?${query}`)).toBe(scheme);
  });

  it('every snippet of a transparent dark embed declares the dark scheme; others declare none', () => {
    const dark = embedSnippets(withFlags(EMBED, ['transparent']), 'vmre-world', 'Map', 'More', 800, 600);
    expect(dark.pym).toContain('<div id="vmre-world" style="color-scheme: dark"></div>');
    expect(dark.iframe).toMatch(/<iframe [^>]*style="color-scheme: dark"><\/iframe>/);
    expect(dark.amp).toMatch(/<amp-iframe [^>]*style="color-scheme: dark">/);
    const opaque = embedSnippets(withFlags(EMBED, ['plain']), 'vmre-world', 'Map', 'More', 800, 600);
    for (const snippet of Object.values(opaque)) expect(snippet).not.toContain('color-scheme');
  });
});
