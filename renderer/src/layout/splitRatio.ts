// Width of the workflow panel as a percentage of the window, kept within limits
// that leave both sides usable. Pure so keyboard and pointer resizing agree.
export const splitLimits = { min: 22, max: 70, initial: 34 } as const;

export function clampSplit(percent: number): number {
  if (!Number.isFinite(percent)) return splitLimits.initial;
  return Math.min(splitLimits.max, Math.max(splitLimits.min, Math.round(percent * 10) / 10));
}

/** New ratio for a key pressed on the separator, or null when the key does not resize. */
export function splitAfterKey(current: number, key: string, shift: boolean): number | null {
  const step = shift ? 10 : 2;
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowDown':
      return clampSplit(current - step);
    case 'ArrowRight':
    case 'ArrowUp':
      return clampSplit(current + step);
    case 'Home':
      return splitLimits.min;
    case 'End':
      return splitLimits.max;
    default:
      return null;
  }
}
