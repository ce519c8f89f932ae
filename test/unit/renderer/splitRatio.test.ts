import { describe, expect, it } from 'vitest';
import { clampSplit, splitAfterKey, splitBoundsFor, splitInitialFor, splitInitialPixels, splitLimits, splitMinPixels } from '../../../renderer/src/layout/splitRatio';

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

  it('keeps each side at its minimum width in pixels', () => {
    // Wide windows: the percentage limits.
    expect(splitBoundsFor(1440)).toEqual({ min: splitLimits.min, max: splitLimits.max });
    expect(splitBoundsFor(2560)).toEqual({ min: splitLimits.min, max: splitLimits.max });
    // 1280: 22 % would be 281 px; the panel keeps 300.
    const laptop = splitBoundsFor(1280);
    expect(laptop.min).toBe(23.5);
    expect((laptop.min / 100) * 1280).toBeGreaterThanOrEqual(splitMinPixels.panel);
    // Half a 1920 screen: the console keeps 420 px (+ the splitter).
    const half = splitBoundsFor(960);
    expect(half.min).toBe(31.3);
    expect(((100 - half.max) / 100) * 960).toBeGreaterThanOrEqual(splitMinPixels.console + splitMinPixels.splitter);
    // Too narrow for both: the panel keeps its minimum.
    expect(splitBoundsFor(600)).toEqual({ min: 50, max: 50 });
    expect(splitBoundsFor(0)).toEqual({ min: splitLimits.min, max: splitLimits.max });
    // A ratio stored on a wide monitor is shown within this window's limits.
    expect(clampSplit(70, half)).toBe(half.max);
    expect(splitAfterKey(40, 'Home', false, laptop)).toBe(laptop.min);
    expect(splitAfterKey(half.max, 'ArrowRight', false, half)).toBe(half.max);
  });

  it('starts at 34 %, but wide enough for the table on a laptop or in a half-screen window', () => {
    expect(splitInitialFor(1440)).toBe(splitLimits.initial);
    expect(splitInitialFor(2560)).toBe(splitLimits.initial);
    expect((splitInitialFor(960) / 100) * 960).toBeGreaterThanOrEqual(splitInitialPixels);
    expect((splitInitialFor(1280) / 100) * 1280).toBeGreaterThanOrEqual(splitInitialPixels);
    expect(splitInitialFor(0)).toBe(splitLimits.initial);
    // Never past the console's minimum.
    expect(splitInitialFor(700)).toBe(splitBoundsFor(700).max);
  });
});
