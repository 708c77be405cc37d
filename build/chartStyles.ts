/**
 * A chart of the prerendered page as standalone SVG, its look written onto it.
 * The charts take their colours from the stylesheet (classes, custom
 * properties, `light-dark()` tokens), which a rasterizer does not read. As the
 * image export does in the browser (chartImage.ts, `inlineStyles`), each
 * element's computed style is written as presentation attributes; here the
 * page is laid out by jsdom with the built stylesheet, in the light theme.
 * jsdom cascades (selectors, specificity, `:not([fill])`) but leaves `var()`
 * unresolved, so this module resolves custom properties and `light-dark()`.
 */
import { JSDOM } from 'jsdom';
import type { PreviewChart } from './previewCard.ts';

/**
 * What the charts' CSS sets, each with a value no real rule uses: a universal rule sets them first, so a
 * computed value equal to it means no rule of the page set the property, and the element keeps its own
 * attribute (a pattern fill) or inherits from its parent.
 */
const PROBES = {
  fill: 'rgb(1, 2, 3)',
  'fill-opacity': '0.0123',
  stroke: 'rgb(1, 2, 3)',
  'stroke-width': '0.0123px',
  'stroke-dasharray': '0.0123',
  'stroke-opacity': '0.0123',
  'stroke-linecap': 'square',
  opacity: '0.0123',
  'font-size': '1.23px',
  'font-weight': '123',
  display: 'run-in',
  visibility: 'collapse',
} as const;
type Probed = keyof typeof PROBES;

const PROBE_RULE = `* { ${Object.entries(PROBES)
  .map(([k, v]) => `${k}: ${v}`)
  .join('; ')} }`;

const SVG_NS = 'http://www.w3.org/2000/svg';
/** What the chart's root may set for everything inside it. */
const INHERITED: readonly Probed[] = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'font-size', 'font-weight'];

/** Attributes for the page's scripts, styles and assistive technology; a picture needs none of them. */
const DROPPED = /^(class|style|role|tabindex|aria-.*|data-.*|on.*)$/;

/** The arguments of a CSS function call starting at `open` (the index of its "("), split at top-level commas. */
function functionArgs(value: string, open: number): { args: string[]; end: number } {
  const args: string[] = [];
  let depth = 0;
  let start = open + 1;
  for (let i = open; i < value.length; i++) {
    const c = value[i];
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) {
      args.push(value.slice(start, i).trim());
      return { args, end: i + 1 };
    } else if (c === ',' && depth === 1) {
      args.push(value.slice(start, i).trim());
      start = i + 1;
    }
  }
  throw new Error(`chartStyles: unbalanced parentheses in ${value}`);
}

/**
 * `value` with each `var(--x, fallback)` replaced through `lookup` and each `light-dark(light, dark)` by its
 * light side (previews are light, as saved images are). Throws on a custom property nothing defines, so a
 * renamed token fails the build instead of painting black.
 */
export function resolveValue(value: string, lookup: (name: string) => string | null, depth = 0): string {
  if (depth > 20) throw new Error(`chartStyles: custom properties refer to each other in a loop: ${value}`);
  const match = /\b(var|light-dark)\(/.exec(value);
  if (!match) return value;
  const open = match.index + match[1].length;
  const { args, end } = functionArgs(value, open);
  let replaced: string;
  if (match[1] === 'light-dark') replaced = args[0] ?? '';
  else {
    const [name, ...fallback] = args;
    const found = lookup(name ?? '');
    if (found === null && fallback.length === 0) throw new Error(`chartStyles: ${name} is not defined`);
    replaced = found ?? fallback.join(', ');
  }
  const next = value.slice(0, match.index) + replaced + value.slice(end);
  return resolveValue(next, lookup, depth + 1);
}

export interface ChartPage {
  /** The charts `find` picks out of the page, each its `<svg>`, styled and standalone. */
  charts<K extends string>(find: Record<K, (document: Document) => Element | null>): Record<K, PreviewChart>;
}

/** The page `markup` (the prerendered body) styled by `css` (the built stylesheets), in the light theme. */
export function chartPage(markup: string, css: string): ChartPage {
  const dom = new JSDOM(
    `<!doctype html><html data-theme="light"><head><style>${PROBE_RULE}</style><style>${css}</style></head><body>${markup}</body></html>`,
  );
  const { window } = dom;

  const computed = new Map<Element, CSSStyleDeclaration>();
  const style = (el: Element): CSSStyleDeclaration => {
    const known = computed.get(el);
    if (known) return known;
    const s = window.getComputedStyle(el);
    computed.set(el, s);
    return s;
  };
  /** A custom property as the element inherits it: its own, else its nearest ancestor's. */
  const custom = (el: Element, name: string): string | null => {
    for (let node: Element | null = el; node; node = node.parentElement) {
      const value = style(node).getPropertyValue(name).trim() || (node as HTMLElement).style?.getPropertyValue(name);
      if (value) return value.trim();
    }
    return null;
  };

  /**
   * The attributes that give `root` and everything in it its look. Only read: jsdom caches computed styles
   * until the document changes, so writing them as they are read would restyle the page at each element.
   */
  function looks(root: Element): [Element, Probed, string][] {
    const out: [Element, Probed, string][] = [];
    for (const el of [root, ...root.querySelectorAll('*')]) {
      const s = style(el);
      for (const prop of Object.keys(PROBES) as Probed[]) {
        const value = s.getPropertyValue(prop).trim();
        if (value === '' || value === PROBES[prop]) continue;
        let resolved = resolveValue(value, (name) => custom(el, name));
        if (/^currentcolor$/i.test(resolved))
          resolved = resolveValue(s.getPropertyValue('color'), (n) => custom(el, n));
        out.push([el, prop, resolved]);
      }
    }
    return out;
  }

  function strip(el: Element) {
    for (const node of [...el.querySelectorAll('title, desc')]) node.remove();
    for (const node of [el, ...el.querySelectorAll('*')]) {
      for (const attr of [...node.attributes]) if (DROPPED.test(attr.name)) node.removeAttribute(attr.name);
      if (node.getAttribute('display') === 'none') node.remove();
    }
  }

  return {
    charts<K extends string>(find: Record<K, (document: Document) => Element | null>) {
      const keys = Object.keys(find) as K[];
      const svgs = keys.map((key) => {
        const svg = find[key](window.document);
        if (!svg) throw new Error(`chartStyles: the page has no ${key} chart`);
        return svg;
      });
      // Every chart's look is read before any is written: see `looks`.
      const styled = svgs.map(looks);
      for (const [el, prop, value] of styled.flat()) el.setAttribute(prop, value);

      const out = {} as Record<K, PreviewChart>;
      keys.forEach((key, i) => {
        const svg = svgs[i] as Element;
        const [, , width, height] = (svg.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
        if (!(width > 0 && height > 0)) throw new Error(`chartStyles: the ${key} chart has no viewBox`);
        strip(svg);
        // The root's own look (a font size, a text colour) moves to a group around its children, which the
        // card puts in an <svg> of its own; XML serialization, so the card's document stays well-formed.
        const group = window.document.createElementNS(SVG_NS, 'g');
        for (const prop of INHERITED) {
          const value = svg.getAttribute(prop);
          if (value !== null) group.setAttribute(prop, value);
        }
        group.append(...svg.childNodes);
        out[key] = { content: new window.XMLSerializer().serializeToString(group), width, height };
      });
      return out;
    },
  };
}
