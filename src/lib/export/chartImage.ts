/**
 * A chart as a file: the map as drawn on the page, framed with its title,
 * subtitle, legend, summary, caveats and source line, as a standalone SVG,
 * and that SVG rasterized to PNG. Nothing is redrawn: the live SVG is cloned
 * and its computed styles are written onto the clone, so the file matches
 * the screen.
 */

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
  legend: LegendItem[];
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
] as const;

const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, Noto Sans, sans-serif';
const PAD = 32;

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

/** Greedy word wrap by an estimate of glyph width; SVG text does not wrap by itself. */
export function wrap(text: string, fontSize: number, width: number): string[] {
  const perLine = Math.max(10, Math.floor(width / (fontSize * 0.55)));
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

/** The framed chart as an SVG document string, and its size. */
export function composeChartSvg(map: SVGSVGElement, frame: ChartFrame): { svg: string; width: number; height: number } {
  const width = EXPORT_WIDTH;
  const inner = width - 2 * PAD;
  const root = el('svg', { width, height: 0, viewBox: `0 0 ${width} 0`, 'font-family': FONT });
  root.append(el('rect', { width: '100%', height: '100%', fill: '#ffffff' }));
  let y = PAD;

  const text = (content: string, size: number, options: { weight?: number; fill?: string; gap?: number } = {}) => {
    for (const line of wrap(content, size, inner)) {
      y += size * 1.3;
      const node = el('text', {
        x: PAD,
        y,
        'font-size': size,
        'font-weight': options.weight ?? 400,
        fill: options.fill ?? '#1a1d21',
      });
      node.textContent = line;
      root.append(node);
    }
    y += options.gap ?? 0;
  };

  text(frame.title, 28, { weight: 700, gap: 4 });
  text(frame.subtitle, 18, { fill: '#4f5661' });
  for (const line of frame.lines) text(line, 18, { weight: 600 });
  y += 12;

  // The live map, scaled to the image width, with its styles written in.
  const clone = map.cloneNode(true) as SVGSVGElement;
  inlineStyles(map, clone);
  const [, , vw, vh] = (map.getAttribute('viewBox') ?? '0 0 960 500').split(/\s+/).map(Number);
  const mapHeight = Math.round((inner * vh) / vw);
  clone.setAttribute('x', String(PAD));
  clone.setAttribute('y', String(y));
  clone.setAttribute('width', String(inner));
  clone.setAttribute('height', String(mapHeight));
  root.append(clone);
  y += mapHeight + 16;

  // Legend: swatches with labels in rows, wrapped to the width.
  let x = PAD;
  let rowHeight = 0;
  for (const item of frame.legend) {
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
      const label = el('text', { x: item.width + 8, y: top + i * 19, dy: '0.35em', 'font-size': 15, fill: '#1a1d21' });
      label.textContent = line;
      g.append(label);
    });
    root.append(g);
    x += itemWidth + 24;
    rowHeight = Math.max(rowHeight, itemHeight);
  }
  y += rowHeight + 8;

  text(frame.summary, 18, { gap: 8 });
  for (const caveat of frame.caveats) text(`· ${caveat}`, 15, { fill: '#4f5661' });
  y += 8;
  text(frame.source, 15, { weight: 600 });
  text(frame.credit, 13, { fill: '#4f5661' });
  text(frame.url, 13, { fill: '#0b5a78' });
  y += PAD;

  const height = Math.ceil(y);
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return { svg: new XMLSerializer().serializeToString(root), width, height };
}

/** The legend's swatches as drawn on the page (each an inline SVG with a text label), ready for composeChartSvg. */
export function legendFromDom(legend: Element): LegendItem[] {
  const items: LegendItem[] = [];
  for (const svg of legend.querySelectorAll<SVGSVGElement>('svg')) {
    const clone = svg.cloneNode(true) as SVGSVGElement;
    inlineStyles(svg, clone);
    clone.removeAttribute('aria-hidden');
    const holder = svg.closest('li, figure');
    const labelNode = (holder?.querySelector('figcaption, span:not(.sr-only)')?.cloneNode(true) ??
      null) as Element | null;
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
