/**
 * public/embed.js on an article of another site, in a fresh window (a jsdom iframe) per test: what it makes of
 * the divs, and which messages move an iframe's height. The browser gate (test/e2e/scriptembed.mjs)
 * checks the same script against the real chart.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SOURCE = readFileSync(resolve('public/embed.js'), 'utf8');
const SITE = 'https://vmre.example/sub/';
const CHART = `${SITE}embed.html?embed=world&country=ESP&lang=en`;

const fallback = (chart: string) =>
  `<div data-vmre-chart="${chart}" data-vmre-title="Country of residence" data-vmre-height="900">` +
  `<a href="${SITE}?country=ESP">Country of residence</a></div>`;

/** An article of another site that includes the script (from `scriptSrc`) `times` times, in a window of its own. */
function article(body: string, { scriptSrc = `${SITE}embed.js`, times = 1 } = {}) {
  const host = document.createElement('iframe');
  document.body.append(host);
  const window = host.contentWindow as Window & typeof globalThis;
  window.document.body.innerHTML = body;
  const tag = window.document.createElement('script');
  tag.src = scriptSrc;
  // The script finds its own site through document.currentScript, as a browser sets it while it runs.
  Object.defineProperty(window.document, 'currentScript', { configurable: true, get: () => tag });
  const run = () => window.eval(SOURCE);
  for (let i = 0; i < times; i += 1) run();
  return { window, document: window.document, run };
}

const frameIn = (document: Document) => document.querySelector('iframe') as HTMLIFrameElement;

describe('the script embed', () => {
  it('turns the div into a sandboxed, full-width iframe of the chart, with its title and measured height', () => {
    const { document } = article(fallback(CHART));
    const frames = document.querySelectorAll('iframe');
    expect(frames).toHaveLength(1);
    const frame = frames[0];
    expect(frame.getAttribute('sandbox')).toBe('allow-scripts allow-popups allow-downloads');
    expect(frame.title).toBe('Country of residence');
    expect(frame.style.width).toBe('100%');
    expect(frame.style.height).toBe('900px');
    const src = new URL(frame.src);
    expect(`${src.origin}${src.pathname}`).toBe(`${SITE}embed.html`);
    expect(src.searchParams.get('embed')).toBe('world');
    expect(src.searchParams.get('childId')).toBe('vmre-embed-1');
    // Nothing of the host page travels to the chart (pym.js's Parent sends its address and title).
    expect([...src.searchParams.keys()].sort()).toEqual(['childId', 'country', 'embed', 'lang']);
    expect(document.querySelector('a')).toBeNull();
  });

  it.each([
    ['another site', 'https://elsewhere.example/embed.html?embed=world'],
    ['a javascript: address', 'javascript:alert(1)'],
    ['a data: address', 'data:text/html,<script>alert(1)</script>'],
    ['nothing', ''],
  ])('keeps the fallback link when the chart is %s', (_name, chart) => {
    const { document } = article(fallback(chart));
    expect(document.querySelector('iframe')).toBeNull();
    expect(document.querySelector('a')?.textContent).toBe('Country of residence');
    expect(document.querySelector('div')?.dataset.vmreState).toBe('refused');
  });

  it('does nothing when it cannot tell which site served it', () => {
    const { document } = article(fallback(CHART), { scriptSrc: '' });
    expect(document.querySelector('iframe')).toBeNull();
    expect(document.querySelector('a')).not.toBeNull();
  });

  it('included twice, makes one iframe per div, and the second copy mounts divs added in between', () => {
    const page = article(fallback(CHART), { times: 2 });
    expect(page.document.querySelectorAll('iframe')).toHaveLength(1);
    page.document.body.insertAdjacentHTML('beforeend', fallback(CHART.replace('world', 'mexico')));
    page.run();
    const frames = page.document.querySelectorAll('iframe');
    expect(frames).toHaveLength(2);
    expect(new URL(frames[1].src).searchParams.get('childId')).toBe('vmre-embed-2');
  });

  it('mounts a div the page adds later', async () => {
    const { document, window } = article('<main></main>');
    const wrapper = document.createElement('section');
    wrapper.innerHTML = fallback(CHART);
    document.querySelector('main')?.append(wrapper);
    // Mutation observers report at the end of the current task's microtasks, not after a delay.
    await new window.Promise<void>((done) => window.queueMicrotask(done));
    expect(document.querySelectorAll('iframe')).toHaveLength(1);
  });

  type From = 'chart' | 'host' | 'sibling';
  const pym = (height: string, id = 'vmre-embed-1') => `pymxPYMx${id}xPYMxheightxPYMx${height}`;
  const amp = (height: unknown) => ({ sentinel: 'amp', type: 'embed-size', height });
  it.each<[string, unknown, From, string, string]>([
    ["pym.js's height", pym('812'), 'chart', 'null', '812px'],
    ["AMP's embed-size", amp(812.4), 'chart', 'null', '813px'],
    ['from the chart origin itself (a frame allowed its origin)', pym('640'), 'chart', 'https://vmre.example', '640px'],
    ['too small, raised to the minimum', amp(3), 'chart', 'null', '100px'],
    ['too large, cut to the maximum', amp(1e9), 'chart', 'null', '30000px'],
    ['from the host page itself', pym('5000'), 'host', 'https://news.example', '900px'],
    ['from another frame', amp(5000), 'sibling', 'null', '900px'],
    ['from the right frame but another origin', amp(5000), 'chart', 'https://evil.example', '900px'],
    ["for another frame's id", pym('5000', 'vmre-embed-2'), 'chart', 'null', '900px'],
    ['with a unit', pym('5000px'), 'chart', 'null', '900px'],
    ['in exponent notation', pym('5e3'), 'chart', 'null', '900px'],
    ['of another pym type', 'pymxPYMxvmre-embed-1xPYMxnavigateToxPYMxhttps://evil.example', 'chart', 'null', '900px'],
    ['as a string in AMP', amp('5000'), 'chart', 'null', '900px'],
    ['not a number in AMP', amp(Number.NaN), 'chart', 'null', '900px'],
    ['infinite in AMP', amp(Number.POSITIVE_INFINITY), 'chart', 'null', '900px'],
    ['another sentinel', { sentinel: 'x', type: 'embed-size', height: 5000 }, 'chart', 'null', '900px'],
    ['empty', null, 'chart', 'null', '900px'],
  ])('a message %s sets the height to its value, or is ignored', (_name, data, from, origin, expected) => {
    const { document, window } = article(fallback(CHART) + '<iframe id="sibling"></iframe>');
    const frame = frameIn(document);
    const sibling = document.getElementById('sibling') as HTMLIFrameElement;
    const source = { chart: frame.contentWindow, host: window, sibling: sibling.contentWindow }[from];
    window.dispatchEvent(new window.MessageEvent('message', { data, origin, source }));
    expect(frame.style.height).toBe(expected);
    expect(frame.getAttribute('height')).toBe(expected.replace('px', ''));
  });
});
