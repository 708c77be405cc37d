import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { LoadedWithCells } from '../../src/lib/data/load';
import type { Lang } from '../../src/lib/i18n/translate';
import MethodsPage from '../../src/lib/methods/MethodsPage.svelte';
import { METHODS_CONTENT, type MethodsContent } from '../../src/lib/methods/content';
import { langContext } from '../helpers/context';
import { loadPublished } from '../helpers/publishedData';
import { readRows, readText } from '../published/files';

let data: LoadedWithCells;
beforeAll(async () => {
  data = await loadPublished();
});

/** The clipboard as jsdom left it, restored after each test that fakes it. */
const original = Object.getOwnPropertyDescriptor(window.navigator, 'clipboard');
function setClipboard(value: unknown) {
  Object.defineProperty(window.navigator, 'clipboard', { value, configurable: true });
}
afterEach(() => {
  if (original) Object.defineProperty(window.navigator, 'clipboard', original);
  else delete (window.navigator as { clipboard?: unknown }).clipboard;
  window.getSelection()?.removeAllRanges();
});

const renderPage = (lang: Lang) => render(MethodsPage, { props: { data }, context: langContext(lang) });
const version = () => JSON.parse(readText('datapackage.json')).version as string;

describe('MethodsPage', () => {
  it('renders in Spanish: heading, sections and a glossary entry', () => {
    renderPage('es');
    expect(screen.getByRole('heading', { level: 2, name: 'Fuentes y metodología' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Glosario de siglas' })).toBeTruthy();
    const term = document.getElementById('methods-glossary-OPL')!;
    expect(term.tagName).toBe('DT');
    expect(term.nextElementSibling?.textContent).toContain('Los institutos electorales de cada entidad');
    expect(term.nextElementSibling?.textContent).toContain('Organismos Públicos Locales');
  });

  it('renders in English: heading, sections and a glossary entry, Spanish names marked as such', () => {
    renderPage('en');
    expect(screen.getByRole('heading', { level: 2, name: 'Sources and methodology' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Glossary of acronyms' })).toBeTruthy();
    const definition = document.getElementById('methods-glossary-CPVE')!.nextElementSibling!;
    expect(definition.textContent).toContain('The voter credential applied for outside Mexico');
    expect(definition.querySelector('[lang="es"]')?.textContent).toBe('Credencial para Votar desde el Extranjero.');
  });

  it('lists every source id of sources.csv, in monospace, under an anchor', () => {
    renderPage('es');
    const sources = readRows('sources.csv');
    for (const s of sources) {
      const entry = document.getElementById(`source-${s.source}`);
      expect(entry, s.source).not.toBeNull();
      expect(entry!.querySelector('code')?.textContent).toBe(s.source);
    }
    for (const title of new Set(sources.map((s) => s.document))) {
      expect(screen.getByRole('heading', { level: 4, name: title })).toBeTruthy();
    }
  });

  it('gives every element a unique id, so links to #source-… and #methods-… are unambiguous', () => {
    const { container } = renderPage('en');
    const ids = [...container.querySelectorAll('[id]')].map((e) => e.id);
    expect(ids.length).toBeGreaterThan(readRows('sources.csv').length);
    expect(new Set(ids).size).toBe(ids.length);
    for (const link of container.querySelectorAll('a[href^="#"]')) {
      expect(document.getElementById(link.getAttribute('href')!.slice(1)), link.getAttribute('href')!).not.toBeNull();
    }
  });

  it.each([
    ['es', 'note_es', 'table_es'],
    ['en', 'note', 'table'],
  ] as const)('shows the data notes and paragraph descriptions in the page language (%s)', (lang, note, table) => {
    renderPage(lang);
    const row = readRows('sources.csv').find((s) => s.source === '2023-4.1.1-pais-entidad')!;
    const entry = document.getElementById('source-2023-4.1.1-pais-entidad')!;
    expect(entry.textContent).toContain(row[note]);
    // Nothing on the Spanish page is marked as English any more; the English page marks the Spanish section title.
    expect(entry.querySelectorAll(`[lang="${lang === 'es' ? 'en' : 'xx'}"]`).length).toBe(0);
    const paragraph = readRows('sources.csv').find((s) => s.source === '2017-2.1.1-opl')!;
    const text = document.getElementById('source-2017-2.1.1-opl')!.textContent;
    expect(text).toContain(paragraph[table]!.replace(/^texto?: /, ''));
  });

  it('puts its tables in labelled, focusable scroll regions, with captions and header scopes', () => {
    renderPage('en');
    const region = screen.getByRole('region', { name: 'Rows per file and quality flag' });
    expect(region.getAttribute('tabindex')).toBe('0');
    const table = within(region).getByRole('table', { name: /by quality flag/ });
    const row = within(table).getByRole('row', { name: /by_country_entity\.csv/ });
    const count = readRows('by_country_entity.csv').filter((r) => r.quality === 'exact').length;
    expect(row.textContent).toContain(count.toLocaleString('en-US'));
    expect(table.querySelectorAll('th[scope="row"]').length).toBe(5);
    expect(screen.getByRole('region', { name: 'The three processes side by side' })).toBeTruthy();
  });

  it('quotes the computed cut-off dates and the 2023-24 local entities', () => {
    renderPage('en');
    const table = screen.getByRole('table', { name: /as of when/ });
    const row = within(table).getByRole('row', { name: /2023-2024/ });
    expect(row.textContent).toContain('Nov 30, 2023');
    expect(row.textContent).toContain('local in 9 entities');
    expect(row.textContent).toContain('State of Mexico');
  });

  it('cites the dataset with its version and INE, and copies it with the clipboard', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    setClipboard({ writeText });
    renderPage('es');
    const citation = document.getElementById('methods-citation')!;
    expect(citation.textContent).toContain(version());
    expect(citation.textContent).toContain('Instituto Nacional Electoral');
    // No VITE_CITATION_URL in tests: the citation names no host, least of all the page's own.
    expect(citation.textContent).not.toContain(window.location.host);
    expect(document.getElementById('methods-citation-bibtex')!.textContent).toContain(`version = {${version()}}`);
    await fireEvent.click(screen.getByRole('button', { name: 'Copiar la cita' }));
    expect(writeText).toHaveBeenCalledWith(citation.textContent);
    expect(await screen.findByText('Cita copiada al portapapeles.')).toBeTruthy();
  });

  it('selects the citation instead when there is no clipboard, without throwing', async () => {
    setClipboard(undefined);
    renderPage('en');
    await fireEvent.click(screen.getByRole('button', { name: 'Copy the citation' }));
    expect(await screen.findByText(/Could not copy automatically/)).toBeTruthy();
    const selection = window.getSelection()!;
    expect(selection.rangeCount).toBe(1);
    expect(selection.getRangeAt(0).toString()).toContain(version());
  });

  it('selects the citation when the clipboard refuses (a sandboxed iframe)', async () => {
    setClipboard({ writeText: vi.fn().mockRejectedValue(new DOMException('blocked', 'NotAllowedError')) });
    renderPage('en');
    await fireEvent.click(screen.getByRole('button', { name: 'Copy the citation' }));
    expect(await screen.findByText(/Could not copy automatically/)).toBeTruthy();
  });
});

/** Key paths of nested objects; functions and strings are leaves. */
function keyPaths(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, v]) => keyPaths(v, prefix ? `${prefix}.${key}` : key));
}

describe('content', () => {
  it('has the same keys, at every depth, in Spanish and English', () => {
    expect(keyPaths(METHODS_CONTENT.en).sort()).toEqual(keyPaths(METHODS_CONTENT.es).sort());
    for (const lang of ['es', 'en'] as const) {
      for (const path of keyPaths(METHODS_CONTENT[lang])) {
        const leaf = path
          .split('.')
          .reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], METHODS_CONTENT[lang]);
        expect(typeof leaf === 'string' ? leaf.trim() : typeof leaf, `${lang}: ${path}`).not.toBe('');
      }
    }
  });

  it('makes a missing key a type error', () => {
    const { title: _title, ...missing } = METHODS_CONTENT.es;
    // @ts-expect-error `title` is required: svelte-check fails here if the type stops enforcing keys.
    const broken: MethodsContent = missing;
    expect(broken).not.toHaveProperty('title');
  });

  it('keeps markup CSP-safe: no {@html} and no inline style attributes', () => {
    const dir = resolve('src/lib/methods');
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.svelte'))) {
      const source = readFileSync(join(dir, file), 'utf8');
      expect(source, file).not.toContain('{@html');
      expect(source, file).not.toMatch(/\sstyle(:[\w-]+)?=/);
    }
  });
});
