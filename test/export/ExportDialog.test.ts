import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ExportDialog from '../../src/lib/export/ExportDialog.svelte';
import type { ImageText, ImageTheme } from '../../src/lib/export/chartImage';
import type { Lang } from '../../src/lib/i18n/translate';
import { langContext } from '../helpers/context';

// jsdom has no modal dialogs: these stand in for the browser's (the phone and share gates use the real ones).
beforeEach(() => {
  HTMLDialogElement.prototype.showModal = function () {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close = function () {
    this.removeAttribute('open');
    this.dispatchEvent(new Event('close'));
  };
  URL.createObjectURL = vi.fn(() => 'blob:preview');
  URL.revokeObjectURL = vi.fn();
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.innerHTML = '';
});

function show(lang: Lang = 'es') {
  const opener = document.createElement('button');
  opener.textContent = 'abrir';
  document.body.append(opener);
  opener.focus();
  const seen: ImageText[] = [];
  const themes: ImageTheme[] = [];
  const compose = (text: ImageText, theme: ImageTheme) => {
    seen.push(text);
    themes.push(theme);
    return {
      svg: `<svg xmlns="http://www.w3.org/2000/svg"><text>${text.title} (${theme})</text></svg>`,
      width: 10,
      height: 10,
    };
  };
  const onclose = vi.fn();
  const result = render(ExportDialog, {
    props: {
      chart: lang === 'es' ? 'País de residencia' : 'Country of residence',
      defaults: {
        title: 'Dónde viven quienes se registraron desde Jalisco',
        subtitle: 'Solicitudes recibidas · 2023–2024',
      },
      compose,
      baseName: 'vmre_2023-2024_received_by-country',
      onclose,
    },
    context: langContext(lang),
  });
  return { ...result, seen, themes, onclose, opener };
}

describe('ExportDialog', () => {
  it('opens as a labelled modal with the headline and subtitle prefilled (es)', () => {
    const { seen } = show('es');
    const dialog = screen.getByRole('dialog', { name: 'Guardar como imagen: País de residencia' });
    expect(dialog.hasAttribute('open')).toBe(true);
    expect(screen.getByLabelText<HTMLInputElement>('Título').value).toBe(
      'Dónde viven quienes se registraron desde Jalisco',
    );
    expect(screen.getByLabelText<HTMLTextAreaElement>('Subtítulo').value).toBe('Solicitudes recibidas · 2023–2024');
    expect(seen.at(-1)).toEqual({
      title: 'Dónde viven quienes se registraron desde Jalisco',
      subtitle: 'Solicitudes recibidas · 2023–2024',
    });
    expect(screen.getByRole('img', { name: /Vista previa de la imagen/ }).getAttribute('src')).toBe('blob:preview');
  });

  it('labels its fields and buttons in English', () => {
    show('en');
    screen.getByRole('dialog', { name: 'Save as an image: Country of residence' });
    screen.getByLabelText('Title');
    screen.getByLabelText('Subtitle');
    for (const name of ['Download PNG', 'Download SVG', 'Close', 'Back to the suggested text'])
      screen.getByRole('button', { name });
  });

  it('frames the image with the edited title, goes back to the suggestion on reset, and saves the SVG under the view’s name', async () => {
    const { seen } = show('es');
    const title = screen.getByLabelText<HTMLInputElement>('Título');
    await fireEvent.input(title, { target: { value: 'Mi titular <editado>' } });
    expect(seen.at(-1)?.title).toBe('Mi titular <editado>');

    const saved: { name: string; blob: Blob }[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved.push({ name: '', blob: blob as Blob });
      return 'blob:file';
    });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved[saved.length - 1].name = this.download;
    });
    await fireEvent.click(screen.getByRole('button', { name: 'Descargar SVG' }));
    expect(click).toHaveBeenCalledOnce();
    expect(saved.at(-1)?.name).toBe('vmre_2023-2024_received_by-country.svg');
    expect(await saved.at(-1)!.blob.text()).toContain('Mi titular <editado>');
    await screen.findByText('Descargado: vmre_2023-2024_received_by-country.svg');

    await fireEvent.click(screen.getByRole('button', { name: 'Volver al texto propuesto' }));
    expect(title.value).toBe('Dónde viven quienes se registraron desde Jalisco');
    expect(seen.at(-1)?.title).toBe('Dónde viven quienes se registraron desde Jalisco');
  });

  it('saves a light image unless the reader picks the dark theme, whose file says so', async () => {
    const { themes } = show('en');
    expect(themes.at(-1)).toBe('light');
    expect(screen.getByRole<HTMLInputElement>('radio', { name: 'Light, for print' }).checked).toBe(true);
    await fireEvent.click(screen.getByRole('radio', { name: 'Dark' }));
    expect(themes.at(-1)).toBe('dark');

    const saved: { name: string; blob: Blob }[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      saved.push({ name: '', blob: blob as Blob });
      return 'blob:file';
    });
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved[saved.length - 1].name = this.download;
    });
    await fireEvent.click(screen.getByRole('button', { name: 'Download SVG' }));
    expect(saved.at(-1)?.name).toBe('vmre_2023-2024_received_by-country_dark.svg');
    expect(await saved.at(-1)!.blob.text()).toContain('(dark)');
  });

  it('closes and hands focus back to the button that opened it', async () => {
    const { onclose, opener } = show('es');
    screen.getByLabelText<HTMLInputElement>('Título').focus();
    (screen.getByRole('dialog') as HTMLDialogElement).close();
    expect(onclose).toHaveBeenCalledOnce();
    expect(document.activeElement).toBe(opener);
  });
});
