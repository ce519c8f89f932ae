// Width of the workflow panel as a percentage of the window, kept within limits
// that leave both sides usable. Pure so keyboard and pointer resizing agree.
export const splitLimits = { min: 22, max: 70, initial: 34 } as const;

/**
 * Below these widths a side stops being usable (the panel's forms and table, the
 * console's toolbar and a useful number of columns), whatever the percentage says.
 */
export const splitMinPixels = { panel: 300, console: 420, splitter: 6 } as const;

/** Until the user moves the separator the panel starts at 34 %, but at least this wide: enough for the
 * allocation table to show a typical caller (MyDriver!DeviceControlDispatch+0x27) uncut on a 1280 px laptop. */
export const splitInitialPixels = 460;

export interface SplitBounds {
  min: number;
  max: number;
}

/**
 * The percentage limits for a container `widthPx` wide: the fixed limits, narrowed
 * so that neither side gets less than its minimum width. When the window is too
 * narrow for both minimums the panel keeps its own (the console can scroll sideways
 * less badly than a form can squeeze).
 */
export function splitBoundsFor(widthPx: number): SplitBounds {
  if (!Number.isFinite(widthPx) || widthPx <= 0) return { min: splitLimits.min, max: splitLimits.max };
  const ceil1 = (v: number) => Math.ceil(v * 10) / 10;
  const floor1 = (v: number) => Math.floor(v * 10) / 10;
  const min = Math.max(splitLimits.min, ceil1((splitMinPixels.panel / widthPx) * 100));
  const max = Math.min(splitLimits.max, floor1(((widthPx - splitMinPixels.console - splitMinPixels.splitter) / widthPx) * 100));
  return max < min ? { min, max: min } : { min, max };
}

/** Where the separator starts in a container `widthPx` wide (before the user moves it). */
export function splitInitialFor(widthPx: number): number {
  const bounds = splitBoundsFor(widthPx);
  const wanted = widthPx > 0 ? Math.max(splitLimits.initial, Math.ceil((splitInitialPixels / widthPx) * 1000) / 10) : splitLimits.initial;
  return clampSplit(wanted, bounds);
}

export function clampSplit(percent: number, bounds: SplitBounds = splitLimits): number {
  if (!Number.isFinite(percent)) return Math.min(bounds.max, Math.max(bounds.min, splitLimits.initial));
  return Math.min(bounds.max, Math.max(bounds.min, Math.round(percent * 10) / 10));
}

/** New ratio for a key pressed on the separator, or null when the key does not resize. */
export function splitAfterKey(current: number, key: string, shift: boolean, bounds: SplitBounds = splitLimits): number | null {
  const step = shift ? 10 : 2;
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowDown':
      return clampSplit(current - step, bounds);
    case 'ArrowRight':
    case 'ArrowUp':
      return clampSplit(current + step, bounds);
    case 'Home':
      return bounds.min;
    case 'End':
      return bounds.max;
    default:
      return null;
  }
}
