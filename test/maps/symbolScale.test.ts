import { describe, expect, it } from 'vitest';
import { MIN_RADIUS, legendValues, maxRadiusFor, symbolScale } from '../../src/lib/maps/symbolScale';
import { MAPS } from '../../src/lib/maps/map.constants';

describe('symbolScale', () => {
  it('makes circle areas proportional to counts', () => {
    const { radius } = symbolScale(40000, 40);
    const area = (v: number) => Math.PI * radius(v) ** 2;
    expect(area(40000) / area(10000)).toBeCloseTo(4, 10);
    expect(radius(40000)).toBe(40);
  });

  it('keeps tiny counts visible at the minimum radius and says below which count that happens', () => {
    const scale = symbolScale(35875, 40);
    expect(scale.radius(1)).toBe(MIN_RADIUS);
    expect(scale.radius(0)).toBe(0);
    expect(scale.floorValue).toBeCloseTo(35875 * (MIN_RADIUS / 40) ** 2, 6);
    expect(scale.radius(scale.floorValue * 4)).toBeCloseTo(2 * MIN_RADIUS, 6);
  });

  it('tells Canada, Spain and Germany apart (2023-24 counts)', () => {
    const { radius } = symbolScale(35875, maxRadiusFor(960, MAPS.world.radius));
    const [can, esp, deu] = [3927, 2610, 1593].map(radius);
    expect(can - esp).toBeGreaterThan(1.5);
    expect(esp - deu).toBeGreaterThan(1.5);
  });

  it('picks round legend values within the data', () => {
    expect(legendValues(35875)).toEqual([20000, 2000, 200]);
    expect(legendValues(724)).toEqual([500, 50, 5]);
    expect(legendValues(3)).toEqual([2, 1]);
    expect(legendValues(0)).toEqual([]);
  });

  it('bounds the largest radius by the map width', () => {
    expect(maxRadiusFor(360, MAPS.world.radius)).toBe(16.363636363636363);
    expect(maxRadiusFor(4000, MAPS.world.radius)).toBe(44);
    expect(maxRadiusFor(100, MAPS.mexico.radius)).toBe(14);
  });
});
