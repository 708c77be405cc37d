/**
 * The dataset's citation for reference managers: BibTeX and CSL-JSON, and the canonical
 * address they cite. That address is set when the site is built (`VITE_CITATION_URL`),
 * never taken from the page's own location: a copy served from a laptop or a mirror
 * must not cite itself. Without it, a citation names the dataset and its version only.
 */
import type { Citation } from './packageMetadata';

/** An absolute http(s) address, or '' when the value is missing or not one. */
export function canonicalUrl(raw: string | undefined): string {
  const value = (raw ?? '').trim();
  if (value === '') return '';
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : '';
  } catch {
    return '';
  }
}

/** The build's citation address (see vite's `import.meta.env`); '' when the build set none. */
export const CITATION_URL = canonicalUrl(import.meta.env.VITE_CITATION_URL as string | undefined);

/** BibTeX reserves these characters; a title with `&` or `%` must not break the entry. */
function bibEscape(text: string): string {
  return text.replace(/[\\{}]/g, '').replace(/([&%$#_])/g, '\\$1');
}

const AUTHOR = 'Instituto Nacional Electoral (INE), México';

export function bibtex(citation: Citation, url: string): string {
  const year = citation.date?.slice(0, 4);
  const fields: [string, string | null | undefined][] = [
    ['title', citation.title],
    // Double braces: a corporate author, not a first and last name.
    ['author', `{${AUTHOR}}`],
    ['year', year],
    ['version', citation.version],
    ['date', citation.date],
    ['url', url || null],
    ['note', citation.licence ? `Dataset compilation licensed ${citation.licence}` : null],
  ];
  const body = fields
    .filter((f): f is [string, string] => typeof f[1] === 'string' && f[1] !== '')
    .map(([k, v]) => `  ${k} = {${k === 'url' ? v.replace(/[{}]/g, '') : k === 'author' ? v : bibEscape(v)}}`);
  const key = `vmre_${(citation.version ?? 'dataset').replace(/[^0-9A-Za-z]/g, '_')}`;
  return `@misc{${key},\n${body.join(',\n')}\n}\n`;
}

export function cslJson(citation: Citation, url: string): string {
  const [y, m, d] = (citation.date ?? '').split('-').map(Number);
  const item: Record<string, unknown> = {
    id: `vmre-${citation.version ?? 'dataset'}`,
    type: 'dataset',
    title: citation.title ?? undefined,
    author: [{ literal: AUTHOR }],
    version: citation.version ?? undefined,
    issued: citation.date ? { 'date-parts': [[y, m, d]] } : undefined,
    URL: url || undefined,
    license: citation.licence ?? undefined,
  };
  return JSON.stringify([item], null, 2) + '\n';
}
