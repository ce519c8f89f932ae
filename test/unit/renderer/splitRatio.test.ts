import { describe, expect, it } from 'vitest';
import { clampSplit, splitAfterKey, splitLimits } from '../../../renderer/src/layout/splitRatio';

describe('split ratio', () => {
  it('clamps to the limits and survives garbage', () => {
    expect(clampSplit(5)).toBe(splitLimits.min);
    expect(clampSplit(95)).toBe(splitLimits.max);
    expect(clampSplit(Number.NaN)).toBe(splitLimits.initial);
    expect(clampSplit(40.26)).toBe(40.3);
  });

  it('moves by small and large steps and jumps with Home/End', () => {
    expect(splitAfterKey(40, 'ArrowRight', false)).toBe(42);
    expect(splitAfterKey(40, 'ArrowLeft', true)).toBe(30);
    expect(splitAfterKey(69, 'ArrowUp', false)).toBe(splitLimits.max);
    expect(splitAfterKey(40, 'Home', false)).toBe(splitLimits.min);
    expect(splitAfterKey(40, 'End', false)).toBe(splitLimits.max);
    expect(splitAfterKey(40, 'a', false)).toBeNull();
  });
});
