import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';
import { csp } from './build/csp.ts';
import { dataFolder } from './build/dataFolder.ts';
import { prerender } from './build/prerender.ts';

const testing = Boolean(process.env.VITEST);

if (testing) {
  // Node re-reads TZ when it is assigned, so dates format the same on every machine.
  process.env.TZ = 'UTC';
}

export default defineConfig({
  // Relative base: dist/ works from any sub-path (GitHub Pages, a university server…).
  base: './',
  plugins: [svelte(), dataFolder('data'), csp(), prerender()],
  // Svelte 5 ships its client runtime under the `browser` condition; jsdom tests need it.
  resolve: testing
    ? { conditions: ['browser'] }
    : // Not in tests, which run Arquero whole: see build/noArrow.ts.
      { alias: { '@uwdata/flechette': fileURLToPath(new URL('./build/noArrow.ts', import.meta.url)) } },
  test: {
    environment: 'jsdom',
    include: ['test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    setupFiles: ['@testing-library/svelte/vitest', './test/setup/jsdom.ts'],
    env: { TZ: 'UTC', LANG: 'C.UTF-8' },
  },
});
