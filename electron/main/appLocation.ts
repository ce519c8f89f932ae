// Where the app's page and preload live, and how to recognise the app's own
// URL (the only page allowed to navigate, and to talk to the core over IPC).
import { join } from 'node:path';
import { appHost, appPageUrl, appScheme } from './appProtocol';

export interface AppLocation {
  /** What the main window loads: app://poolsleuth/index.html, or the dev server in `electron-vite dev`. */
  pageUrl: string;
  preloadPath: string;
  /** The built renderer (out/renderer), served on app://. */
  rendererDir: string;
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
  const rendererDir = join(input.mainDir, '..', 'renderer');
  const devServer = trustedDevServerUrl(input);
  if (devServer) {
    return {
      pageUrl: devServer.href,
      preloadPath,
      rendererDir,
      devServerUrl: devServer.href,
      isAppUrl: (url) => parseUrl(url)?.origin === devServer.origin,
    };
  }
  return {
    pageUrl: appPageUrl,
    preloadPath,
    rendererDir,
    devServerUrl: undefined,
    isAppUrl: (url) => {
      const parsed = parseUrl(url);
      // The page itself; query and fragment are its own state.
      return (
        parsed?.protocol === `${appScheme}:` &&
        parsed.host === appHost &&
        (parsed.pathname === '/' || parsed.pathname === '/index.html')
      );
    },
  };
}
