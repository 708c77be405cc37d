/**
 * A link preview ("social card"): one chart of the default view, fitted on a
 * light 1,200 × 630 card with the site's name, a headline, the chart's
 * subtitle and the source line with its cut-off date, as an SVG document that
 * build/previews.ts rasterizes. Pure: the chart arrives already styled
 * (build/chartStyles.ts), and every text is escaped here, so a place name or
 * title holding markup stays text.
 */
/** The size Facebook, WhatsApp, X and LinkedIn show large (1.91:1). */
export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

/** The one font the card is drawn with; build/previews.ts loads its files and nothing else. */
export const PREVIEW_FONT = 'Noto Sans';

export interface PreviewText {
  /** The site's name, on top. */
  site: string;
  /** The headline the image export starts with (src/lib/export/headline.ts). */
  title: string;
  /** The chart's subtitle as the page prints it: measure, process, cut-off. */
  subtitle: string;
  /** The image export's source line: attribution and cut-off date. */
  source: string;
  /** The site's address without the scheme, printed top right; '' when the build has none. */
  address: string;
}

/** A chart as standalone SVG content: its markup inside the root, and its viewBox size. */
export interface PreviewChart {
  content: string;
  width: number;
  height: number;
}

const INK = '#1a1d21';
const MUTED = '#4f5661';
const ACCENT = '#0b5a78';
const RULE = '#dcdfe3';
const PAD = 56;
/**
 * The width of `text` set at `size` px and `weight`. The build measures with the card's font
 * (build/previews.ts); without it, an estimate a little wider than chartImage's (0.55 em a glyph), bold more so.
 */
export type Measure = (text: string, size: number, weight: number) => number;
export const estimateWidth: Measure = (text, size, weight) => text.length * size * (weight >= 600 ? 0.62 : 0.57);

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/**
 * `text` wrapped by words to `width` at `size`, at most `max` lines; what does not fit ends the last line
 * with "…" (a word longer than a line is cut too), so a long name cannot run off the card or over the chart.
 */
