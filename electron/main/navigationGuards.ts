// The window shows the app's own page and nothing else: no navigation away,
// no redirects, no new windows. https links go to the system browser.
import { shell, type WebContents } from 'electron';

/** Only https URLs are handed to the OS; file:, javascript:, custom schemes etc. never are. */
export function isExternalLinkAllowed(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}

function openInSystemBrowser(url: string): void {
  if (!isExternalLinkAllowed(url)) return;
  shell.openExternal(url).catch((err: unknown) => {
    console.warn(`PoolSleuth: could not open ${url}: ${err instanceof Error ? err.message : String(err)}`);
  });
}

interface NavigationEvent {
  url: string;
  preventDefault(): void;
}

export function installNavigationGuards(contents: WebContents, isAppUrl: (url: string) => boolean): void {
  // A clicked link fires will-navigate: keep the app, send https links to the browser.
  contents.on('will-navigate', (event: NavigationEvent) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    openInSystemBrowser(event.url);
  });
  // Sub-frames and server redirects are never followed anywhere else.
  contents.on('will-frame-navigate', (event: NavigationEvent) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event: NavigationEvent) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event: { preventDefault(): void }) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    openInSystemBrowser(url);
    return { action: 'deny' };
  });
}
