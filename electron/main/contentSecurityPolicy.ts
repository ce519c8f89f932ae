// The renderer's Content-Security-Policy in the Electron shell: the policy (one
// definition with browser mode, service/rendererContentSecurityPolicy.ts) and the
// header installer for http(s) responses (the dev server). app:// responses carry
// it directly (appProtocol.ts).
import type { Session } from 'electron';
import { rendererContentSecurityPolicy } from '../service/rendererContentSecurityPolicy';

/**
 * The policy for the app's pages. With `devServerUrl` (electron-vite dev only)
 * it also admits Vite's HMR WebSocket and React Refresh's inline preamble;
 * packaged and built apps always get the strict policy.
 */
export function buildContentSecurityPolicy(options: { devServerUrl?: string } = {}): string {
  if (!options.devServerUrl) return rendererContentSecurityPolicy();
  const dev = new URL(options.devServerUrl);
  const wsOrigin = `${dev.protocol === 'https:' ? 'wss:' : 'ws:'}//${dev.host}`;
  return rendererContentSecurityPolicy({ inlineScripts: true, connectOrigins: [wsOrigin] });
}

/** Adds the policy header to every response the session receives. */
export function installContentSecurityPolicy(session: Session, policy: string): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = { ...details.responseHeaders };
    // Drop any policy a response brought with it (header names are case-insensitive).
    for (const name of Object.keys(headers)) {
      if (name.toLowerCase() === 'content-security-policy') delete headers[name];
    }
    headers['Content-Security-Policy'] = [policy];
    callback({ responseHeaders: headers });
  });
}