export function fitLines(
  text: string,
  size: number,
  width: number,
  max: number,
  weight = 400,
  measure: Measure = estimateWidth,
): string[] {
  const fits = (line: string) => measure(line, size, weight) <= width;
  /** The longest start of `line` that fits with an ellipsis after it. */
  const cut = (line: string) => {
    let end = line.length;
    while (end > 1 && !fits(`${line.slice(0, end).trimEnd()}…`)) end--;
    return `${line.slice(0, end).trimEnd()}…`;
  };
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/[ \t\n]+/).filter(Boolean)) {
    const joined = line ? `${line} ${word}` : word;
    if (fits(joined) || !line) line = joined;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  const shown = lines.slice(0, max).map((l) => (fits(l) ? l : cut(l)));
  if (lines.length > max && shown.length > 0) {
    const last = shown[shown.length - 1] as string;
    shown[shown.length - 1] = fits(`${last}…`) ? `${last}…` : cut(last.replace(/…$/, ''));
  }
  return shown;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Line {
  text: string;
  size: number;
  weight: number;
  fill: string;
  /** Distance from the previous line's baseline (or the block's top) to this one's. */
  advance: number;
}

/** The largest of `sizes` at which the title fits in `max` lines; else the smallest, cut. */
function titleLines(title: string, width: number, sizes: readonly number[], max: number, measure: Measure): Line[] {
  const smallest = sizes[sizes.length - 1] ?? 32;
  const size =
    sizes.find((s) => fitLines(title, s, width, Number.POSITIVE_INFINITY, 700, measure).length <= max) ?? smallest;
  return fitLines(title, size, width, max, 700, measure).map((text) => ({
    text,
    size,
    weight: 700,
    fill: INK,
    advance: Math.round(size * 1.18),
  }));
}

/**
 * The subtitle broken between its parts ("Solicitudes recibidas · 2023–2024 · Corte al 30 nov 2023") rather
 * than inside a date, when each part fits a line; else by words.
 */
function subtitleLines(subtitle: string, width: number, max: number, measure: Measure): string[] {
  const glued = subtitle
    .split(' · ')
    .map((part) => part.replace(/ /g, '\u00a0'))
    .join(' · ');
  const lines = fitLines(glued, 23, width, max, 400, measure);
  const whole = lines.every((line) => !line.endsWith('…'));
  return (whole ? lines : fitLines(subtitle, 23, width, max, 400, measure)).map((line) => line.replace(/\u00a0/g, ' '));
}

function textBlock(lines: readonly Line[], x: number, top: number): { svg: string; bottom: number } {
  let y = top;
  const parts = lines.map((line) => {
    y += line.advance;
    return `<text x="${x}" y="${y}" font-size="${line.size}" font-weight="${line.weight}" fill="${line.fill}">${escapeXml(line.text)}</text>`;
  });
  return { svg: parts.join(''), bottom: y };
}

/** The chart scaled to fit `box` whole, centred in it. */
function fitted(chart: PreviewChart, box: Box): string {
  const scale = Math.min(box.width / chart.width, box.height / chart.height);
  const width = chart.width * scale;
  const height = chart.height * scale;
  const x = box.x + (box.width - width) / 2;
  const y = box.y + (box.height - height) / 2;
  const r = (n: number) => Math.round(n * 100) / 100;
  return `<svg x="${r(x)}" y="${r(y)}" width="${r(width)}" height="${r(height)}" viewBox="0 0 ${chart.width} ${chart.height}" preserveAspectRatio="xMidYMid meet" overflow="hidden">${chart.content}</svg>`;
}

/**
 * The card as an SVG document. A wide chart (the world map, the comparison) goes under the text, across the
 * card; a squarer one (the Mexico map) beside it, so it is drawn as large as the card allows.
 */
export function composePreviewSvg(chart: PreviewChart, text: PreviewText, measure: Measure = estimateWidth): string {
  const W = PREVIEW_WIDTH;
  const H = PREVIEW_HEIGHT;
  const inner = W - 2 * PAD;
  const side = chart.width / chart.height < 1.9;

  // The source line across the foot of the card, under a rule.
  const sourceLines = fitLines(text.source, 19, inner, 2, 400, measure);
  const footTop = H - 30 - sourceLines.length * 25;
  const foot = textBlock(
    sourceLines.map((line) => ({ text: line, size: 19, weight: 400, fill: MUTED, advance: 25 })),
    PAD,
    footTop - 6,
  );

  // The site's name, and its address on the right when there is room for both.
  const siteSize = 21;
  const site = fitLines(text.site, siteSize, inner, 1, 700, measure)[0] ?? '';
  const addressFits =
    text.address !== '' &&
    measure(site, siteSize, 700) + 40 + measure(text.address, siteSize, 400) <= inner &&
    !text.address.includes(' ');
  const top = [
    `<rect width="${W}" height="8" fill="${ACCENT}"/>`,
    `<text x="${PAD}" y="58" font-size="${siteSize}" font-weight="700" fill="${ACCENT}">${escapeXml(site)}</text>`,
    addressFits
      ? `<text x="${W - PAD}" y="58" font-size="${siteSize}" fill="${MUTED}" text-anchor="end">${escapeXml(text.address)}</text>`
      : '',
  ].join('');

  const columnWidth = side ? 480 : inner;
  const title = titleLines(text.title, columnWidth, side ? [42, 38, 34] : [48, 42, 36], side ? 4 : 2, measure);
  const subtitle = subtitleLines(text.subtitle, columnWidth, side ? 3 : 2, measure).map((line, i) => ({
    text: line,
    size: 23,
    weight: 400,
    fill: MUTED,
    advance: i === 0 ? 42 : 30,
  }));
  const heading = textBlock([...title, ...subtitle], PAD, 84);

  const box: Box = side
    ? { x: PAD + columnWidth + 24, y: 84, width: W - PAD - (PAD + columnWidth + 24), height: footTop - 84 - 28 }
    : { x: PAD, y: heading.bottom + 20, width: inner, height: footTop - heading.bottom - 20 - 24 };

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="${PREVIEW_FONT}">`,
    `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
    top,
    heading.svg,
    fitted(chart, box),
    `<line x1="${PAD}" x2="${W - PAD}" y1="${footTop - 12}" y2="${footTop - 12}" stroke="${RULE}" stroke-width="1.5"/>`,
    foot.svg,
    '</svg>',
  ].join('');
}
