// Row geometry for windowed (virtualized) lists: where each row starts, which rows
// a scroll position shows. Fixed-height rows need no table; once some rows have
// their own height (an open detail row), offsets come from a prefix sum.
export interface RowModel {
  count: number;
  total: number;
  offsetOf(index: number): number;
  heightOf(index: number): number;
  /** The row that contains vertical position `y` (clamped to the rows). */
  indexAt(y: number): number;
}

export function fixedRows(count: number, height: number): RowModel {
  return {
    count,
    total: count * height,
    offsetOf: (i) => i * height,
    heightOf: () => height,
    indexAt: (y) => Math.min(Math.max(Math.floor(y / height), 0), Math.max(count - 1, 0)),
  };
}

export function variableRows(heights: ArrayLike<number>): RowModel {
  const count = heights.length;
  const offsets = new Float64Array(count + 1);
  for (let i = 0; i < count; i++) offsets[i + 1] = offsets[i]! + heights[i]!;
  return {
    count,
    total: offsets[count]!,
    offsetOf: (i) => offsets[Math.min(Math.max(i, 0), count)]!,
    heightOf: (i) => heights[i] ?? 0,
    indexAt(y) {
      // Largest i with offsets[i] <= y.
      let lo = 0;
      let hi = Math.max(count - 1, 0);
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (offsets[mid]! <= y) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    },
  };
}

/** Rows to render for a viewport: [start, end), with `overscan` extra rows each side. */
export function visibleRange(model: RowModel, scrollTop: number, viewportHeight: number, overscan = 6): { start: number; end: number } {
  if (model.count === 0) return { start: 0, end: 0 };
  const first = model.indexAt(scrollTop);
  const last = model.indexAt(scrollTop + Math.max(viewportHeight, 1) - 1);
  return { start: Math.max(first - overscan, 0), end: Math.min(last + 1 + overscan, model.count) };
}

/** The scrollTop that brings row `index` fully into view (unchanged when it already is). */
export function scrollToShow(model: RowModel, index: number, scrollTop: number, viewportHeight: number): number {
  const top = model.offsetOf(index);
  const bottom = top + model.heightOf(index);
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewportHeight) return Math.max(bottom - viewportHeight, 0);
  return scrollTop;
}
