import { describe, expect, it } from 'vitest';
import { isAdditive, pickPlace } from '../../src/lib/maps/pick';

describe('pickPlace', () => {
  it.each([
    { selected: [], code: 'ESP', additive: false, change: { kind: 'only', code: 'ESP' } },
    { selected: ['ESP'], code: 'ESP', additive: false, change: { kind: 'only', code: null } },
    { selected: ['ESP'], code: 'PRT', additive: false, change: { kind: 'only', code: 'PRT' } },
    // With several selected, a plain pick of one of them keeps that one alone.
    { selected: ['ESP', 'PRT'], code: 'ESP', additive: false, change: { kind: 'only', code: 'ESP' } },
    { selected: ['ESP'], code: 'PRT', additive: true, change: { kind: 'toggle', code: 'PRT' } },
    { selected: ['ESP', 'PRT'], code: 'PRT', additive: true, change: { kind: 'toggle', code: 'PRT' } },
    { selected: [], code: 'ESP', additive: true, change: { kind: 'toggle', code: 'ESP' } },
  ])('$selected + $code (additive: $additive)', ({ selected, code, additive, change }) => {
    expect(pickPlace(selected, code, additive)).toEqual(change);
  });
});

describe('isAdditive', () => {
  it.each([
    [{ shiftKey: false, ctrlKey: false, metaKey: false }, false],
    [{ shiftKey: true, ctrlKey: false, metaKey: false }, true],
    [{ shiftKey: false, ctrlKey: true, metaKey: false }, true],
    [{ shiftKey: false, ctrlKey: false, metaKey: true }, true],
  ])('%o → %s', (event, additive) => expect(isAdditive(event)).toBe(additive));
});
