import { fireEvent, render, screen } from '@testing-library/svelte';
import { createRawSnippet } from 'svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import NearViewport from '../../src/lib/ui/NearViewport.svelte';

const children = createRawSnippet(() => ({ render: () => '<p>the comparison</p>' }));

/** An IntersectionObserver the test drives: `enter()` says the placeholder came near the viewport. */
function stubObserver() {
  const observers: ((entries: { isIntersecting: boolean }[]) => void)[] = [];
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      constructor(callback: (entries: { isIntersecting: boolean }[]) => void) {
        observers.push(callback);
      }
      observe() {}
      disconnect() {}
    },
  );
  return { enter: () => observers.forEach((callback) => callback([{ isIntersecting: true }])) };
}

afterEach(() => {
  vi.unstubAllGlobals();
  window.location.hash = '';
});

describe('NearViewport', () => {
  it('holds a placeholder with the anchor and a button until the content comes near', async () => {
    const observer = stubObserver();
    const { container } = render(NearViewport, {
      props: { id: 'comparison', label: 'Mostrar la comparación', children },
    });
    expect(screen.queryByText('the comparison')).toBeNull();
    expect(container.querySelector('#comparison')).not.toBeNull();
    observer.enter();
    expect(await screen.findByText('the comparison')).toBeTruthy();
  });

  it('builds the content when its button is pressed (keyboards, screen readers)', async () => {
    stubObserver();
    render(NearViewport, { props: { label: 'Mostrar la comparación', children } });
    await fireEvent.click(screen.getByRole('button', { name: 'Mostrar la comparación' }));
    expect(screen.getByText('the comparison')).toBeTruthy();
  });

  it('builds at once when printing, when the address links to it, or when asked to', async () => {
    stubObserver();
    render(NearViewport, { props: { label: 'a', children } });
    window.dispatchEvent(new Event('beforeprint'));
    expect(await screen.findByText('the comparison')).toBeTruthy();
    window.location.hash = '#comparison';
    render(NearViewport, { props: { id: 'comparison', label: 'b', children } });
    expect(screen.getAllByText('the comparison')).toHaveLength(2);
    render(NearViewport, { props: { label: 'c', eager: true, children } });
    expect(screen.getAllByText('the comparison')).toHaveLength(3);
  });

  it('builds at once where no IntersectionObserver exists, rather than never', () => {
    vi.stubGlobal('IntersectionObserver', undefined);
    render(NearViewport, { props: { label: 'a', children } });
    expect(screen.getByText('the comparison')).toBeTruthy();
  });
});
