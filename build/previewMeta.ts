/**
 * The tags that make a shared link show a picture: Open Graph (Facebook,
 * WhatsApp, LinkedIn, Telegram…) and X's card, naming the world map's
 * preview (dist/og/world-es.png). Facebook and WhatsApp need the image's
 * address absolute, so it is built on the site's address when the build is
 * given one (`VITE_SITE_URL`, else `VITE_CITATION_URL`); without it, the
 * address is relative and only crawlers that resolve it show the image.
 */
import { PREVIEW_HEIGHT, PREVIEW_WIDTH, escapeXml } from './previewCard.ts';

/** Where the previews go in dist/, and the name of each: `og/<chart>-<lang>.png` (an embed's no-script image too). */
export const PREVIEW_DIR = 'og';
export const previewFile = (chart: string, lang: string) => `${PREVIEW_DIR}/${chart}-${lang}.png`;

/** An absolute http(s) address ending in "/", so files resolve under it; '' when the value is missing or not one. */
export function siteAddress(raw: string | undefined): string {
  const value = (raw ?? '').trim();
  if (value === '') return '';
  try {
    const url = new URL(value);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return '';
    url.search = '';
    url.hash = '';
    // A page's address (…/index.html) stands for its folder; a last segment without a dot is the folder
    // (GitHub Pages answers …/vmre with …/vmre/).
    url.pathname = /\/[^/]*\.[^/]*$/.test(url.pathname)
      ? url.pathname.replace(/[^/]*$/, '')
      : url.pathname.replace(/\/?$/, '/');
    return url.href;
  } catch {
    return '';
  }
}

export interface PreviewMeta {
  title: string;
  description: string;
  /** The image's path under the site, e.g. og/world-es.png. */
  image: string;
  imageAlt: string;
  /** The site's address (siteAddress), or ''. */
  site: string;
}

/** The tags, one a line, their values escaped. */
export function previewTags(meta: PreviewMeta): string {
  const image = meta.site ? new URL(meta.image, meta.site).href : meta.image;
  const tags: [string, string, string][] = [
    ['property', 'og:type', 'website'],
    ['property', 'og:site_name', meta.title],
    ['property', 'og:title', meta.title],
    ['property', 'og:description', meta.description],
    ['property', 'og:locale', 'es_MX'],
    ['property', 'og:locale:alternate', 'en_US'],
    ...(meta.site ? [['property', 'og:url', meta.site] as [string, string, string]] : []),
    ['property', 'og:image', image],
    ['property', 'og:image:type', 'image/png'],
    ['property', 'og:image:width', String(PREVIEW_WIDTH)],
    ['property', 'og:image:height', String(PREVIEW_HEIGHT)],
    ['property', 'og:image:alt', meta.imageAlt],
    ['name', 'twitter:card', 'summary_large_image'],
    ['name', 'twitter:title', meta.title],
    ['name', 'twitter:description', meta.description],
    ['name', 'twitter:image', image],
    ['name', 'twitter:image:alt', meta.imageAlt],
  ];
  return tags.map(([attr, key, value]) => `<meta ${attr}="${key}" content="${escapeXml(value)}" />`).join('\n    ');
}

/** The page's own description (index.html's `<meta name="description">`), unescaped. */
export function pageDescription(html: string): string {
  const match = /<meta\s+name="description"\s+content="([^"]*)"/.exec(html);
  if (!match?.[1]) throw new Error('previews: index.html has no <meta name="description">');
  return match[1]
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** `html` with the tags at the end of its head. */
export function withPreviewTags(html: string, tags: string): string {
  if (!html.includes('</head>')) throw new Error('previews: the page has no </head>');
  if (html.includes('property="og:image"')) throw new Error('previews: the page already has link-preview tags');
  return html.replace('</head>', `  ${tags}\n  </head>`);
}
