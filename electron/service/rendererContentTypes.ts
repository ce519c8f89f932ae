// Content types of the built renderer's files, for the two shells that serve
// them: Electron's app:// protocol and browser mode's HTTP server.
const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.map': 'application/json; charset=utf-8',
};

/** `extension` with its dot, any case ("" when the file has none). */
export function contentTypeFor(extension: string): string {
  return contentTypes[extension.toLowerCase()] ?? 'application/octet-stream';
}
