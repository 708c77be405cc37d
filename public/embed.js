/*
 * The VMRE explorer's script embed, for the pages of other sites:
 *
 *   <div data-vmre-chart="https://<this site>/embed.html?embed=world&…" data-vmre-title="…">
 *     …a link to the chart and a line of text, for readers without JavaScript…
 *   </div>
 *   <script async src="https://<this site>/embed.js"></script>
 *
 * Each such div becomes an iframe of that chart, sandboxed as the other snippets are
 * (scripts, popups and downloads; never allow-same-origin), as wide as its column and as
 * tall as the chart says it is. The chart says so in two ways (src/lib/embed/resize.ts):
 * pym.js's string `pymxPYMx<id>xPYMxheightxPYMx<pixels>` and AMP's object
 * `{ sentinel: 'amp', type: 'embed-size', height: <pixels> }`. Nothing else is read.
 *
 * Why it is safe for the page that includes it:
 * - a message counts only if it comes from one of the iframes this script made
 *   (`event.source`), and from the chart's origin or "null": a frame sandboxed without
 *   allow-same-origin has an opaque origin, which every browser reports as "null", so the
 *   source check is what ties a message to its frame;
 * - a message is only ever read as a height: a whole number, clamped to [MIN, MAX], written
 *   to that frame's style. No eval, no HTML parsed, no navigation, no other message type;
 * - charts come only from the site that served this script (a div pointing elsewhere keeps
 *   its fallback), over http(s);
 * - it reads nothing of the page but the divs it is given: not the title, not the address,
 *   not cookies (pym.js's own Parent sends the page's address and title to the chart).
 * Plain ES2017, not minified, so an editor can read what they paste; the build's gate
 * keeps it under 4 kB gzipped.
 */
(function () {
  'use strict';

  var MIN = 100;
  var MAX = 30000;
  var DELIMITER = 'xPYMx';

  var script = document.currentScript;
  var home = script && script.src ? new URL(script.src, document.baseURI).origin : null;
  // Included twice (two embeds in one article, each with its script): the first copy does the work.
  var ready = window.__vmreEmbed;
  if (typeof ready === 'function') {
    ready();
    return;
  }
  if (!home) return;

  /** The iframes this script made: { frame, id, origin }. */
  var frames = [];
  var count = 0;

  /** The chart's address, if it is an http(s) page of this script's site; otherwise null. */
  function chartUrl(value) {
    var url;
    try {
      url = new URL(value || '', document.baseURI);
      // eslint-disable-next-line @typescript-eslint/no-unused-vars -- ES2017 has no catch without a binding.
    } catch (error) {
      return null;
    }
    if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.origin !== home) return null;
    return url;
  }

  /** A height in pixels from one of the two messages the chart sends, or null. */
  function heightOf(data, id) {
    var height = NaN;
    if (typeof data === 'string') {
      var parts = data.split(DELIMITER);
      if (parts.length === 4 && parts[0] === 'pym' && parts[1] === id && parts[2] === 'height') {
        if (/^\d{1,6}(\.\d+)?$/.test(parts[3])) height = Number(parts[3]);
      }
    } else if (data && typeof data === 'object' && data.sentinel === 'amp' && data.type === 'embed-size') {
      if (typeof data.height === 'number') height = data.height;
    }
    return clamp(height);
  }

  function clamp(height) {
    return isFinite(height) ? Math.min(MAX, Math.max(MIN, Math.ceil(height))) : null;
  }

  function setHeight(frame, height) {
    frame.style.height = height + 'px';
    frame.setAttribute('height', String(height));
  }

  function mount(div) {
    if (div.hasAttribute('data-vmre-state')) return;
    var url = chartUrl(div.getAttribute('data-vmre-chart'));
    if (!url) {
      // The fallback link stays: the reader still reaches the chart.
      div.setAttribute('data-vmre-state', 'refused');
      return;
    }
    count += 1;
    var id = 'vmre-embed-' + count;
    // pym.js's child writes this id into its messages.
    url.searchParams.set('childId', id);
    var frame = document.createElement('iframe');
    frame.src = url.href;
    frame.title = div.getAttribute('data-vmre-title') || div.textContent.trim().slice(0, 200) || 'Chart';
    frame.setAttribute('sandbox', 'allow-scripts allow-popups allow-downloads');
    frame.setAttribute('width', '100%');
    frame.setAttribute('scrolling', 'no');
    frame.setAttribute('loading', 'lazy');
    frame.style.width = '100%';
    frame.style.border = '0';
    frame.style.display = 'block';
    // The height the Embed dialog measured at the editor's column, until the chart says its own.
    var first = clamp(parseFloat(div.getAttribute('data-vmre-height')));
    setHeight(frame, first === null ? 720 : first);
    while (div.firstChild) div.removeChild(div.firstChild);
    div.appendChild(frame);
    div.setAttribute('data-vmre-state', 'ready');
    frames.push({ frame: frame, id: id, origin: url.origin });
  }

  function scan() {
    var divs = document.querySelectorAll('div[data-vmre-chart]');
    for (var i = 0; i < divs.length; i += 1) mount(divs[i]);
  }

  window.addEventListener('message', function (event) {
    if (!event.source) return;
    for (var i = 0; i < frames.length; i += 1) {
      var entry = frames[i];
      if (event.source !== entry.frame.contentWindow) continue;
      if (event.origin !== entry.origin && event.origin !== 'null') return;
      var height = heightOf(event.data, entry.id);
      if (height !== null) setHeight(entry.frame, height);
      return;
    }
  });

  Object.defineProperty(window, '__vmreEmbed', { value: scan });
  scan();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scan);
  // Divs added later (an article's "load more", a CMS that renders late): only added elements are looked at.
  if (typeof MutationObserver === 'function') {
    new MutationObserver(function (records) {
      for (var i = 0; i < records.length; i += 1) {
        var added = records[i].addedNodes;
        for (var j = 0; j < added.length; j += 1) {
          var node = added[j];
          if (node.nodeType !== 1) continue;
          if (node.matches('div[data-vmre-chart]')) mount(node);
          else if (node.querySelector('div[data-vmre-chart]')) scan();
        }
      }
    }).observe(document.documentElement, { childList: true, subtree: true });
  }
})();
