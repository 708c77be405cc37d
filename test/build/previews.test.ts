// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { composePreviewSvg, PREVIEW_HEIGHT, PREVIEW_WIDTH } from '../../build/previewCard';
import { rasterize } from '../../build/previews';

/** Width and height from a PNG's IHDR chunk, the first after the 8-byte signature. */
function pngSize(png: Buffer) {
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(png.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

const CHART = { content: '<g><circle cx="480" cy="200" r="40" fill="#1f6f9f"/></g>', width: 960, height: 415 };

describe('rasterize', () => {
  it('draws a card, hostile text and all, as a 1,200 × 630 PNG', () => {
    const hostile = '<script>alert(1)</script> & "Ñuñoa" áéíóú ñ';
    const svg = composePreviewSvg(CHART, {
      site: hostile,
      title: hostile,
      subtitle: hostile,
      source: hostile,
      address: '',
    });
    expect(pngSize(rasterize(svg))).toEqual({ width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT });
  });

  it('refuses a card of another size', () => {
    expect(() => rasterize('<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"/>')).toThrow(/100 × 100/);
  });
});
