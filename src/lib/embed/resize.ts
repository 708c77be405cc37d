/**
 * Tells the page that embeds this chart how tall it is, so the iframe fits
 * its content: through pym.js, the protocol newsroom CMSes speak, and through
 * AMP's `embed-size` message for `<amp-iframe resizable>`. Sent on start and
 * whenever the body's size changes: data loaded, language switched, window
 * resized, a table opened. Needs no storage or cookies, so it works in an
 * iframe sandboxed with `allow-scripts` only.
 */
import pym from 'pym.js';

export interface EmbedResizing {
  /** Sends the height now, e.g. after the language changed, even if the size did not. */
  send: () => void;
  stop: () => void;
}

export function startEmbedResizing(): EmbedResizing {
  const child = new pym.Child({});
  let frame = 0;
  const send = () => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      const height = child.sendHeight();
      window.parent.postMessage({ sentinel: 'amp', type: 'embed-size', height: Number(height) }, '*');
    });
  };
  const observer = new ResizeObserver(send);
  observer.observe(document.body);
  send();
  return {
    send,
    stop: () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
      child.remove();
    },
  };
}
