// Serves the built renderer on app://poolsleuth/ instead of file://.
// Electron's security checklist prefers a custom protocol: file:// pages get
// no response headers (so no CSP header), and a file:// origin is shared with
// every other local file. Here the page has its own origin, only files inside
// out/renderer are reachable, and every response carries the CSP header.
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { protocol } from 'electron';
import { contentTypeFor } from '../service/rendererContentTypes';

export const appScheme = 'app';
export const appHost = 'poolsleuth';
export const appPageUrl = `${appScheme}://${appHost}/index.html`;

/** Must run before the app is ready: a standard, secure scheme gets an origin, storage and fetch. */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: appScheme, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** The file under `rendererDir` an app:// URL names, or null (wrong host, escape attempt, bad encoding). */
export function resolveAppFile(rendererDir: string, url: string): string | null {
  let parsed: URL;
  let path: string;
  try {
    parsed = new URL(url);
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${appScheme}:` || parsed.host !== appHost || path.includes('\0')) return null;
  const root = resolve(rendererDir);
  const file = resolve(root, `.${path === '/' ? '/index.html' : path}`);
  return file.startsWith(root + sep) ? file : null;
}

export async function appProtocolResponse(rendererDir: string, url: string, policy: string): Promise<Response> {
  const file = resolveAppFile(rendererDir, url);
  if (file) {
    try {
      const body = await readFile(file);
      return new Response(body, {
        headers: {
          'Content-Type': contentTypeFor(extname(file)),
          'Content-Security-Policy': policy,
          'X-Content-Type-Options': 'nosniff',
        },
      });
    } catch {
      // Missing or unreadable: same answer as a refused path.
    }
  }
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

export function installAppProtocol(rendererDir: string, policy: string): void {
  protocol.handle(appScheme, (request) => appProtocolResponse(rendererDir, request.url, policy));
}
