import { describe, expect, it } from 'vitest';
import { pageDescription, previewFile, previewTags, siteAddress, withPreviewTags } from '../../build/previewMeta';

const META = {
  title: 'Voto desde el extranjero · Explorador de registros',
  description: 'Solicitudes de inscripción para votar desde el extranjero (VMRE).',
  image: previewFile('world', 'es'),
  imageAlt: 'En qué países viven quienes se registraron. Solicitudes recibidas.',
  site: '',
};

/** The tags as a map from property or name to content, read by the browser's own parser. */
function read(tags: string): Map<string, string> {
  const doc = new DOMParser().parseFromString(`<head>${tags}</head>`, 'text/html');
  return new Map(
    [...doc.querySelectorAll('meta')].map((m) => [
      m.getAttribute('property') ?? m.getAttribute('name') ?? '',
      m.getAttribute('content') ?? '',
    ]),
  );
}

describe('siteAddress', () => {
  it.each([
    [undefined, ''],
    ['', ''],
    ['  ', ''],
    ['not a url', ''],
    ['javascript:alert(1)', ''],
    ['ftp://example.org/', ''],
    ['https://example.org', 'https://example.org/'],
    ['https://example.org/vmre', 'https://example.org/vmre/'],
    ['https://example.org/vmre/', 'https://example.org/vmre/'],
    ['https://example.org/vmre/index.html?x=1#y', 'https://example.org/vmre/'],
    ['http://127.0.0.1:4173/', 'http://127.0.0.1:4173/'],
  ])('%j → %j', (raw, address) => {
    expect(siteAddress(raw)).toBe(address);
  });
});

describe('previewTags', () => {
  it('names the preview for Open Graph and X, with its size and a description of it', () => {
    const tags = read(previewTags(META));
    expect(tags.get('og:image')).toBe('og/world-es.png');
    expect(tags.get('twitter:image')).toBe('og/world-es.png');
    expect(tags.get('og:image:width')).toBe('1200');
    expect(tags.get('og:image:height')).toBe('630');
    expect(tags.get('og:image:alt')).toBe(META.imageAlt);
    expect(tags.get('twitter:card')).toBe('summary_large_image');
    expect(tags.get('og:title')).toBe(META.title);
    expect(tags.get('og:description')).toBe(META.description);
    expect(tags.get('og:locale')).toBe('es_MX');
    expect(tags.get('og:locale:alternate')).toBe('en_US');
    expect(tags.get('og:type')).toBe('website');
    expect(tags.has('og:url')).toBe(false);
  });

  it('gives absolute addresses when the build knows the site’s', () => {
    const tags = read(previewTags({ ...META, site: 'https://example.org/vmre/' }));
    expect(tags.get('og:image')).toBe('https://example.org/vmre/og/world-es.png');
    expect(tags.get('twitter:image')).toBe('https://example.org/vmre/og/world-es.png');
    expect(tags.get('og:url')).toBe('https://example.org/vmre/');
  });

  it('keeps quotes and markup in a value inside its attribute', () => {
    const hostile = "\"><script>alert(1)</script> & 'x'";
    const html = previewTags({ ...META, title: hostile, imageAlt: hostile });
    expect(html).not.toContain('<script');
    const doc = new DOMParser().parseFromString(`<head>${html}</head>`, 'text/html');
    expect(doc.querySelectorAll('script')).toHaveLength(0);
    expect(read(html).get('og:title')).toBe(hostile);
  });
});

describe('pageDescription and withPreviewTags', () => {
  const PAGE = `<html><head>\n    <meta\n      name="description"\n      content="Solicitudes &amp; registros, &quot;VMRE&quot;"\n    />\n  </head><body></body></html>`;

  it('reads the page’s description as text', () => {
    expect(pageDescription(PAGE)).toBe('Solicitudes & registros, "VMRE"');
  });

  it('puts the tags at the end of the head, once', () => {
    const html = withPreviewTags(PAGE, previewTags(META));
    expect(html.indexOf('og:image')).toBeLessThan(html.indexOf('</head>'));
    expect(() => withPreviewTags(html, previewTags(META))).toThrow(/already/);
  });

  it('fails the build on a page without a description or a head', () => {
    expect(() => pageDescription('<head></head>')).toThrow(/description/);
    expect(() => withPreviewTags('<body></body>', '')).toThrow(/head/);
  });
});
