/**
 * A chart as a file: the chart as drawn on the page (a map, the comparison's
 * time series), framed with its title, subtitle, legend, labels of the
 * selected places, summary, caveats and source line, as a standalone SVG,
 * and that SVG rasterized to PNG. Nothing is redrawn: the live SVG is cloned
 * and its computed styles are written onto the clone, so the file matches
 * the screen. The clone is taken once (`captureChart`, the costly part) and
 * framed as often as the reader edits the title (`composeChartSvg`).
 */
import { placeLabels, type LabelAnchor } from './placeLabels';

/** Width of exported images in CSS pixels; PNGs are rendered at twice that. */
export const EXPORT_WIDTH = 1200;
export const PNG_SCALE = 2;

export interface LegendItem {
  /** A standalone SVG drawn at its own size, with its styles written in. */
  swatch: SVGSVGElement;
  width: number;
  height: number;
  label: string;
}

export interface ChartFrame {
  title: string;
  subtitle: string;
  /** Lines under the subtitle, e.g. the active filter. */
  lines: string[];
  summary: string;
  caveats: string[];
  source: string;
  credit: string;
  url: string;
}

/** The serializer declares this namespace on the root itself; setting `xmlns` by hand would declare it twice. */
const SVG_NS = 'http://www.w3.org/2000/svg';
/** Presentation properties the map's CSS sets; copied from computed style onto the clone. */
const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'opacity',
  'font-size',
  'font-family',
  'font-weight',
  'font-style',
] as const;

const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Noto Sans, sans-serif';
const PAD = 32;
/** Type of the selected places' labels on the image. */
const LABEL_PX = 15;

/** Images are light by default (print, light articles); a dark one is for dark pages and slides. */
export type ImageTheme = 'light' | 'dark';
export const IMAGE_THEMES: readonly ImageTheme[] = ['light', 'dark'];

/** The frame's own colours in each theme: the page's --surface, --ink, --muted and --link tokens. */
const FRAME_COLOURS: Record<ImageTheme, { background: string; ink: string; muted: string; link: string }> = {
  light: { background: '#ffffff', ink: '#1a1d21', muted: '#4f5661', link: '#0b5a78' },
  dark: { background: '#1d2024', ink: '#e6e8eb', muted: '#a9b0ba', link: '#7cc6e6' },
};

/** The text the reader edits before saving an image. */
export interface ImageText {
  title: string;
  subtitle: string;
}

/** An image as an SVG document string, with its size in CSS pixels. */
export interface ComposedImage {
  svg: string;
  width: number;
  height: number;
}

/** A selected place to label: its code on the chart (`data-code`) and its text. */
export interface MarkLabel {
  code: string;
  text: string;
}

/** The chart as cloned from the page, styles written in, ready to frame. */
export interface ChartCapture {
  chart: SVGSVGElement;
  /** The chart's own coordinate system (its viewBox). */
  size: { width: number; height: number };
  legend: LegendItem[];
  /** The selected places' marks, in the chart's coordinates, with their labels. */
  anchors: LabelAnchor[];
  /** The theme the chart's styles were read in; the frame takes the same. */
  theme: ImageTheme;
}

/** Copies the computed presentation of every element of `source` onto the same element of `clone`. */
function inlineStyles(source: Element, clone: Element) {
  const computed = getComputedStyle(source);
  for (const prop of STYLE_PROPS) {
    const value = computed.getPropertyValue(prop);
    if (value) clone.setAttribute(prop, value);
  }
  clone.removeAttribute('class');
  for (const attr of ['tabindex', 'role', 'aria-pressed', 'aria-label', 'aria-describedby', 'data-focus']) {
    clone.removeAttribute(attr);
  }
  const sourceChildren = source.children;
  const cloneChildren = clone.children;
  for (let i = 0; i < sourceChildren.length; i++) inlineStyles(sourceChildren[i], cloneChildren[i]);
}

/**
 * Greedy word wrap by an estimate of glyph width (`em`, in ems per character); SVG text does not wrap by
 * itself. Bold type is wider: a 28 px bold title measured at the regular 0.55 em ran off the image.
 */
