// Restores the main window where it was, if that place is still on a screen
// (a monitor may have been unplugged), and remembers it when the window closes.
import type { BrowserWindow, Rectangle } from 'electron';
import type { DesktopState, WindowBounds } from './desktopState';

/** At least this much of the title bar must be on a display for saved bounds to be used. */
const minVisibleWidth = 200;
const minVisibleHeight = 40;

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/** Saved bounds clamped to the largest work area; the position only when its top strip is visible on a display. */
export function restoredBounds(saved: DesktopState['window'], workAreas: readonly Rectangle[]): Partial<WindowBounds> & { maximized: boolean } {
  if (!saved || workAreas.length === 0) return { maximized: false };
  const widest = Math.max(...workAreas.map((area) => area.width));
  const tallest = Math.max(...workAreas.map((area) => area.height));
  const size = { width: Math.min(saved.width, widest), height: Math.min(saved.height, tallest) };
  const titleStrip = { x: saved.x, y: saved.y, width: size.width, height: minVisibleHeight };
  const visible = workAreas.some((area) => {
    const o = overlap(titleStrip, area);
    return o.width >= Math.min(minVisibleWidth, size.width) && o.height >= minVisibleHeight;
  });
  return visible ? { ...size, x: saved.x, y: saved.y, maximized: saved.maximized } : { ...size, maximized: saved.maximized };
}

/** Saves the window's normal (not maximized) bounds and whether it was maximized when it closes. */
export function rememberWindowBounds(window: BrowserWindow, save: (bounds: NonNullable<DesktopState['window']>) => void): void {
  window.on('close', () => {
    const bounds = window.getNormalBounds();
    save({
      x: Math.round(bounds.x),
      y: Math.round(bounds.y),
      width: Math.round(bounds.width),
      height: Math.round(bounds.height),
      maximized: window.isMaximized(),
    });
  });
}
