// The window shows the app's own page and nothing else: no navigation away,
// no redirects, no new windows. https links go to the system browser. A crash dump
// or transcript dropped onto the window arrives as a navigation to its file: URL:
// that navigation is cancelled too, and the file handed to the shell to open.
import { fileURLToPath } from 'node:url';
import { shell, type WebContents } from 'electron';
import { openableKindOf, type OpenableFile } from './openableFiles';

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

/** A dump or transcript named by a file: URL (what a drop onto the window navigates to), else null. */
export function droppedFile(url: string): OpenableFile | null {
  let path: string;
  try {
    if (new URL(url).protocol !== 'file:') return null;
    path = fileURLToPath(url);
  } catch {
    return null;
  }
  const kind = openableKindOf(path);
  return kind ? { kind, path } : null;
}

export function installNavigationGuards(
  contents: WebContents,
  isAppUrl: (url: string) => boolean,
  onFileDropped?: (file: OpenableFile) => void,
): void {
  // A clicked link fires will-navigate: keep the app, send https links to the browser.
  contents.on('will-navigate', (event: NavigationEvent) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    const dropped = onFileDropped ? droppedFile(event.url) : null;
    if (dropped) onFileDropped!(dropped);
    else openInSystemBrowser(event.url);
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