export function wrap(text: string, fontSize: number, width: number, em = 0.55): string[] {
  const perLine = Math.max(10, Math.floor(width / (fontSize * em)));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > perLine) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>) {
  const node = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

/**
 * Where each selected place's mark is on the live chart: its circle when it has one, else the middle of its
 * shape. Codes are compared as text rather than built into a selector, so no code can break the query.
 */
function markAnchors(svg: SVGSVGElement, marks: readonly MarkLabel[]): LabelAnchor[] {
  const anchors: LabelAnchor[] = [];
  const coded = [...svg.querySelectorAll<SVGGraphicsElement>('[data-code]')];
  const num = (el: Element, attr: string) => Number(el.getAttribute(attr)) || 0;
  for (const mark of marks) {
    const own = coded.filter((el) => el.getAttribute('data-code') === mark.code);
    const circles = own.filter((el) => el.localName === 'circle');
    const circle = circles.find((el) => num(el, 'r') > 0) ?? circles[0];
    if (circle) {
      anchors.push({ x: num(circle, 'cx'), y: num(circle, 'cy'), r: num(circle, 'r'), text: mark.text });
      continue;
    }
    const shape = own.find((el) => typeof el.getBBox === 'function');
    if (!shape) continue;
    const box = shape.getBBox();
    anchors.push({ x: box.x + box.width / 2, y: box.y + box.height / 2, r: 0, text: mark.text });
  }
  return anchors;
}

/**
 * Clones the chart and its legend from the page. `keepLegend` says which legend entries the image explains
 * (e.g. only the states the map shows); `marks` are the places to label.
 */
export function captureChart(
  svg: SVGSVGElement,
  legend: Element | null,
  options: { keepLegend?: (entry: Element) => boolean; marks?: readonly MarkLabel[]; theme?: ImageTheme } = {},
): ChartCapture {
  // An image has the theme the reader chose (light unless they say), whatever the page's: the styles are
  // read with that theme on, synchronously, so the page never paints it.
  const theme = options.theme ?? 'light';
  const root = document.documentElement;
  const pageTheme = root.dataset.theme;
  root.dataset.theme = theme;
  try {
    return { ...captureStyled(svg, legend, options), theme };
  } finally {
    if (pageTheme === undefined) delete root.dataset.theme;
    else root.dataset.theme = pageTheme;
  }
}

/** The chart captured in a theme the first time that theme is asked for, then the same capture again. */
export function capturesByTheme(take: (theme: ImageTheme) => ChartCapture): (theme: ImageTheme) => ChartCapture {
  const taken = new Map<ImageTheme, ChartCapture>();
  return (theme) => {
    const capture = taken.get(theme) ?? take(theme);
    taken.set(theme, capture);
    return capture;
  };
}

function captureStyled(
  svg: SVGSVGElement,
  legend: Element | null,
  options: { keepLegend?: (entry: Element) => boolean; marks?: readonly MarkLabel[] },
): Omit<ChartCapture, 'theme'> {
  const chart = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, chart);
  const [, , width, height] = (svg.getAttribute('viewBox') ?? '0 0 960 500').split(/\s+/).map(Number);
  return {
    chart,
    size: { width, height },
    legend: legend ? legendFromDom(legend, options.keepLegend) : [],
    anchors: markAnchors(svg, options.marks ?? []),
  };
}

