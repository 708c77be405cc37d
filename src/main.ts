import { hydrate, mount } from 'svelte';
import App from './App.svelte';
import { loadData } from './lib/data/load';
import { loadGeometry } from './lib/geo/geometry';

const target = document.getElementById('app');
if (target === null) throw new Error('index.html lacks the #app element');
const root = document.documentElement;

/** Any other view than the prerendered one (or a failure to adopt it): start from an empty #app. */
function mountFresh(element: HTMLElement) {
  element.replaceChildren();
  // The boot script hid the prerendered markup; what mounts now is this address's own view.
  root.removeAttribute('data-boot');
  mount(App, { target: element });
  live();
}

/** Says the page now answers the reader (tests and the bench wait for it; the prerendered page does not). */
function live() {
  root.dataset.app = 'live';
  performance.mark('vmre:live');
}

if (target.hasAttribute('data-prerendered') && root.dataset.boot !== 'client') {
  // The reader already sees the default view, drawn at build time. Adopt it once the data and shapes are
  // in hand, so the first render matches the markup. If any of them fails, the app itself loads again
  // and says which file, as it does without a prerender.
  Promise.all([loadData(), loadGeometry('world'), loadGeometry('mexico')]).then(
    ([data, world, mexico]) => {
      hydrate(App, { target, props: { preloaded: { data, geometry: { world, mexico } } } });
      live();
    },
    () => mountFresh(target),
  );
} else {
  mountFresh(target);
}
