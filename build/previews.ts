/**
 * The link previews, drawn at build time: for each chart of the default view
 * (world map, Mexico map, national comparison) and each language, the chart
 * as the page draws it (build/previewEntry.ts, styled by build/chartStyles.ts)
 * framed on a 1,200 × 630 card (build/previewCard.ts) and rasterized by resvg
 * to dist/og/<chart>-<lang>.png. resvg reads no web fonts and, here, no
 * system fonts either: the card is drawn with Noto Sans from node_modules, so
 * it looks the same on every machine that builds it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { chartPage } from './chartStyles.ts';
import {
  PREVIEW_FONT,
  PREVIEW_HEIGHT,
  PREVIEW_WIDTH,
  composePreviewSvg,
  escapeXml,
  type Measure,
} from './previewCard.ts';
import { previewFile } from './previewMeta.ts';
import type { PreviewName, PreviewPage } from './previewEntry.ts';

const require = createRequire(import.meta.url);
const FONT_DIR = dirname(require.resolve('@expo-google-fonts/noto-sans/package.json'));
/** The weights the card and the charts use. */
const FONT_FILES = ['400Regular', '600SemiBold', '700Bold'].map((w) => join(FONT_DIR, w, `NotoSans_${w}.ttf`));

export interface WrittenPreview {
  file: string;
  bytes: number;
}

const FONT_OPTIONS = {
  loadSystemFonts: false,
  fontFiles: FONT_FILES,
  defaultFontFamily: PREVIEW_FONT,
  sansSerifFamily: PREVIEW_FONT,
};

const widths = new Map<string, number>();
/** A text's width as resvg sets it in the card's font (from x = 0 to the right of its ink), so lines fill the card. */
const measureText: Measure = (text, size, weight) => {
  const key = `${size}|${weight}|${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="200"><text x="0" y="150" font-family="${PREVIEW_FONT}" font-size="${size}" font-weight="${weight}">${escapeXml(text)}</text></svg>`;
    const box = new Resvg(svg, { font: FONT_OPTIONS, logLevel: 'error' }).getBBox();
    width = box ? box.x + box.width : 0;
    widths.set(key, width);
  }
  return width;
};

/** Rasterizes one card; throws unless it comes out exactly 1,200 × 630. */
export function rasterize(svg: string): Buffer {
  const image = new Resvg(svg, {
    background: '#ffffff',
    fitTo: { mode: 'original' },
    font: FONT_OPTIONS,
    logLevel: 'error',
  }).render();
  if (image.width !== PREVIEW_WIDTH || image.height !== PREVIEW_HEIGHT) {
    throw new Error(
      `previews: a card came out ${image.width} × ${image.height}, not ${PREVIEW_WIDTH} × ${PREVIEW_HEIGHT}`,
    );
  }
  return image.asPng();
}

/**
 * Writes every preview under `outDir`.
 * @param css the built stylesheets, which give the charts their look.
 * @param address the site's address without its scheme, printed on the cards; '' for none.
 */
export function writePreviews(pages: readonly PreviewPage[], css: string, outDir: string, address: string) {
  mkdirSync(join(outDir, 'og'), { recursive: true });
  const written: WrittenPreview[] = [];
  for (const page of pages) {
    const charts = chartPage(page.markup, css).charts(page.find);
    for (const name of Object.keys(charts) as PreviewName[]) {
      const png = rasterize(composePreviewSvg(charts[name], { ...page.words[name], address }, measureText));
      const file = previewFile(name, page.lang);
      writeFileSync(join(outDir, file), png);
      written.push({ file, bytes: png.length });
    }
  }
  return written;
}
