/** The code an editor pastes into an article to embed one chart, in the three forms CMSes take. */

export interface EmbedSnippets {
  pym: string;
  iframe: string;
  amp: string;
}

/** pym.js as newsrooms load it, from NPR's CDN, on the editor's page (never on ours). */
const PYM_CDN = 'https://pym.nprapps.org/pym.v1.min.js';

const escapeAttr = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeJs = (value: string) => JSON.stringify(value).replace(/</g, '\\u003c');

/** `id` names the container on the editor's page; `title` labels the iframe for screen readers. */
export function embedSnippets(url: string, id: string, title: string, moreLabel: string): EmbedSnippets {
  return {
    pym: [
      `<div id="${escapeAttr(id)}"></div>`,
      `<script src="${PYM_CDN}"></script>`,
      `<script>new pym.Parent(${escapeJs(id)}, ${escapeJs(url)}, { title: ${escapeJs(title)}, sandbox: 'allow-scripts allow-popups allow-downloads' });</script>`,
    ].join('\n'),
    iframe: `<iframe src="${escapeAttr(url)}" title="${escapeAttr(title)}" width="100%" height="720" frameborder="0" scrolling="no" sandbox="allow-scripts allow-popups allow-downloads" loading="lazy"></iframe>`,
    amp: [
      `<amp-iframe src="${escapeAttr(url)}" title="${escapeAttr(title)}" width="600" height="720" layout="responsive" sandbox="allow-scripts allow-popups" resizable frameborder="0">`,
      `  <div overflow tabindex="0" role="button" aria-label="${escapeAttr(moreLabel)}">${escapeAttr(moreLabel)}</div>`,
      `</amp-iframe>`,
    ].join('\n'),
  };
}
