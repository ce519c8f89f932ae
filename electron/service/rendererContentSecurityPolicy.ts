// The renderer's Content-Security-Policy: one definition for both shells that
// serve the UI — the Electron window (main/contentSecurityPolicy.ts, app:// and
// the dev server) and browser mode (server/browserModeServer.ts). A shell only
// adds the origins it really connects to.

type Directives = Record<string, string[]>;

const directives: Directives = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  // xterm.js positions its rows and cursor with inline styles.
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'frame-ancestors': ["'none'"],
  'form-action': ["'none'"],
};

export interface RendererPolicyOptions {
  /** Extra connect-src origins, e.g. browser mode's own WebSocket or Vite's HMR socket. */
  connectOrigins?: string[];
  /** Inline scripts: only for React Refresh's preamble under the development server. Never eval. */
  inlineScripts?: boolean;
}

export function rendererContentSecurityPolicy(options: RendererPolicyOptions = {}): string {
  const policy: Directives = {
    ...directives,
    'script-src': options.inlineScripts ? ["'self'", "'unsafe-inline'"] : directives['script-src']!,
    'connect-src': [...directives['connect-src']!, ...(options.connectOrigins ?? [])],
  };
  return Object.entries(policy)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}
