/**
 * The embed's render flags in the addresses the Embed dialog hands out: the flagged embed URL, and the
 * colour scheme its frame must declare so a transparent embed lets the article's background through.
 */
import { decodeHref, EMBED_FLAGS, encodeHref, type EmbedFlag } from '../state/url';

/** The embed address with exactly these flags, in EMBED_FLAGS' order whatever order they were ticked in. */
export function withFlags(href: string, flags: readonly EmbedFlag[]): string {
  const ordered = EMBED_FLAGS.filter((flag) => flags.includes(flag));
  return encodeHref(href, { ...decodeHref(href).state, flags: ordered });
}

/**
 * Browsers paint an opaque canvas behind an iframe whose page's colour scheme differs from the frame
 * element's (CSS Color Adjustment: a dark page in a light article stays readable that way). A transparent
 * embed with a chosen theme therefore asks its frame to declare that scheme, so the two match and the
 * article shows through; its text is drawn for that theme. With `theme=auto` it declares nothing: the
 * reader's system decides the text, and the browser keeps the frame opaque wherever it would not match
 * the article (a dark-mode reader of a light page), which keeps the text readable.
 */
export function frameColorScheme(href: string): 'light' | 'dark' | null {
  const { state } = decodeHref(href);
  if (state.embed === null || !state.flags.includes('transparent') || state.theme === 'auto') return null;
  return state.theme;
}
