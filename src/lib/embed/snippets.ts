/** The code an editor pastes into an article to embed one chart, in the three forms CMSes take. */

export interface EmbedSnippets {
  pym: string;
  iframe: string;
  amp: string;
}

import { frameColorScheme } from './flags';

/** pym.js as newsrooms load it, from NPR's CDN, on the editor's page (never on ours). */
const PYM_CDN = 'https://pym.nprapps.org/pym.v1.min.js';

const escapeAttr = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeJs = (value: string) => JSON.stringify(value).replace(/</g, '\\u003c');

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
): EmbedSnippets {
  const h = Math.max(150, Math.ceil(height));
  // A transparent embed's frame declares the embed's colour scheme (flags.ts); pym builds its iframe
  // inside the container, which passes the property down.
  const scheme = frameColorScheme(url);
  const style = scheme === null ? '' : ` style="color-scheme: ${scheme}"`;
  return {
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