/** The framed chart as an SVG document string, and its size. Text is set as text nodes, so whatever a title holds is escaped. */
export function composeChartSvg(capture: ChartCapture, frame: ChartFrame): ComposedImage {
  const width = EXPORT_WIDTH;
  const inner = width - 2 * PAD;
  const colours = FRAME_COLOURS[capture.theme];
  const root = el('svg', { width, height: 0, viewBox: `0 0 ${width} 0`, 'font-family': FONT });
  root.append(el('rect', { width: '100%', height: '100%', fill: colours.background }));
  let y = PAD;

  const text = (content: string, size: number, options: { weight?: number; fill?: string; gap?: number } = {}) => {
    for (const line of wrap(content, size, inner, (options.weight ?? 400) >= 600 ? 0.62 : 0.55)) {
      y += size * 1.3;
      const node = el('text', {
        x: PAD,
        y,
        'font-size': size,
        'font-weight': options.weight ?? 400,
        fill: options.fill ?? colours.ink,
      });
      node.textContent = line;
      root.append(node);
    }
    y += options.gap ?? 0;
  };

  text(frame.title, 28, { weight: 700, gap: 4 });
  text(frame.subtitle, 18, { fill: colours.muted });
  for (const line of frame.lines) text(line, 18, { weight: 600 });
  y += 12;

  // The chart as drawn, scaled to the image width, with its styles written in.
  const clone = capture.chart.cloneNode(true) as SVGSVGElement;
  const scale = inner / capture.size.width;
  const mapHeight = Math.round(capture.size.height * scale);
  const mapTop = y;
  clone.setAttribute('x', String(PAD));
  clone.setAttribute('y', String(y));
  clone.setAttribute('width', String(inner));
  clone.setAttribute('height', String(mapHeight));
  root.append(clone);

  // The selected places, named with their figures, over the chart and inside it.
  const anchors = capture.anchors.map((a) => ({ ...a, x: PAD + a.x * scale, y: mapTop + a.y * scale, r: a.r * scale }));
  const box = { x: PAD, y: mapTop, width: inner, height: mapHeight };
  for (const label of placeLabels(anchors, box, LABEL_PX)) {
    if (label.leader) {
      const { x1, y1, x2, y2 } = label.leader;
      root.append(el('line', { x1, y1, x2, y2, stroke: colours.ink, 'stroke-width': 1.25 }));
    }
    const node = el('text', {
      x: label.x,
      y: label.y,
      'font-size': LABEL_PX,
      'font-weight': 700,
      fill: colours.ink,
      stroke: colours.background,
      'stroke-width': 4,
      'stroke-linejoin': 'round',
      'paint-order': 'stroke',
      class: 'place-label',
    });
    node.textContent = label.text;
    root.append(node);
  }
  y += mapHeight + 16;

  // Legend: swatches with labels in rows, wrapped to the width.
  let x = PAD;
  let rowHeight = 0;
  for (const item of capture.legend) {
    const lines = wrap(item.label, 15, Math.min(inner * 0.6, 420));
    const labelWidth = Math.max(...lines.map((l) => l.length)) * 15 * 0.55;
    const itemWidth = item.width + 8 + labelWidth;
    const itemHeight = Math.max(item.height, lines.length * 19);
    if (x > PAD && x + itemWidth > width - PAD) {
      x = PAD;
      y += rowHeight + 10;
      rowHeight = 0;
    }
    const g = el('g', { transform: `translate(${x} ${y})` });
    item.swatch.setAttribute('x', '0');
    item.swatch.setAttribute('y', String((itemHeight - item.height) / 2));
    g.append(item.swatch);
    const top = itemHeight / 2 - ((lines.length - 1) * 19) / 2;
    lines.forEach((line, i) => {
      const label = el('text', {
        x: item.width + 8,
        y: top + i * 19,
        dy: '0.35em',
        'font-size': 15,
        fill: colours.ink,
      });
      label.textContent = line;
      g.append(label);
    });
    root.append(g);
    x += itemWidth + 24;
    rowHeight = Math.max(rowHeight, itemHeight);
  }

  if (capture.legend.length > 0) y += rowHeight + 8;
  else y -= 8;

  text(frame.summary, 18, { gap: 8 });
  for (const caveat of frame.caveats) text(`· ${caveat}`, 15, { fill: colours.muted });
  y += 8;
  text(frame.source, 15, { weight: 600 });
  text(frame.credit, 13, { fill: colours.muted });
  text(frame.url, 13, { fill: colours.link });
  y += PAD;

  const height = Math.ceil(y);
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return { svg: new XMLSerializer().serializeToString(root), width, height };
}

/**
 * The legend's swatches as drawn on the page (each an inline SVG with a text label: a caption, a span, or
 * the entry's own text), ready for composeChartSvg; entries `keep` refuses are left out.
 */
export function legendFromDom(legend: Element, keep: (entry: Element) => boolean = () => true): LegendItem[] {
  const items: LegendItem[] = [];
  for (const svg of legend.querySelectorAll<SVGSVGElement>('svg')) {
    const holder = svg.closest('li, figure');
    if (holder && !keep(holder)) continue;
    const clone = svg.cloneNode(true) as SVGSVGElement;
    inlineStyles(svg, clone);
    clone.removeAttribute('aria-hidden');
    const labelNode = (holder?.querySelector('figcaption, span:not(.sr-only)')?.cloneNode(true) ??
      holder?.cloneNode(true) ??
      null) as Element | null;
    labelNode?.querySelectorAll('svg').forEach((n) => n.remove());
    labelNode?.querySelectorAll('.sr-only').forEach((n) => n.remove());
    const label = (labelNode?.textContent ?? '').replace(/\s+/g, ' ').trim();
    items.push({
      swatch: clone,
      width: Number(svg.getAttribute('width')) || 18,
      height: Number(svg.getAttribute('height')) || 18,
      label,
    });
  }
  return items;
}

/** Rasterizes an SVG document string to a PNG blob at PNG_SCALE. */
export async function svgToPng(svg: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.width = width;
    image.height = height;
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('the chart image could not be rendered'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = width * PNG_SCALE;
    canvas.height = height * PNG_SCALE;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.scale(PNG_SCALE, PNG_SCALE);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
