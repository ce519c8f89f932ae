// Where the app's page and preload live, and how to recognise the app's own
// URL (the only page allowed to navigate, and to talk to the core over IPC).
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export interface AppLocation {
  /** What the main window loads: the built index.html, or the dev server in `electron-vite dev`. */
  pageUrl: string;
  preloadPath: string;
  /** Set only when running unpackaged under `electron-vite dev`. */
  devServerUrl: string | undefined;
  isAppUrl(url: string): boolean;
}

export interface AppLocationInput {
  /** Directory of the built main bundle (out/main). */
  mainDir: string;
  isPackaged: boolean;
  /** ELECTRON_RENDERER_URL, set by `electron-vite dev`. */
  rendererUrlFromEnv: string | undefined;
  platform: NodeJS.Platform;
}

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * A dev server URL is honoured only for an unpackaged app and only on
 * loopback: otherwise an environment variable could point the window (and
 * its privileged bridge) at a remote page.
 */
function trustedDevServerUrl(input: AppLocationInput): URL | undefined {
  if (input.isPackaged || !input.rendererUrlFromEnv) return undefined;
  try {
    const url = new URL(input.rendererUrlFromEnv);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && loopbackHosts.has(url.hostname)) return url;
  } catch {
    // Not a URL: fall back to the built page.
  }
  return undefined;
}

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

export function resolveAppLocation(input: AppLocationInput): AppLocation {
  const preloadPath = join(input.mainDir, '..', 'preload', 'index.cjs');
  const devServer = trustedDevServerUrl(input);
  if (devServer) {
    return {
      pageUrl: devServer.href,
      preloadPath,
      devServerUrl: devServer.href,
      isAppUrl: (url) => parseUrl(url)?.origin === devServer.origin,
    };
  }
  const page = pathToFileURL(join(input.mainDir, '..', 'renderer', 'index.html'));
  // Windows paths are case-insensitive; Chromium may report the drive letter differently.
  const samePath =
    input.platform === 'win32'
      ? (a: string, b: string) => a.toLowerCase() === b.toLowerCase()
      : (a: string, b: string) => a === b;
  return {
    pageUrl: page.href,
    preloadPath,
    devServerUrl: undefined,
    isAppUrl: (url) => {
      const parsed = parseUrl(url);
      // Query and fragment are the page's own state; only the file itself matters.
      return parsed?.protocol === 'file:' && parsed.host === page.host && samePath(parsed.pathname, page.pathname);
    },
  };
}
