/** The code an editor pastes into an article to embed one chart, in the forms CMSes take. */
import { DEFAULT_STATE, decodeHref, linkTo } from '../state/url';
import { frameColorScheme } from './flags';

export interface EmbedSnippets {
  /** Our own script (public/embed.js) with a link and a preview image for readers without JavaScript. */
  script: string;
  pym: string;
  iframe: string;
  amp: string;
}

/** pym.js as newsrooms load it, from NPR's CDN, on the editor's page (never on ours). */
const PYM_CDN = 'https://pym.nprapps.org/pym.v1.min.js';

const escapeAttr = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeJs = (value: string) => JSON.stringify(value).replace(/</g, '\\u003c');

/** The words of the script embed's fallback, in the page's language. */
export interface FallbackText {
  /** The preview image's alt text: it names the chart (see previewIsView), never figures it may not show. */
  alt: string;
  /** The line under it: the source. */
  source: string;
}

/** What a reader without JavaScript follows: the same view in the explorer, and the chart's preview image. */
export function fallbackLinks(url: string): { explorer: string; image: string; script: string } {
  const { state } = decodeHref(url);
  return {
    explorer: linkTo(url, { ...state, embed: null }),
    // The build writes one preview per chart and language (og/world-es.png…), of the chart's default view.
    image: new URL(`og/${state.embed ?? 'world'}-${state.lang}.png`, url).href,
    // At the site's root, beside embed.html: a stable address, since editors paste it.
    script: new URL('embed.js', url).href,
  };
}

/**
 * Whether the chart's preview image shows this very view: only the default view (any language or
 * theme) has one. Elsewhere the alt text must say the image is the chart's default view.
 */
export function previewIsView(url: string): boolean {
  const { state } = decodeHref(url);
  return (
    new URL(linkTo(url, { ...state, embed: null, lang: DEFAULT_STATE.lang, theme: DEFAULT_STATE.theme })).search === ''
  );
}

/** What the plain iframe and AMP start at when no height was measured for the editor's column. */
export const DEFAULT_EMBED_HEIGHT = 720;

/**
 * `id` names the container on the editor's page; `title` labels the iframe for screen readers.
 * `height` is the chart's height at the width the editor chose (measured by the Embed dialog). The
 * plain iframe cannot resize, so it keeps the browser's default scrolling: if the column is narrower
 * than chosen, or a table is opened, the reader can scroll to the rest, and the source line sticks
 * to the frame's bottom.
 */
export function embedSnippets(
  url: string,
  id: string,
  title: string,
  moreLabel: string,
  height: number = DEFAULT_EMBED_HEIGHT,
  /** The width the height was measured at: AMP's responsive layout keeps their ratio. */
  width: number = 600,
  fallback: FallbackText = { alt: title, source: '' },
): EmbedSnippets {
  const h = Math.max(150, Math.ceil(height));
  const links = fallbackLinks(url);
  const explorer = escapeAttr(links.explorer);
  // A transparent embed's frame declares the embed's colour scheme (flags.ts); pym builds its iframe
  // inside the container, which passes the property down.
  const scheme = frameColorScheme(url);
  const style = scheme === null ? '' : ` style="color-scheme: ${scheme}"`;
  return {
    // The div holds what a reader without JavaScript sees; embed.js replaces it with the iframe.
    script: [
      `<div data-vmre-chart="${escapeAttr(url)}" data-vmre-title="${escapeAttr(title)}" data-vmre-height="${h}"${style}>`,
      `  <a href="${explorer}"><img src="${escapeAttr(links.image)}" width="1200" height="630" alt="${escapeAttr(fallback.alt)}" style="max-width:100%;height:auto"></a>`,
      `  <p><a href="${explorer}">${escapeAttr(title)}</a>${fallback.source ? ` · ${escapeAttr(fallback.source)}` : ''}</p>`,
      `</div>`,
      `<script async src="${escapeAttr(links.script)}"></script>`,
    ].join('\n'),
    pym: [
      `<div id="${escapeAttr(id)}"${style}></div>`,
      `<script src="${PYM_CDN}"></script>`,
      `<script>new pym.Parent(${escapeJs(id)}, ${escapeJs(url)}, { title: ${escapeJs(title)}, sandbox: 'allow-scripts allow-popups allow-downloads' });</script>`,
    ].join('\n'),
    iframe: `<iframe src="${escapeAttr(url)}" title="${escapeAttr(title)}" width="100%" height="${h}" frameborder="0" sandbox="allow-scripts allow-popups allow-downloads" loading="lazy"${style}></iframe>`,
    amp: [
      `<amp-iframe src="${escapeAttr(url)}" title="${escapeAttr(title)}" width="${Math.round(width)}" height="${h}" layout="responsive" sandbox="allow-scripts allow-popups" resizable frameborder="0"${style}>`,
      `  <div overflow tabindex="0" role="button" aria-label="${escapeAttr(moreLabel)}">${escapeAttr(moreLabel)}</div>`,
      `</amp-iframe>`,
    ].join('\n'),
  };
}
