import { describe, expect, it } from 'vitest';
import { fixedRows, scrollToShow, variableRows, visibleRange } from '../../../../renderer/src/investigation/findings/windowing';

describe('windowed rows', () => {
  it('renders only the rows in view (plus overscan) of 100,000', () => {
    const model = fixedRows(100_000, 30);
    expect(model.total).toBe(3_000_000);
    expect(visibleRange(model, 0, 520, 6)).toEqual({ start: 0, end: 24 });
    expect(visibleRange(model, 1_500_000, 520, 6)).toEqual({ start: 49_994, end: 50_024 });
    expect(visibleRange(model, 3_000_000, 520, 6).end).toBe(100_000);
  });

  it('finds rows of different heights by offset', () => {
    const model = variableRows([30, 200, 30, 30]);
    expect(model.total).toBe(290);
    expect([0, 29, 30, 229, 230, 289, 999].map((y) => model.indexAt(y))).toEqual([0, 0, 1, 1, 2, 3, 3]);
    expect(model.offsetOf(2)).toBe(230);
    expect(visibleRange(model, 40, 100, 0)).toEqual({ start: 1, end: 2 });
  });

  it('scrolls just enough to show a row', () => {
    const model = fixedRows(100, 30);
    expect(scrollToShow(model, 0, 0, 300)).toBe(0);
    expect(scrollToShow(model, 10, 0, 300)).toBe(30);
    expect(scrollToShow(model, 2, 90, 300)).toBe(60);
    expect(scrollToShow(model, 5, 90, 300)).toBe(90);
  });

  it('handles an empty table', () => {
    expect(visibleRange(fixedRows(0, 30), 0, 100)).toEqual({ start: 0, end: 0 });
    expect(visibleRange(variableRows([]), 0, 100)).toEqual({ start: 0, end: 0 });
  });
});
