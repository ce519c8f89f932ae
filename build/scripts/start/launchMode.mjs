// Decides how `npm start` runs the app. Pure: the caller gathers the facts.

/**
 * @param {{ env: Record<string, string | undefined>, platform: string, isRoot: boolean, electronPath: string | null }} facts
 * @returns {{ mode: 'electron' } | { mode: 'download' } | { mode: 'browser', open: boolean, reason: string }}
 */
export function chooseLaunchMode({ env, platform, isRoot, electronPath }) {
  // No screen to show a window on: serve and print the URL, open nothing.
  if (env.CI === 'true' || env.CI === '1') return { mode: 'browser', open: false, reason: 'CI is set' };
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) {
    return { mode: 'browser', open: false, reason: 'no DISPLAY or WAYLAND_DISPLAY (no graphical session)' };
  }
  // Chromium refuses to run as root unless its sandbox is disabled; we do not disable it.
  if (platform === 'linux' && isRoot) {
    return { mode: 'browser', open: true, reason: 'Electron will not run as root with its sandbox on' };
  }
  return electronPath ? { mode: 'electron' } : { mode: 'download' };
}

/** The one line printed before falling back to browser mode. */
export function browserModeNotice(reason) {
  return `PoolSleuth: ${reason}; starting browser mode instead.`;
}
